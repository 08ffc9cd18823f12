"""Filtering cases: one pure function from a FilterState to rows.

Every page shares the same FilterState (built by the sidebar from widgets and the
URL), so a count on the map, the timeline and the charts always agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

import pandas as pd

SEARCH_COLUMNS = ("title", "people", "summary", "city", "sending_state", "host_state")


@dataclass(frozen=True)
class FilterState:
    """What the user asked to see. Empty tuples mean "no restriction"."""

    regions: tuple[str, ...] = ()
    eras: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    hosts: tuple[str, ...] = ()
    senders: tuple[str, ...] = ()
    seeker_types: tuple[str, ...] = ()
    mission_types: tuple[str, ...] = ()
    outcomes: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    text: str = ""

    def is_default(self) -> bool:
        return self == FilterState()

    def with_(self, **changes) -> FilterState:
        return replace(self, **changes)


# (FilterState field, cases column) for the multi-choice filters
CHOICE_FILTERS: tuple[tuple[str, str], ...] = (
    ("regions", "region"), ("eras", "era"), ("hosts", "host_code"), ("senders", "sending_code"),
    ("seeker_types", "seeker_type"), ("mission_types", "mission_type"), ("outcomes", "outcome"),
    ("evidence", "evidence"),
)


def filter_mask(cases: pd.DataFrame, state: FilterState) -> pd.Series:
    """Boolean mask of the cases that pass every filter.

    A case passes the year range if its stay overlaps it (start <= to and end >= from),
    so Mindszenty (1956-1971) is in a 1960s view.
    """
    mask = pd.Series(True, index=cases.index)
    for attr, column in CHOICE_FILTERS:
        chosen = getattr(state, attr)
        if chosen:
            mask &= cases[column].isin(chosen)
    if state.year_from is not None:
        mask &= cases["end_year"] >= state.year_from
    if state.year_to is not None:
        mask &= cases["start_year"] <= state.year_to
    words = [w for w in re.split(r"\s+", state.text.strip().lower()) if w]
    if words:
        haystack = cases["search_text"] if "search_text" in cases else search_text(cases)
        for word in words:
            mask &= haystack.str.contains(word, regex=False)
    return mask


def search_text(cases: pd.DataFrame) -> pd.Series:
    """Lower-cased text the free-text filter searches (precomputed once on load)."""
    columns = [cases[c].astype(str) for c in SEARCH_COLUMNS]
    joined = columns[0]
    for column in columns[1:]:  # column-wise concatenation: row-wise agg is ~100x slower at 100k rows
        joined = joined + " " + column
    return joined.str.lower()


def apply_filters(cases: pd.DataFrame, state: FilterState) -> pd.DataFrame:
    return cases[filter_mask(cases, state)]


def active_filter_count(state: FilterState) -> int:
    default = FilterState()
    return sum(getattr(state, f.name) != getattr(default, f.name) for f in fields(state))


__all__ = ["CHOICE_FILTERS", "FilterState", "active_filter_count", "apply_filters", "filter_mask"]
