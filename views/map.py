"""Map explorer: every case at its mission, filters in the sidebar, a card for the chosen case."""

from dataclasses import replace

import streamlit as st

from sanctuary_maps import year_cursor
from sanctuary_maps.case_card import render_case_card
from sanctuary_maps.charts import active_in_year
from sanctuary_maps.exports import export_frame, to_geojson, to_safe_csv
from sanctuary_maps.filters import apply_filters
from sanctuary_maps.map_layers import legend_html
from sanctuary_maps.map_view import build_map
from sanctuary_maps.selection import apply_picks, row_id, selected_id
from sanctuary_maps.sidebar import sync_url, view_from_sidebar, year_bounds
from sanctuary_maps.ui import base_url, dataset_or_stop
from sanctuary_maps.url_state import COLOR_CHOICES, LAYER_CHOICES, SHADE_CHOICES, SIZE_CHOICES

data = dataset_or_stop()
view = view_from_sidebar(data)
cases = apply_filters(data.cases, view.filters)
TABLE_LIMIT = 2000  # rows sent to the browser; downloads hold everything
table = cases[["id", "title", "host_state", "start_date", "outcome"]]
picks = {"map": selected_id, "table": lambda event: row_id(event, table["id"].head(TABLE_LIMIT))}
view = replace(view, case=apply_picks(st.session_state, picks))

st.title("Sanctuary Maps")
st.caption("People who took refuge in a foreign embassy, legation, consulate or residence to "
           "escape the authorities around it. Click a point or a row to open its case card.")

options = st.columns([1, 1, 3, 1.2], vertical_alignment="bottom")
options[0].selectbox("Colour by", COLOR_CHOICES, key="v_color",
                     format_func=str.capitalize)
options[1].selectbox("Size by", SIZE_CHOICES, key="v_size",
                     format_func=lambda s: {"none": "Same size", "people": "People (log)",
                                            "duration": "Duration (log)"}[s])
options[2].pills("Layers", LAYER_CHOICES, selection_mode="multi",
                 key="v_layers", format_func=lambda s: {"cases": "Cases", "arcs": "Who sheltered whom",
                                                        "shading": "Country shading",
                                                        "incidents": "▲ Incidents"}[s])
options[3].radio("Shade countries by", SHADE_CHOICES, key="v_shade", horizontal=True,
                 format_func=lambda s: {"hosted": "Hosted", "granted": "Gave refuge"}[s])

st.toggle("Year by year", key=year_cursor.ON_KEY,
                  help="Show only the cases active in one year, and play through the years.")


def draw_map() -> None:
    """Map, count and legend; while the year cursor plays this reruns on its own."""
    shown, year = cases, None
    if st.session_state.get(year_cursor.ON_KEY):
        year = year_cursor.draw_controls(*year_bounds(data))
        shown = active_in_year(cases, year)
    result = build_map(replace(view, year=year), shown, data.events, fit_to=cases)
    st.pydeck_chart(result.deck, on_select="rerun", selection_mode="single-object", key="map",
                    height=540, width="stretch")
    if year is None:
        st.markdown(f"**{len(cases)} of {len(data.cases)} cases**")
    else:
        st.markdown(f"**{len(shown)} cases active in {year}** ({len(cases)} of {len(data.cases)} "
                    "match the filters)")
    st.markdown(legend_html(result.colors, result.labels), unsafe_allow_html=True)
    if result.notice:
        st.info(result.notice, icon=":material/grid_view:")
    if year_cursor.is_playing():
        sync_url(replace(view, case=st.session_state.get("case", ""), year=year))


year_cursor.run(draw_map)
if "shading" in view.layers:
    st.caption("Countries shaded by the number of cases they " +
               ("hosted" if view.shade == "hosted" else "gave refuge in (as sending state)") +
               " in the current filter; darker is more. Borders are today's.")

card_col, table_col = st.columns([1, 1])
with table_col:
    st.dataframe(table.head(TABLE_LIMIT).drop(columns=["id"]), hide_index=True, on_select="rerun",
                 selection_mode="single-row", key="table", height=380, width="stretch")
    if len(table) > TABLE_LIMIT:
        st.caption(f"The table lists the first {TABLE_LIMIT:,} of {len(table):,} cases; "
                   "the downloads hold all of them.")
    # Files are built only when a button is clicked (callable data), not on every rerun.
    down = st.columns(2)
    down[0].download_button("Download CSV", lambda: to_safe_csv(export_frame(cases, data.sources)),
                            "sanctuary-maps-cases.csv", "text/csv", width="stretch")
    down[1].download_button("Download GeoJSON", lambda: to_geojson(cases, data.sources),
                            "sanctuary-maps-cases.geojson", "application/geo+json", width="stretch")

with card_col:
    choices = ["", *cases["id"].head(TABLE_LIMIT)]
    if st.session_state.get("case") and st.session_state["case"] not in choices:
        choices.append(st.session_state["case"])
    titles = dict(zip(cases["id"].head(TABLE_LIMIT), cases["title"].head(TABLE_LIMIT)))
    if choices[-1] and choices[-1] not in titles:  # the chosen case is outside the filter
        found = data.cases.loc[data.cases["id"] == choices[-1], "title"]
        titles[choices[-1]] = found.iloc[0] if len(found) else choices[-1]
    st.selectbox("Case card", choices, key="case",
                 format_func=lambda c: titles.get(c, "") if c else "Choose a case…")
    if st.session_state["case"]:
        render_case_card(data, st.session_state["case"], base_url())

cursor_year = st.session_state.get(year_cursor.YEAR_KEY) if st.session_state.get(year_cursor.ON_KEY) else None
sync_url(replace(view, case=st.session_state.get("case", ""), year=cursor_year))
