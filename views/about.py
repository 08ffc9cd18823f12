"""About the data: coverage, how cases were chosen, the data dictionary, licence and citation."""

import streamlit as st

from sanctuary_maps.report import coverage_summary, evidence_counts, region_era_table
from sanctuary_maps.schema import TABLES, data_dictionary
from sanctuary_maps.text import HOW_TO_CITE, INCLUSION_CRITERIA, LICENCE
from sanctuary_maps.ui import dataset_or_stop

st.title("About the data")
data = dataset_or_stop()
summary = coverage_summary(data)

cols = st.columns(4)
cols[0].metric("Cases", summary["cases"])
cols[1].metric("With 2+ sources", f"{summary['share_two_plus_sources']:.0%}")
cols[2].metric("Events", summary["events"], help="Legal milestones and incidents against missions")
cols[3].metric("Claims checked", summary["claims"])

st.header("What counts as a case")
st.markdown(INCLUSION_CRITERIA)

st.header("Coverage")
st.caption("Cases by World Bank region of the host state and era of the start date.")
st.dataframe(region_era_table(data.cases), width="stretch")
st.caption("Evidence level: documented = two or more independent sources agree.")
st.dataframe(evidence_counts(data.cases).rename("cases"), width="content")

st.header("Data dictionary")
for table in TABLES:
    st.subheader(table)
    st.dataframe(data_dictionary(table), hide_index=True, width="stretch")

st.header("How to cite")
st.markdown(HOW_TO_CITE)
st.header("Licence")
st.markdown(LICENCE)
