"""AppTest for the map page: it renders the bundled data and shows broken data as a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sanctuary_maps.ui import DATA_DIR_ENV

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def run_app(monkeypatch: pytest.MonkeyPatch, data_dir: Path | None = None) -> AppTest:
    if data_dir is not None:
        monkeypatch.setenv(DATA_DIR_ENV, str(data_dir))
    else:
        monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    return AppTest.from_file(APP, default_timeout=60).run()


def deck_spec(at: AppTest) -> dict:
    return json.loads(at.get("deck_gl_json_chart")[0].proto.json)


def test_map_page_shows_every_case_offline(monkeypatch, dataset):
    at = run_app(monkeypatch)
    assert not at.exception
    spec = deck_spec(at)
    assert spec["mapStyle"] == "__MAP_STYLE__"  # no basemap, no token, no tiles
    layers = {layer["id"]: layer for layer in spec["layers"]}
    assert layers["countries"]["pickable"] is False
    assert len(layers["cases"]["data"]) == len(dataset.cases)
    assert any(f"{len(dataset.cases)} of {len(dataset.cases)} cases" in m.value for m in at.markdown)


def test_broken_data_file_is_shown_as_file_row_column_reason(monkeypatch, edit):
    def break_it(frame):
        frame.loc[0, "outcome"] = "vanished"
        return frame
    at = run_app(monkeypatch, edit("cases.csv", break_it))
    assert not at.exception
    assert at.error, "expected an error box"
    assert any("cases.csv:2: outcome: must be one of" in c.value for c in at.code)
    assert not at.get("deck_gl_json_chart")


def count_text(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.endswith("cases**"))


def case_layer(at: AppTest) -> list[dict]:
    return next(layer["data"] for layer in deck_spec(at)["layers"] if layer["id"] == "cases")


# widget key, how to pick a value from the data, FilterState field it drives
FILTER_WIDGETS = [
    ("f_regions", "region"), ("f_eras", "era"), ("f_hosts", "host_code"), ("f_senders", "sending_code"),
    ("f_seekers", "seeker_type"), ("f_missions", "mission_type"), ("f_outcomes", "outcome"),
    ("f_evidence", "evidence"),
]


@pytest.mark.parametrize(("key", "column"), FILTER_WIDGETS)
def test_each_sidebar_filter_changes_the_count_and_the_map(monkeypatch, dataset, key, column):
    at = run_app(monkeypatch)
    value = dataset.cases[column].value_counts().index[-1]  # the rarest value: a visible change
    expected = int((dataset.cases[column] == value).sum())
    at.multiselect(key=key).select(value).run()
    assert not at.exception
    assert count_text(at) == f"**{expected} of {len(dataset.cases)} cases**"
    assert len(case_layer(at)) == expected
    assert at.query_params  # the filter is in the URL


def test_year_slider_and_search_filter_the_map(monkeypatch, dataset):
    from sanctuary_maps.filters import FilterState, apply_filters

    at = run_app(monkeypatch)
    at.slider(key="f_years").set_value((1946, 1991)).run()
    expected = len(apply_filters(dataset.cases, FilterState(year_from=1946, year_to=1991)))
    assert count_text(at) == f"**{expected} of {len(dataset.cases)} cases**"
    at.text_input(key="f_text").input("nunciature").run()
    both = apply_filters(dataset.cases, FilterState(year_from=1946, year_to=1991, text="nunciature"))
    assert len(case_layer(at)) == len(both) > 0
    assert at.query_params["q"] == ["nunciature"] or at.query_params["q"] == "nunciature"


def test_reset_button_restores_every_case(monkeypatch, dataset):
    at = run_app(monkeypatch)
    at.multiselect(key="f_regions").select("South Asia").run()
    at.button[0].click().run()
    assert count_text(at) == f"**{len(dataset.cases)} of {len(dataset.cases)} cases**"


def test_shared_link_reopens_filters_layers_and_case(monkeypatch, dataset):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    case_id = dataset.cases["id"].iloc[0]
    for key, value in {"region": "eca", "layers": "cases,arcs", "color": "era", "case": case_id}.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    layers = [layer["id"] for layer in deck_spec(at)["layers"]]
    assert "arcs" in layers and "incidents" not in layers and "selected" in layers
    assert at.selectbox(key="case").value == case_id
    assert at.selectbox(key="v_color").value == "era"
    eca = int((dataset.cases["region"] == "Europe & Central Asia").sum())
    assert count_text(at).startswith(f"**{eca} of")


def test_junk_link_shows_a_notice_not_a_traceback(monkeypatch, dataset):
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in {"region": "atlantis", "from": "yesterday", "case": "no-such", "x": "<b>"}.items():
        at.query_params[key] = value
    at.run()
    assert not at.exception
    assert any("ignored" in i.value.lower() and "atlantis" in i.value for i in at.info)
    assert count_text(at) == f"**{len(dataset.cases)} of {len(dataset.cases)} cases**"


def test_map_click_opens_the_case_card_and_puts_it_in_the_url(monkeypatch, dataset):
    at = run_app(monkeypatch)
    target = dataset.cases.iloc[5]
    at.session_state["map"] = {"selection": {"indices": {"cases": [5]},
                                             "objects": {"cases": [{"id": target["id"]}]}}}
    at.run()
    assert at.selectbox(key="case").value == target["id"]
    assert any(s.value == target["title"] for s in at.subheader)
    assert "selected" in [layer["id"] for layer in deck_spec(at)["layers"]]


def test_xss_in_data_reaches_the_page_as_text(monkeypatch, edit):
    payload = "<img src=x onerror=alert(1)>"

    def inject(frame):
        frame.loc[0, ["title", "people", "summary"]] = [payload, payload, payload]
        return frame
    folder = edit("cases.csv", inject)
    at = run_app(monkeypatch, folder)
    raw = at.get("deck_gl_json_chart")[0].proto.json
    assert payload not in raw and "&lt;img src=x onerror=alert(1)&gt;" in raw


def test_year_by_year_shows_the_cases_active_in_the_cursor_year(monkeypatch, dataset):
    from sanctuary_maps.charts import active_in_year

    at = run_app(monkeypatch)
    at.toggle(key="cursor_on").set_value(True).run()
    at.slider(key="y_year").set_value(1973).run()
    n = len(active_in_year(dataset.cases, 1973))
    layers = {layer["id"]: layer for layer in deck_spec(at)["layers"]}
    assert len(layers["cases"]["data"]) == n
    assert any(m.value.startswith(f"**{n} cases active in 1973**") for m in at.markdown)
    assert at.query_params["year"] in ("1973", ["1973"])
    at.button(key="cursor_toggle").click().run()  # play one tick
    layers = {layer["id"]: layer for layer in deck_spec(at)["layers"]}
    assert len(layers["cases"]["data"]) == len(active_in_year(dataset.cases, 1974))


def test_year_in_a_shared_link_turns_the_cursor_on(monkeypatch, dataset):
    monkeypatch.delenv(DATA_DIR_ENV, raising=False)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["year"] = "1989"
    at.run()
    assert at.toggle(key="cursor_on").value is True
    assert at.slider(key="y_year").value == 1989


def test_map_options_survive_a_visit_to_a_page_without_the_sidebar(monkeypatch):
    at = run_app(monkeypatch)
    at.selectbox(key="v_color").set_value("era").run()
    at.toggle(key="cursor_on").set_value(True).run()
    at.switch_page("views/claims.py").run()
    at.switch_page("views/map.py").run()
    assert at.selectbox(key="v_color").value == "era"
    assert at.toggle(key="cursor_on").value is True
