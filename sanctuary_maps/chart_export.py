"""PNG and SVG files of Altair charts, rendered on the server with vl-convert.

vl-convert bundles Vega and a JavaScript engine, so exporting needs neither a
browser nor the internet; the pages call these only when a download button is
clicked, so an unexported chart costs nothing.
"""

from __future__ import annotations

import altair as alt
import vl_convert as vlc

EXPORT_WIDTH = 800
CREDIT = "Sanctuary Maps — data CC BY 4.0"


def _spec(chart: alt.TopLevelMixin, title: str, subtitle: str) -> dict:
    """The chart as a stand-alone figure: fixed width, title, n and credit (it leaves the page)."""
    titled = chart.properties(width=EXPORT_WIDTH, title=alt.TitleParams(
        title, subtitle=[subtitle, CREDIT], anchor="start", subtitleColor="#555"))
    return titled.to_dict()


def to_svg(chart: alt.TopLevelMixin, title: str, subtitle: str = "") -> bytes:
    return vlc.vegalite_to_svg(_spec(chart, title, subtitle)).encode()


def to_png(chart: alt.TopLevelMixin, title: str, subtitle: str = "", scale: float = 2) -> bytes:
    return vlc.vegalite_to_png(_spec(chart, title, subtitle), scale=scale)
