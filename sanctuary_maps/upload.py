"""Bring your own data: check an uploaded cases CSV and turn its valid rows into a dataset.

The upload is checked with the same schema as the bundled data, but it is not
all-or-nothing: every problem is reported as row, column and reason, rows
with errors are set aside, and the user decides whether to explore the valid
rows. Cells that look like spreadsheet formulas or HTML are kept (they may be
legitimate text) but flagged, because they will be shown and exported as text.
Nothing here raises on bad input; nothing touches the bundled files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pandas as pd

from .load import Dataset, add_case_columns
from .problems import Problem
from .read import read_table_text
from .schema import TABLES, column_names
from .validate import date_order, duplicate_ids, row_problems

MAX_UPLOAD_BYTES = 100 * 1024 * 1024  # ~140k realistic rows; checked in ~8 s
MAX_UPLOAD_ROWS = 150_000
MAX_REPORTED = 1_000
FORMULA = re.compile(r"^[=+\-@\t\r]")
HTML = re.compile(r"<\s*/?\s*[a-zA-Z!][^>]*>|javascript:", re.IGNORECASE)
TEXT_COLUMNS = ("title", "people", "people_count_note", "sending_state", "host_state", "city", "summary")
FORMULA_NOTE = "starts like a spreadsheet formula; shown as text and exported with a leading apostrophe"
HTML_NOTE = "contains HTML or a script link; shown as plain text, never run"
OPTIONAL = frozenset(s.name for s in TABLES["cases.csv"] if not s.required)


@dataclass
class UploadReport:
    """What was found in an uploaded file, and the rows that can be explored."""

    name: str
    rows: int = 0
    errors: list[Problem] = field(default_factory=list)  # rows or file rejected
    warnings: list[Problem] = field(default_factory=list)  # rows kept, shown as text
    valid: pd.DataFrame | None = None  # typed case rows that passed every check

    @property
    def valid_rows(self) -> int:
        return 0 if self.valid is None else len(self.valid)

    @property
    def bad_rows(self) -> int:
        return len({p.row for p in self.errors if p.row and p.row > 1})

    def table(self) -> pd.DataFrame:
        """Errors then warnings as a table (row, column, reason, severity) for display and download."""
        rows = [{"severity": severity, "row": p.row, "column": p.column, "reason": p.reason}
                for severity, problems in (("error", self.errors), ("warning", self.warnings))
                for p in problems[:MAX_REPORTED]]
        return pd.DataFrame(rows, columns=["severity", "row", "column", "reason"])


def decode(data: bytes, name: str) -> tuple[str, list[Problem]]:
    """UTF-8 text; other encodings are read as Windows-1252 with a warning, not rejected."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        text = data.decode("cp1252", errors="replace")
        return text, [Problem(name, line, "", "text is not UTF-8; read as Windows-1252 (check accented "
                                              "letters, or save the file as UTF-8 CSV)")]


def flag_cells(frame: pd.DataFrame, name: str) -> list[Problem]:
    """Formula-like and HTML-like cells: kept, but the user should know how they will appear."""
    found = []
    for column in [c for c in TEXT_COLUMNS if c in frame.columns]:
        values = frame[column].astype(str)
        for index in values.index[values.str.match(FORMULA)]:
            found.append(Problem(name, int(index) + 2, column, FORMULA_NOTE))
        for index in values.index[values.str.contains(HTML)]:
            found.append(Problem(name, int(index) + 2, column, HTML_NOTE))
    return found


def check_upload(data: bytes, name: str = "upload.csv") -> UploadReport:
    """Check an uploaded cases file; never raises. ``report.valid`` holds the rows that passed."""
    report = UploadReport(name)
    try:
        return _check(data, report)
    except Exception as exc:  # last line of defence: a report, never a traceback
        report.errors.append(Problem(name, None, "", f"could not be read ({type(exc).__name__})"))
        report.valid = None
        return report


def _check(data: bytes, report: UploadReport) -> UploadReport:
    name = report.name
    if len(data) > MAX_UPLOAD_BYTES:
        report.errors.append(Problem(name, None, "", f"file is {len(data) / 1e6:.1f} MB; the limit is "
                                                     f"{MAX_UPLOAD_BYTES / 1e6:.0f} MB: split it"))
        return report
    if b"\x00" in data[:65536]:
        report.errors.append(Problem(name, None, "", "file is binary (a spreadsheet or zip?), not CSV "
                                                     "text: export it as CSV UTF-8"))
        return report
    text, warnings = decode(data, name)
    report.warnings += warnings
    # Optional columns may be left out of a home-made file; required ones may not.
    frame, problems = read_table_text(text, name, "cases.csv", may_omit=OPTIONAL)
    if problems or frame is None:
        report.errors += problems or [Problem(name, None, "", "could not be read as CSV")]
        return report
    report.rows = len(frame)
    if len(frame) > MAX_UPLOAD_ROWS:
        report.errors.append(Problem(name, None, "", f"{len(frame):,} rows; the limit is "
                                                     f"{MAX_UPLOAD_ROWS:,} cases: split the file"))
        return report
    if frame.empty:
        report.errors.append(Problem(name, None, "", "the file has a header but no rows"))
        return report
    for column in OPTIONAL - set(frame.columns):
        frame[column] = ""
    extra = [c for c in frame.columns if c not in column_names("cases.csv")]
    report.warnings += [Problem(name, 1, c, "not a cases.csv column; ignored") for c in extra]
    frame = frame[column_names("cases.csv")]
    errors = row_problems(frame, "cases.csv", name) + duplicate_ids(frame, name) + date_order(frame, name)
    report.errors += errors
    report.warnings += flag_cells(frame, name)
    bad = {p.row - 2 for p in errors if p.row and p.row >= 2}
    good = frame.drop(index=[i for i in bad if i in frame.index])
    report.valid = add_case_columns(good.reset_index(drop=True)) if len(good) else None
    return report


def uploaded_dataset(report: UploadReport, bundled: Dataset) -> Dataset:
    """A session-only dataset: the uploaded cases, no sources or claims, the bundled events as context."""
    sources = bundled.sources.iloc[0:0]
    claims = bundled.claims.iloc[0:0]
    return Dataset(report.valid, sources, bundled.events, claims)


def template_csv(bundled: Dataset, examples: int = 2) -> bytes:
    """The cases.csv header with a few real rows, as a starting point for one's own file."""
    rows = bundled.cases[column_names("cases.csv")].head(examples)
    return rows.to_csv(index=False).encode("utf-8-sig")
