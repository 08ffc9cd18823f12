import json

import pandas as pd

from sanctuary_maps.map_layers import (
    base_layer,
    build_deck,
    case_points,
    cases_layer,
    point_radius,
    spread_colocated,
)
from sanctuary_maps.palette import categorical

XSS = "<img src=x onerror=alert(1)>"


def test_tooltip_values_are_html_escaped(dataset):
    cases = dataset.cases.head(3).copy()
    cases.loc[cases.index[0], "title"] = XSS
    points = case_points(cases, categorical(["a"]), "era")
    assert points.loc[0, "tip_title"] == "&lt;img src=x onerror=alert(1)&gt;"
    assert XSS not in json.dumps(points.to_dict("records"))


def test_colocated_points_are_spread_and_others_untouched():
    lat = pd.Series([-33.45, -33.45, -33.45, 10.0])
    lon = pd.Series([-70.66, -70.66, -70.66, 20.0])
    plat, plon = spread_colocated(lat, lon)
    assert len({(round(a, 6), round(b, 6)) for a, b in zip(plat[:3], plon[:3])}) == 3
    assert (plat[3], plon[3]) == (10.0, 20.0)
    assert max(abs(plat[:3] + 33.45)) < 0.05


def test_radius_grows_with_log_people_count(dataset):
    cases = dataset.cases.dropna(subset=["people_count"]).sort_values("people_count")
    radius = point_radius(cases, "people_count")
    assert radius[0] < radius[-1]
    assert list(radius) == sorted(radius)


def test_deck_has_no_basemap_and_compact_json(dataset):
    deck = build_deck([base_layer(), cases_layer(case_points(dataset.cases, {}, "era"))])
    text = deck.to_json()
    spec = json.loads(text)
    assert spec["mapStyle"] == "__MAP_STYLE__" and spec.get("mapProvider") is None
    assert "\n" not in text
    assert spec["layers"][0]["data"] == "app/static/countries_map.geojson"


def test_point_sizes_are_in_screen_pixels_not_map_units(dataset):
    # pydeck turns bare strings into expressions; units must be a quoted literal.
    spec = json.loads(build_deck([cases_layer(case_points(dataset.cases.head(2), {}, "era"))]).to_json())
    assert spec["layers"][0]["radiusUnits"] == "pixels"


def test_many_visible_cases_are_grouped_and_the_page_is_told(dataset):
    import json

    from sanctuary_maps.map_view import POINT_LIMIT, build_map
    from sanctuary_maps.url_state import ViewState

    many = dataset.cases.sample(POINT_LIMIT + 500, replace=True, random_state=1).reset_index(drop=True)
    many["id"] = [f"c-{i}" for i in range(len(many))]
    result = build_map(ViewState(), many, dataset.events)
    layers = {layer["id"]: layer for layer in json.loads(result.deck.to_json())["layers"]}
    assert "cases" not in layers and "groups" in layers
    groups = layers["groups"]["data"]
    assert sum(g["n"] for g in groups) == len(many)
    assert len(groups) <= many[["lat", "lon"]].round(0).drop_duplicates().shape[0] * 4
    assert f"{len(many):,} cases are shown as {len(groups):,} groups" in result.notice
    small = build_map(ViewState(), dataset.cases, dataset.events)
    assert small.notice == "" and "cases" in {layer.id for layer in small.deck.layers}


def test_arcs_are_one_per_sender_and_site():
    import pandas as pd

    from sanctuary_maps.map_layers import arcs_layer

    cases = pd.DataFrame({"sending_code": ["MEX"] * 50 + ["FRA"], "lat": [-33.44] * 51,
                          "lon": [-70.66] * 51})
    rows = arcs_layer(cases).data
    assert sorted(r["n"] for r in rows) == [1, 50]
