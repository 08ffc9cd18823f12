"""The case card: everything known about one case, with its sources and a citation."""

from __future__ import annotations

from datetime import date
from urllib.parse import quote

import pandas as pd
import streamlit as st

from .load import Dataset
from .markdown import md, md_link
from .vocab import EVIDENCE_LEVELS, MISSION_TYPES, OUTCOMES, SEEKER_TYPES, VERDICTS


def case_link(case_id: str, base_url: str = "") -> str:
    """Stable link to a case: the map (the app's default page, served at /) with only ?case=<id>."""
    return f"{base_url.rstrip('/')}/?case={quote(case_id)}"


def citation(case: pd.Series, url: str, today: date | None = None) -> str:
    accessed = (today or date.today()).isoformat()
    return (f"\u201c{case['title']}\u201d. Sanctuary Maps: a dataset of diplomatic refuge, case "
            f"{case['id']}. {url} (accessed {accessed}).")


def related_events(data: Dataset, case: pd.Series) -> pd.DataFrame:
    """Events in the same city during the stay or within a year of it."""
    events = data.events
    same_city = events["city"].str.lower() == str(case["city"]).lower()
    near = events["year"].between(case["start_year"] - 1, case["end_year"] + 1)
    return events[same_city & near]


def people_text(count: object) -> str:
    return "1 person" if int(count) == 1 else f"{int(count):,} people"


def duration_text(days: object) -> str:
    if days is None or pd.isna(days):
        return "unknown"
    days = int(days)
    if days < 14:
        return f"{days} day{'s' if days != 1 else ''}"
    if days < 120:
        return f"about {round(days / 7)} weeks"
    if days < 730:
        return f"about {round(days / 30.4)} months"
    return f"about {days / 365.25:.1f} years"


def render_case_card(data: Dataset, case_id: str, base_url: str = "") -> bool:
    """Draw the card for ``case_id``; return False if there is no such case."""
    rows = data.cases[data.cases["id"] == case_id]
    if rows.empty:
        return False
    case = rows.iloc[0]
    with st.container(border=True):
        st.subheader(case["title"], anchor=False)
        end = case["end_date"] or ("ongoing" if case["end_status"] == "ongoing" else "unknown")
        lines = [
            f"**Who:** {md(case['people'])}"
            + (f" — {md(people_text(case['people_count']))}" if pd.notna(case["people_count"]) else "")
            + (f" ({md(case['people_count_note'])})" if case["people_count_note"] else ""),
            f"**Seeking refuge:** {md(SEEKER_TYPES.get(case['seeker_type'], case['seeker_type']))}",
            f"**Mission:** {md(MISSION_TYPES.get(case['mission_type'], case['mission_type']))} of "
            f"{md(case['sending_state'])} in {md(case['city'])}, {md(case['host_state'])}",
            f"**Dates:** {md(case['start_date'])} to {md(end)} · duration "
            f"{md(duration_text(case['duration_days']))}",
            f"**Outcome:** {md(OUTCOMES.get(case['outcome'], case['outcome']))} · "
            f"**Evidence:** {md(EVIDENCE_LEVELS.get(case['evidence'], case['evidence']))}"
            f" · **Region:** {md(case['region'])} · **Era:** {md(case['era'])}",
        ]
        st.markdown("  \n".join(lines))
        st.markdown(md(case["summary"]))
        if case["unconfirmed_fields"]:
            st.caption("Not confirmed by a source (best estimates): "
                       + ", ".join(case["unconfirmed_fields"].split(";")))
        sources = data.sources[data.sources["record_id"] == case_id]
        st.markdown("**Sources**\n\n" + ("\n".join(
            f"- {md_link(s.title or s.url, s.url)} — {md(s.publisher)} (read {md(s.accessed)})"
            for s in sources.itertuples()) or "*None listed (uploaded data has no sources table).*"))
        claims = data.claims[data.claims["case_id"] == case_id]
        if len(claims):
            st.markdown("**What the reference articles claimed**\n\n" + "\n".join(
                f"- *{md(VERDICTS.get(c.verdict, c.verdict))}:* {md(c.claim)}"
                + (f" — {md(c.correction)}" if c.correction else "") for c in claims.itertuples()))
        events = related_events(data, case)
        if len(events):
            st.markdown("**Related events**\n\n" + "\n".join(
                f"- {md(e.date)}: {md(e.title)}" for e in events.itertuples()))
        url = case_link(case_id, base_url)
        st.markdown("**Cite this case**")
        st.code(citation(case, url), language=None, wrap_lines=True)
    return True
