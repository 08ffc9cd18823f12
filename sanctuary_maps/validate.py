"""Validation of the four tables: row checks (pandera) plus cross-references.

Each check adds Problems instead of stopping, so one run lists every defect.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pandera.pandas as pa

from .dates import parse_partial_date
from .geo import TOLERANCE_KM, km_outside
from .problems import Problem
from .read import read_table
from .schema import TABLES, pandera_schema

TABLE_FILES = tuple(TABLES)


def row_problems(frame: pd.DataFrame, table: str, name: str | None = None) -> list[Problem]:
    """Per-cell problems from the pandera schema of ``table``."""
    name = name or table
    try:
        pandera_schema(table).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
        out = []
        for rec in cases.itertuples(index=False):
            index = rec.index
            row = int(index) + 2 if index is not None and not pd.isna(index) else None
            out.append(Problem(name, row, str(rec.column or ""), str(rec.check)))
        return sorted(set(out), key=lambda p: (p.row or 0, p.column))
    return []


def _rows(frame: pd.DataFrame, mask: pd.Series) -> list[int]:
    return [int(i) + 2 for i in frame.index[mask.to_numpy()]]


def duplicate_ids(frame: pd.DataFrame, name: str, column: str = "id") -> list[Problem]:
    dup = frame[column].duplicated(keep="first") & (frame[column] != "")
    return [Problem(name, int(i) + 2, column, f"'{value}' is used by an earlier row")
            for i, value in frame.loc[dup, column].items()]


def date_order(frame: pd.DataFrame, name: str) -> list[Problem]:
    """End date must not be before start date; ongoing stays have no end date."""
    problems = []
    columns = (frame.index, frame["start_date"], frame["end_date"], frame["end_status"], frame["outcome"])
    for i, start_text, end_text, status, outcome in zip(*columns):
        row = int(i) + 2
        try:
            start = parse_partial_date(start_text)
            end = parse_partial_date(end_text) if end_text else None
        except ValueError:
            continue  # already reported by the row schema
        if end is not None and end.latest < start.earliest:
            problems.append(Problem(name, row, "end_date", f"{end_text} is before start_date {start_text}"))
        if status == "ongoing" and end is not None:
            problems.append(Problem(name, row, "end_date", "must be blank when end_status is ongoing"))
        if (outcome == "ongoing") != (status == "ongoing") and status in {"ongoing", "ended", "unknown"}:
            problems.append(Problem(name, row, "outcome",
                                    "must be 'ongoing' exactly when end_status is 'ongoing'"))
    return problems


def unconfirmed_names(frame: pd.DataFrame, name: str, table: str) -> list[Problem]:
    columns = {s.name for s in TABLES[table]}
    problems = []
    for i, value in frame["unconfirmed_fields"].items():
        for part in filter(None, (p.strip() for p in value.split(";"))):
            if part not in columns:
                problems.append(Problem(name, int(i) + 2, "unconfirmed_fields",
                                        f"'{part}' is not a column of {table}"))
    return problems


def locations(frame: pd.DataFrame, name: str) -> list[Problem]:
    """Each case must lie inside its host state's territory (within the tolerance)."""
    problems = []
    lat = pd.to_numeric(frame["lat"], errors="coerce")
    lon = pd.to_numeric(frame["lon"], errors="coerce")
    ok = lat.between(-90, 90) & lon.between(-180, 180)
    for code, group in frame[ok].groupby("host_code"):
        dist = km_outside(code, lat[group.index].to_numpy(), lon[group.index].to_numpy())
        if dist is None:
            continue  # unknown codes are reported by the row schema
        for i, km in zip(group.index, dist):
            if km > TOLERANCE_KM:
                problems.append(Problem(name, int(i) + 2, "lat/lon",
                                        f"({lat[i]:.3f}, {lon[i]:.3f}) is {km:.0f} km outside "
                                        f"host state {code} (tolerance {TOLERANCE_KM:.0f} km)"))
    return problems


def evidence_matches_sources(cases: pd.DataFrame, sources: pd.DataFrame) -> list[Problem]:
    """'documented' needs two sources from different sites."""
    site = {u: urlparse(u).netloc.removeprefix("www.") for u in sources["url"].unique()}
    hosts = sources.assign(host=sources["url"].astype(object).map(site))
    distinct = hosts.groupby("record_id")["host"].nunique()
    sites = cases["id"].map(distinct).fillna(0)
    weak = (cases["evidence"] == "documented") & (sites < 2)
    return [Problem("cases.csv", int(i) + 2, "evidence",
                    "is 'documented' but fewer than two sources from different sites")
            for i in cases.index[weak]]


def _isin(series: pd.Series, values) -> pd.Series:
    """Membership test via a hash table: Arrow-backed ``isin`` with a large set is ~100x slower."""
    return series.astype(object).isin(set(values))


def cross_references(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    cases, sources = tables["cases.csv"], tables["sources.csv"]
    events, claims = tables["events.csv"], tables["claims.csv"]
    problems: list[Problem] = []
    records: dict[str, str] = {}
    for table, frame in (("cases.csv", cases), ("events.csv", events), ("claims.csv", claims)):
        for i, rid in frame["id"].items():
            if rid in records and records[rid] != table:
                problems.append(Problem(table, int(i) + 2, "id",
                                        f"'{rid}' is already the id of a record in {records[rid]}"))
            records.setdefault(rid, table)
    orphan = ~_isin(sources["record_id"], records) & (sources["record_id"] != "")
    problems += [Problem("sources.csv", r, "record_id",
                         f"'{sources.at[r - 2, 'record_id']}' is not the id of any case, event or claim")
                 for r in _rows(sources, orphan)]
    sourced = set(sources["record_id"])
    for table, frame in (("cases.csv", cases), ("events.csv", events)):
        missing = ~_isin(frame["id"], sourced) & (frame["id"] != "")
        problems += [Problem(table, r, "id", "has no row in sources.csv (every record needs a source)")
                     for r in _rows(frame, missing)]
    unknown_case = (claims["case_id"] != "") & ~_isin(claims["case_id"], cases["id"])
    problems += [Problem("claims.csv", r, "case_id", f"'{claims.at[r - 2, 'case_id']}' is not a case id")
                 for r in _rows(claims, unknown_case)]
    dup_source = sources.duplicated(subset=["record_id", "url"], keep="first")
    problems += [Problem("sources.csv", r, "url", "same source listed twice for this record")
                 for r in _rows(sources, dup_source)]
    return problems


def validate_tables(tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """All problems in a complete set of already-read tables."""
    problems: list[Problem] = []
    for table, frame in tables.items():
        problems += row_problems(frame, table)
        if "id" in frame.columns:
            problems += duplicate_ids(frame, table)
        if "unconfirmed_fields" in frame.columns:
            problems += unconfirmed_names(frame, table, table)
    if "cases.csv" in tables:
        problems += date_order(tables["cases.csv"], "cases.csv")
        problems += locations(tables["cases.csv"], "cases.csv")
    if set(TABLE_FILES) <= set(tables):  # cross-references need every table
        problems += evidence_matches_sources(tables["cases.csv"], tables["sources.csv"])
        problems += cross_references(tables)
    return sorted(set(problems), key=lambda p: (p.file, p.row or 0, p.column, p.reason))


def read_all(data_dir: Path) -> tuple[dict[str, pd.DataFrame], list[Problem]]:
    tables: dict[str, pd.DataFrame] = {}
    problems: list[Problem] = []
    for table in TABLE_FILES:
        frame, found = read_table(Path(data_dir) / table, table)
        problems += found
        if frame is not None:
            tables[table] = frame
    return tables, problems


def story_problems(data_dir: Path, tables: dict[str, pd.DataFrame]) -> list[Problem]:
    """Mistakes in the classroom stories (unknown ids, bad coordinates…), if the tables loaded."""
    from .stories import load_stories

    if "cases.csv" not in tables or "events.csv" not in tables:
        return []
    ids = {name: frozenset(tables[name]["id"]) for name in ("cases.csv", "events.csv")}
    return load_stories(data_dir / "stories", ids["cases.csv"], ids["events.csv"])[1]


def validate_dir(data_dir: Path) -> list[Problem]:
    """Every problem in the data directory; an empty list means the data is valid."""
    tables, problems = read_all(data_dir)
    problems += story_problems(data_dir, tables)
    return sorted(set(problems + validate_tables(tables)),
                  key=lambda p: (p.file, p.row or 0, p.column, p.reason))


__all__ = ["read_all", "row_problems", "validate_dir", "validate_tables"]
