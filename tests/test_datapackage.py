"""The Frictionless data package: generated from the schema, valid, and able to catch bad data."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import frictionless

from sanctuary_maps.datapackage import descriptor, descriptor_json, package_zip
from sanctuary_maps.load import DATA_DIR
from sanctuary_maps.schema import TABLES


def unzip(data_dir: Path, target: Path) -> Path:
    zipfile.ZipFile(io.BytesIO(package_zip(data_dir))).extractall(target)
    return target / "sanctuary-maps" / "datapackage.json"


def test_the_published_package_is_valid_with_frictionless(tmp_path):
    report = frictionless.validate(unzip(DATA_DIR, tmp_path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])[:10]
    assert [task.stats["rows"] for task in report.tasks] == [
        sum(1 for _ in (DATA_DIR / t).open(encoding="utf-8")) - 1 for t in TABLES]


def test_frictionless_catches_a_value_outside_the_schema(data_copy, tmp_path):
    lines = (data_copy / "cases.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace(",documented,", ",proven,").replace(",single_source,", ",proven,")
    (data_copy / "cases.csv").write_text("".join(lines), encoding="utf-8")
    report = frictionless.validate(unzip(data_copy, tmp_path))
    assert not report.valid
    errors = report.flatten(["rowNumber", "fieldName"])
    assert [2, "evidence"] in errors


def test_descriptor_lists_every_column_of_the_schema_and_the_committed_copy_is_current():
    package = descriptor()
    for resource in package["resources"]:
        names = [f["name"] for f in resource["schema"]["fields"]]
        assert names == [s.name for s in TABLES[resource["path"]]]
    committed = json.loads((DATA_DIR / "datapackage.json").read_text(encoding="utf-8"))
    assert committed == json.loads(descriptor_json()), "run: python -m sanctuary_maps datapackage"
