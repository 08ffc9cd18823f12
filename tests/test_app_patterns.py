"""AppTest for the Patterns page: the charts' data follow the sidebar filters."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
from streamlit.testing.v1 import AppTest

from sanctuary_maps.patterns import PATTERNS

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_patterns() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return at.switch_page("views/patterns.py").run()


def heatmap_total(at: AppTest) -> int:
    """Sum of the 'cases' column of the data Streamlit sends for the first chart (the heatmap)."""
    chart = at.get("vega_lite_chart")[0]
    tables = [pa.ipc.open_stream(d.data.data).read_all() for d in chart.proto.datasets]
    return sum(sum(t.column("cases").to_pylist()) for t in tables if "decade" in t.column_names)


def test_every_chart_is_drawn_with_its_n_and_downloads(dataset):
    at = open_patterns()
    assert not at.exception
    assert len(at.get("vega_lite_chart")) == len(PATTERNS)
    assert sum("n = " in c.value for c in at.caption) == len(PATTERNS)
    labels = [b.label for b in at.get("download_button")]
    assert labels.count("PNG") == labels.count("SVG") == labels.count("CSV") == len(PATTERNS)
    assert heatmap_total(at) == len(dataset.cases)


def test_filtering_to_one_region_changes_the_heatmap_totals(dataset):
    at = open_patterns()
    for region in ("Sub-Saharan Africa", "Europe & Central Asia"):
        at.multiselect(key="f_regions").set_value([region]).run()
        n = int((dataset.cases["region"] == region).sum())
        assert heatmap_total(at) == n
        assert any(m.value == f"**{n} of {len(dataset.cases)} cases**" for m in at.markdown)
        assert at.query_params["region"]


def test_a_filter_matching_nothing_shows_empty_charts_not_an_error():
    at = open_patterns()
    at.text_input(key="f_text").input("zzzz no such case").run()
    assert not at.exception
    assert heatmap_total(at) == 0
