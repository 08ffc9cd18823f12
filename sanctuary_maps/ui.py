"""Streamlit glue shared by the pages: cached data loading and the data-error screen.

Data is loaded once per server process (``st.cache_resource``): every session
reads the same immutable frames, so memory does not grow with sessions.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from .load import DATA_DIR, Dataset, load_dataset
from .problems import DataError

DATA_DIR_ENV = "SANCTUARY_MAPS_DATA_DIR"


def data_dir() -> Path:
    """The bundled data, unless SANCTUARY_MAPS_DATA_DIR points elsewhere (tests, forks)."""
    return Path(os.environ.get(DATA_DIR_ENV) or DATA_DIR)


@st.cache_resource(show_spinner="Loading the dataset…")
def _cached_dataset(path: str) -> Dataset:
    return load_dataset(Path(path))


UPLOADED_KEY = "uploaded_dataset"  # (file name, Dataset) of this session's upload, if explored


def bundled_dataset_or_stop() -> Dataset:
    """The bundled dataset, or a readable list of its problems on the page (and stop the script)."""
    try:
        return _cached_dataset(str(data_dir()))
    except DataError as exc:
        st.error("The data files have problems, so nothing can be shown until they are fixed. "
                 "Each line gives file:row: column: reason.")
        st.code("\n".join(str(p) for p in exc.problems[:200]), language=None)
        if len(exc.problems) > 200:
            st.caption(f"…and {len(exc.problems) - 200} more. Run `python -m sanctuary_maps validate`.")
        st.stop()
        raise  # unreachable: st.stop() raises


def _back_to_bundled() -> None:
    st.session_state.pop(UPLOADED_KEY, None)
    for key in ("case", "f_hosts", "f_senders"):  # ids and codes of the upload mean nothing here
        st.session_state.pop(key, None)


def dataset_or_stop() -> Dataset:
    """The dataset this session explores: its own upload if it chose one, else the bundled data.

    An upload lives in this session's state only; the bundled files are never changed.
    """
    uploaded = st.session_state.get(UPLOADED_KEY)
    if uploaded is None:
        return bundled_dataset_or_stop()
    name, dataset = uploaded
    left, right = st.columns([4, 1], vertical_alignment="center")
    left.warning(f"You are exploring **your own file** ({len(dataset.cases):,} cases from "
                 f"`{name[:80].replace('`', '')}`), in this browser session only.",
                 icon=":material/upload_file:")
    right.button("Back to the bundled data", on_click=_back_to_bundled, key="upload_back", width="stretch")
    return dataset


def base_url() -> str:
    """Scheme and host the visitor used, for absolute links in citations ("" if unknown)."""
    try:
        url = st.context.url or ""
    except AttributeError:
        return ""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
