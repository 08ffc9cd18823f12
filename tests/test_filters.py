"""The filter function, checked against the data itself (no hard-coded counts)."""

from __future__ import annotations

import pytest

from sanctuary_maps.filters import CHOICE_FILTERS, FilterState, active_filter_count, apply_filters


def test_default_state_keeps_every_case(dataset):
    assert len(apply_filters(dataset.cases, FilterState())) == len(dataset.cases)
    assert active_filter_count(FilterState()) == 0


@pytest.mark.parametrize(("attr", "column"), CHOICE_FILTERS)
def test_each_choice_filter_keeps_exactly_the_matching_rows(dataset, attr, column):
    cases = dataset.cases
    value = cases[column].value_counts().index[0]
    kept = apply_filters(cases, FilterState(**{attr: (value,)}))
    assert len(kept) == (cases[column] == value).sum()
    assert 0 < len(kept) < len(cases)
    assert (kept[column] == value).all()


def test_year_range_keeps_stays_that_overlap_it(dataset):
    cases = dataset.cases
    kept = apply_filters(cases, FilterState(year_from=1960, year_to=1965))
    assert ((kept["start_year"] <= 1965) & (kept["end_year"] >= 1960)).all()
    outside = cases.drop(kept.index)
    assert ((outside["start_year"] > 1965) | (outside["end_year"] < 1960)).all()
    mindszenty = cases[cases["id"].str.startswith("mindszenty")]
    assert set(mindszenty["id"]) <= set(kept["id"])  # 1956-1971 overlaps 1960-1965


def test_text_search_is_case_insensitive_and_needs_every_word(dataset):
    cases = dataset.cases
    one = apply_filters(cases, FilterState(text="SANTIAGO"))
    both = apply_filters(cases, FilterState(text="santiago italian"))
    assert len(one) > len(both) > 0
    assert both["search_text"].str.contains("italian").all()


def test_filters_combine_with_and(dataset):
    cases = dataset.cases
    a = FilterState(regions=("Latin America & Caribbean",))
    b = a.with_(eras=("1946–1991",))
    assert len(apply_filters(cases, b)) < len(apply_filters(cases, a))
    assert active_filter_count(b) == 2
