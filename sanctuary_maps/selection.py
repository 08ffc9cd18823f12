"""Which case is chosen: the last of a map click, a table row, a timeline bar or the picker.

Clicks are read from the widgets' session state *before* anything is drawn, so
the ring on the map, the card and the URL always show the same case in one run.
A pick counts only when it changes, so a selection left on one widget never
overrides a later choice made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

import pandas as pd

CASE_KEY = "case"


def selected_id(event: object, key: str = "cases") -> str:
    """The id of the picked case from a pydeck selection event (dict or attribute access)."""
    try:
        objects = event["selection"]["objects"].get(key, [])  # type: ignore[index]
    except (KeyError, TypeError, AttributeError):
        return ""
    return str(objects[0].get("id", "")) if objects else ""


def selected_row(event: object) -> int | None:
    try:
        rows = event["selection"]["rows"]  # type: ignore[index]
    except (KeyError, TypeError, AttributeError):
        return None
    return int(rows[0]) if rows else None


def selected_point(event: object, param: str = "pick") -> str:
    """The id of the clicked mark from an Altair point selection named ``param``."""
    try:
        points = event["selection"][param]  # type: ignore[index]
    except (KeyError, TypeError, AttributeError):
        return ""
    return str(points[0].get("id", "")) if points else ""


def row_id(event: object, ids: pd.Series) -> str:
    row = selected_row(event)
    return str(ids.iloc[row]) if row is not None and 0 <= row < len(ids) else ""


def apply_picks(state: MutableMapping, readers: dict[str, Callable[[object], str]]) -> str:
    """Update ``state[CASE_KEY]`` from any widget whose pick changed; return the chosen id.

    ``readers`` maps a widget key to a function giving the case id its event holds.
    """
    for widget, read in readers.items():
        last_key = f"_last_pick_{widget}"
        current = read(state.get(widget))
        if current and current != state.get(last_key):
            state[CASE_KEY] = current
        state[last_key] = current
    return state.get(CASE_KEY, "")
