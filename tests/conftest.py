"""Shared fixtures: a throw-away copy of the bundled data that tests may break."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from sanctuary_maps.load import DATA_DIR, Dataset, load_dataset

TABLES = ("cases.csv", "sources.csv", "events.csv", "claims.csv")


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_dataset(DATA_DIR)


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    target.mkdir()
    for name in TABLES:
        shutil.copy(DATA_DIR / name, target / name)
    return target


def read(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def write(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False)


@pytest.fixture
def edit(data_copy: Path) -> Callable[[str, Callable[[pd.DataFrame], pd.DataFrame]], Path]:
    """Apply ``change`` to one table of the copy and return the copy's folder."""

    def apply(table: str, change: Callable[[pd.DataFrame], pd.DataFrame]) -> Path:
        path = data_copy / table
        write(change(read(path)), path)
        return data_copy

    return apply


@pytest.fixture(scope="session")
def server():
    """One Streamlit server on 127.0.0.1 for every browser test."""
    from browser import require_chromium, streamlit_server

    require_chromium()
    with streamlit_server() as base:
        yield base


@pytest.fixture(scope="session")
def browser_context():
    """One headless Chromium (Debian's, no downloaded browser) for every browser test."""
    from browser import CHROMIUM_FLAGS, require_chromium
    from playwright.sync_api import sync_playwright

    executable = require_chromium()
    with sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        context = p.chromium.launch_persistent_context(
            profile, executable_path=executable, headless=True, args=CHROMIUM_FLAGS,
            viewport={"width": 1400, "height": 1000})
        yield context
        context.close()
