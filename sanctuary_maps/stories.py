"""Guided classroom stories: YAML files in ``data/stories/`` that teachers can copy and edit.

A story is a list of steps; each step moves the map (centre, zoom), highlights
some cases, limits the years and tells a short narrative ending in a question.
Loading checks every file against the dataset and reports each mistake as
``file: step N: field: reason``, so a teacher who mistypes a case id learns
exactly where, and the other stories still load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .problems import Problem

STORY_KEYS = {"title", "summary", "steps"}
STEP_KEYS = {"title", "center", "zoom", "years", "cases", "events", "text", "question"}
REQUIRED_STEP_KEYS = STEP_KEYS - {"events"}
MIN_STEPS, MAX_STEPS = 1, 12
MAX_FILE_BYTES = 200_000
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Step:
    title: str
    lat: float
    lon: float
    zoom: float
    year_from: int
    year_to: int
    cases: tuple[str, ...]
    events: tuple[str, ...]
    text: str
    question: str


@dataclass(frozen=True)
class Story:
    slug: str  # file name without .yaml; used in links (?story=slug&step=2)
    title: str
    summary: str
    steps: tuple[Step, ...]


def _step_problem(file: str, step: int | None, field: str, reason: str) -> Problem:
    # Problem's row is the step number here (1-based), printed as file:step.
    return Problem(file, None, f"step {step}: {field}" if step else field, reason)


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def parse_step(raw: object, file: str, n: int, case_ids: frozenset[str],
               event_ids: frozenset[str]) -> tuple[Step | None, list[Problem]]:
    """One step, or the problems that stop it from being shown."""
    if not isinstance(raw, dict):
        return None, [_step_problem(file, n, "step", "must be a mapping of keys (title, center, …)")]
    problems: list[Problem] = []

    def bad(field: str, reason: str) -> None:
        problems.append(_step_problem(file, n, field, reason))

    for key in sorted(set(raw) - STEP_KEYS, key=str):
        bad(str(key), f"unknown key (allowed: {', '.join(sorted(STEP_KEYS))})")
    for key in sorted(REQUIRED_STEP_KEYS - set(raw)):
        bad(key, "missing")
    texts = {}
    for key in ("title", "text", "question"):
        value = raw.get(key)
        if key in raw and (not isinstance(value, str) or not value.strip()):
            bad(key, "must be non-empty text")
        texts[key] = value.strip() if isinstance(value, str) else ""
    lat = lon = None
    center = raw.get("center")
    if "center" in raw:
        if not isinstance(center, dict) or set(center) != {"lat", "lon"}:
            bad("center", "must be {lat: …, lon: …}")
        else:
            lat, lon = _number(center["lat"]), _number(center["lon"])
            if lat is None or not -90 <= lat <= 90:
                bad("center", f"lat must be a number from -90 to 90, not {center['lat']!r}")
                lat = None
            if lon is None or not -180 <= lon <= 180:
                bad("center", f"lon must be a number from -180 to 180, not {center['lon']!r}")
                lon = None
    zoom = _number(raw.get("zoom"))
    if "zoom" in raw and (zoom is None or not 0 <= zoom <= 16):
        bad("zoom", f"must be a number from 0 (world) to 16 (street), not {raw.get('zoom')!r}")
        zoom = None
    years = raw.get("years")
    year_from = year_to = None
    if "years" in raw:
        if (not isinstance(years, list) or len(years) != 2
                or not all(isinstance(y, int) and not isinstance(y, bool) for y in years)):
            bad("years", "must be [from, to], two whole years")
        elif years[0] > years[1]:
            bad("years", f"'from' ({years[0]}) is after 'to' ({years[1]})")
        else:
            year_from, year_to = years
    id_lists: dict[str, tuple[str, ...]] = {}
    for key, known, table in (("cases", case_ids, "cases.csv"), ("events", event_ids, "events.csv")):
        value = raw.get(key, [])
        if value is None:
            value = []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            bad(key, "must be a list of ids")
            continue
        for unknown in [v for v in value if v not in known]:
            bad(key, f"unknown id '{unknown[:80]}' (not in {table})")
        id_lists[key] = tuple(v for v in value if v in known)
    if problems:
        return None, problems
    return Step(texts["title"], lat, lon, zoom, year_from, year_to, id_lists["cases"],
                id_lists.get("events", ()), texts["text"], texts["question"]), []


def parse_story(text: str, file: str, case_ids: frozenset[str],
                event_ids: frozenset[str]) -> tuple[Story | None, list[Problem]]:
    """A story from YAML text, or every problem found in it (never raises)."""
    slug = Path(file).stem
    if not SLUG.match(slug):
        return None, [_step_problem(file, None, "file name",
                                    "use lowercase letters, digits and hyphens (it goes in links)")]
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or "not valid YAML"
        return None, [_step_problem(file, None, "YAML", f"{reason}{where}")]
    if not isinstance(raw, dict):
        return None, [_step_problem(file, None, "file", "must be a mapping with title, summary and steps")]
    problems = [_step_problem(file, None, str(k), "unknown key (allowed: steps, summary, title)")
                for k in sorted(set(raw) - STORY_KEYS, key=str)]
    for key in ("title", "summary"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            problems.append(_step_problem(file, None, key, "missing or not text"))
    steps_raw = raw.get("steps")
    if not isinstance(steps_raw, list) or not MIN_STEPS <= len(steps_raw) <= MAX_STEPS:
        problems.append(_step_problem(file, None, "steps",
                                      f"must be a list of {MIN_STEPS} to {MAX_STEPS} steps"))
        steps_raw = steps_raw if isinstance(steps_raw, list) else []
    steps = []
    for n, step_raw in enumerate(steps_raw, start=1):
        step, step_problems = parse_step(step_raw, file, n, case_ids, event_ids)
        problems += step_problems
        if step is not None:
            steps.append(step)
    if problems:
        return None, problems
    return Story(slug, raw["title"].strip(), raw["summary"].strip(), tuple(steps)), []


def load_stories(folder: Path, case_ids: frozenset[str],
                 event_ids: frozenset[str]) -> tuple[list[Story], list[Problem]]:
    """Every valid story in ``folder`` (sorted by file name) and the problems of the others."""
    stories: list[Story] = []
    problems: list[Problem] = []
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        name = f"stories/{path.name}"
        if path.stat().st_size > MAX_FILE_BYTES:
            problems.append(_step_problem(name, None, "file", f"larger than {MAX_FILE_BYTES:,} bytes"))
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            problems.append(_step_problem(name, None, "file", f"not UTF-8 text (byte {exc.start})"))
            continue
        story, found = parse_story(text, name, case_ids, event_ids)
        problems += found
        if story is not None:
            stories.append(story)
    return stories, problems
