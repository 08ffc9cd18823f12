"""Helpers for the browser tests: a Streamlit server on 127.0.0.1 and headless Chromium.

The flags are the ones measured to make deck.gl draw with software WebGL
(SwiftShader) and to keep Chromium from calling home on a closed network.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
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


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def streamlit_server(env: dict[str, str] | None = None, timeout: float = 60) -> Iterator[str]:
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=log)
        try:
            deadline = time.monotonic() + timeout
            while True:
                try:
                    with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2) as r:
                        if r.status == 200:
                            break
                except OSError:
                    pass
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"streamlit did not start:\n{log.read().decode(errors='replace')}")
                time.sleep(0.3)
            yield base
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


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
