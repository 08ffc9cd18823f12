"""Uploads: every kind of bad file gets a report (row, column, reason), never an exception,
and the valid rows survive. Hypothesis generates hundreds of malformed files."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctuary_maps.load import DATA_DIR
from sanctuary_maps.schema import column_names
from sanctuary_maps.upload import MAX_UPLOAD_BYTES, check_upload, template_csv

RAW = (DATA_DIR / "cases.csv").read_bytes()
HEADER, *LINES = RAW.decode("utf-8").splitlines(keepends=True)
COLUMNS = column_names("cases.csv")
ROWS = list(csv.DictReader(io.StringIO(RAW.decode("utf-8"))))[:30]


def to_csv(rows: list[dict], columns: list[str] = COLUMNS) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def test_the_bundled_file_uploads_cleanly():
    report = check_upload(RAW, "cases.csv")
    assert report.errors == [] and report.warnings == []
    assert report.valid_rows == report.rows == len(LINES)


def test_template_is_a_valid_upload(dataset):
    report = check_upload(template_csv(dataset))
    assert report.errors == [] and report.valid_rows == 2


@pytest.mark.parametrize(("column", "value", "reason"), [
    ("start_date", "sometime in 1956", "must be a real date"),
    ("start_date", "1956-02-30", "must be a real date"),
    ("lat", "123.4", "must be between -90 and 90"),
    ("lon", "east", "must be a number"),
    ("outcome", "vanished", "must be one of"),
    ("host_code", "XYZ", "not a known ISO"),
    ("id", "Not A Slug", "lowercase slug"),
    ("title", "", "is empty"),
    ("people_count", "-3", "whole number"),
])
def test_each_bad_cell_is_reported_and_the_other_rows_load(column, value, reason):
    rows = [dict(r) for r in ROWS[:5]]
    rows[2][column] = value
    report = check_upload(to_csv(rows), "mine.csv")
    assert any(p.row == 4 and p.column == column and reason in p.reason for p in report.errors), \
        [str(p) for p in report.errors]
    assert report.valid_rows == 4 and report.bad_rows == 1
    assert rows[2]["id"] not in set(report.valid["id"])


def test_whole_file_problems_are_explained():
    cases = {
        b"": "file is empty",
        b"\x00\x01\x02PK\x03\x04": "binary",
        b"a,b\n1,2\n": "required column is missing",
        HEADER.encode(): "no rows",
        b"x" * (MAX_UPLOAD_BYTES + 1): "the limit is",
    }
    for data, words in cases.items():
        report = check_upload(data, "f.csv")
        assert report.valid is None, data[:20]
        assert any(words in str(p) for p in report.errors), (data[:20], report.errors)


def test_latin1_file_is_read_with_a_warning_not_rejected():
    rows = [dict(r) for r in ROWS[:3]]
    rows[0]["city"] = "Bogotá"
    data = to_csv(rows).decode("utf-8").encode("cp1252")
    report = check_upload(data)
    assert report.valid_rows == 3 and report.valid["city"].iloc[0] == "Bogotá"
    assert any("not UTF-8" in p.reason for p in report.warnings)


def test_formulas_and_html_are_kept_but_flagged():
    rows = [dict(r) for r in ROWS[:3]]
    rows[0]["title"] = "=HYPERLINK(\"http://x\",\"click\")"
    rows[1]["summary"] = "<img src=x onerror=alert(1)>"
    report = check_upload(to_csv(rows))
    assert report.valid_rows == 3
    flagged = {(p.row, p.column) for p in report.warnings}
    assert {(2, "title"), (3, "summary")} <= flagged


def test_optional_columns_may_be_left_out_and_extra_columns_are_ignored():
    optional = ["people_count", "people_count_note", "episode", "unconfirmed_fields"]
    columns = [c for c in COLUMNS if c not in optional] + ["my_notes"]
    rows = [dict(r, my_notes="hi") for r in ROWS[:4]]
    report = check_upload(to_csv(rows, columns))
    assert report.errors == [] and report.valid_rows == 4
    assert any(p.column == "my_notes" for p in report.warnings)


# --- generated malformed uploads -------------------------------------------------------------

junk_cell = st.one_of(st.text(max_size=30), st.sampled_from(
    ["", " ", "=1+1", "@SUM(A1)", "-2", "+3", "<script>alert(1)</script>", "NaN", "inf", "1e999",
     "9" * 40, "1956-13-45", "\x00", "\r\n", '"', "''", "😀", "\u202e", "null", "None"]))


@st.composite
def malformed_files(draw) -> bytes:
    kind = draw(st.sampled_from(["cells", "columns", "bytes", "truncate", "quotes", "encoding"]))
    rows = [dict(r) for r in draw(st.lists(st.sampled_from(ROWS), min_size=1, max_size=6))]
    if kind == "cells":
        for row in rows:
            for column in draw(st.lists(st.sampled_from(COLUMNS), max_size=4)):
                row[column] = draw(junk_cell)
        return to_csv(rows)
    if kind == "columns":
        columns = draw(st.lists(st.sampled_from([*COLUMNS, "x", "", "id"]), max_size=25))
        return to_csv(rows, columns) if columns else b"\n"
    data = to_csv(rows)
    if kind == "bytes":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(max_size=40)) + data[at:]
    if kind == "truncate":
        return data[: draw(st.integers(0, len(data)))]
    if kind == "quotes":
        return data.replace(b",", b',"', draw(st.integers(1, 5)))
    return data.decode("utf-8").encode(draw(st.sampled_from(["utf-16", "utf-32", "cp1252", "latin-1"])),
                                       errors="replace")


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(malformed_files())
def test_malformed_uploads_never_raise_and_always_explain(data):
    report = check_upload(data, "fuzz.csv")
    for problem in report.errors + report.warnings:
        text = str(problem)
        assert text.startswith("fuzz.csv") and len(text) < 600
    if report.valid is None:
        assert report.errors, "nothing loaded, so the report must say why"
    else:
        assert len(report.valid) == report.valid_rows <= max(report.rows, 0)
        rejected = {p.row for p in report.errors if p.row and p.row > 1}
        assert report.valid_rows + len(rejected) == report.rows
        assert report.valid["start_year"].notna().all()
