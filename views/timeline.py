"""Timeline: each stay as a bar from entry to exit, with legal milestones and incidents."""

from dataclasses import replace

import streamlit as st

from sanctuary_maps import year_cursor
from sanctuary_maps.case_card import render_case_card
from sanctuary_maps.charts import active_in_year, duration_chart, longest_stays, timeline_chart
from sanctuary_maps.exports import to_safe_csv
from sanctuary_maps.filters import apply_filters
from sanctuary_maps.selection import apply_picks, selected_point
from sanctuary_maps.sidebar import sync_url, view_from_sidebar, year_bounds
from sanctuary_maps.ui import base_url, dataset_or_stop

SCALES = {"calendar": "Calendar (when)", "log": "Length, log scale", "linear": "Length, linear scale"}

data = dataset_or_stop()
view = view_from_sidebar(data)
cases = apply_filters(data.cases, view.filters)
view = replace(view, case=apply_picks(st.session_state, {"timeline": selected_point}))

st.title("Timeline")
controls = st.columns([1, 3])
group = controls[0].selectbox("Colour by", ["region", "era", "outcome"], key="t_group",
                              format_func=str.capitalize)
scale = controls[1].radio("Show", list(SCALES), format_func=SCALES.get, key="t_scale", horizontal=True)
if scale == "calendar":
    st.caption("Each case is a bar from entering the mission to leaving it (a dot for stays under a week). "
               "Dashed red lines are legal milestones and incidents against missions; shaded bands are "
               "eras; the black line is the year cursor. Click a bar to open its case card.")
else:
    st.caption("Each case is a bar as long as its stay, longest first. Cases whose end is unknown are "
               "left out. Click a bar to open its case card.")


def draw_cursor_and_chart() -> None:
    """Year cursor with play/pause, the cases active that year and the chart with its cursor
    line (reruns alone while playing)."""
    year = year_cursor.draw_controls(*year_bounds(data))
    active = active_in_year(cases, year)
    left, right = st.columns([1, 3])
    left.metric(f"Active in {year}", len(active))
    right.dataframe(active[["title", "start_date", "end_date"]], hide_index=True, width="stretch",
                    height=180)
    st.markdown(f"**{len(cases)} of {len(data.cases)} cases**")
    if scale == "calendar":
        chart, table = timeline_chart(cases, data.events, group, cursor_year=year)
    else:
        chart, table = duration_chart(cases, group, log=scale == "log")
    st.altair_chart(chart, on_select="rerun", key="timeline", width="stretch")
    st.download_button("Download the data behind the chart (CSV)",
                       lambda: to_safe_csv(table.drop(columns=["short_stay"])), "timeline.csv", "text/csv")
    if year_cursor.is_playing():
        sync_url(replace(view, year=year))


year_cursor.run(draw_cursor_and_chart)
year = int(st.session_state[year_cursor.YEAR_KEY])

st.subheader("Longest stays")
st.dataframe(longest_stays(cases).drop(columns=["id"]), hide_index=True, width="stretch")
if view.case:
    render_case_card(data, view.case, base_url())
sync_url(replace(view, year=year))
