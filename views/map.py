"""Map explorer: every case at its mission, on offline country outlines."""

import streamlit as st

from sanctuary_maps.eras import ERA_LABELS
from sanctuary_maps.map_layers import base_layer, build_deck, case_points, cases_layer
from sanctuary_maps.palette import categorical
from sanctuary_maps.ui import dataset_or_stop

st.title("Sanctuary Maps")
st.caption("People who took refuge in a foreign embassy, legation, consulate or residence "
           "to escape the authorities around it.")

data = dataset_or_stop()
cases = data.cases
colors = categorical(list(ERA_LABELS))
points = case_points(cases, colors, "era")
deck = build_deck([base_layer(), cases_layer(points)])
st.pydeck_chart(deck, width="stretch", height=520, key="map")
st.markdown(f"**{len(cases)} of {len(data.cases)} cases**")
st.dataframe(cases[["title", "city", "start_date", "end_date", "outcome"]], hide_index=True)
