"""Browser: the year cursor plays by itself; Timeline and Patterns draw their charts."""

from __future__ import annotations

import re

import pytest
from browser import ARTIFACTS, wait_for_drawn_canvas

from sanctuary_maps.charts import active_in_year
from sanctuary_maps.patterns import PATTERNS

pytestmark = pytest.mark.browser


def test_play_moves_the_map_through_the_years_and_pause_stops(server, browser_context, dataset):
    page = browser_context.new_page()
    page.goto(f"{server}/?year=1970")
    n = len(active_in_year(dataset.cases, 1970))
    page.get_by_text(f"{n} cases active in 1970").wait_for(timeout=60_000)
    wait_for_drawn_canvas(page)
    page.get_by_role("button", name="Play").click()
    # Each tick (about a second) moves one year; wait for a later year to appear by itself.
    page.get_by_text(re.compile(r"cases active in 197[3-9]")).wait_for(timeout=30_000)
    assert re.search(r"year=197[1-9]", page.url)
    page.get_by_role("button", name="Pause").click()
    page.get_by_role("button", name="Play").wait_for(timeout=10_000)
    shown = page.get_by_text(re.compile(r"cases active in \d{4}")).inner_text()
    page.wait_for_timeout(3_000)
    assert page.get_by_text(re.compile(r"cases active in \d{4}")).inner_text() == shown
    page.screenshot(path=ARTIFACTS / "map-year-cursor.png")
    page.close()


def test_timeline_and_patterns_draw_their_charts(server, browser_context, dataset):
    page = browser_context.new_page()
    page.goto(f"{server}/timeline?region=lac")
    n = int((dataset.cases["region"] == "Latin America & Caribbean").sum())
    page.get_by_text(f"{n} of {len(dataset.cases)} cases").wait_for(timeout=60_000)
    page.locator(".vega-embed svg, .vega-embed canvas").first.wait_for(timeout=30_000)
    page.screenshot(path=ARTIFACTS / "timeline.png", full_page=True)
    page.goto(f"{server}/patterns?region=lac")
    page.get_by_text(f"{n} of {len(dataset.cases)} cases").wait_for(timeout=60_000)
    page.get_by_text(f"n = {n} cases").first.wait_for(timeout=30_000)
    charts = page.locator(".vega-embed")
    page.wait_for_function(f"document.querySelectorAll('.vega-embed').length >= {len(PATTERNS)}",
                           timeout=30_000)
    assert charts.count() == len(PATTERNS)
    page.screenshot(path=ARTIFACTS / "patterns.png", full_page=True)
    page.close()
