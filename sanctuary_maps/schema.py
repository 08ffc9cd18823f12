"""The public data contract, defined once.

Every table is a list of ``ColumnSpec``. Validation (pandera schemas built here),
the data-dictionary page and the tests all read these specs, so a column's
meaning, type and allowed values are stated in exactly one place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pandera.pandas as pa

from . import vocab
from .countries import is_known_code
from .dates import is_partial_date

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")
FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SUMMARY_MAX = 400


@dataclass(frozen=True)
class ColumnSpec:
    """One column of a published table."""

    name: str
    description: str
    kind: str = "string"  # string, integer, number, date, enum, slug, code, url, list
    required: bool = True
    allowed: tuple[str, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    max_length: int | None = None
    example: str = ""


def _enum(name: str, description: str, values: dict[str, str], **kw) -> ColumnSpec:
    return ColumnSpec(name, description, kind="enum", allowed=tuple(values), **kw)


CASE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", "Stable identifier (lowercase slug); used in URLs and citations.", "slug",
               example="mindszenty-us-legation-budapest-1956"),
    ColumnSpec("title", "Short human-readable title of the episode.", max_length=160),
    ColumnSpec("people", "Who took refuge: names, or a description of the group."),
    ColumnSpec("people_count", "Best-estimate number of people (blank if unknown).", "integer",
               required=False, minimum=1),
    ColumnSpec("people_count_note", "How the count was arrived at, ranges given by sources.",
               required=False),
    _enum("seeker_type", "Kind of person or group seeking refuge.", vocab.SEEKER_TYPES),
    _enum("mission_type", "Kind of premises that gave refuge.", vocab.MISSION_TYPES),
    ColumnSpec("sending_state", "State whose mission gave refuge, named as at the time.",
               example="West Germany"),
    ColumnSpec("sending_code", "ISO 3166-1 alpha-3 of the sending state, or ISO 3166-3 for a "
               "former state (SUHH, DDDE, YUCS, CSHH...).", "code", example="USA"),
    ColumnSpec("host_state", "State in which the mission stands, named as at the time."),
    ColumnSpec("host_code", "ISO code of the host state (same rules as sending_code).", "code"),
    ColumnSpec("city", "City of the mission."),
    ColumnSpec("lat", "Latitude of the mission (WGS84 degrees).", "number", minimum=-90, maximum=90),
    ColumnSpec("lon", "Longitude of the mission (WGS84 degrees).", "number", minimum=-180, maximum=180),
    _enum("location_precision", "Whether lat/lon mark the building or only the city.",
          vocab.LOCATION_PRECISIONS),
    ColumnSpec("start_date", "Entry into the mission: YYYY, YYYY-MM or YYYY-MM-DD (the precision "
               "is what the string shows).", "date", example="1956-11-04"),
    ColumnSpec("end_date", "Departure from the mission, same format; blank if ongoing or unknown.",
               "date", required=False),
    _enum("end_status", "Whether the stay has ended.", vocab.END_STATUSES),
    _enum("outcome", "How the stay ended.", vocab.OUTCOMES),
    ColumnSpec("episode", "Optional key grouping rows of one crisis (e.g. chile-1973-coup).", "slug",
               required=False),
    ColumnSpec("summary", "What happened, in the project's own words.", max_length=SUMMARY_MAX),
    _enum("evidence", "documented = two or more independent sources agree; single_source; "
          "disputed = sources disagree materially.", vocab.EVIDENCE_LEVELS),
    ColumnSpec("unconfirmed_fields", "Columns of this row that no source confirmed, separated by "
               "semicolons (their values are best estimates).", "list", required=False,
               example="end_date;people_count"),
)

SOURCE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("record_id", "Id of the case, event or claim this source supports.", "slug"),
    ColumnSpec("url", "Address of the page that was read.", "url"),
    ColumnSpec("title", "Title of the page."),
    ColumnSpec("publisher", "Who published it."),
    ColumnSpec("accessed", "Day the page was read (YYYY-MM-DD).", "date"),
)

EVENT_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", "Stable identifier (lowercase slug).", "slug"),
    _enum("kind", "Kind of event.", vocab.EVENT_KINDS),
    ColumnSpec("date", "Date (YYYY, YYYY-MM or YYYY-MM-DD).", "date"),
    ColumnSpec("title", "Short title.", max_length=160),
    ColumnSpec("city", "Where it was signed, decided or happened."),
    ColumnSpec("lat", "Latitude (WGS84 degrees).", "number", minimum=-90, maximum=90),
    ColumnSpec("lon", "Longitude (WGS84 degrees).", "number", minimum=-180, maximum=180),
    ColumnSpec("summary", "What happened, in the project's own words.", max_length=SUMMARY_MAX),
    ColumnSpec("unconfirmed_fields", "Columns no source confirmed, separated by semicolons.", "list",
               required=False),
)

CLAIM_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("id", "Stable identifier of the claim (lowercase slug).", "slug"),
    ColumnSpec("article", "Reference article the claim comes from (file name in shared/brief)."),
    ColumnSpec("claim", "The article's claim, paraphrased."),
    _enum("verdict", "What the record shows.", vocab.VERDICTS),
    ColumnSpec("correction", "What the sources actually say (blank if confirmed).", required=False),
    ColumnSpec("case_id", "Matching case in cases.csv, if any.", "slug", required=False),
)

TABLES: dict[str, tuple[ColumnSpec, ...]] = {
    "cases.csv": CASE_COLUMNS,
    "sources.csv": SOURCE_COLUMNS,
    "events.csv": EVENT_COLUMNS,
    "claims.csv": CLAIM_COLUMNS,
}

# Columns computed on load and never stored (documented in the data dictionary).
DERIVED_CASE_COLUMNS: dict[str, str] = {
    "region": "World Bank region of host_code (seven regions, WDI classification up to FY2024).",
    "subregion": "UN M49 subregion of host_code.",
    "era": "Era of start_date: to 1814, 1815–1913, 1914–1945, 1946–1991, 1992–2010, 2011–today.",
    "start_year": "Year of start_date.",
    "end_year": "Year of end_date (or this year if ongoing).",
    "duration_days": "Days from the middle of start_date's span to the middle of end_date's "
                     "(to today if ongoing); approximate when dates are partial.",
}


def _is_int(value: str) -> bool:
    return bool(re.fullmatch(r"\d+", value))


def _is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return value.strip().lower() not in {"nan", "inf", "-inf", "infinity"}


def _value_checks(spec: ColumnSpec) -> list[pa.Check]:
    """Checks on the raw text of one column; blank cells are handled separately."""

    def present(fn: Callable[[str], bool], error: str) -> pa.Check:
        # Blanks pass (blank-ness is its own check). ``fn`` runs once per distinct value and the
        # result is applied with isin: element-wise pandera checks take ~20 s on a 50 MB upload.
        def check(series: pd.Series) -> pd.Series:
            codes, uniques = pd.factorize(series.astype(str))
            ok = np.array([v == "" or bool(fn(v)) for v in uniques] + [False], dtype=bool)
            return pd.Series(ok[codes], index=series.index)  # code -1 (missing) -> False
        return pa.Check(check, error=error)

    checks: list[pa.Check] = []
    if spec.required:
        checks.append(pa.Check(lambda s: s.astype(str).str.strip() != "", error="is empty"))
    if spec.kind == "enum":
        checks.append(present(lambda v: v in spec.allowed,
                              "must be one of: " + ", ".join(spec.allowed)))
    elif spec.kind == "slug":
        checks.append(present(lambda v: bool(SLUG.match(v)),
                              "must be a lowercase slug (a-z, 0-9, single hyphens)"))
    elif spec.kind == "code":
        checks.append(present(is_known_code, "is not a known ISO 3166-1 alpha-3 or ISO 3166-3 code"))
    elif spec.kind == "url":
        checks.append(present(lambda v: bool(URL.match(v)), "must be an http(s) URL"))
    elif spec.kind == "date":
        if spec.name == "accessed":
            checks.append(present(lambda v: bool(FULL_DATE.match(v)) and is_partial_date(v),
                                  "must be a full date YYYY-MM-DD"))
        else:
            checks.append(present(is_partial_date, "must be a real date YYYY, YYYY-MM or YYYY-MM-DD"))
    elif spec.kind == "integer":
        checks.append(present(_is_int, "must be a whole number"))
        if spec.minimum is not None:
            checks.append(present(lambda v: not _is_int(v) or int(v) >= spec.minimum,
                                  f"must be at least {spec.minimum:g}"))
    elif spec.kind == "number":
        checks.append(present(_is_number, "must be a number"))
        if spec.minimum is not None and spec.maximum is not None:
            checks.append(present(
                lambda v: not _is_number(v) or spec.minimum <= float(v) <= spec.maximum,
                f"must be between {spec.minimum:g} and {spec.maximum:g}"))
    if spec.max_length:
        checks.append(present(lambda v: len(v) <= spec.max_length,
                              f"is longer than {spec.max_length} characters"))
    return checks


def pandera_schema(table: str) -> pa.DataFrameSchema:
    """Row-level schema for one table, read as text (``dtype=str``, blanks as "")."""
    columns = {spec.name: pa.Column(str, _value_checks(spec), nullable=False, coerce=False)
               for spec in TABLES[table]}
    return pa.DataFrameSchema(columns, strict=False, ordered=False)


def column_names(table: str) -> list[str]:
    return [spec.name for spec in TABLES[table]]


def data_dictionary(table: str) -> pd.DataFrame:
    """The data dictionary of one table, generated from the specs (for the About page and docs)."""
    rows = [{
        "column": s.name,
        "type": s.kind,
        "required": "yes" if s.required else "no",
        "allowed values": ", ".join(s.allowed),
        "description": s.description,
    } for s in TABLES[table]]
    if table == "cases.csv":
        rows += [{"column": name, "type": "derived", "required": "-", "allowed values": "",
                  "description": text} for name, text in DERIVED_CASE_COLUMNS.items()]
    return pd.DataFrame(rows)
