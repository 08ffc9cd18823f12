"""Timeline: each stay as a bar from entry to exit, with legal milestones and incidents."""

from dataclasses import replace

import streamlit as st

from sanctuary_maps.case_card import render_case_card
from sanctuary_maps.charts import active_in_year, longest_stays, timeline_chart
from sanctuary_maps.filters import apply_filters
from sanctuary_maps.selection import apply_picks, selected_point
from sanctuary_maps.sidebar import sync_url, view_from_sidebar
from sanctuary_maps.ui import base_url, dataset_or_stop

data = dataset_or_stop()
view = view_from_sidebar(data)
cases = apply_filters(data.cases, view.filters)
view = replace(view, case=apply_picks(st.session_state, {"timeline": selected_point}))

st.title("Timeline")
st.caption("Each case is a bar from entering the mission to leaving it (a dot for stays under a week). "
           "Dashed red lines are legal milestones and incidents against missions; shaded bands are eras. "
           "Click a bar to open its case card.")
controls = st.columns([1, 1, 2])
group = controls[0].selectbox("Colour by", ["region", "era", "outcome"], key="t_group",
                              format_func=str.capitalize)
low, high = int(data.cases["start_year"].min()), int(data.cases["end_year"].max())
year = controls[2].slider("Year cursor: cases active in", low, high, key="t_year",
                          value=st.session_state.get("t_year", 1973))
active = active_in_year(cases, year)
controls[1].metric(f"Active in {year}", len(active))

st.markdown(f"**{len(cases)} of {len(data.cases)} cases**")
chart, table = timeline_chart(cases, data.events, group)
st.altair_chart(chart, on_select="rerun", key="timeline", width="stretch")
st.download_button("Download the data behind the chart (CSV)", table.to_csv(index=False).encode(),
                   "timeline.csv", "text/csv")

left, right = st.columns(2)
with left:
    st.subheader("Longest stays")
    st.dataframe(longest_stays(cases).drop(columns=["id"]), hide_index=True, width="stretch")
with right:
    st.subheader(f"Active in {year}")
    st.dataframe(active[["title", "start_date", "end_date"]], hide_index=True, width="stretch", height=300)
if view.case:
    render_case_card(data, view.case, base_url())
sync_url(view)
