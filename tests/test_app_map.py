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
