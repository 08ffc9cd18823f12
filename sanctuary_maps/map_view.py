"""Composing the map for a view: which layers, which colours, which sizes."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import pydeck as pdk

from .countries import REGIONS
from .eras import ERA_LABELS
from .map_layers import (
    arcs_layer,
    base_layer,
    build_deck,
    case_points,
    cases_layer,
    country_counts,
    fit_view,
    group_points,
    groups_layer,
    incidents_layer,
    selected_layer,
)
from .palette import categorical
from .url_state import ViewState
from .vocab import EVIDENCE_LEVELS, OUTCOMES

COLOR_COLUMNS = {"outcome": "outcome", "era": "era", "region": "region", "evidence": "evidence"}
COLOR_LABELS = {"outcome": OUTCOMES, "evidence": EVIDENCE_LEVELS}
SIZE_COLUMNS = {"none": "none", "people": "people_count", "duration": "duration_days"}
CATEGORIES = {"outcome": list(OUTCOMES), "era": list(ERA_LABELS), "region": list(REGIONS),
              "evidence": list(EVIDENCE_LEVELS)}


# Above this many visible cases, points are grouped into 1° cells (stated on the page).
POINT_LIMIT = 5000


@dataclass(frozen=True)
class MapResult:
    deck: pdk.Deck
    colors: dict[str, str]
    labels: dict[str, str]
    notice: str = ""  # said on the page when the map shows groups instead of single cases


def build_map(view: ViewState, cases: pd.DataFrame, events: pd.DataFrame,
              fit_to: pd.DataFrame | None = None) -> MapResult:
    """The deck for ``cases``; the camera frames ``fit_to`` (default: the cases themselves).

    The year cursor passes all filtered cases as ``fit_to`` so the camera stays
    put while the years play, and shows only that year's incidents.
    """
    if view.year is not None:
        events = events[events["year"] == view.year]
    frame = cases if fit_to is None else fit_to
    colors = categorical(CATEGORIES[view.color])
    present = set(cases[COLOR_COLUMNS[view.color]])
    shown_colors = {k: v for k, v in colors.items() if k in present}
    counts = country_counts(cases, view.shade) if "shading" in view.layers else None
    layers = [base_layer(counts)]
    if "arcs" in view.layers:
        layers.append(arcs_layer(cases))
    if "incidents" in view.layers:
        layers.append(incidents_layer(events))
    notice = ""
    if "cases" in view.layers and len(cases) > POINT_LIMIT:
        groups = group_points(cases, colors, COLOR_COLUMNS[view.color])
        layers.append(groups_layer(groups))
        notice = (f"{len(cases):,} cases are shown as {len(groups):,} groups (one per 1° square, coloured by "
                  f"its most common {view.color}), because more than {POINT_LIMIT:,} single points would "
                  "make the page slow. Filter to fewer cases to see and click single cases.")
    elif "cases" in view.layers:
        points = case_points(cases, colors, COLOR_COLUMNS[view.color], SIZE_COLUMNS[view.size])
        layers.append(cases_layer(points))
        if view.case:
            layers.append(selected_layer(points, view.case))
    deck = build_deck(layers, fit_view(frame["lat"], frame["lon"]))
    return MapResult(deck, shown_colors, COLOR_LABELS.get(view.color, {}), notice)

