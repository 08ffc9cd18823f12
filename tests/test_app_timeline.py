"""AppTest for the timeline page: chart data and the year cursor follow the shared filters."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from sanctuary_maps.charts import active_in_year, longest_stays, timeline_table
from sanctuary_maps.filters import FilterState, apply_filters

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def open_timeline() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60).run()
    return at.switch_page("views/timeline.py").run()


def chart_rows(at: AppTest) -> int:
    """Case rows drawn by the chart (bars plus dots), read from the Arrow datasets Streamlit sends."""
    import pyarrow as pa

    tables = [pa.ipc.open_stream(d.data.data).read_all() for d in at.get("vega_lite_chart")[0].proto.datasets]
    return sum(t.num_rows for t in tables if "title" in t.column_names and "start" in t.column_names)


def test_timeline_shows_every_case_and_follows_a_region_filter(dataset):
    at = open_timeline()
    assert not at.exception
    assert any(m.value == f"**{len(dataset.cases)} of {len(dataset.cases)} cases**" for m in at.markdown)
    at.multiselect(key="f_regions").select("South Asia").run()
    n = int((dataset.cases["region"] == "South Asia").sum())
    assert any(m.value == f"**{n} of {len(dataset.cases)} cases**" for m in at.markdown)
    table = timeline_table(apply_filters(dataset.cases, FilterState(regions=("South Asia",))))
    assert len(table) == n and chart_rows(at) == n


def test_year_cursor_counts_cases_active_that_year_and_goes_in_the_link(dataset):
    at = open_timeline()
    at.slider(key="y_year").set_value(1989).run()
    assert at.metric[0].label == "Active in 1989"
    assert at.metric[0].value == str(len(active_in_year(dataset.cases, 1989)))
    assert at.query_params["year"] in ("1989", ["1989"])


def test_play_steps_the_cursor_and_counts_and_pause_stops_it(dataset):
    at = open_timeline()
    at.slider(key="y_year").set_value(1956).run()
    at.selectbox(key="cursor_step").set_value(5).run()
    at.button(key="cursor_toggle").click().run()  # play: each run is one tick
    assert at.session_state["cursor_play"]
    assert at.slider(key="y_year").value == 1961
    assert at.metric[0].value == str(len(active_in_year(dataset.cases, 1961)))
    at.run()
    assert at.slider(key="y_year").value == 1966
    at.button(key="cursor_toggle").click().run()  # pause
    assert not at.session_state["cursor_play"]
    at.run()
    assert at.slider(key="y_year").value == 1966 and at.button(key="cursor_toggle").label == "Play"


def test_play_stops_by_itself_at_the_last_year(dataset):
    at = open_timeline()
    last = int(dataset.cases["end_year"].max())
    at.slider(key="y_year").set_value(last - 1).run()
    at.button(key="cursor_toggle").click().run()
    at.run()
    assert at.slider(key="y_year").value == last
    assert not at.session_state["cursor_play"]


def test_length_views_draw_every_case_with_a_known_length(dataset):
    at = open_timeline()
    known = int((dataset.cases["duration_days"] > 0).sum())
    for scale in ("log", "linear"):
        at.radio(key="t_scale").set_value(scale).run()
        assert not at.exception
        spec = at.get("vega_lite_chart")[0].proto.spec
        assert ('"type": "log"' in spec or '"type":"log"' in spec) == (scale == "log")
        assert chart_rows(at) == known


def test_longest_stays_are_sorted_and_start_with_the_longest(dataset):
    table = longest_stays(dataset.cases)
    assert list(table["years"]) == sorted(table["years"], reverse=True)
    assert table["years"].iloc[0] * 365.25 >= dataset.cases["duration_days"].max() - 1
