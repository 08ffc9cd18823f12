"""Which case is chosen: the last of a map click, a table row or the case picker.

Clicks are read from the widgets' session state *before* the map is drawn, so
the ring on the map and the card below always show the same case in one run.
"""

from __future__ import annotations

from collections.abc import MutableMapping

import pandas as pd

from .map_view import selected_id, selected_row

CASE_KEY = "case"


def apply_picks(state: MutableMapping, table_ids: pd.Series) -> str:
    """Update ``state[CASE_KEY]`` from a new map pick or table row; return the chosen id."""
    for widget, last_key, picked in (
        ("map", "_last_map_pick", lambda e: selected_id(e)),
        ("table", "_last_row_pick", lambda e: _row_id(e, table_ids)),
    ):
        current = picked(state.get(widget))
        if current and current != state.get(last_key):
            state[CASE_KEY] = current
        state[last_key] = current
    return state.get(CASE_KEY, "")


def _row_id(event: object, ids: pd.Series) -> str:
    row = selected_row(event)
    return str(ids.iloc[row]) if row is not None and 0 <= row < len(ids) else ""
