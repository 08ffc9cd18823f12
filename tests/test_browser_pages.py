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


def test_presentation_mode_fits_a_projector_with_large_text(server, browser_context, dataset):
    from sanctuary_maps.load import DATA_DIR
    from sanctuary_maps.stories import load_stories

    stories, _ = load_stories(DATA_DIR / "stories", frozenset(dataset.cases["id"]),
                              frozenset(dataset.events["id"]))
    story = next(s for s in stories if s.slug == "gdr-1989")
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(f"{server}/stories?story={story.slug}&step=1&present=1")
    page.get_by_role("heading", name=story.steps[0].title).wait_for(timeout=60_000)
    wait_for_drawn_canvas(page)
    assert not page.locator('[data-testid="stSidebar"]').is_visible()
    paragraph = page.locator('[data-testid="stMarkdownContainer"] p', has_text=story.steps[0].text[:30])
    size = paragraph.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 24
    # Map and narrative side by side, both inside the 720-pixel-high screen.
    canvas = page.locator("canvas").first.bounding_box()
    text = paragraph.bounding_box()
    assert text["x"] > canvas["x"] + canvas["width"] - 5
    assert canvas["y"] + canvas["height"] <= 720 and text["y"] + text["height"] <= 720
    page.screenshot(path=ARTIFACTS / "presentation-1280x720.png")
    page.get_by_role("button", name="Next").click()
    page.get_by_role("heading", name=story.steps[1].title).wait_for(timeout=30_000)
    assert "step=2" in page.url and "present=1" in page.url
    page.screenshot(path=ARTIFACTS / "presentation-1280x720-step2.png")
    page.close()
