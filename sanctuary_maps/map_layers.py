"""pydeck layers and deck for the map, with no basemap and no network access.

``map_provider=None`` makes Streamlit draw no tiles at all (``map_style=None``
would make it fetch a Carto style), and the offline Natural Earth countries are
the base layer. Every value shown in a tooltip is HTML-escaped here, because
deck.gl inserts tooltip templates into the page as HTML.
"""

from __future__ import annotations

import hashlib
import html
import json
from functools import lru_cache

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from .countries import territory_codes
from .geo import territory
from .palette import BLUES, hex_to_rgb
from .vocab import EVENT_KINDS

CASE_LAYER_ID = "cases"
# Relative URL under Streamlit's static serving (server.enableStaticServing).
MAP_LAYER_URL = "app/static/countries_map.geojson"
BASE_FILL = [226, 226, 221]
TOOLTIP_HTML = (
    "<b>{tip_title}</b><br/>{tip_people}<br/>{tip_mission}<br/>{tip_dates}"
)



class OfflineDeck(pdk.Deck):
    """A Deck that serialises to compact JSON.

    pydeck indents its JSON by two spaces, which nearly doubles what every
    rerun sends to the browser; the content is identical.
    """

    def to_json(self) -> str:
        return json.dumps(self, default=default_serialize, separators=(",", ":"))


def escape(value: object) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return ""
    return html.escape(str(value), quote=True)


def spread_colocated(lat: pd.Series, lon: pd.Series, step: float = 0.012) -> tuple[np.ndarray, np.ndarray]:
    """Place points that share a location on a small sunflower spiral so each stays clickable.

    Santiago 1973 has many missions in one city: without this, the later points
    would hide the earlier ones. The offset (about 1 km per step) is only for
    display; the data keeps the real coordinates.
    """
    key = lat.round(4).astype(str) + "," + lon.round(4).astype(str)
    rank = key.groupby(key).cumcount().to_numpy()
    angle = rank * 2.39996  # golden angle
    radius = step * np.sqrt(rank)
    return (lat.to_numpy() + radius * np.sin(angle),
            lon.to_numpy() + radius * np.cos(angle) / np.maximum(np.cos(np.radians(lat.to_numpy())), 0.2))


def case_points(cases: pd.DataFrame, colors: dict[str, str], color_by: str,
                radius_by: str = "none") -> pd.DataFrame:
    """The minimal per-point frame sent to the browser: position, style and escaped tooltip text."""
    plat, plon = spread_colocated(cases["lat"], cases["lon"])
    points = pd.DataFrame({
        "id": cases["id"].to_numpy(),
        "lon": np.round(plon, 4),
        "lat": np.round(plat, 4),
        "color": [hex_to_rgb(colors.get(str(v), "#777777")) for v in cases[color_by]],
        "radius": point_radius(cases, radius_by),
        "tip_title": [escape(v) for v in cases["title"]],
        "tip_people": [escape(v) for v in cases["people"]],
        "tip_mission": [escape(f"{m} of {s}, {c}") for m, s, c in
                        zip(cases["mission_type"], cases["sending_state"], cases["city"])],
        "tip_dates": [escape(f"{s} – {e or ('ongoing' if st == 'ongoing' else '?')}")
                      for s, e, st in zip(cases["start_date"], cases["end_date"], cases["end_status"])],
    })
    return points


def point_radius(cases: pd.DataFrame, radius_by: str) -> np.ndarray:
    """Pixel radius: constant, or growing with log10 of people count or duration in days."""
    base = np.full(len(cases), 5.0)
    if radius_by == "people_count":
        values = cases["people_count"].astype("Float64").fillna(1).to_numpy(dtype=float)
    elif radius_by == "duration_days":
        values = cases["duration_days"].astype("Float64").fillna(1).to_numpy(dtype=float)
    else:
        return base
    return np.round(4 + 3 * np.log10(np.maximum(values, 1)), 1)


def shading_classes(counts: pd.Series) -> tuple[list[int], list[str]]:
    """Upper bounds of up to five classes (1, 2-3, 4-7, 8-15, 16+ style doubling) and their colours."""
    top = int(counts.max()) if len(counts) else 1
    bounds, b = [], 1
    while b < top and len(bounds) < len(BLUES) - 1:
        bounds.append(b)
        b = b * 2 + 1
    bounds.append(max(top, b))
    return bounds, list(BLUES[-len(bounds):])


def country_counts(cases: pd.DataFrame, shade: str) -> pd.Series:
    """Cases per current-state code, by host or by sending state; former states count for their successors."""
    column = "host_code" if shade == "hosted" else "sending_code"
    counts: dict[str, int] = {}
    for code, n in cases[column].value_counts().items():
        for iso in territory_codes(code):
            counts[iso] = counts.get(iso, 0) + int(n)
    return pd.Series(counts, dtype=int)


def fill_expression(counts: pd.Series) -> str:
    """A deck.gl expression colouring each country by its class, evaluated in the browser.

    The polygons stay in the cached static file; only this short string changes
    when the filters do.
    """
    if counts.empty:
        return json.dumps(BASE_FILL)
    bounds, colours = shading_classes(counts)
    expr = json.dumps(BASE_FILL)
    by_class: dict[int, list[str]] = {}
    for code, n in counts.items():
        cls = next(i for i, b in enumerate(bounds) if n <= b)
        by_class.setdefault(cls, []).append(code)
    for cls, codes in sorted(by_class.items(), reverse=True):
        test = " || ".join(f"properties.iso_a3 == '{c}'" for c in sorted(codes))
        expr = f"({test}) ? {json.dumps(hex_to_rgb(colours[cls]))} : {expr}"
    return expr  # pydeck marks string accessors as expressions ("@@=") itself


def base_layer(counts: pd.Series | None = None) -> pdk.Layer:
    """Country outlines fetched by the browser from the static file, shaded by ``counts`` if given.

    Not pickable: picking polygons under software WebGL takes longer than
    deck.gl's tap window, so clicks on points would never register.
    """
    fill = fill_expression(counts) if counts is not None else BASE_FILL
    return pdk.Layer("GeoJsonLayer", MAP_LAYER_URL, id="countries", pickable=False, stroked=True,
                     filled=True, get_fill_color=fill, get_line_color=[150, 150, 150],
                     line_width_min_pixels=0.5,
                     update_triggers={"getFillColor": [hashlib.md5(str(fill).encode()).hexdigest()[:12]]})


@lru_cache(maxsize=512)
def anchor_point(code: str) -> tuple[float, float] | None:
    """A point inside the territory of ``code`` (lon, lat), where arcs start."""
    shape = territory(code)
    if shape is None:
        return None
    largest = max(getattr(shape, "geoms", [shape]), key=lambda g: g.area)
    point = largest.representative_point()
    return round(point.x, 3), round(point.y, 3)


def arcs_layer(cases: pd.DataFrame, limit: int = 5000) -> pdk.Layer:
    """Arcs from the sending state to the mission: who sheltered whom.

    One arc per sender and mission site (to 0.1°), however many cases share it,
    so a mass episode or a huge upload sends one arc, not thousands; above
    ``limit`` distinct arcs only the most used are drawn.
    """
    sites = pd.DataFrame({"sender": cases["sending_code"], "lat": cases["lat"].round(1),
                          "lon": cases["lon"].round(1)})
    counts = sites.value_counts().head(limit)
    rows = []
    for (sender, lat, lon), n in counts.items():
        start = anchor_point(sender)
        if start is not None:
            rows.append({"from": start, "to": (float(lon), float(lat)), "n": int(n)})
    return pdk.Layer("ArcLayer", rows, id="arcs", pickable=False, get_source_position="from",
                     get_target_position="to", get_source_color=[0, 114, 178, 160],
                     get_target_color=[213, 94, 0, 200], get_width=1.5, great_circle=True)


def incidents_layer(events: pd.DataFrame, kinds: tuple[str, ...] = ("incident",),
                    layer_id: str = "incidents") -> pdk.Layer:
    """Events (by default incidents against missions) as triangles, so they never read as cases."""
    incidents = events[events["kind"].isin(kinds)]
    data = pd.DataFrame({
        "lon": incidents["lon"].round(3), "lat": incidents["lat"].round(3), "symbol": "▲",
        "tip_title": [escape(t) for t in incidents["title"]],
        "tip_people": [escape(d) for d in incidents["date"]],
        "tip_mission": [escape(EVENT_KINDS.get(k, k)) for k in incidents["kind"]], "tip_dates": "",
    })
    return pdk.Layer("TextLayer", data, id=layer_id, pickable=True, get_position=["lon", "lat"],
                     get_text="symbol", get_size=18, get_color=[120, 20, 20, 230],
                     character_set=["▲"], get_alignment_baseline="'center'")


def cases_layer(points: pd.DataFrame) -> pdk.Layer:
    return pdk.Layer("ScatterplotLayer", points, id=CASE_LAYER_ID, pickable=True, stroked=True,
                     get_position=["lon", "lat"], get_fill_color="color", get_radius="radius",
                     radius_units="'pixels'", get_line_color=[30, 30, 30], line_width_min_pixels=0.6,
                     opacity=0.9, auto_highlight=True)


def group_points(cases: pd.DataFrame, colors: dict[str, str], color_by: str,
                 cell_degrees: float = 1.0) -> pd.DataFrame:
    """Cases binned into grid cells: one point per cell at the cases' mean position.

    Used when too many cases are visible for one point each: the browser gets a
    payload proportional to the occupied cells, not to the cases. The colour is
    the cell's most common category; the tooltip says how many cases it holds.
    """
    cell = pd.DataFrame({"gx": (cases["lon"] // cell_degrees).astype(int),
                         "gy": (cases["lat"] // cell_degrees).astype(int),
                         "lat": cases["lat"].to_numpy(), "lon": cases["lon"].to_numpy(),
                         "cat": cases[color_by].astype(str).to_numpy(), "title": cases["title"].to_numpy(),
                         "city": cases["city"].to_numpy()})
    keys = ["gx", "gy"]
    out = cell.groupby(keys, sort=False).agg(lat=("lat", "mean"), lon=("lon", "mean"), n=("lat", "size"),
                                             title=("title", "first"))

    def most_common(column: str) -> pd.Series:
        # Vectorised mode per cell (a per-group value_counts lambda is ~10x slower at 100k).
        counts = cell.groupby([*keys, column], sort=False).size().reset_index(name="k")
        top = counts.sort_values("k", ascending=False).drop_duplicates(keys)
        return top.set_index(keys)[column]

    out = out.join(most_common("cat").rename("cat")).join(most_common("city").rename("city")).reset_index()
    return pd.DataFrame({
        "lon": out["lon"].round(3), "lat": out["lat"].round(3), "n": out["n"],
        "color": [hex_to_rgb(colors.get(c, "#777777")) for c in out["cat"]],
        "radius": (5 + 4 * np.log10(out["n"])).round(1),
        "tip_title": [escape(f"{n:,} cases around {c}") for n, c in zip(out["n"], out["city"])],
        "tip_people": [escape(f"e.g. {t}") for t in out["title"]],
        "tip_mission": "Filter further to see single cases", "tip_dates": "",
    })


def groups_layer(points: pd.DataFrame) -> pdk.Layer:
    # Not called "cases": a click on a group must not select a case.
    return pdk.Layer("ScatterplotLayer", points, id="groups", pickable=True, stroked=True,
                     get_position=["lon", "lat"], get_fill_color="color", get_radius="radius",
                     radius_units="'pixels'", get_line_color=[30, 30, 30], line_width_min_pixels=0.6,
                     opacity=0.85)


def legend_html(colors: dict[str, str], labels: dict[str, str] | None = None) -> str:
    """Colour swatches with escaped labels, for st.markdown(unsafe_allow_html=True)."""
    items = "".join(
        f'<span style="display:inline-flex;align-items:center;margin:0 .8em .3em 0">'
        f'<span style="width:.9em;height:.9em;border-radius:50%;background:{escape(c)};'
        f'border:1px solid #333;display:inline-block;margin-right:.35em"></span>'
        f"{escape((labels or {}).get(k, k))}</span>"
        for k, c in colors.items())
    return f'<div role="list" aria-label="Legend">{items}</div>'


def fit_view(lats: pd.Series, lons: pd.Series) -> pdk.ViewState:
    """A view that shows every given point (the world if there are none or they span it)."""
    if len(lats) == 0:
        return pdk.ViewState(latitude=20, longitude=10, zoom=0.9)
    lat0, lat1, lon0, lon1 = lats.min(), lats.max(), lons.min(), lons.max()
    span = max(lon1 - lon0, (lat1 - lat0) * 1.6, 0.5)
    # Country level at most: without a basemap there is nothing to see closer in.
    zoom = float(np.clip(np.log2(300 / span), 0.9, 5))
    return pdk.ViewState(latitude=float((lat0 + lat1) / 2), longitude=float((lon0 + lon1) / 2),
                         zoom=round(zoom, 2), transition_duration=600)


def selected_layer(points: pd.DataFrame, case_id: str) -> pdk.Layer:
    """A ring around the chosen case so the card and the map point at the same thing."""
    chosen = points[points["id"] == case_id][["lon", "lat"]]
    return pdk.Layer("ScatterplotLayer", chosen, id="selected", pickable=False, filled=False,
                     stroked=True, get_position=["lon", "lat"], get_radius=13, radius_units="'pixels'",
                     get_line_color=[0, 0, 0], line_width_min_pixels=3)


def build_deck(layers: list[pdk.Layer], view: pdk.ViewState | None = None) -> pdk.Deck:
    return OfflineDeck(
        layers=layers,
        initial_view_state=view or pdk.ViewState(latitude=20, longitude=10, zoom=0.9),
        map_provider=None,
        tooltip={"html": TOOLTIP_HTML, "style": {"fontSize": "13px", "maxWidth": "320px"}},
    )
