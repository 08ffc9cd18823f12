"""Benchmark: filter change -> map payload, on the real data and on synthetic data up to 100k cases.

Usage: .venv/bin/python benchmarks/bench_map.py [--sizes 1000,10000,100000] [--repeat 7]
Prints medians; run by `make bench`. Synthetic cases are real rows repeated with
jittered positions and new ids, so the column contents stay realistic.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd

from sanctuary_maps.filters import FilterState, apply_filters
from sanctuary_maps.load import load_dataset
from sanctuary_maps.map_view import build_map
from sanctuary_maps.url_state import ViewState

STATIC = Path(__file__).resolve().parent.parent / "static" / "countries_map.geojson"
CHANGE = FilterState(regions=("Latin America & Caribbean",), year_from=1946, year_to=1991)


def synthetic(cases: pd.DataFrame, n: int, seed: int = 1) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = cases.sample(n, replace=True, random_state=seed).reset_index(drop=True)
    rows["id"] = [f"synthetic-{i}" for i in range(n)]
    rows["lat"] = rows["lat"] + rng.normal(0, 0.05, n)
    rows["lon"] = rows["lon"] + rng.normal(0, 0.05, n)
    return rows


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def measure(cases: pd.DataFrame, events: pd.DataFrame, repeat: int) -> dict[str, float]:
    view = ViewState(filters=CHANGE)
    filtered = apply_filters(cases, CHANGE)
    payload = build_map(view, filtered, events).deck.to_json()
    return {
        "cases": len(cases), "shown": len(filtered),
        "filter_ms": median_ms(lambda: apply_filters(cases, CHANGE), repeat),
        "map_ms": median_ms(lambda: build_map(view, apply_filters(cases, CHANGE), events).deck.to_json(),
                            repeat),
        "payload_kb": len(payload.encode()) / 1024,
    }


def apptest_rerun_ms(repeat: int, data_dir: Path | None = None) -> tuple[float, float]:
    """Median full script rerun after a filter change (AppTest, no browser), and the default payload."""
    import os

    from streamlit.testing.v1 import AppTest

    from sanctuary_maps.ui import DATA_DIR_ENV

    if data_dir is not None:
        os.environ[DATA_DIR_ENV] = str(data_dir)
    else:
        os.environ.pop(DATA_DIR_ENV, None)
    app = str(Path(__file__).resolve().parent.parent / "app.py")
    at = AppTest.from_file(app, default_timeout=300).run()
    default_kb = len(at.get("deck_gl_json_chart")[0].proto.json.encode()) / 1024
    times = []
    for i in range(repeat):
        widget = at.multiselect(key="f_regions")
        t = time.perf_counter()
        region = "Latin America & Caribbean"
        (widget.select(region) if i % 2 == 0 else widget.unselect(region)).run()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), default_kb


def main() -> None:
    import tempfile

    from benchmarks.bench_browser import write_dataset

    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folders: list[Path | None] = [None]
        folders += [write_dataset(Path(tmp) / str(n), int(n)) for n in args.sizes.split(",") if n]
        for folder in folders:
            start = time.perf_counter()
            data = load_dataset(folder) if folder else load_dataset()
            load_s = time.perf_counter() - start
            row = measure(data.cases, data.events, args.repeat)
            rerun_ms, default_kb = apptest_rerun_ms(args.repeat, folder)
            rows.append({**row, "load_s": load_s, "page_rerun_ms": rerun_ms, "default_map_kb": default_kb})
    table = pd.DataFrame(rows)
    base = table.iloc[0]
    for column in ("map_ms", "page_rerun_ms"):
        table[f"{column}_vs_real"] = (table[column] / base[column]).round(1)
    print(f"filter change: {CHANGE} (page rerun: toggling 'Latin America & Caribbean')")
    print(f"countries layer (static file, fetched once and cached): {STATIC.stat().st_size / 1024:.0f} KB")
    print(table.round(2).to_string(index=False))


if __name__ == "__main__":
    main()
