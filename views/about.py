"""About the data: method, coverage, known gaps, data dictionary, citation, licence, changelog, package."""

from datetime import date
from pathlib import Path

import streamlit as st

from sanctuary_maps.datapackage import package_zip
from sanctuary_maps.report import coverage_summary, evidence_counts, region_era_table
from sanctuary_maps.schema import TABLES, data_dictionary
from sanctuary_maps.text import HOW_TO_CITE, INCLUSION_CRITERIA, KNOWN_GAPS, LICENCE
from sanctuary_maps.ui import bundled_dataset_or_stop as dataset_or_stop
from sanctuary_maps.ui import data_dir

CHANGELOG = Path(__file__).resolve().parent.parent / "CHANGELOG.md"

st.title("About the data")
data = dataset_or_stop()
summary = coverage_summary(data)

cols = st.columns(4)
cols[0].metric("Cases", summary["cases"])
cols[1].metric("With 2+ sources", f"{summary['share_two_plus_sources']:.0%}")
cols[2].metric("Events", summary["events"], help="Legal milestones and incidents against missions")
cols[3].metric("Claims checked", summary["claims"])

st.download_button(
    "Download the whole dataset (Frictionless data package, zip)",
    lambda: package_zip(data_dir(), version=date.today().isoformat()),
    "sanctuary-maps-datapackage.zip", "application/zip", icon=":material/download:",
    help="datapackage.json with the schema, plus cases, sources, events and claims as CSV.")

st.header("What counts as a case")
st.markdown(INCLUSION_CRITERIA)

st.header("Coverage")
st.caption("Cases by World Bank region of the host state and era of the start date.")
st.dataframe(region_era_table(data.cases), width="stretch")
st.caption("Evidence level: documented = two or more independent sources agree.")
st.dataframe(evidence_counts(data.cases).rename("cases"), width="content")

st.header("Known gaps")
st.markdown(KNOWN_GAPS)

st.header("Data dictionary")
st.caption("Generated from the schema the validator uses, so it always matches what is checked.")
for table in TABLES:
    st.subheader(table)
    st.dataframe(data_dictionary(table), hide_index=True, width="stretch")

st.header("How to cite")
st.markdown(HOW_TO_CITE)
st.header("Licence")
st.markdown(LICENCE)
st.header("Changelog")
st.markdown(CHANGELOG.read_text(encoding="utf-8").split("\n", 1)[1] if CHANGELOG.exists() else "")
