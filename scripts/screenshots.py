"""Take screenshots of app pages in headless Chromium (for looking at what we build).

Usage: python scripts/screenshots.py [path?query ...]   (default: every page)
Writes test-artifacts/shot-<name>.png.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # the package, benchmarks (server helper) and tests/

from browser import ARTIFACTS, CHROMIUM_FLAGS, chromium_path, streamlit_server  # noqa: E402

DEFAULT = ["", "about"]


def main(paths: list[str], width: int = 1400, height: int = 1000) -> None:
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with streamlit_server() as base, sync_playwright() as p, tempfile.TemporaryDirectory() as prof:
        ctx = p.chromium.launch_persistent_context(prof, executable_path=chromium_path(), headless=True,
                                                   args=CHROMIUM_FLAGS,
                                                   viewport={"width": width, "height": height})
        page = ctx.new_page()
        for path in paths:
            page.goto(f"{base}/{path}")
            page.wait_for_selector("h1, h2", timeout=60_000)
            time.sleep(6)
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "home"
            out = ARTIFACTS / f"shot-{name}-{width}.png"
            page.screenshot(path=out, full_page=True)
            print(out)
        ctx.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    size = [a for a in sys.argv[1:] if a.startswith("--size=")]
    w, h = (int(v) for v in size[0][7:].split("x")) if size else (1400, 1000)
    main(args or DEFAULT, w, h)
