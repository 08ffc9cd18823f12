"""Patterns for journalists: aggregate charts over the filtered cases, each with n, caption and downloads."""

import streamlit as st

from sanctuary_maps.chart_export import to_png, to_svg
from sanctuary_maps.exports import to_safe_csv
from sanctuary_maps.filters import apply_filters
from sanctuary_maps.patterns import Pattern, all_patterns
from sanctuary_maps.sidebar import sync_url, view_from_sidebar
from sanctuary_maps.ui import dataset_or_stop

data = dataset_or_stop()
view = view_from_sidebar(data)
cases = apply_filters(data.cases, view.filters)

st.title("Patterns")
st.caption("Aggregate views of the cases that match the sidebar filters. Each chart says what it "
           "counts and how many cases it rests on, and downloads as a picture or as the table behind it. "
           "A case is one person or group in one mission: mass episodes count once per mission.")
st.markdown(f"**{len(cases)} of {len(data.cases)} cases**")


def show(pattern: Pattern) -> None:
    with st.container(border=True):
        st.subheader(pattern.title)
        st.caption(f"{pattern.n_text}. {pattern.caption}")
        st.altair_chart(pattern.chart, width="stretch", key=f"chart_{pattern.key}")
        if pattern.key == "network":
            st.dataframe(pattern.table, hide_index=True, width="stretch", height=300)
        buttons = st.columns(3)
        # Files are rendered only when clicked (callable data), not on every rerun.
        buttons[0].download_button("PNG", lambda: to_png(pattern.chart, pattern.title, pattern.n_text),
                                   f"{pattern.key}.png", "image/png", key=f"png_{pattern.key}",
                                   icon=":material/image:", width="stretch")
        buttons[1].download_button("SVG", lambda: to_svg(pattern.chart, pattern.title, pattern.n_text),
                                   f"{pattern.key}.svg", "image/svg+xml", key=f"svg_{pattern.key}",
                                   icon=":material/draw:", width="stretch")
        buttons[2].download_button("CSV", lambda: to_safe_csv(pattern.table), f"{pattern.key}.csv",
                                   "text/csv", key=f"csv_{pattern.key}", icon=":material/table:",
                                   width="stretch")


patterns = all_patterns(cases)
show(patterns[0])
for left, right in zip(patterns[1:-1:2], patterns[2:-1:2]):
    columns = st.columns(2)
    with columns[0]:
        show(left)
    with columns[1]:
        show(right)
show(patterns[-1])
sync_url(view)
