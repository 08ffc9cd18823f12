"""Problems found in data files, reported as ``file:row: column: reason``.

One format everywhere (command line, app, upload report) so that a journalist
or maintainer can go straight to the cell that needs fixing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: int | None  # spreadsheet row: the header is row 1, the first record row 2
    column: str
    reason: str

    def __str__(self) -> str:
        where = self.file if self.row is None else f"{self.file}:{self.row}"
        return f"{where}: {self.column}: {self.reason}" if self.column else f"{where}: {self.reason}"


class DataError(Exception):
    """Raised when data files have problems; carries every problem, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=lambda p: (p.file, p.row or 0, p.column, p.reason))
        super().__init__("\n".join(str(p) for p in self.problems))
