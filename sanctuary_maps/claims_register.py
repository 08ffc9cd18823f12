"""The claims register as a teaching tool: what the reference articles said, and what the record shows.

Joins each claim with its own sources and with the case it concerns, so the
page can show the correction next to the evidence for it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .load import Dataset
from .vocab import VERDICTS

# Streamlit markdown icons (a bundled font), not emoji: projector PCs often lack an emoji font.
VERDICT_ICONS = {"confirmed": ":green[:material/check_circle:]",
                 "partly_wrong": ":orange[:material/warning:]",
                 "wrong": ":red[:material/cancel:]", "unverifiable": ":gray[:material/help:]"}

WHY_IT_MATTERS = (
    "This atlas began from two encyclopedia-style articles. They read well, but they gave no "
    "sources, and when each claim was checked against archives, court records and newspapers, "
    "many turned out to be exaggerated, misdated or simply wrong. A number such as \"20,000 people "
    "in one embassy\" travels far once it is written down confidently. Below, every claim from "
    "those articles sits next to what the sources say. Ask of any fact: who says so, how would "
    "they know, and does anyone independent agree?"
)


@dataclass(frozen=True)
class ClaimView:
    id: str
    claim: str
    verdict: str
    correction: str
    case_id: str
    case_title: str
    sources: tuple[tuple[str, str, str], ...]  # (title, publisher, url)


def verdict_counts(claims: pd.DataFrame) -> dict[str, int]:
    counts = claims["verdict"].value_counts()
    return {v: int(counts.get(v, 0)) for v in VERDICTS}


def claim_views(data: Dataset, verdicts: tuple[str, ...] = (), text: str = "") -> list[ClaimView]:
    """Claims with the chosen verdicts (all if none) whose text mentions ``text``, with sources.

    A claim tied to a case falls back to that case's sources when it has none of its own.
    """
    claims = data.claims
    if verdicts:
        claims = claims[claims["verdict"].isin(verdicts)]
    if text.strip():
        needle = text.strip().lower()
        claims = claims[(claims["claim"].str.lower().str.contains(needle, regex=False))
                        | (claims["correction"].fillna("").str.lower().str.contains(needle, regex=False))]
    by_record: dict[str, list[tuple[str, str, str]]] = {}
    for rec in data.sources.itertuples():
        by_record.setdefault(rec.record_id, []).append((rec.title, rec.publisher, rec.url))
    titles = dict(zip(data.cases["id"], data.cases["title"]))
    views = []
    for c in claims.itertuples():
        case_id = c.case_id if isinstance(c.case_id, str) else ""
        sources = by_record.get(c.id) or by_record.get(case_id, [])
        correction = c.correction if isinstance(c.correction, str) else ""
        views.append(ClaimView(c.id, c.claim, c.verdict, correction, case_id, titles.get(case_id, ""),
                               tuple(sources)))
    order = {v: i for i, v in enumerate(("wrong", "partly_wrong", "unverifiable", "confirmed"))}
    return sorted(views, key=lambda v: order.get(v.verdict, 9))
