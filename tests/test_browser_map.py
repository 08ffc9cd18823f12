"""End to end in headless Chromium: the map draws offline, with no request leaving the machine."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from browser import ARTIFACTS, distinct_colours, wait_for_drawn_canvas

pytestmark = pytest.mark.browser


def test_map_page_draws_countries_and_cases_offline(server, browser_context, dataset):
    page = browser_context.new_page()
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if urlparse(r.url).hostname not in {"127.0.0.1", "localhost", None} and
            not r.url.startswith(("data:", "blob:")) else None)
    page.goto(f"{server}/", wait_until="domcontentloaded")
    page.get_by_text(f"of {len(dataset.cases)} cases").first.wait_for(timeout=60_000)
    shot = wait_for_drawn_canvas(page)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / "map-page.png", full_page=False)
    (ARTIFACTS / "map-canvas.png").write_bytes(shot)
    assert distinct_colours(shot) > 8, "the map canvas stayed blank"
    assert outside == [], f"requests left the machine: {outside[:5]}"
    nav = page.locator("[data-testid=stSidebarNav]").inner_text()
    assert "Map" in nav and "About the data" in nav and "app" not in nav.split()
    page.close()
