"""Your own data: upload a CSV in the cases.csv schema and explore it with every page (this session only)."""

import hashlib

import streamlit as st

from sanctuary_maps.exports import to_safe_csv
from sanctuary_maps.schema import data_dictionary
from sanctuary_maps.ui import UPLOADED_KEY, bundled_dataset_or_stop
from sanctuary_maps.upload import MAX_UPLOAD_BYTES, check_upload, template_csv, uploaded_dataset

REPORT_KEY = "_upload_report"  # (file digest, report): checked once per file, not on every rerun

bundled = bundled_dataset_or_stop()
st.title("Explore your own data")
st.markdown(
    "Upload a CSV file with the columns of `cases.csv` to see your cases on the map, the timeline and "
    "the patterns, with all the filters. The file stays in **this browser session only**: nothing is "
    "stored and the bundled dataset is not changed. Every problem is listed by row, column and reason; "
    "rows with errors are set aside and you choose whether to explore the rest.")
st.download_button("Download a template (header and two example rows)", template_csv(bundled),
                   "sanctuary-maps-template.csv", "text/csv", icon=":material/download:")
with st.expander("Columns and allowed values"):
    st.dataframe(data_dictionary("cases.csv"), hide_index=True, width="stretch")

upload = st.file_uploader(f"Cases CSV (UTF-8, up to {MAX_UPLOAD_BYTES // 2**20} MB)", type=["csv"],
                          key="upload_file")
if upload is None:
    st.stop()

data = upload.getvalue()
digest = hashlib.sha256(data).hexdigest()
cached = st.session_state.get(REPORT_KEY)
if cached is None or cached[0] != digest:
    with st.spinner("Checking every row…"):
        cached = (digest, check_upload(data, upload.name))
    st.session_state[REPORT_KEY] = cached
report = cached[1]

cols = st.columns(4)
cols[0].metric("Rows in the file", f"{report.rows:,}")
cols[1].metric("Valid rows", f"{report.valid_rows:,}")
cols[2].metric("Rows with errors", f"{report.bad_rows:,}")
cols[3].metric("Warnings", f"{len(report.warnings):,}")

if report.errors:
    st.error(f"{len(report.errors):,} problem(s) found. Each line gives the row (the header is row 1), "
             "the column and the reason.", icon=":material/error:")
if report.warnings:
    st.warning(f"{len(report.warnings):,} warning(s): these rows are kept, but check them.",
               icon=":material/warning:")
if report.errors or report.warnings:
    table = report.table()
    st.dataframe(table, hide_index=True, width="stretch", height=min(38 + 35 * len(table), 400))
    st.download_button("Download the problem report (CSV)", lambda: to_safe_csv(report.table()),
                       "upload-problems.csv", "text/csv")

if report.valid_rows:
    label = (f"Explore all {report.valid_rows:,} cases" if not report.errors else
             f"Explore the {report.valid_rows:,} valid rows (skip {report.bad_rows:,} with errors)")
    if st.button(label, type="primary", icon=":material/map:", key="upload_explore"):
        st.session_state[UPLOADED_KEY] = (upload.name, uploaded_dataset(report, bundled))
        st.session_state.pop("case", None)
        st.switch_page("views/map.py")
else:
    st.info("No row can be explored yet: fix the problems above and upload the file again.")
