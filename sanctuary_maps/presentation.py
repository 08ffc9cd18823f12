"""Presentation mode for projectors: no sidebar, large high-contrast type, 1280×720 friendly.

Turned on by ``?present=1`` in a link or by the toggle on the Stories page, and
kept in the session so it survives moving between pages. It is pure CSS on top
of the normal pages, so what a class sees is what the teacher prepared.
"""

from __future__ import annotations

import streamlit as st

PRESENT_KEY = "present"
BODY_PX = 24  # readable from the back of a classroom at 720p

CSS = f"""
<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stSidebarNav"], header[data-testid="stHeader"],
[data-testid="stToolbar"] {{ display: none !important; }}
.stMainBlockContainer, [data-testid="stMainBlockContainer"] {{
  padding: 0.8rem 1.6rem 1rem 1.6rem !important; max-width: 100% !important; }}
.stApp {{ background: #ffffff; color: #000000; }}
[data-testid="stMarkdownContainer"] p, [data-testid="stMarkdownContainer"] li,
[data-testid="stCaptionContainer"], .stButton button p, label p {{
  font-size: {BODY_PX}px !important; line-height: 1.35 !important; color: #000000 !important; }}
[data-testid="stMarkdownContainer"] h1, h1 {{ font-size: 40px !important; padding: 0 0 .3rem 0 !important; }}
[data-testid="stMarkdownContainer"] h2, h2 {{ font-size: 34px !important; padding: 0 0 .3rem 0 !important; }}
[data-testid="stMarkdownContainer"] h3, h3 {{ font-size: 30px !important; }}
.stButton button {{ min-height: 3rem; border: 2px solid #000 !important; }}
</style>
"""


def seed_from_url() -> None:
    """``?present=1`` turns the mode on for the session (once, on the first run)."""
    if "_present_seeded" not in st.session_state:
        st.session_state["_present_seeded"] = True
        st.session_state[PRESENT_KEY] = str(st.query_params.get("present", "")) in {"1", "true", "yes"}


def is_presenting() -> bool:
    return bool(st.session_state.get(PRESENT_KEY, False))


def _leave() -> None:
    st.session_state[PRESENT_KEY] = False


def apply(show_exit: bool = True) -> None:
    """Inject the projector styles when the mode is on (called by app.py for every page).

    With the sidebar hidden there is no menu, so pages other than Stories (which
    has its own toggle) get an exit button.
    """
    seed_from_url()
    if is_presenting():
        st.html(CSS)
        if show_exit:
            st.button("Exit presentation mode", icon=":material/close_fullscreen:", on_click=_leave,
                      key="present_exit")


def url_params() -> dict[str, str]:
    return {"present": "1"} if is_presenting() else {}
