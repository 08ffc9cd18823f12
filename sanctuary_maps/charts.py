"""Altair charts. Each function returns a chart plus the table behind it, so a page
can offer the data as CSV next to the picture."""

from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from .dates import parse_partial_date
from .eras import ERAS
from .palette import categorical

GROUP_COLUMNS = {"region": "region", "era": "era", "outcome": "outcome"}
SHORT_STAY_DAYS = 7


def timeline_table(cases: pd.DataFrame) -> pd.DataFrame:
    """One row per case with numeric start/end years (fractional) for drawing bars."""
    first_days = cases["start_date"].map(lambda s: parse_partial_date(s).earliest)
    years = pd.Series([d.year + (d.timetuple().tm_yday - 1) / 365.25 for d in first_days],
                      index=cases.index)
    duration_years = cases["duration_days"].astype("Float64") / 365.25
    return pd.DataFrame({
        "id": cases["id"], "title": cases["title"], "region": cases["region"], "era": cases["era"],
        "outcome": cases["outcome"], "start": years.astype(float),
        "end": (years + duration_years.fillna(0)).astype(float),
        "duration_days": cases["duration_days"].astype("Float64"),
        "short_stay": cases["duration_days"].astype("Float64").fillna(0) < SHORT_STAY_DAYS,
        "start_date": cases["start_date"], "end_date": cases["end_date"],
    }).sort_values("start")


def active_in_year(cases: pd.DataFrame, year: int) -> pd.DataFrame:
    """Cases whose stay includes some day of ``year`` (the year cursor)."""
    return cases[(cases["start_year"] <= year) & (cases["end_year"] >= year)]


def longest_stays(cases: pd.DataFrame, n: int = 15) -> pd.DataFrame:
    table = cases.dropna(subset=["duration_days"]).nlargest(n, "duration_days")
    return pd.DataFrame({"title": table["title"], "years": (table["duration_days"] / 365.25).round(1),
                         "from": table["start_date"], "to": table["end_date"].replace("", "ongoing"),
                         "id": table["id"]})


def era_bands() -> pd.DataFrame:
    return pd.DataFrame([{"era": e.label, "from": max(e.first_year, 1500),
                          "to": (e.last_year or date.today().year) + 1} for e in ERAS])


def timeline_chart(cases: pd.DataFrame, events: pd.DataFrame, group: str = "region",
                   cursor_year: int | None = None) -> tuple[alt.Chart, pd.DataFrame]:
    table = timeline_table(cases)
    lo = float(table["start"].min()) - 3 if len(table) else 1500.0
    hi = float(table["end"].max()) + 3 if len(table) else 2030.0
    x_scale = alt.Scale(domain=[lo, hi], zero=False, clamp=True)
    colors = categorical(sorted(table[GROUP_COLUMNS[group]].dropna().unique()))
    color = alt.Color(f"{GROUP_COLUMNS[group]}:N", title=group.capitalize(),
                      scale=alt.Scale(domain=list(colors), range=list(colors.values())))
    select = alt.selection_point(fields=["id"], name="pick", on="click")
    tooltip = [alt.Tooltip("title:N"), alt.Tooltip("start_date:N", title="from"),
               alt.Tooltip("end_date:N", title="to"), alt.Tooltip("duration_days:Q", title="days")]
    y = alt.Y("title:N", sort=alt.SortField("start"), axis=None)
    bars = alt.Chart(table[~table["short_stay"]]).mark_bar(height=6).encode(
        x=alt.X("start:Q", title="Year", scale=x_scale, axis=alt.Axis(format="d")),
        x2="end:Q", y=y, color=color, tooltip=tooltip).add_params(select)
    dots = alt.Chart(table[table["short_stay"]]).mark_point(filled=True, size=30).encode(
        x="start:Q", y=y, color=color, tooltip=tooltip)
    bands = era_bands()
    bands = bands[(bands["to"] > lo) & (bands["from"] < hi)].assign(
        **{"from": lambda b: b["from"].clip(lower=lo), "to": lambda b: b["to"].clip(upper=hi)})
    band_layer = alt.Chart(bands).mark_rect(opacity=0.07, color="#555").encode(
        x=alt.X("from:Q", scale=x_scale), x2="to:Q", tooltip=["era:N"])
    shown = events[(events["year"] >= lo) & (events["year"] <= hi)]
    rules = alt.Chart(shown.assign(when=shown["year"].astype(float))).mark_rule(
        color="#7a1f1f", strokeDash=[3, 3], opacity=0.45).encode(
        x=alt.X("when:Q", scale=x_scale), tooltip=["date:N", "title:N", "kind:N"])
    height = int(min(max(300, 9 * len(table)), 2400))
    layers = [band_layer, rules, bars, dots]
    if cursor_year is not None:
        layers.append(alt.Chart(pd.DataFrame({"year": [cursor_year + 0.5]})).mark_rule(
            color="#000", strokeWidth=2).encode(x=alt.X("year:Q", scale=x_scale)))
    return alt.layer(*layers).properties(height=height), table


def duration_chart(cases: pd.DataFrame, group: str = "region",
                   log: bool = True) -> tuple[alt.Chart, pd.DataFrame]:
    """Each case as a bar as long as its stay, longest first; a log scale lets a day and
    fifteen years share one axis, a linear one shows how exceptional the long stays are."""
    table = timeline_table(cases).dropna(subset=["duration_days"])
    table = table[table["duration_days"] > 0].sort_values("duration_days", ascending=False)
    colors = categorical(sorted(table[GROUP_COLUMNS[group]].dropna().unique()))
    color = alt.Color(f"{GROUP_COLUMNS[group]}:N", title=group.capitalize(),
                      scale=alt.Scale(domain=list(colors), range=list(colors.values())))
    scale = alt.Scale(type="log") if log else alt.Scale(type="linear")
    select = alt.selection_point(fields=["id"], name="pick", on="click")
    chart = alt.Chart(table).mark_bar(height=6).encode(
        x=alt.X("duration_days:Q", scale=scale,
                title="Length of stay in days" + (" (log scale)" if log else "")),
        y=alt.Y("title:N", sort=alt.SortField("duration_days", order="descending"), axis=None),
        color=color,
        tooltip=[alt.Tooltip("title:N"), alt.Tooltip("start_date:N", title="from"),
                 alt.Tooltip("end_date:N", title="to"), alt.Tooltip("duration_days:Q", title="days")],
    ).add_params(select).properties(height=int(min(max(300, 9 * len(table)), 2400)))
    return chart, table
