"""50 concurrent sessions against a real server on 127.0.0.1, without a browser.

One load run (about 45 s on 2 cores, hard limit 120 s) is shared by the tests
below; each session opens a shared link and then changes the filters twice.
"""

from __future__ import annotations

import pytest

from benchmarks.load_sessions import LoadResult, run_load

SESSIONS = 50


@pytest.fixture(scope="module")
def load() -> LoadResult:
    result = run_load(sessions=SESSIONS, timeout=120)
    print(result.table())  # shown with -s or on failure: the numbers behind the asserts
    return result


def test_fifty_sessions_show_no_errors(load: LoadResult) -> None:
    assert load.errors == [], load.table()


def test_every_session_finishes_every_run(load: LoadResult) -> None:
    assert load.finished == SESSIONS, load.table()
    assert len(load.rerun_s) == 2 * SESSIONS


def test_memory_with_fifty_sessions_stays_under_twice_one_session(load: LoadResult) -> None:
    # Data is loaded once per process (st.cache_resource), so sessions only add their own state.
    assert load.rss_many_kb < 2 * load.rss_one_kb, load.table()
