"""Reading the CSV tables as plain text, turning every failure into a Problem.

Everything is read as strings (blanks as ""), so that a junk cell is reported by
validation with its row and column instead of being silently coerced to NaN.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pandas as pd

from .problems import Problem
from .schema import column_names

MAX_BYTES = 250 * 1024 * 1024  # a guard, not a target: 100k realistic cases + sources ~ 170 MB


Parsed = tuple[pd.DataFrame | None, list[Problem]]


def read_table_text(text: str, name: str, table: str | None = None,
                    may_omit: frozenset[str] = frozenset()) -> Parsed:
    """Parse CSV text for table ``table`` (defaults to ``name``); report problems as ``name:row``.

    Every schema column must be present except those in ``may_omit`` (an upload may
    leave out optional columns; the published files may not).
    """
    table = table or name
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False,
                            na_filter=False, skipinitialspace=False)
    except pd.errors.EmptyDataError:
        return None, [Problem(name, None, "", "file is empty")]
    except (pd.errors.ParserError, csv.Error) as exc:
        line = re.search(r"line (\d+)", str(exc))
        row = int(line.group(1)) if line else None
        return None, [Problem(name, row, "", f"not valid CSV ({str(exc).strip().splitlines()[0]})")]
    frame.columns = [str(c).strip().lstrip("\ufeff") for c in frame.columns]
    problems = [Problem(name, 1, col, "required column is missing")
                for col in column_names(table) if col not in frame.columns and col not in may_omit]
    # pandas renames a repeated header "x" to "x.1"
    duplicated = [c for c in frame.columns
                  if re.search(r"\.\d+$", c) and c.rsplit(".", 1)[0] in frame.columns]
    problems += [Problem(name, 1, c.rsplit(".", 1)[0], "column appears more than once") for c in duplicated]
    if problems:
        return None, problems
    return frame.reset_index(drop=True), []


def read_table_bytes(data: bytes, name: str, table: str | None = None) -> Parsed:
    """Decode bytes as UTF-8 (with or without BOM) and parse; anything else is a clear problem."""
    if len(data) > MAX_BYTES:
        return None, [Problem(name, None, "", f"file is {len(data) / 1e6:.0f} MB; the limit is "
                                              f"{MAX_BYTES / 1e6:.0f} MB")]
    if b"\x00" in data[:4096]:
        return None, [Problem(name, None, "", "file is binary, not CSV text")]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, [Problem(name, line, "", "text is not UTF-8 (save the file as UTF-8 CSV)")]
    return read_table_text(text, name, table)


def read_table(path: Path, table: str | None = None) -> Parsed:
    name = path.name
    if not path.exists():
        return None, [Problem(name, None, "", f"file not found in {path.parent}")]
    return read_table_bytes(path.read_bytes(), name, table or name)
