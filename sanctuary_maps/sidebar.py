"""The shared sidebar: filters bound to widgets, seeded from the URL, written back to it.

Every page calls ``view_from_sidebar``; widget values live in st.session_state
under fixed keys, so the filters survive moving between pages, and the URL is
rewritten on every run so a copied link reopens the same view.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from . import presentation, year_cursor
from .countries import REGIONS
from .eras import ERA_LABELS
from .filters import FilterState
from .load import Dataset
from .patterns import common_names
from .url_state import DEFAULT_LAYERS, LAYER_CHOICES, ViewState, from_params, to_params
from .vocab import EVIDENCE_LEVELS, MISSION_TYPES, OUTCOMES, SEEKER_TYPES

NOTICES_KEY = "_url_notices"
SEEDED_KEY = "_url_seeded"
# widget key -> FilterState field (multi-choice filters)
MULTI_KEYS = {
    "f_regions": "regions", "f_eras": "eras", "f_hosts": "hosts", "f_senders": "senders",
    "f_seekers": "seeker_types", "f_missions": "mission_types", "f_outcomes": "outcomes",
    "f_evidence": "evidence",
}
VIEW_KEYS = {"v_color": "color", "v_size": "size", "v_layers": "layers", "v_shade": "shade"}


def year_bounds(data: Dataset) -> tuple[int, int]:
    """First and last year in the data; never equal, since a slider needs min < max."""
    low, high = int(data.cases["start_year"].min()), int(data.cases["end_year"].max())
    return low, max(high, low + 1)


def keep_valid_choices(data: Dataset, hosts: dict[str, str], senders: dict[str, str]) -> None:
    """Drop chosen values the current data does not have (e.g. after switching to an upload):
    a multiselect whose value is not among its options would stop the page."""
    allowed = {"f_hosts": hosts, "f_senders": senders}
    for key, options in allowed.items():
        if key in st.session_state:
            st.session_state[key] = [v for v in st.session_state[key] if v in options]
    low, high = year_bounds(data)
    if "f_years" in st.session_state:
        y0, y1 = st.session_state["f_years"]
        st.session_state["f_years"] = (year_cursor.clamp(y0, low, high), year_cursor.clamp(y1, low, high))


@st.cache_resource(max_entries=16, show_spinner=False)
def _cached_names(_cases: pd.DataFrame, token: tuple[int, int], column: str,
                  name_column: str) -> dict[str, str]:
    return common_names(_cases, column, name_column)


def state_names(data: Dataset, column: str, name_column: str) -> dict[str, str]:
    """Code -> the most common name the data uses for it (e.g. SUHH -> Soviet Union).

    Cached per dataset object (bundled, or a session's upload): it is the same on
    every rerun, and counting 100k rows twice per rerun cost ~40 ms.
    """
    return _cached_names(data.cases, (id(data.cases), len(data.cases)), column, name_column)


def seed_from_url(data: Dataset) -> None:
    """On a session's first run, put the URL's view into the widgets' state."""
    if st.session_state.get(SEEDED_KEY):
        return
    codes = frozenset(data.cases["host_code"]) | frozenset(data.cases["sending_code"])
    view, notices = from_params(st.query_params.to_dict(), codes, frozenset(data.cases["id"]))
    low, high = year_bounds(data)
    for key, attr in MULTI_KEYS.items():
        st.session_state[key] = list(getattr(view.filters, attr))
    st.session_state["f_text"] = view.filters.text
    # Clamped to the data's years by keep_valid_choices, which runs next on every run.
    st.session_state["f_years"] = (view.filters.year_from or low, view.filters.year_to or high)
    for key, attr in VIEW_KEYS.items():
        value = getattr(view, attr)
        st.session_state[key] = list(value) if key == "v_layers" else value
    st.session_state["case"] = view.case
    year_cursor.seed(view.year)
    st.session_state[NOTICES_KEY] = notices
    st.session_state[SEEDED_KEY] = True


def reset_filters() -> None:
    for key in MULTI_KEYS:
        st.session_state[key] = []
    st.session_state["f_text"] = ""
    st.session_state.pop("f_years", None)
    st.session_state["case"] = ""


def current_view(data: Dataset) -> ViewState:
    """The view the widgets describe (without drawing anything)."""
    low, high = year_bounds(data)
    y0, y1 = st.session_state.get("f_years", (low, high))
    filters = FilterState(
        **{attr: tuple(st.session_state.get(key, [])) for key, attr in MULTI_KEYS.items()},
        year_from=None if y0 <= low else int(y0), year_to=None if y1 >= high else int(y1),
        text=str(st.session_state.get("f_text", "")).strip(),
    )
    layers = st.session_state.get("v_layers", list(DEFAULT_LAYERS))
    return ViewState(
        filters=filters, color=st.session_state.get("v_color", "outcome"),
        size=st.session_state.get("v_size", "none"),
        layers=tuple(t for t in LAYER_CHOICES if t in layers),
        shade=st.session_state.get("v_shade", "hosted"), case=st.session_state.get("case", ""),
        year=st.session_state.get(year_cursor.YEAR_KEY) if st.session_state.get(year_cursor.ON_KEY) else None,
    )


def draw_filters(data: Dataset) -> None:
    low, high = year_bounds(data)
    hosts = state_names(data, "host_code", "host_state")
    senders = state_names(data, "sending_code", "sending_state")
    keep_valid_choices(data, hosts, senders)
    with st.sidebar:
        st.header("Filters")
        st.text_input("Search titles, people, summaries", key="f_text", max_chars=200,
                      placeholder="e.g. Mindszenty, Santiago, nunciature")
        st.multiselect("Region (host state)", list(REGIONS), key="f_regions")
        st.multiselect("Era (start date)", list(ERA_LABELS), key="f_eras")
        if "f_years" not in st.session_state:
            st.session_state["f_years"] = (low, high)
        st.slider("Years (stay overlaps)", low, high, key="f_years")
        st.multiselect("Host state", sorted(hosts, key=hosts.get), key="f_hosts",
                       format_func=lambda c: f"{hosts.get(c, c)} ({c})")
        st.multiselect("Sending state (gave refuge)", sorted(senders, key=senders.get),
                       key="f_senders", format_func=lambda c: f"{senders.get(c, c)} ({c})")
        st.multiselect("Who sought refuge", list(SEEKER_TYPES), key="f_seekers",
                       format_func=SEEKER_TYPES.get)
        st.multiselect("Mission type", list(MISSION_TYPES), key="f_missions",
                       format_func=MISSION_TYPES.get)
        st.multiselect("Outcome", list(OUTCOMES), key="f_outcomes", format_func=OUTCOMES.get)
        st.multiselect("Evidence", list(EVIDENCE_LEVELS), key="f_evidence",
                       format_func=EVIDENCE_LEVELS.get)
        st.button("Reset filters", on_click=reset_filters, width="stretch")


def show_notices() -> None:
    notices = st.session_state.pop(NOTICES_KEY, [])
    if notices:
        st.info("Parts of the link could not be used and were ignored: " + " ".join(notices), icon="ℹ️")


def sync_url(view: ViewState, extra: dict[str, str] | None = None) -> None:
    """Rewrite the query string to describe ``view`` (only when it changed, to avoid reruns)."""
    params = {**to_params(view), **presentation.url_params(), **(extra or {})}
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


# Widgets drawn on one page only; Streamlit drops a widget's state on pages that
# do not draw it, so app.py re-assigns them before every page (the documented workaround).
PAGE_WIDGET_KEYS = (*VIEW_KEYS, year_cursor.ON_KEY, year_cursor.STEP_KEY, presentation.PRESENT_KEY)


def keep_page_widgets() -> None:
    """Keep page-only widget values (map options, cursor, presentation) across every page."""
    for key in PAGE_WIDGET_KEYS:
        if key in st.session_state:
            st.session_state[key] = st.session_state[key]


def view_from_sidebar(data: Dataset) -> ViewState:
    """Seed from the URL once, draw the filters, and return the current view."""
    seed_from_url(data)
    draw_filters(data)
    show_notices()
    return current_view(data)
