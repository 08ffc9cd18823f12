"""The dataset as a Frictionless Data Package: ``datapackage.json`` generated from the schema.

The descriptor is derived from the same ``ColumnSpec`` tables that drive
validation, so the published package can never describe columns the app does
not check. Partial dates (``1956``, ``1956-11``) are strings with a pattern,
because Table Schema's ``date`` type only accepts full days.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from .schema import SLUG, TABLES, URL, ColumnSpec

PARTIAL_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"
CODE_PATTERN = r"^[A-Z]{3,4}$"
TITLE = "Sanctuary Maps: a sourced dataset of diplomatic refuge"
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
           "title": "Creative Commons Attribution 4.0"}
PRIMARY_KEYS = {"cases.csv": "id", "events.csv": "id", "claims.csv": "id"}
FOREIGN_KEYS = {"claims.csv": [{"fields": "case_id", "reference": {"resource": "cases", "fields": "id"}}]}


def _field(spec: ColumnSpec, table: str) -> dict:
    field: dict = {"name": spec.name, "description": spec.description}
    constraints: dict = {}
    if spec.kind in ("integer", "number"):
        field["type"] = spec.kind
        if spec.minimum is not None:
            constraints["minimum"] = spec.minimum if spec.kind == "number" else int(spec.minimum)
        if spec.maximum is not None:
            constraints["maximum"] = spec.maximum if spec.kind == "number" else int(spec.maximum)
    else:
        field["type"] = "string"
        if spec.kind == "enum":
            constraints["enum"] = list(spec.allowed)
        elif spec.kind == "slug":
            constraints["pattern"] = SLUG.pattern
        elif spec.kind == "code":
            constraints["pattern"] = CODE_PATTERN
        elif spec.kind == "url":
            field["format"] = "uri"
            constraints["pattern"] = URL.pattern
        elif spec.kind == "date":
            constraints["pattern"] = PARTIAL_DATE
        if spec.max_length:
            constraints["maxLength"] = spec.max_length
    if spec.required:
        constraints["required"] = True
    if PRIMARY_KEYS.get(table) == spec.name:
        constraints["unique"] = True
    if constraints:
        field["constraints"] = constraints
    return field


def descriptor(version: str = "") -> dict:
    """The ``datapackage.json`` content for the four tables."""
    resources = []
    for table, specs in TABLES.items():
        schema: dict = {"fields": [_field(s, table) for s in specs], "missingValues": [""]}
        if table in PRIMARY_KEYS:
            schema["primaryKey"] = [PRIMARY_KEYS[table]]
        if table in FOREIGN_KEYS:
            schema["foreignKeys"] = FOREIGN_KEYS[table]
        resources.append({"name": table.removesuffix(".csv"), "path": table,
                          "profile": "tabular-data-resource", "format": "csv",
                          "mediatype": "text/csv", "encoding": "utf-8", "schema": schema})
    package = {"profile": "tabular-data-package", "name": "sanctuary-maps", "title": TITLE,
               "description": "People who took refuge in a foreign embassy, legation, consulate, "
                              "ambassador's residence or nunciature, with a source for every case, "
                              "legal milestones and incidents, and a register of checked claims.",
               "licenses": [LICENSE], "resources": resources}
    if version:
        package["version"] = version
    return package


def descriptor_json(version: str = "") -> str:
    return json.dumps(descriptor(version), indent=2, ensure_ascii=False) + "\n"


def package_zip(data_dir: Path, version: str = "") -> bytes:
    """A zip with ``datapackage.json`` and the CSVs, as published (for the About page download)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("sanctuary-maps/datapackage.json", descriptor_json(version))
        for table in TABLES:
            archive.write(data_dir / table, f"sanctuary-maps/{table}")
    return buffer.getvalue()
