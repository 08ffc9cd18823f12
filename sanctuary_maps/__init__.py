"""Sanctuary Maps: an atlas of people who took refuge in foreign diplomatic missions.

All logic lives in this package; the Streamlit pages only wire widgets to it.
"""

__version__ = "0.1.0"
