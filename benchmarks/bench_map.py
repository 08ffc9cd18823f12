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


def apptest_rerun_ms(repeat: int) -> tuple[float, float]:
    """Median full script rerun after a filter change (AppTest, no browser), and the default payload."""
    from streamlit.testing.v1 import AppTest

    app = str(Path(__file__).resolve().parent.parent / "app.py")
    at = AppTest.from_file(app, default_timeout=120).run()
    default_kb = len(at.get("deck_gl_json_chart")[0].proto.json.encode()) / 1024
    times = []
    for i in range(repeat):
        widget = at.multiselect(key="f_regions")
        t = time.perf_counter()
        (widget.select("South Asia") if i % 2 == 0 else widget.unselect("South Asia")).run()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), default_kb


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    data = load_dataset()
    rows = [measure(data.cases, data.events, args.repeat)]
    for n in (int(s) for s in args.sizes.split(",") if s):
        rows.append(measure(synthetic(data.cases, n), data.events, max(3, args.repeat // 2)))
    table = pd.DataFrame(rows)
    base = table.iloc[0]
    table["map_ms_vs_real"] = (table["map_ms"] / base["map_ms"]).round(1)
    print(f"filter: {CHANGE}")
    print(f"countries layer (static file, fetched once and cached): {STATIC.stat().st_size / 1024:.0f} KB")
    print(table.round(2).to_string(index=False))
    rerun, default_kb = apptest_rerun_ms(args.repeat)
    print(f"real data, whole map page rerun after a filter change (AppTest): median {rerun:.0f} ms")
    print(f"real data, map JSON for the default view (all cases, shading): {default_kb:.0f} KB")


if __name__ == "__main__":
    main()
