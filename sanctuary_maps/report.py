"""Coverage report: how the dataset spreads over regions, eras and evidence levels.

Used by ``python -m sanctuary_maps report``, the About page and the data tests,
so the coverage numbers quoted anywhere come from one computation.
"""

from __future__ import annotations

import pandas as pd

from .countries import REGIONS
from .eras import ERA_LABELS
from .load import Dataset
from .vocab import EVIDENCE_LEVELS


def region_era_table(cases: pd.DataFrame) -> pd.DataFrame:
    """Cases by region (rows) and era (columns), every region and era present, with totals."""
    table = pd.crosstab(cases["region"], cases["era"]).reindex(
        index=list(REGIONS), columns=list(ERA_LABELS), fill_value=0)
    table["Total"] = table.sum(axis=1)
    table.loc["Total"] = table.sum(axis=0)
    return table.astype(int)


def sources_per_record(dataset: Dataset) -> pd.Series:
    counts = dataset.sources.groupby("record_id").size()
    return dataset.cases["id"].map(counts).fillna(0).astype(int)


def evidence_counts(cases: pd.DataFrame) -> pd.Series:
    return cases["evidence"].value_counts().reindex(list(EVIDENCE_LEVELS), fill_value=0)


def coverage_summary(dataset: Dataset) -> dict[str, float | int]:
    per_case = sources_per_record(dataset)
    return {
        "cases": len(dataset.cases),
        "events": len(dataset.events),
        "incidents": int((dataset.events["kind"] == "incident").sum()),
        "claims": len(dataset.claims),
        "sources": len(dataset.sources),
        "share_two_plus_sources": float((per_case >= 2).mean()) if len(per_case) else 0.0,
        "min_sources_per_case": int(per_case.min()) if len(per_case) else 0,
    }


def coverage_text(dataset: Dataset) -> str:
    s = coverage_summary(dataset)
    lines = [
        f"Cases: {s['cases']}   Events: {s['events']} ({s['incidents']} incidents)   "
        f"Claims checked: {s['claims']}   Source rows: {s['sources']}",
        f"Cases with two or more sources: {s['share_two_plus_sources']:.0%}   "
        f"(fewest sources on a case: {s['min_sources_per_case']})",
        "",
        "Cases by region (World Bank) and era of start date:",
        region_era_table(dataset.cases).to_string(),
        "",
        "Evidence level:",
        evidence_counts(dataset.cases).to_string(),
    ]
    return "\n".join(lines)
