"""Downloads of the filtered cases: CSV that spreadsheets open safely, and GeoJSON.

A cell that starts with = + - @ (or a tab/CR) is read by Excel, LibreOffice and
Google Sheets as a formula; we prefix such cells with an apostrophe, the
convention OWASP recommends, so an exported file can never run anything.
"""

from __future__ import annotations

import json

import pandas as pd

from .schema import column_names

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DERIVED_EXPORT_COLUMNS = ("region", "subregion", "era", "duration_days")


def neutralise_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export_frame(cases: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """Published columns, derived columns and the source URLs of each case."""
    urls = sources.groupby("record_id")["url"].agg(" | ".join)
    out = cases[column_names("cases.csv") + list(DERIVED_EXPORT_COLUMNS)].copy()
    out["sources"] = out["id"].map(urls).fillna("")
    return out


def to_safe_csv(frame: pd.DataFrame) -> bytes:
    safe = frame.astype(object).map(neutralise_cell)
    # A BOM makes Excel read the file as UTF-8 (names like Núñez, Mindszenty's József).
    return safe.to_csv(index=False).encode("utf-8-sig")


def to_geojson(cases: pd.DataFrame, sources: pd.DataFrame) -> bytes:
    by_record: dict[str, list[dict]] = {}
    for rec in sources[["record_id", "url", "title", "publisher", "accessed"]].to_dict("records"):
        by_record.setdefault(rec.pop("record_id"), []).append(rec)
    frame = export_frame(cases, sources).drop(columns=["sources"])
    features = []
    for rec in frame.to_dict("records"):
        props = {k: (None if pd.isna(v) else (int(v) if k in {"people_count", "duration_days"} else v))
                 for k, v in rec.items() if k not in {"lat", "lon"}}
        props["sources"] = by_record.get(rec["id"], [])
        point = {"type": "Point", "coordinates": [float(rec["lon"]), float(rec["lat"])]}
        features.append({"type": "Feature", "properties": props, "geometry": point})
    return json.dumps({"type": "FeatureCollection", "features": features},
                      ensure_ascii=False, indent=1).encode("utf-8")
