"""Benchmark: time to a drawn map in headless Chromium, on the real data and on synthetic 1k-100k cases.

Usage: .venv/bin/python -m benchmarks.bench_browser [--sizes 1000,10000,100000] [--warm 3]

For each dataset a fresh server (SANCTUARY_MAPS_DATA_DIR) and a fresh browser
context: the first ("cold") navigation pays for reading and validating the data
into st.cache_resource and for fetching the frontend; then ``--warm`` new pages
each open a new session on the warm server. We time from page.goto to the
"N of N cases" line and to a map canvas with more than a blank fill. Synthetic
cases are bench_map.synthetic rows (real rows, jittered positions, new ids)
written as CSV, so the app reads and validates them exactly as the bundled data.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

import pandas as pd

from benchmarks.bench_map import synthetic
from benchmarks.load_sessions import NO_WATCHER, running_server
from sanctuary_maps.load import DATA_DIR, load_dataset
from sanctuary_maps.read import MAX_BYTES
from sanctuary_maps.ui import DATA_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent
# 100k realistic rows are ~69 MB of cases.csv, over read.MAX_BYTES (60 MB): the app would refuse them.
# Shorter summaries (~56 MB at 100k) keep every size loadable, the same rule for every size.
SYNTHETIC_SUMMARY = 200
SOURCES_PER_CASE = 2  # enough for evidence 'documented' (two sites); realistic rows have ~3
NAV_TIMEOUT_S = 600  # a cold 100k load validates every row first
VIEWPORT = {"width": 1400, "height": 1000}


def browser_helpers() -> ModuleType:
    """tests/browser.py (Chromium flags, drawn-canvas check); tests/ is not a package."""
    sys.path.insert(0, str(ROOT / "tests"))
    import browser

    return browser


# --- datasets ---------------------------------------------------------------------------------


def read_raw(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA_DIR / name, dtype=str, keep_default_na=False)


def synthetic_cases(n: int) -> pd.DataFrame:
    """n case rows, each remembering the real case it copies (``origin``) for its sources."""
    cases = read_raw("cases.csv")
    typed = cases.assign(lat=pd.to_numeric(cases["lat"]), lon=pd.to_numeric(cases["lon"]), origin=cases["id"])
    rows = synthetic(typed, n)
    rows["lat"] = rows["lat"].clip(-90, 90).round(5).astype(str)
    rows["lon"] = rows["lon"].clip(-180, 180).round(5).astype(str)
    long = rows["summary"].str.len() > SYNTHETIC_SUMMARY
    rows.loc[long, "summary"] = rows.loc[long, "summary"].str[: SYNTHETIC_SUMMARY - 1].str.rstrip() + "…"
    return rows


def synthetic_sources(cases: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Each synthetic case gets its origin's sources from up to two different sites."""
    site = sources["url"].map(lambda u: urlparse(u).netloc.removeprefix("www."))
    per_case = (sources.assign(site=site).drop_duplicates(["record_id", "site"])
                .groupby("record_id").head(SOURCES_PER_CASE).drop(columns="site"))
    copied = cases[["id", "origin"]].merge(per_case, left_on="origin", right_on="record_id")
    return copied.assign(record_id=copied["id"])[list(sources.columns)]


def write_dataset(folder: Path, n: int) -> Path:
    """A data folder with n synthetic cases; events and claims are the real ones.

    Claims keep their text but lose case_id: the real cases they point to are not in the folder.
    """
    folder.mkdir(parents=True, exist_ok=True)
    cases = synthetic_cases(n)
    sources, events, claims = read_raw("sources.csv"), read_raw("events.csv"), read_raw("claims.csv")
    kept = sources[sources["record_id"].isin(set(events["id"]) | set(claims["id"]))]
    tables = {
        "cases.csv": cases.drop(columns="origin"),
        "sources.csv": pd.concat([kept, synthetic_sources(cases, sources)], ignore_index=True),
        "events.csv": events,
        "claims.csv": claims.assign(case_id=""),
    }
    for name, frame in tables.items():
        frame.to_csv(folder / name, index=False)
        if (folder / name).stat().st_size > MAX_BYTES:
            print(f"warning: {name} for {n} cases is over read.MAX_BYTES; the app will refuse it")
    return folder


def load_seconds(folder: Path) -> float:
    """What the first session waits for before drawing anything: read, validate, derive columns."""
    start = time.perf_counter()
    load_dataset(folder)
    return time.perf_counter() - start


# --- browser timings --------------------------------------------------------------------------


@dataclass
class Navigation:
    to_text_ms: float | None  # None: the count never appeared
    to_map_ms: float | None  # None: the canvas stayed blank


def count_text(n: int) -> re.Pattern[str]:
    """The page's "N of N cases" line, with or without thousands separators."""
    number = f"(?:{n}|{n:,})"
    return re.compile(rf"\b{number} of {number} cases")


def navigate(context, url: str, count: re.Pattern[str], helpers: ModuleType) -> Navigation:
    """Open a new page at ``url``; time to the count line, then to a drawn map canvas."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    page = context.new_page()
    try:
        start = time.perf_counter()
        page.goto(url, timeout=NAV_TIMEOUT_S * 1000)
        try:
            page.get_by_text(count).first.wait_for(state="visible", timeout=NAV_TIMEOUT_S * 1000)
        except PlaywrightTimeout:
            return Navigation(None, None)
        to_text = (time.perf_counter() - start) * 1000
        shot = helpers.wait_for_drawn_canvas(page, timeout=120)
        drawn = helpers.distinct_colours(shot) > 8
        return Navigation(to_text, (time.perf_counter() - start) * 1000 if drawn else None)
    finally:
        page.close()


@dataclass
class Row:
    dataset: str
    cases: int
    load_s: float
    cold: Navigation
    warm: list[Navigation] = field(default_factory=list)

    def cells(self) -> dict[str, str]:
        def ms(value: float | None) -> str:
            return "—" if value is None else f"{value:.0f}"

        def median(values: list[float | None]) -> str:
            return ms(statistics.median(values)) if values and None not in values else "—"

        return {
            "dataset": self.dataset, "cases": str(self.cases), "load s (in-process)": f"{self.load_s:.1f}",
            "cold ms to text": ms(self.cold.to_text_ms), "cold ms to map": ms(self.cold.to_map_ms),
            "warm median ms to text": median([w.to_text_ms for w in self.warm]),
            "warm median ms to map": median([w.to_map_ms for w in self.warm]),
        }


def measure(browser, dataset: str, folder: Path, warm: int, helpers: ModuleType) -> Row:
    """Fresh server and browser context for one dataset: one cold navigation, then ``warm`` more."""
    cases = len(pd.read_csv(folder / "cases.csv", usecols=["id"]))
    row = Row(dataset, cases, load_seconds(folder), Navigation(None, None))
    count = count_text(cases)
    with running_server({DATA_DIR_ENV: str(folder)}, options=NO_WATCHER) as server:
        context = browser.new_context(viewport=VIEWPORT)
        try:
            row.cold = navigate(context, server.url, count, helpers)
            row.warm = [navigate(context, server.url, count, helpers) for _ in range(warm)]
        finally:
            context.close()
    print(row.cells(), flush=True)
    return row


def datasets(sizes: list[int], workdir: Path) -> list[tuple[str, Path]]:
    found = [("real", DATA_DIR)]
    for n in sizes:
        start = time.perf_counter()
        found.append((f"synthetic {n}", write_dataset(workdir / f"cases-{n}", n)))
        print(f"wrote synthetic {n} in {time.perf_counter() - start:.1f} s", flush=True)
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--warm", type=int, default=3, help="warm navigations per dataset (median)")
    parser.add_argument("--keep", type=Path, default=None, help="write the synthetic folders here")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    helpers = browser_helpers()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=helpers.chromium_path(), headless=True,
                                    args=helpers.CHROMIUM_FLAGS)
        rows = [measure(browser, name, folder, args.warm, helpers)
                for name, folder in datasets(sizes, args.keep or Path(tmp))]
        browser.close()
    print(pd.DataFrame([r.cells() for r in rows]).to_string(index=False))


if __name__ == "__main__":
    main()
