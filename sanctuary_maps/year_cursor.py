"""The year cursor: "which cases were active in year Y", with play/pause for the classroom.

One cursor is shared by the Map and Timeline pages. Its value lives under a
plain session key (not only a widget key) because Streamlit forgets the state
of widgets a page does not draw, and the cursor must survive page changes.
Playing reruns only a fragment every ``TICK_SECONDS``, so the sidebar and the
rest of the page are not redrawn on each step.
"""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

YEAR_KEY = "cursor_year"  # the value (survives page changes)
WIDGET_KEY = "y_year"  # the slider
ON_KEY = "cursor_on"  # map only: filter the map to the cursor year
PLAY_KEY = "cursor_play"
STEP_KEY = "cursor_step"
STEPS = (1, 2, 5, 10)
TICK_SECONDS = 0.9
DEFAULT_YEAR = 1973


def advance(year: int, low: int, high: int, step: int) -> tuple[int, bool]:
    """Next year of the animation and whether to keep playing (it stops at the end)."""
    if year >= high:
        return high, False
    return min(year + step, high), year + step < high


def clamp(year: int, low: int, high: int) -> int:
    return min(max(year, low), high)


def seed(year: int | None) -> None:
    """Take a year from a shared link (``?year=``) on the session's first run."""
    if year is not None:
        st.session_state[YEAR_KEY] = year
        st.session_state[ON_KEY] = True


def current_year(low: int, high: int) -> int:
    """The cursor's year, taken from the slider if the user just moved it."""
    if WIDGET_KEY in st.session_state:
        st.session_state[YEAR_KEY] = st.session_state[WIDGET_KEY]
    year = clamp(int(st.session_state.get(YEAR_KEY, DEFAULT_YEAR)), low, high)
    st.session_state[YEAR_KEY] = year
    return year


RERUN_KEY = "_cursor_rerun"


def _toggle_play(low: int, high: int) -> None:
    st.session_state[RERUN_KEY] = True  # register (or drop) the ticking fragment
    playing = not st.session_state.get(PLAY_KEY, False)
    if playing and st.session_state.get(YEAR_KEY, low) >= high:
        st.session_state[YEAR_KEY] = low  # play again from the start
        st.session_state.pop(WIDGET_KEY, None)
    st.session_state[PLAY_KEY] = playing


def is_playing() -> bool:
    return bool(st.session_state.get(PLAY_KEY, False))


def draw_controls(low: int, high: int) -> int:
    """Play/pause, step and slider; returns the year to show. Call inside ``run``'s body."""
    if st.session_state.pop(RERUN_KEY, False):
        st.rerun(scope="app")
    year = current_year(low, high)
    if is_playing():
        year, keep = advance(year, low, high, int(st.session_state.get(STEP_KEY, 1)))
        st.session_state[YEAR_KEY] = year
        if not keep:  # reached the end: stop ticking
            st.session_state[PLAY_KEY] = False
            st.session_state[RERUN_KEY] = True
    st.session_state[WIDGET_KEY] = year
    columns = st.columns([1, 1, 6], vertical_alignment="bottom")
    playing = is_playing()
    columns[0].button("Pause" if playing else "Play", icon=":material/pause:" if playing
                      else ":material/play_arrow:", key="cursor_toggle", on_click=_toggle_play,
                      args=(low, high), width="stretch",
                      help="Step through the years; the map and counts follow.")
    columns[1].selectbox("Step", STEPS, key=STEP_KEY, format_func=lambda s: f"{s} yr",
                         label_visibility="collapsed")
    columns[2].slider("Year cursor", low, high, key=WIDGET_KEY, label_visibility="collapsed")
    return year


def run(body: Callable[[], None]) -> None:
    """Run ``body`` as a fragment that reruns by itself while playing, else once.

    Outside playback the body runs as plain page code, so map clicks and table
    picks rerun the whole page and reach the case card as usual.
    """
    if is_playing():
        st.fragment(run_every=TICK_SECONDS)(body)()
    else:
        body()
