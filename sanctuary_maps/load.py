"""Loading a validated dataset and adding the derived columns.

Derived columns (region, era, duration...) are computed here on every load and
never stored, so the published CSVs cannot drift out of step with the schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd

from .countries import region_of, subregion_of
from .dates import midpoint, parse_partial_date
from .eras import era_for_year
from .filters import search_text
from .problems import DataError
from .validate import read_all, validate_tables

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True)
class Dataset:
    cases: pd.DataFrame
    sources: pd.DataFrame
    events: pd.DataFrame
    claims: pd.DataFrame


def add_case_columns(cases: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Typed and derived columns for (already validated) case rows."""
    today = today or date.today()
    out = cases.copy()
    out["lat"] = pd.to_numeric(out["lat"])
    out["lon"] = pd.to_numeric(out["lon"])
    out["people_count"] = pd.to_numeric(out["people_count"].replace("", None)).astype("Int64")
    out["region"] = out["host_code"].map(region_of)
    out["subregion"] = out["host_code"].map(subregion_of)
    starts = out["start_date"].astype(object).map(parse_partial_date)
    ends = out["end_date"].astype(object).map(lambda s: parse_partial_date(s) if s else None)
    out["start_year"] = starts.map(lambda d: d.year).astype(int)
    out["end_year"] = [e.year if e else (today.year if st == "ongoing" else s.year)
                       for e, s, st in zip(ends, starts, out["end_status"])]
    out["era"] = out["start_year"].map(era_for_year)
    durations = []
    for s, e, status in zip(starts, ends, out["end_status"]):
        stop = midpoint(e) if e else (today if status == "ongoing" else None)
        durations.append(max((stop - midpoint(s)).days, 0) if stop else np.nan)
    out["duration_days"] = pd.array(durations, dtype="Float64").round().astype("Int64")
    out["search_text"] = search_text(out)  # internal: what the free-text filter searches
    # Plain Python strings, not Arrow: every filter change copies the matching rows, and
    # Arrow's take on long text columns made that 125 ms at 100k cases (object: ~10 ms).
    text = [c for c in out.columns if pd.api.types.is_string_dtype(out[c]) and out[c].dtype != object]
    return out.astype({c: object for c in text})


def load_dataset(data_dir: Path = DATA_DIR, today: date | None = None) -> Dataset:
    """Read, validate and type every table; raise DataError listing every problem."""
    tables, problems = read_all(data_dir)
    problems += validate_tables(tables)
    if problems:
        raise DataError(problems)
    cases = add_case_columns(tables["cases.csv"], today)
    events = tables["events.csv"].copy()
    events["lat"] = pd.to_numeric(events["lat"])
    events["lon"] = pd.to_numeric(events["lon"])
    events["year"] = events["date"].map(lambda s: parse_partial_date(s).year)
    return Dataset(cases, tables["sources.csv"], events, tables["claims.csv"])
