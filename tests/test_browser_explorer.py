"""Browser: a shared link with filters opens the same view; a click on the map opens a card."""

from __future__ import annotations

import time

import pytest
from browser import ARTIFACTS, distinct_colours, wait_for_drawn_canvas

from sanctuary_maps.filters import FilterState, apply_filters

pytestmark = pytest.mark.browser


def test_shared_link_restores_filters_and_draws_the_map(server, browser_context, dataset):
    page = browser_context.new_page()
    page.goto(f"{server}/?region=lac&from=1970&to=1990&layers=cases,shading,arcs")
    expected = len(apply_filters(dataset.cases, FilterState(
        regions=("Latin America & Caribbean",), year_from=1970, year_to=1990)))
    page.get_by_text(f"{expected} of {len(dataset.cases)} cases").wait_for(timeout=60_000)
    shot = wait_for_drawn_canvas(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "explorer-shared-link.png")
    assert distinct_colours(shot) > 8
    page.close()


def test_clicking_a_case_on_the_map_opens_its_card(server, browser_context, dataset):
    case = dataset.cases[dataset.cases["id"].str.startswith("mindszenty")].iloc[0]
    page = browser_context.new_page()
    # Filtered to one case, the map centres on it, so the canvas centre is the point.
    page.goto(f"{server}/?q=Mindszenty&outcome={case['outcome']}&layers=cases")
    page.get_by_text(f"1 of {len(dataset.cases)} cases").wait_for(timeout=60_000)
    wait_for_drawn_canvas(page)
    canvas = page.locator("canvas").first
    box = canvas.bounding_box()
    heading = page.get_by_role("heading", name=case["title"])
    for _ in range(4):  # the first pick compiles shaders and may miss deck.gl's tap window
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        try:
            heading.wait_for(timeout=8_000)
            break
        except Exception:
            time.sleep(1)
    heading.wait_for(timeout=5_000)
    assert f"case={case['id']}" in page.url
    page.screenshot(path=ARTIFACTS / "explorer-case-card.png", full_page=True)
    page.close()
