"""Helpers for the browser tests: a Streamlit server on 127.0.0.1 and headless Chromium.

The flags are the ones measured to make deck.gl draw with software WebGL
(SwiftShader) and to keep Chromium from calling home on a closed network.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--enable-unsafe-swiftshader", "--disable-dev-shm-usage",
]


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def require_chromium() -> str:
    """Chromium's path; skip locally without it, but fail in CI where it must exist."""
    path = chromium_path()
    if path:
        return path
    if os.environ.get("CI") == "true":
        pytest.fail("CI=true but Chromium is not installed (.ci/run installs Debian's chromium)")
    pytest.skip("browser tests need Chromium: run `sudo apt-get install chromium` to enable them")


@contextlib.contextmanager
def streamlit_server(env: dict[str, str] | None = None, timeout: float = 60) -> Iterator[str]:
    """A real `streamlit run app.py` on a free 127.0.0.1 port; yields its base URL."""
    from benchmarks.load_sessions import running_server

    with running_server(env, timeout) as server:
        yield server.url


def distinct_colours(png: bytes) -> int:
    """Distinct colours in a screenshot: a blank canvas has one or two."""
    from PIL import Image

    image = Image.open(BytesIO(png)).convert("RGB").resize((200, 120))
    return len(set(image.getdata()))


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
