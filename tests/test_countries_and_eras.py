import pytest

from sanctuary_maps.countries import (
    REGION_OF,
    REGIONS,
    SUBREGION_OF,
    SUCCESSORS,
    country_name,
    is_known_code,
    region_of,
    subregion_of,
    territory_codes,
)
from sanctuary_maps.eras import ERA_LABELS, era_for_year


def test_current_and_former_codes_are_known():
    assert country_name("HUN") == "Hungary"
    assert is_known_code("SUHH") and is_known_code("DDDE") and is_known_code("YUCS")
    assert not is_known_code("XYZ") and not is_known_code("") and not is_known_code("hun ")


def test_former_states_take_their_successors_region_and_territory():
    assert region_of("DDDE") == "Europe & Central Asia" == region_of("SUHH")
    assert subregion_of("CSHH") == "Eastern Europe"
    assert "UKR" in territory_codes("SUHH") and territory_codes("HUN") == ("HUN",)


def test_every_code_with_a_region_has_a_subregion_and_there_are_seven_regions():
    assert set(REGION_OF) == set(SUBREGION_OF)
    assert len(REGIONS) == 7
    assert all(is_known_code(c) for c in REGION_OF)
    assert all(is_known_code(c) for codes in SUCCESSORS.values() for c in codes)


@pytest.mark.parametrize(("year", "label"), [
    (1653, "to 1814"), (1814, "to 1814"), (1815, "1815–1913"), (1913, "1815–1913"),
    (1914, "1914–1945"), (1945, "1914–1945"), (1946, "1946–1991"), (1991, "1946–1991"),
    (1992, "1992–2010"), (2010, "1992–2010"), (2011, "2011–today"), (2026, "2011–today"),
])
def test_era_boundaries(year, label):
    assert era_for_year(year) == label
    assert label in ERA_LABELS
