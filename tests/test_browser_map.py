"""End to end in headless Chromium: the map draws offline, with no request leaving the machine."""

from __future__ import annotations

import tempfile
import time
from urllib.parse import urlparse

import pytest
from browser import ARTIFACTS, CHROMIUM_FLAGS, distinct_colours, require_chromium, streamlit_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server():
    require_chromium()
    with streamlit_server() as base:
        yield base


@pytest.fixture(scope="module")
def browser_context():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000})
        yield context
        context.close()


def wait_for_drawn_canvas(page, timeout: float = 60) -> bytes:
    """Screenshot of the deck.gl canvas once it has drawn more than a blank fill."""
    deadline = time.monotonic() + timeout
    canvas = page.locator("canvas").first
    canvas.wait_for(state="visible", timeout=timeout * 1000)
    while True:
        shot = canvas.screenshot()
        if distinct_colours(shot) > 8 or time.monotonic() > deadline:
            return shot
        time.sleep(0.5)


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
