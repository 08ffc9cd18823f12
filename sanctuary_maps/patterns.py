"""Aggregate views for journalists: each pattern is a chart, the table behind it, its n and a caption.

Every function takes the already-filtered cases, so the whole page honours the
sidebar. The table is exactly what the chart draws (one row per mark or cell),
so the CSV a reader downloads can be checked against the picture.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import altair as alt
import pandas as pd

from .countries import REGIONS
from .eras import ERA_LABELS
from .palette import BLUES, categorical
from .vocab import MISSION_TYPES, OUTCOMES

TOP_N = 15
ROW = 26  # pixels per bar or heatmap row


def rows_height(rows: int, extra: int) -> int:
    """Chart height for ``rows`` bands. Streamlit fits axes and legends *inside* the height,
    so the room they need (``extra``) is added on top of the bands."""
    return ROW * max(rows, 1) + extra


COUNT_AXIS = alt.Axis(format="d", tickMinStep=1)


@dataclass(frozen=True)
class Pattern:
    """One chart of the Patterns page with everything needed to caption and export it."""

    key: str
    title: str
    caption: str  # plain language: what one unit is and how to read it
    n: int  # cases counted in the chart
    chart: alt.TopLevelMixin
    table: pd.DataFrame

    @property
    def n_text(self) -> str:
        return f"n = {self.n} case{'s' if self.n != 1 else ''}"


def common_names(cases: pd.DataFrame, code_column: str, name_column: str) -> dict[str, str]:
    """Code -> the name the data uses most for it (CHN -> China, not Qing China from one row)."""
    pairs = cases[[code_column, name_column]].value_counts().reset_index()
    return {code: group[name_column].iloc[0] for code, group in pairs.groupby(code_column)}


def _empty(message: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"text": [message]})).mark_text(size=14, color="#555").encode(
        text="text:N").properties(height=80)


def decade_of(years: pd.Series) -> pd.Series:
    return (years // 10 * 10).astype("Int64")


def region_by_decade(cases: pd.DataFrame) -> Pattern:
    known = cases.dropna(subset=["start_year"])
    table = (known.assign(decade=decade_of(known["start_year"]))
             .groupby(["region", "decade"], observed=True).size().rename("cases").reset_index())
    table = table.sort_values(["decade", "region"]).reset_index(drop=True)
    if table.empty:
        chart = _empty("No cases match the filters.")
    else:
        chart = alt.Chart(table).mark_rect(stroke="white", strokeWidth=0.5).encode(
            x=alt.X("decade:O", title="Decade the stay began", axis=alt.Axis(labelAngle=-60)),
            y=alt.Y("region:N", title=None, sort=list(REGIONS), axis=alt.Axis(labelLimit=220)),
            color=alt.Color("cases:Q", title="Cases", scale=alt.Scale(range=list(BLUES[1:]))),
            tooltip=["region:N", alt.Tooltip("decade:O", title="decade"), "cases:Q"],
        ).properties(height=rows_height(table["region"].nunique(), 90))
    return Pattern(
        "region_decade", "Cases by region and decade",
        "Each cell counts the cases whose stay began in that decade, by the host state's region. "
        "Peaks are mostly single crises with many missions (Madrid 1936, Santiago 1973, 1989). "
        "Only decades with at least one case get a column.",
        len(known), chart, table)


def outcomes_by(cases: pd.DataFrame, by: str) -> Pattern:
    """Share of each outcome within each region (``by='region'``) or era (``by='era'``)."""
    order = list(REGIONS) if by == "region" else list(ERA_LABELS)
    table = cases.groupby([by, "outcome"], observed=True).size().rename("cases").reset_index()
    table["share"] = (table["cases"] / table.groupby(by)["cases"].transform("sum")).round(3)
    table["outcome_label"] = table["outcome"].map(OUTCOMES)
    colors = categorical([OUTCOMES[o] for o in OUTCOMES])
    if table.empty:
        chart = _empty("No cases match the filters.")
    else:
        chart = alt.Chart(table).mark_bar().encode(
            y=alt.Y(f"{by}:N", title=None, sort=order, axis=alt.Axis(labelLimit=220)),
            x=alt.X("cases:Q", stack="normalize", title="Share of cases", axis=alt.Axis(format="%")),
            color=alt.Color("outcome_label:N", title="Outcome",
                            scale=alt.Scale(domain=list(colors), range=list(colors.values())),
                            legend=alt.Legend(orient="bottom", columns=2)),
            order=alt.Order("outcome_label:N"),
            tooltip=[f"{by}:N", alt.Tooltip("outcome_label:N", title="outcome"), "cases:Q",
                     alt.Tooltip("share:Q", format=".0%")],
        ).properties(height=rows_height(table[by].nunique(), 170))
    what = "host state's region" if by == "region" else "era the stay began in"
    return Pattern(
        f"outcomes_{by}", f"How stays ended, by {by}",
        f"Each bar splits the cases of one {what} by how the stay ended (safe conduct abroad, "
        "handed over, removed by force…). Bars are shares, so small groups look as long as large "
        "ones: check the counts in the tooltip.",
        int(table["cases"].sum()), chart, table.drop(columns=["outcome_label"]))


def duration_by_era(cases: pd.DataFrame) -> Pattern:
    known = cases.dropna(subset=["duration_days"])
    known = known[known["duration_days"] > 0]
    table = pd.DataFrame({"id": known["id"], "title": known["title"], "era": known["era"],
                          "duration_days": known["duration_days"].astype(int),
                          "duration_years": (known["duration_days"] / 365.25).round(2)})
    if table.empty:
        chart = _empty("No case in the filter has a known length of stay.")
    else:
        y = alt.Y("era:N", title=None, sort=list(ERA_LABELS))
        x = alt.X("duration_days:Q", title="Length of stay in days (log scale)",
                  scale=alt.Scale(type="log"))
        box = alt.Chart(table).mark_boxplot(extent="min-max", size=18, opacity=0.5,
                                            color="#0072B2").encode(x=x, y=y)
        ticks = alt.Chart(table).mark_tick(color="#333", opacity=0.6, thickness=1).encode(
            x=x, y=y, tooltip=["title:N", "duration_days:Q", "duration_years:Q"])
        chart = (box + ticks).properties(height=rows_height(table["era"].nunique(), 70))
    return Pattern(
        "duration_era", "How long stays lasted, by era",
        "Each tick is one case, placed by how many days it lasted; the box spans the middle half "
        "of the cases and the line inside is the median. The scale is logarithmic: one day, "
        "a month and fifteen years fit on one axis. Cases with an unknown end are left out.",
        len(table), chart, table.reset_index(drop=True))


def top_states(cases: pd.DataFrame, role: str, n: int = TOP_N) -> Pattern:
    """The states that most often gave refuge (``role='sending'``) or hosted it (``'host'``)."""
    code, name = f"{role}_code", f"{role}_state"
    counts = cases.groupby(code).size().rename("cases")
    names = common_names(cases, code, name)
    table = (pd.DataFrame({"code": counts.index, "state": [names[c] for c in counts.index],
                           "cases": counts.values})
             .sort_values(["cases", "state"], ascending=[False, True]).head(n).reset_index(drop=True))
    if table.empty:
        chart = _empty("No cases match the filters.")
    else:
        chart = alt.Chart(table).mark_bar(color="#0072B2" if role == "sending" else "#D55E00").encode(
            y=alt.Y("state:N", title=None, sort="-x", axis=alt.Axis(labelLimit=220)),
            x=alt.X("cases:Q", title="Cases", axis=COUNT_AXIS),
            tooltip=["state:N", "code:N", "cases:Q"]).properties(height=rows_height(len(table), 50))
    if role == "sending":
        title = "States that gave refuge most often"
        caption = ("Counts cases by the state whose embassy, legation or consulate sheltered the "
                   "people. Mass episodes count once per mission, not once per person.")
    else:
        title = "Where refuge was sought most often"
        caption = ("Counts cases by the state in whose territory the mission stood, i.e. the "
                   "authorities people were escaping. Mass episodes count once per mission.")
    return Pattern(f"top_{role}", f"{title} (top {n})", caption, len(cases), chart, table)


def mission_types_over_time(cases: pd.DataFrame) -> Pattern:
    table = cases.groupby(["era", "mission_type"], observed=True).size().rename("cases").reset_index()
    table["mission"] = table["mission_type"].map(MISSION_TYPES)
    colors = categorical(list(MISSION_TYPES.values()))
    if table.empty:
        chart = _empty("No cases match the filters.")
    else:
        chart = alt.Chart(table).mark_bar().encode(
            x=alt.X("era:N", title="Era the stay began in", sort=list(ERA_LABELS),
                    axis=alt.Axis(labelAngle=0)),
            y=alt.Y("cases:Q", title="Cases", axis=COUNT_AXIS),
            color=alt.Color("mission:N", title="Mission type",
                            scale=alt.Scale(domain=list(colors), range=list(colors.values())),
                            legend=alt.Legend(orient="bottom", columns=2)),
            tooltip=["era:N", "mission:N", "cases:Q"]).properties(height=380)
    return Pattern(
        "mission_types", "Kinds of mission over time",
        "Counts cases by the kind of mission that gave refuge, per era. Legations gave way to "
        "embassies after 1945 as states upgraded their missions; the switch is in the labels, "
        "not necessarily in the practice.",
        int(table["cases"].sum()), chart, table.drop(columns=["mission"]))


def network(cases: pd.DataFrame, n: int = TOP_N) -> Pattern:
    """Ranked sending → host pairs: who sheltered people from whom, and when."""
    grouped = cases.groupby(["sending_code", "host_code"])
    senders = common_names(cases, "sending_code", "sending_state")
    hosts = common_names(cases, "host_code", "host_state")
    sizes = grouped.size()
    table = pd.DataFrame({
        "sending_state": [senders[s] for s, _ in sizes.index],
        "host_state": [hosts[h] for _, h in sizes.index],
        "cases": sizes, "first_year": grouped["start_year"].min().astype("Int64"),
        "last_year": grouped["start_year"].max().astype("Int64"),
        "examples": grouped["title"].agg(lambda t: "; ".join(list(t)[:3])),
    }).reset_index().sort_values(["cases", "first_year"], ascending=[False, True]).reset_index(drop=True)
    table.insert(0, "rank", range(1, len(table) + 1))
    top = table.head(n).assign(
        pair=lambda t: t["sending_state"].astype(str) + " → " + t["host_state"].astype(str))
    if top.empty:
        chart = _empty("No cases match the filters.")
    else:
        chart = alt.Chart(top).mark_bar(color="#009E73").encode(
            y=alt.Y("pair:N", title=None, sort="-x", axis=alt.Axis(labelLimit=320)),
            x=alt.X("cases:Q", title="Cases", axis=COUNT_AXIS),
            tooltip=["pair:N", "cases:Q", "first_year:Q", "last_year:Q"],
        ).properties(height=rows_height(len(top), 50))
    return Pattern(
        "network", "Who sheltered whom: sending → host pairs",
        "Each row is a pair of states: the state whose mission gave refuge and the state whose "
        "authorities people fled. Ranked by the number of cases; the chart shows the top pairs, "
        "the table and CSV list every pair.",
        len(cases), chart, table)


PATTERNS: tuple[Callable[[pd.DataFrame], Pattern], ...] = (
    region_by_decade,
    lambda c: outcomes_by(c, "region"),
    lambda c: outcomes_by(c, "era"),
    duration_by_era,
    lambda c: top_states(c, "sending"),
    lambda c: top_states(c, "host"),
    mission_types_over_time,
    network,
)


def all_patterns(cases: pd.DataFrame) -> list[Pattern]:
    return [make(cases) for make in PATTERNS]
