"""Sanctuary Maps: entry point. Page scripts live in views/; all logic in sanctuary_maps/.

The folder is not called pages/: Streamlit 1.67 treats a top-level pages/ folder as
its legacy multipage app and then ignores this navigation and the wide layout
(measured: file-name menu and centred layout in every new session).
"""

import streamlit as st

from sanctuary_maps import presentation
from sanctuary_maps.sidebar import keep_page_widgets

st.set_page_config(page_title="Sanctuary Maps", page_icon="🏛️", layout="wide")

PAGES = [
    st.Page("views/map.py", title="Map", icon=":material/map:", url_path="map", default=True),
    st.Page("views/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("views/stories.py", title="Stories", icon=":material/co_present:", url_path="stories"),
    st.Page("views/claims.py", title="Record vs. claim", icon=":material/fact_check:", url_path="claims"),
    st.Page("views/patterns.py", title="Patterns", icon=":material/insights:", url_path="patterns"),
    st.Page("views/upload.py", title="Your data", icon=":material/upload_file:", url_path="upload"),
    st.Page("views/about.py", title="About the data", icon=":material/menu_book:", url_path="about"),
]
page = st.navigation(PAGES)
keep_page_widgets()
presentation.apply(show_exit=page.url_path != "stories")
page.run()
