"""Load test: many concurrent Streamlit sessions against one real server, without a browser.

Usage: .venv/bin/python -m benchmarks.load_sessions [--sessions 50] [--timeout 120] [--data-dir DIR]

Each session speaks Streamlit's own protocol on ws://127.0.0.1:PORT/_stcore/stream
(protobuf BackMsg up, ForwardMsg down), which is what the browser does, so the
server runs the real page script once per rerun. A session opens a shared link
(query string), then changes filters twice the way the sidebar widgets do. We
report errors, response times and the server's resident memory: data is loaded
once per process (st.cache_resource), so 50 sessions should cost far less than
a second copy of the process. Everything is bounded by one deadline, so the run
always stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import websockets
from streamlit.proto.Alert_pb2 import Alert
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from sanctuary_maps.ui import DATA_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent
# Shared links a visitor might open: the first run of a session seeds the sidebar from them.
LINKS = ("", "region=lac", "era=1946-1991", "region=eca&from=1946&to=1991", "outcome=escaped&color=era")
# Filter changes as the browser sends them: (widget key, WidgetState value field, value).
# Both narrow any link's selection, so each must show fewer cases than the dataset has.
Change = tuple[tuple[str, str, tuple], ...]
CHANGES: tuple[Change, ...] = (
    (("f_regions", "string_array_value", ("South Asia",)),),
    (("f_regions", "string_array_value", ("Latin America & Caribbean",)),
     ("f_years", "double_array_value", (1970.0, 1990.0))),
)
# A deployed server does not watch its sources. With the watcher on, every session watches every
# module, and an edit during the run pops modules from sys.modules under 50 running scripts
# (measured: KeyError 'sanctuary_maps' tracebacks in pages), which is not the app under load.
NO_WATCHER = ("--server.fileWatcherType", "none")
COUNT = re.compile(r"\*\*(\d[\d,]*) of (\d[\d,]*) cases\*\*")
FINISHED_OK = ForwardMsg.FINISHED_SUCCESSFULLY


# --- the server -------------------------------------------------------------------------------


@dataclass
class Server:
    """A `streamlit run app.py` process we started, so we know its PID and can read its memory."""

    url: str
    pid: int
    log: IO[bytes]

    def status_kb(self, key: str) -> int:
        """A field of /proc/PID/status in kB (VmRSS: resident now, VmHWM: peak resident)."""
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1])
        raise KeyError(key)

    def log_text(self) -> str:
        self.log.flush()
        self.log.seek(0)
        return self.log.read().decode(errors="replace")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_healthy(proc: subprocess.Popen, server: Server, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(f"{server.url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"streamlit did not start:\n{server.log_text()}")
        time.sleep(0.3)


@contextlib.contextmanager
def running_server(env: dict[str, str] | None = None, timeout: float = 60,
                   options: Sequence[str] = ()) -> Iterator[Server]:
    """`streamlit run app.py` on a free 127.0.0.1 port; the handle gives the PID for memory readings.

    Also used by the browser tests (tests/browser.py). ``options`` are extra
    ``--section.option value`` arguments for `streamlit run`.
    """
    port = free_port()
    cmd = [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false", *options]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=log, stderr=log)
        server = Server(f"http://127.0.0.1:{port}", proc.pid, log)
        try:
            _wait_healthy(proc, server, timeout)
            yield server
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(5)


def log_errors(log: str) -> list[str]:
    """The exception line of every traceback in the server log (what a session would not see)."""
    lines = log.splitlines()
    errors = []
    for i, line in enumerate(lines):
        if line.startswith("Traceback"):
            tail = next((x for x in lines[i + 1:] if x and not x[0].isspace()), "?")
            errors.append(f"server log: {tail}")
    return errors


# --- one session ------------------------------------------------------------------------------


@dataclass
class Run:
    """One script run as a session saw it."""

    seconds: float
    shown: int | None = None  # the page's "N of M cases"
    total: int | None = None
    problems: list[str] = field(default_factory=list)


@dataclass
class SessionResult:
    link: str  # query string of the first run
    changes: tuple[Change, ...] = ()  # filter changes sent after it, one rerun each
    first_s: float | None = None  # connect -> first script finished (a visitor opening the link)
    rerun_s: list[float] = field(default_factory=list)  # filter change -> script finished
    errors: list[str] = field(default_factory=list)
    finished: bool = False  # every run reached script_finished
    ready: asyncio.Event = field(default_factory=asyncio.Event, repr=False)


def _element_problems(msg: ForwardMsg) -> list[str]:
    """A traceback or an st.error box drawn in the page (the data-error screen uses st.error)."""
    element = msg.delta.new_element
    kind = element.WhichOneof("type")
    if kind == "exception":
        return [f"exception in page: {element.exception.type}: {element.exception.message[:200]}"]
    if kind == "alert" and element.alert.format == Alert.ERROR:
        return [f"error box in page: {element.alert.body[:200]}"]
    return []


class Session:
    """A browser-less Streamlit session: sends reruns, reads ForwardMsgs until the script finishes."""

    def __init__(self, ws: websockets.ClientConnection) -> None:
        self.ws = ws
        self.widget_ids: dict[str, str] = {}  # user key -> widget id, learnt from the page

    def _rerun_msg(self, query: str, change: Change) -> bytes:
        msg = BackMsg()
        msg.rerun_script.query_string = query
        msg.rerun_script.page_script_hash = ""  # the default page (the map)
        for key, value_field, value in change:
            state = msg.rerun_script.widget_states.widgets.add()
            state.id = self.widget_ids[key]
            getattr(state, value_field).data.extend(value)
        return msg.SerializeToString()

    def _read(self, msg: ForwardMsg, run: Run) -> None:
        kind = msg.WhichOneof("type")
        if kind == "page_not_found":
            run.problems.append("page not found")
        elif kind == "session_event" and msg.session_event.HasField("script_compilation_exception"):
            run.problems.append("script compilation error")
        elif kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
            element = msg.delta.new_element
            widget = getattr(element, element.WhichOneof("type") or "", None)
            widget_id = getattr(widget, "id", "")
            if isinstance(widget_id, str) and widget_id.startswith("$$ID-"):
                self.widget_ids[widget_id.rsplit("-", 1)[1]] = widget_id
            if element.WhichOneof("type") == "markdown" and (m := COUNT.search(element.markdown.body)):
                run.shown, run.total = (int(g.replace(",", "")) for g in m.groups())
            run.problems += _element_problems(msg)

    async def run(self, query: str, change: Change, deadline: float) -> Run:
        """Send one rerun and read until script_finished; raises TimeoutError at the deadline."""
        start = time.perf_counter()
        await self.ws.send(self._rerun_msg(query, change))
        run = Run(0.0)
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("no script_finished before the deadline")
            msg = ForwardMsg()
            msg.ParseFromString(await asyncio.wait_for(self.ws.recv(), remaining))
            if msg.WhichOneof("type") == "script_finished":
                run.seconds = time.perf_counter() - start
                if msg.script_finished != FINISHED_OK:
                    run.problems.append(f"script finished with status {msg.script_finished}")
                if run.total is None:
                    run.problems.append("page drew no 'N of M cases' count")
                return run
            self._read(msg, run)


async def _session_runs(session: Session, result: SessionResult, start: float, deadline: float) -> None:
    first = await session.run(result.link, (), deadline)
    result.first_s = time.perf_counter() - start
    result.errors += first.problems
    for change in result.changes:
        missing = [key for key, _, _ in change if key not in session.widget_ids]
        if missing:  # the page broke before drawing its filters: nothing to change
            result.errors.append(f"widgets {missing} not on the page")
            return
        run = await session.run("", change, deadline)
        result.rerun_s.append(run.seconds)
        result.errors += run.problems
        if run.total is not None and run.shown is not None and run.shown >= run.total:
            result.errors.append(f"filter change {change} not applied: {run.shown} of {run.total}")
    result.finished = True


async def hold_session(url: str, result: SessionResult, release: asyncio.Event, deadline: float) -> None:
    """Open a session, do its runs, then keep it open until ``release`` (memory is measured meanwhile)."""
    start = time.perf_counter()
    ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
    try:
        # The browser sends "streamlit" as subprotocol; no Origin header is allowed for non-browser clients.
        async with websockets.connect(ws_url, subprotocols=[websockets.Subprotocol("streamlit")],
                                      max_size=None, open_timeout=max(deadline - time.monotonic(), 1)
                                      ) as ws:
            await _session_runs(Session(ws), result, start, deadline)
            result.ready.set()
            await release.wait()
    except Exception as exc:  # refused connection, timeout, closed socket...: all are load errors
        result.errors.append(f"{type(exc).__name__}: {exc}")
    finally:
        result.ready.set()


# --- the whole load test ----------------------------------------------------------------------


@dataclass
class LoadResult:
    sessions: int  # concurrent sessions, not counting the warm-up session held open beside them
    warm: SessionResult
    results: list[SessionResult]  # the concurrent sessions
    server_errors: list[str]
    rss_one_kb: int  # server resident memory with the warm-up session open
    rss_many_kb: int  # ... with the warm-up session and all concurrent sessions open
    peak_kb: int  # highest resident memory of the server process during the run
    rss_closed_kb: int  # after the concurrent sessions closed
    wall_s: float

    @property
    def finished(self) -> int:
        return sum(r.finished for r in self.results)

    @property
    def errors(self) -> list[str]:
        everyone = [self.warm, *self.results]
        unfinished = [f"{r.link or '/'}: did not finish" for r in everyone if not r.finished]
        return [e for r in everyone for e in r.errors] + unfinished + self.server_errors

    @property
    def first_s(self) -> list[float]:
        return [r.first_s for r in self.results if r.first_s is not None]

    @property
    def rerun_s(self) -> list[float]:
        return [s for r in self.results for s in r.rerun_s]

    def table(self) -> str:
        mb = 1024
        rows = [
            ("sessions", f"{self.sessions} concurrent (+1 warm-up session held open)"),
            ("finished", f"{self.finished}/{self.sessions}"),
            ("errors", str(len(self.errors))),
            ("first page: connect -> script finished", timing(self.first_s)),
            ("filter change: rerun -> script finished", timing(self.rerun_s)),
            ("server RSS, 1 session", f"{self.rss_one_kb / mb:.0f} MB"),
            (f"server RSS, {self.sessions + 1} sessions",
             f"{self.rss_many_kb / mb:.0f} MB ({self.rss_many_kb / self.rss_one_kb:.2f}x)"),
            ("server RSS, peak / after closing",
             f"{self.peak_kb / mb:.0f} MB / {self.rss_closed_kb / mb:.0f} MB"),
            ("wall time", f"{self.wall_s:.1f} s"),
        ]
        width = max(len(k) for k, _ in rows)
        lines = [f"{k.ljust(width)}  {v}" for k, v in rows]
        lines += [f"  {n}x {e}" for e, n in Counter(self.errors).most_common(10)]
        return "\n".join(lines)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile: with 50 sessions, p95 is the 48th slowest, a real measurement."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def timing(values: Sequence[float]) -> str:
    if not values:
        return "no runs"
    ms = [v * 1000 for v in values]
    return (f"median {statistics.median(ms):.0f} ms, p95 {percentile(ms, 95):.0f} ms, "
            f"max {max(ms):.0f} ms (n={len(ms)})")


async def _wait_ready(results: list[SessionResult], deadline: float) -> None:
    waits = [asyncio.create_task(r.ready.wait()) for r in results]
    _, pending = await asyncio.wait(waits, timeout=max(deadline - time.monotonic(), 0))
    for task in pending:
        task.cancel()


async def _close(tasks: list[asyncio.Task], release: asyncio.Event, deadline: float) -> None:
    release.set()
    _, pending = await asyncio.wait(tasks, timeout=max(min(deadline - time.monotonic(), 10), 0.1))
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


async def _load(server: Server, sessions: int, changes: int, deadline: float) -> LoadResult:
    start = time.perf_counter()
    warm, warm_release = SessionResult("", CHANGES[:changes]), asyncio.Event()
    warm_task = asyncio.create_task(hold_session(server.url, warm, warm_release, deadline))
    await _wait_ready([warm], deadline)
    rss_one = server.status_kb("VmRSS")
    results = [SessionResult(LINKS[i % len(LINKS)], CHANGES[:changes]) for i in range(sessions)]
    release = asyncio.Event()
    tasks = [asyncio.create_task(hold_session(server.url, r, release, deadline)) for r in results]
    await _wait_ready(results, deadline)
    rss_many, peak = server.status_kb("VmRSS"), server.status_kb("VmHWM")
    await _close(tasks, release, deadline)
    rss_closed = server.status_kb("VmRSS")
    await _close([warm_task], warm_release, deadline)
    return LoadResult(sessions, warm, results, log_errors(server.log_text()), rss_one, rss_many, peak,
                      rss_closed, time.perf_counter() - start)


def run_load(sessions: int = 50, changes: int = len(CHANGES), timeout: float = 120,
             data_dir: Path | None = None) -> LoadResult:
    """Start a server, warm it with one session, then hold ``sessions`` more open at once.

    Each session opens a link and then makes ``changes`` filter changes (so
    1 + changes script runs). ``timeout`` bounds everything, server start
    included; sessions that miss it count as unfinished rather than hanging the run.
    """
    deadline = time.monotonic() + timeout
    env = {DATA_DIR_ENV: str(data_dir)} if data_dir else None
    # Own thread, own event loop: the caller may already run one (Playwright's sync API in tests).
    with running_server(env, timeout=min(60, timeout), options=NO_WATCHER) as server, \
            ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _load(server, sessions, min(changes, len(CHANGES)),
                                              deadline)).result()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--changes", type=int, default=len(CHANGES),
                        help=f"filter changes per session after opening its link (0-{len(CHANGES)})")
    parser.add_argument("--timeout", type=float, default=120, help="hard limit for the whole run (s)")
    parser.add_argument("--data-dir", type=Path, default=None, help=f"sets {DATA_DIR_ENV} for the server")
    args = parser.parse_args()
    result = run_load(args.sessions, args.changes, args.timeout, args.data_dir)
    print(result.table())
    sys.exit(1 if result.errors else 0)


if __name__ == "__main__":
    main()
