import csv
import io
import json

import pytest

from sanctuary_maps.exports import export_frame, neutralise_cell, to_geojson, to_safe_csv


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+1+2", "-2+3", "@SUM(A1)", "\tcmd", "\rx"])
def test_formula_cells_are_neutralised(value):
    assert neutralise_cell(value) == "'" + value


def test_plain_values_are_untouched():
    assert neutralise_cell("Budapest") == "Budapest"
    assert neutralise_cell(-33.45) == -33.45


def test_csv_export_has_no_formula_cells_and_lists_sources(dataset):
    cases = dataset.cases.head(20).copy()
    cases.loc[cases.index[0], "title"] = "=cmd|' /C calc'!A0"
    text = to_safe_csv(export_frame(cases, dataset.sources)).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 20
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
    assert rows[0]["title"].startswith("'=")
    assert all(r["sources"].startswith("http") for r in rows)


def test_geojson_export_carries_points_and_sources(dataset):
    cases = dataset.cases.head(5)
    doc = json.loads(to_geojson(cases, dataset.sources))
    assert [f["properties"]["id"] for f in doc["features"]] == list(cases["id"])
    first = doc["features"][0]
    assert first["geometry"]["coordinates"] == [cases.iloc[0]["lon"], cases.iloc[0]["lat"]]
    assert first["properties"]["sources"] and "url" in first["properties"]["sources"][0]
