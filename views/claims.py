"""Record vs. claim: each claim of the reference articles, its verdict, the correction and its sources."""

import streamlit as st

from sanctuary_maps.claims_register import VERDICT_ICONS, WHY_IT_MATTERS, claim_views, verdict_counts
from sanctuary_maps.markdown import md, md_link
from sanctuary_maps.ui import bundled_dataset_or_stop as dataset_or_stop
from sanctuary_maps.vocab import VERDICTS

data = dataset_or_stop()
st.title("Record vs. claim")
st.markdown(WHY_IT_MATTERS)

counts = verdict_counts(data.claims)
metrics = st.columns(len(VERDICTS))
for column, (verdict, label) in zip(metrics, VERDICTS.items()):
    column.metric(f"{VERDICT_ICONS[verdict]} {label}", counts[verdict])

filters = st.columns([3, 2], vertical_alignment="bottom")
chosen = filters[0].pills("Show verdicts", list(VERDICTS), selection_mode="multi", key="c_verdicts",
                          format_func=lambda v: f"{VERDICT_ICONS[v]} {VERDICTS[v]}")
text = filters[1].text_input("Search the claims", key="c_text", max_chars=100,
                             placeholder="e.g. Hungarians, London, 1956")
views = claim_views(data, tuple(chosen or ()), text)
st.markdown(f"**{len(views)} of {len(data.claims)} claims**")

for view in views:
    with st.container(border=True):
        st.markdown(f"{VERDICT_ICONS[view.verdict]} **{md(VERDICTS[view.verdict])}** · "
                    f"*The article said:* {md(view.claim)}")
        if view.correction:
            st.markdown(f"**What the sources show:** {md(view.correction)}")
        if view.case_id:
            st.markdown(f"Case: [{md(view.case_title)}](/?case={view.case_id})")
        if view.sources:
            st.caption("Sources: " + " · ".join(
                md_link(f"{title} ({publisher})", url) for title, publisher, url in view.sources))
        elif view.verdict == "unverifiable":
            st.caption("No source could confirm or refute this claim.")
