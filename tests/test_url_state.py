"""URL state: valid views survive a round trip; junk never raises and is reported."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sanctuary_maps.eras import ERA_LABELS
from sanctuary_maps.filters import FilterState
from sanctuary_maps.url_state import (
    COLOR_CHOICES,
    LAYER_CHOICES,
    REGION_SLUGS,
    SHADE_CHOICES,
    SIZE_CHOICES,
    ViewState,
    from_params,
    to_params,
)
from sanctuary_maps.vocab import EVIDENCE_LEVELS, MISSION_TYPES, OUTCOMES, SEEKER_TYPES

codes = st.sampled_from(["HUN", "CHL", "USA", "SUHH", "DDDE", "MEX", "XUN"])


def subset(values):
    return st.lists(st.sampled_from(list(values)), unique=True, max_size=4).map(tuple)


years = st.one_of(st.none(), st.integers(1000, 2100))
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=40).map(str.strip)

filter_states = st.builds(
    FilterState, regions=subset(REGION_SLUGS.values()), eras=subset(ERA_LABELS),
    year_from=years, year_to=years, hosts=subset(["HUN", "CHL", "ESP"]), senders=st.lists(
        codes, unique=True, max_size=3).map(tuple), seeker_types=subset(SEEKER_TYPES),
    mission_types=subset(MISSION_TYPES), outcomes=subset(OUTCOMES), evidence=subset(EVIDENCE_LEVELS),
    text=text,
).filter(lambda f: f.year_from is None or f.year_to is None or f.year_from <= f.year_to)

views = st.builds(
    ViewState, filters=filter_states, color=st.sampled_from(COLOR_CHOICES),
    size=st.sampled_from(SIZE_CHOICES),
    layers=st.sets(st.sampled_from(LAYER_CHOICES)).map(lambda s: tuple(x for x in LAYER_CHOICES if x in s)),
    shade=st.sampled_from(SHADE_CHOICES),
    case=st.from_regex(r"\A[a-z0-9]+(-[a-z0-9]+){0,4}\Z"), year=years,
)


@settings(max_examples=500, deadline=None)
@given(views)
def test_every_valid_view_survives_a_round_trip(view):
    params = to_params(view)
    assert all(isinstance(v, str) for v in params.values())
    back, notices = from_params(params)
    assert notices == []
    assert back == view


def test_default_view_has_an_empty_query_string():
    assert to_params(ViewState()) == {}


junk_values = st.one_of(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=3),
                        st.integers().map(str), st.just(""), st.just(",,,"), st.just("%00"),
                        st.just("<script>alert(1)</script>"), st.just("9" * 400))
junk_keys = st.one_of(st.sampled_from(["region", "era", "from", "to", "host", "sender", "seeker",
                                       "mission", "outcome", "evidence", "q", "color", "size",
                                       "layers", "shade", "case", "year", "story", "step",
                                       "present"]), st.text(max_size=20))


@settings(max_examples=1000, deadline=None)
@given(st.dictionaries(junk_keys, junk_values, max_size=8))
def test_junk_query_strings_never_raise_and_give_a_valid_view(params):
    view, notices = from_params(params, frozenset({"HUN", "CHL"}), frozenset({"a-case"}))
    assert isinstance(view, ViewState)
    assert all(isinstance(n, str) and len(n) < 200 for n in notices)
    back, again = from_params(to_params(view), frozenset({"HUN", "CHL"}), frozenset({"a-case"}))
    assert back == view and again == []


def test_specific_junk_is_named_in_the_notices():
    view, notices = from_params({"region": "mars", "from": "soon", "case": "<img>", "zz": "1",
                                 "layers": "cases,lava", "color": "plaid"}, frozenset(), frozenset({"x"}))
    assert view == ViewState(layers=("cases",))
    joined = " ".join(notices)
    for word in ("mars", "soon", "zz", "lava", "plaid", "case"):
        assert word in joined


def test_reversed_year_range_is_swapped_with_a_notice():
    view, notices = from_params({"from": "1990", "to": "1950"})
    assert (view.filters.year_from, view.filters.year_to) == (1950, 1990)
    assert notices
