"""The era scheme: fixed, documented bands of start years.

The breaks follow turning points in the law and practice of diplomatic refuge:
the Congress of Vienna (1815) set modern diplomatic ranks, 1914 and 1946 bound
the world wars and their aftermath, 1992 opens the post-Cold War period and 2011
the Arab Spring and after.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Era:
    key: str
    label: str
    first_year: int
    last_year: int | None  # None: open-ended, up to today


ERAS: tuple[Era, ...] = (
    Era("to-1814", "to 1814", -10_000, 1814),
    Era("1815-1913", "1815–1913", 1815, 1913),
    Era("1914-1945", "1914–1945", 1914, 1945),
    Era("1946-1991", "1946–1991", 1946, 1991),
    Era("1992-2010", "1992–2010", 1992, 2010),
    Era("2011-today", "2011–today", 2011, None),
)

ERA_LABELS: tuple[str, ...] = tuple(e.label for e in ERAS)


def era_for_year(year: int) -> str:
    """Label of the era a start year falls in."""
    for era in ERAS:
        if year >= era.first_year and (era.last_year is None or year <= era.last_year):
            return era.label
    raise ValueError(f"year {year} is before every era")
