"""Command line: ``python -m sanctuary_maps validate|report|datapackage [DIR]``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .load import DATA_DIR
from .validate import validate_dir


def cmd_validate(data_dir: Path) -> int:
    problems = validate_dir(data_dir)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) in {data_dir}", file=sys.stderr)
        return 1
    print(f"OK: {data_dir} is valid")
    return 0


def cmd_report(data_dir: Path) -> int:
    from .load import load_dataset
    from .problems import DataError
    from .report import coverage_text

    try:
        dataset = load_dataset(data_dir)
    except DataError as exc:
        print(exc)
        return 1
    print(coverage_text(dataset))
    return 0


def cmd_datapackage(data_dir: Path) -> int:
    """Rewrite ``datapackage.json`` next to the CSVs (run after changing the schema)."""
    from .datapackage import descriptor_json

    target = data_dir / "datapackage.json"
    target.write_text(descriptor_json(), encoding="utf-8")
    print(f"wrote {target}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m sanctuary_maps",
                                     description="Check and summarise the Sanctuary Maps data.")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("validate", "check every data file; print file:row: column: reason"),
                       ("report", "coverage by region and era, evidence levels"),
                       ("datapackage", "write datapackage.json (Frictionless) from the schema")):
        p = sub.add_parser(name, help=text)
        p.add_argument("data_dir", nargs="?", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    commands = {"validate": cmd_validate, "report": cmd_report, "datapackage": cmd_datapackage}
    return commands[args.command](args.data_dir)
