"""Partial ISO dates (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

Historical sources rarely give exact days, so a date string carries its own
precision: "1949" means "some day in 1949". We keep the string as published and
derive the earliest and latest day it can stand for, so comparisons (end after
start) and durations never pretend to more precision than the sources have.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to year, month or day precision."""

    text: str
    earliest: date
    latest: date
    precision: str  # "year", "month" or "day"

    @property
    def year(self) -> int:
        return self.earliest.year


@lru_cache(maxsize=65536)
def parse_partial_date(text: str) -> PartialDate:
    """Parse ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError with a reason otherwise.

    Memoised (results are immutable): large tables and uploads repeat the same dates
    many times, and validation, loading and the schema check all parse them.
    """
    match = _PATTERN.match(text.strip()) if isinstance(text, str) else None
    if not match:
        raise ValueError(f"'{text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.groups()
    y = int(year)
    if y < 1:
        raise ValueError(f"'{text}' has year 0")
    if month is None:
        return PartialDate(text, date(y, 1, 1), date(y, 12, 31), "year")
    m = int(month)
    if not 1 <= m <= 12:
        raise ValueError(f"'{text}' has month {m}, outside 01-12")
    last = calendar.monthrange(y, m)[1]
    if day is None:
        return PartialDate(text, date(y, m, 1), date(y, m, last), "month")
    d = int(day)
    if not 1 <= d <= last:
        raise ValueError(f"'{text}' has day {d}, but that month has {last} days")
    exact = date(y, m, d)
    return PartialDate(text, exact, exact, "day")


def is_partial_date(text: str) -> bool:
    """True if ``text`` parses as a partial date (used as a schema check)."""
    try:
        parse_partial_date(text)
    except ValueError:
        return False
    return True


def midpoint(pd_: PartialDate) -> date:
    """The middle day of the span a partial date stands for: the least biased single day."""
    return pd_.earliest + (pd_.latest - pd_.earliest) // 2
