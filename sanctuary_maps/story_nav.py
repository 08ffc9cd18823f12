"""Which story and step a session is on, seeded from the link and written back to it.

The step is in the URL (``?story=santiago-1973&step=3``) so a class can follow
on their own devices: the teacher shares one link per step, or students move
with the same buttons. Bad values in a link fall back to the first step with a
notice, never an error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import streamlit as st

from .stories import Story

STORY_KEY = "story_slug"
STEP_KEY = "story_step"  # 1-based
SEEDED_KEY = "_story_seeded"


def parse_link(params: Mapping[str, object], stories: list[Story]) -> tuple[str, int, list[str]]:
    """(slug, step, notices) from URL parameters; unknown stories or steps fall back to the first."""
    notices: list[str] = []
    slugs = [s.slug for s in stories]
    slug = str(params.get("story", "") or "")
    if slug and slug not in slugs:
        notices.append(f"There is no story called '{slug[:60]}'; showing the list instead.")
        slug = ""
    slug = slug or (slugs[0] if slugs else "")
    step = 1
    raw = str(params.get("step", "") or "").strip()
    if raw:
        story = next((s for s in stories if s.slug == slug), None)
        last = len(story.steps) if story else 1
        if re.fullmatch(r"\d{1,3}", raw) and 1 <= int(raw) <= last:
            step = int(raw)
        else:
            notices.append(f"Ignored step '{raw[:20]}': this story has steps 1 to {last}.")
    return slug, step, notices


def seed(stories: list[Story]) -> list[str]:
    """Take story and step from the link on the page's first run; returns notices."""
    if st.session_state.get(SEEDED_KEY):
        return []
    st.session_state[SEEDED_KEY] = True
    slug, step, notices = parse_link(st.query_params.to_dict(), stories)
    st.session_state[STORY_KEY] = slug
    st.session_state[STEP_KEY] = step
    return notices


def current(stories: list[Story]) -> tuple[Story, int]:
    by_slug = {s.slug: s for s in stories}
    story = by_slug.get(st.session_state.get(STORY_KEY, ""), stories[0])
    step = min(max(int(st.session_state.get(STEP_KEY, 1)), 1), len(story.steps))
    st.session_state[STEP_KEY] = step
    return story, step


def go(delta: int) -> None:
    st.session_state[STEP_KEY] = int(st.session_state.get(STEP_KEY, 1)) + delta


def restart() -> None:
    st.session_state[STEP_KEY] = 1
