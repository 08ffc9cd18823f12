"""The map for one story step: the step's years as context, its cases highlighted, its camera.

Context cases (active in the step's years) are small and grey so the
highlighted ones carry the story; the camera goes to the step's centre and
zoom with a transition, so moving between steps reads as a flight.
"""

from __future__ import annotations

import pandas as pd
import pydeck as pdk

from .map_layers import base_layer, build_deck, case_points, escape, incidents_layer
from .palette import hex_to_rgb
from .stories import Step

HIGHLIGHT = "#D55E00"
CONTEXT = "#8a8a8a"
TRANSITION_MS = 1500
CITY_ZOOM = 9


def step_context(cases: pd.DataFrame, step: Step) -> pd.DataFrame:
    """Cases whose stay overlaps the step's years (drawn faintly behind the highlighted ones)."""
    overlap = (cases["start_year"] <= step.year_to) & (cases["end_year"] >= step.year_from)
    return cases[overlap & ~cases["id"].isin(step.cases)]


def step_deck(step: Step, cases: pd.DataFrame, events: pd.DataFrame) -> pdk.Deck:
    highlighted = cases.set_index("id").loc[list(step.cases)].reset_index()
    layers = [base_layer(None)]
    context = step_context(cases, step)
    if len(context):
        points = case_points(context, {}, "outcome").assign(
            color=[hex_to_rgb(CONTEXT)] * len(context), radius=4.0)
        layers.append(pdk.Layer("ScatterplotLayer", points, id="context", pickable=True,
                                get_position=["lon", "lat"], get_fill_color="color", get_radius="radius",
                                radius_units="'pixels'", opacity=0.6))
    if len(highlighted):
        points = case_points(highlighted, {}, "outcome").assign(
            color=[hex_to_rgb(HIGHLIGHT)] * len(highlighted), radius=10.0)
        # Without a basemap a city-level view is blank: name each highlighted mission (or
        # its city when zoomed out) so the class can read where they are looking.
        label = highlighted["sending_state"] if step.zoom >= CITY_ZOOM else highlighted["city"]
        labels = points[["lon", "lat"]].assign(label=[escape(v) for v in label]).drop_duplicates(
            "label" if step.zoom < CITY_ZOOM else ["lon", "lat"])
        layers.append(pdk.Layer("TextLayer", labels, id="labels", pickable=False,
                                get_position=["lon", "lat"], get_text="label", get_size=15,
                                get_color=[20, 20, 20], get_pixel_offset=[0, -18],
                                character_set="'auto'", font_weight=600,
                                font_family="'Helvetica, Arial, sans-serif'",
                                outline_width=2, outline_color=[255, 255, 255]))
        layers.append(pdk.Layer("ScatterplotLayer", points, id="highlighted", pickable=True, stroked=True,
                                get_position=["lon", "lat"], get_fill_color="color", get_radius="radius",
                                radius_units="'pixels'", get_line_color=[0, 0, 0],
                                line_width_min_pixels=2))
    shown_events = events[events["id"].isin(step.events)]
    if len(shown_events):
        layers.append(incidents_layer(shown_events, kinds=tuple(shown_events["kind"].unique()),
                                      layer_id="events"))
    view = pdk.ViewState(latitude=step.lat, longitude=step.lon, zoom=step.zoom,
                         transition_duration=TRANSITION_MS)
    return build_deck(layers, view)

