from datetime import date

import pytest

from sanctuary_maps.dates import is_partial_date, midpoint, parse_partial_date


@pytest.mark.parametrize(("text", "earliest", "latest", "precision"), [
    ("1956", date(1956, 1, 1), date(1956, 12, 31), "year"),
    ("1956-11", date(1956, 11, 1), date(1956, 11, 30), "month"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("1956-11-04", date(1956, 11, 4), date(1956, 11, 4), "day"),
])
def test_partial_dates_span_what_they_say(text, earliest, latest, precision):
    parsed = parse_partial_date(text)
    assert (parsed.earliest, parsed.latest, parsed.precision) == (earliest, latest, precision)


@pytest.mark.parametrize("junk", ["", "56", "1956-13", "1956-02-30", "2023-02-29", "1956/11/04",
                                  "Nov 1956", "1956-1-4", "0000", " 1956-11-04x"])
def test_junk_dates_are_rejected_with_a_reason(junk):
    assert not is_partial_date(junk)
    with pytest.raises(ValueError, match=r"."):
        parse_partial_date(junk)


def test_midpoint_of_a_year_is_mid_year():
    assert midpoint(parse_partial_date("2001")) == date(2001, 7, 2)
    assert midpoint(parse_partial_date("2001-03-05")) == date(2001, 3, 5)
