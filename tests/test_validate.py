"""Planted defects: each kind must be reported with its file, row and column."""

from __future__ import annotations

import pandas as pd
import pytest

from sanctuary_maps.cli import main
from sanctuary_maps.problems import Problem
from sanctuary_maps.validate import validate_dir


def found(problems: list[Problem], file: str, row: int | None, column: str) -> list[Problem]:
    return [p for p in problems if (p.file, p.row, p.column) == (file, row, column)]


def set_cell(frame: pd.DataFrame, index: int, column: str, value: str) -> pd.DataFrame:
    frame.loc[index, column] = value
    return frame


def test_bundled_data_is_valid(capsys):
    assert validate_dir(__import__("sanctuary_maps.load").load.DATA_DIR) == []
    assert main(["validate"]) == 0
    assert "OK" in capsys.readouterr().out


# (table, row index, column, planted value, column reported, words expected in the reason)
CELL_DEFECTS = [
    ("cases.csv", 1, "seeker_type", "wizard", "seeker_type", "must be one of"),
    ("cases.csv", 2, "start_date", "1956-13-40", "start_date", "real date"),
    ("cases.csv", 3, "lat", "123.5", "lat", "between -90 and 90"),
    ("cases.csv", 3, "lon", "east", "lon", "must be a number"),
    ("cases.csv", 4, "host_code", "XYZ", "host_code", "not a known ISO"),
    ("cases.csv", 5, "title", "", "title", "is empty"),
    ("cases.csv", 6, "summary", "x" * 401, "summary", "longer than 400"),
    ("cases.csv", 7, "people_count", "dozens", "people_count", "whole number"),
    ("cases.csv", 8, "id", "Not A Slug", "id", "lowercase slug"),
    ("cases.csv", 9, "unconfirmed_fields", "end_date;colour", "unconfirmed_fields",
     "'colour' is not a column"),
    ("sources.csv", 0, "url", "javascript:alert(1)", "url", "http(s) URL"),
    ("sources.csv", 1, "accessed", "2026-11", "accessed", "full date"),
    ("events.csv", 0, "kind", "party", "kind", "must be one of"),
    ("claims.csv", 0, "verdict", "maybe", "verdict", "must be one of"),
]


@pytest.mark.parametrize(("table", "index", "column", "value", "reported", "reason"), CELL_DEFECTS)
def test_planted_cell_defect_is_reported_at_its_cell(edit, table, index, column, value, reported, reason):
    folder = edit(table, lambda f: set_cell(f, index, column, value))
    hits = found(validate_dir(folder), table, index + 2, reported)
    assert hits, f"no problem reported at {table}:{index + 2}: {reported}"
    assert any(reason in p.reason for p in hits), hits


def test_duplicate_id_is_reported_on_the_second_row(edit):
    def duplicate(f):
        f.loc[3, "id"] = f.loc[0, "id"]
        return f
    problems = validate_dir(edit("cases.csv", duplicate))
    assert found(problems, "cases.csv", 5, "id")
    assert not [p for p in found(problems, "cases.csv", 2, "id") if "earlier row" in p.reason]


def test_end_before_start_is_reported(edit):
    def swap(f):
        f.loc[2, "start_date"], f.loc[2, "end_date"] = "2000-05-01", "1999-01-01"
        f.loc[2, "end_status"], f.loc[2, "outcome"] = "ended", "unknown"
        return f
    hits = found(validate_dir(edit("cases.csv", swap)), "cases.csv", 4, "end_date")
    assert any("before start_date" in p.reason for p in hits)


def test_coordinates_outside_the_host_state_are_reported(edit):
    # Budapest's coordinates on a case hosted by Argentina.
    def move(f):
        f.loc[0, ["host_code", "lat", "lon"]] = ["ARG", "47.4979", "19.0402"]
        return f
    hits = found(validate_dir(edit("cases.csv", move)), "cases.csv", 2, "lat/lon")
    assert hits and "outside host state ARG" in hits[0].reason


def test_source_for_an_unknown_record_is_reported(edit):
    folder = edit("sources.csv", lambda f: set_cell(f, 0, "record_id", "no-such-case"))
    hits = found(validate_dir(folder), "sources.csv", 2, "record_id")
    assert hits and "not the id of any" in hits[0].reason


def test_case_without_a_source_is_reported(edit, data_copy):
    cases = pd.read_csv(data_copy / "cases.csv", dtype=str, keep_default_na=False)
    target = cases.loc[0, "id"]
    folder = edit("sources.csv", lambda f: f[f["record_id"] != target])
    hits = found(validate_dir(folder), "cases.csv", 2, "id")
    assert any("no row in sources.csv" in p.reason for p in hits)


def test_documented_needs_two_sites(edit, data_copy):
    cases = pd.read_csv(data_copy / "cases.csv", dtype=str, keep_default_na=False)
    index = int(cases.index[cases["evidence"] == "documented"][0])
    target = cases.loc[index, "id"]

    def keep_one(f):
        mine = f.index[f["record_id"] == target]
        return f.drop(mine[1:])
    hits = found(validate_dir(edit("sources.csv", keep_one)), "cases.csv", index + 2, "evidence")
    assert hits


def test_claim_pointing_to_unknown_case_is_reported(edit):
    folder = edit("claims.csv", lambda f: set_cell(f, 0, "case_id", "no-such-case"))
    assert found(validate_dir(folder), "claims.csv", 2, "case_id")


def test_missing_column_is_reported_on_the_header_row(edit):
    problems = validate_dir(edit("cases.csv", lambda f: f.drop(columns=["outcome"])))
    assert found(problems, "cases.csv", 1, "outcome")


def test_file_that_is_not_utf8_is_reported(data_copy):
    (data_copy / "events.csv").write_bytes("id,kind\ncaf\xe9,x\n".encode("latin-1"))
    problems = validate_dir(data_copy)
    assert any(p.file == "events.csv" and "UTF-8" in p.reason for p in problems)


def test_missing_file_is_reported(data_copy):
    (data_copy / "claims.csv").unlink()
    assert any(p.file == "claims.csv" and "not found" in p.reason for p in validate_dir(data_copy))


def test_every_problem_prints_as_file_row_column_reason(edit, capsys):
    folder = edit("cases.csv", lambda f: set_cell(f, 0, "outcome", "vanished"))
    assert main(["validate", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "cases.csv:2: outcome: must be one of: " in out


def test_validate_reports_story_mistakes_with_file_and_step(data_copy):
    import shutil

    from sanctuary_maps.load import DATA_DIR

    shutil.copytree(DATA_DIR / "stories", data_copy / "stories")
    path = data_copy / "stories" / "long-stays.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("zoom: ", "zoom: 77 #", 1), encoding="utf-8")
    messages = [str(p) for p in validate_dir(data_copy)]
    assert any(m.startswith("stories/long-stays.yaml: step 1: zoom:") for m in messages), messages
