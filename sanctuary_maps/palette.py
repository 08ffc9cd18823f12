"""Colour-blind-safe palettes (Okabe & Ito 2008; Paul Tol's muted scheme).

RGB triples for pydeck; hex strings for Altair and legends. Categories beyond a
palette's length reuse it, which is acceptable because the vocabularies are short.
"""

from __future__ import annotations

OKABE_ITO: tuple[str, ...] = (
    "#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000",
)
TOL_MUTED: tuple[str, ...] = (
    "#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933",
    "#AA4499", "#DDDDDD",
)
# Sequential single-hue blues for country shading (ColorBrewer Blues, 5 classes).
BLUES: tuple[str, ...] = ("#eff3ff", "#bdd7e7", "#6baed6", "#3182bd", "#08519c")


def hex_to_rgb(color: str) -> list[int]:
    color = color.lstrip("#")
    return [int(color[i:i + 2], 16) for i in (0, 2, 4)]


def categorical(values: list[str]) -> dict[str, str]:
    """Stable colour for each category, in the order given."""
    palette = OKABE_ITO if len(values) <= len(OKABE_ITO) else TOL_MUTED
    return {v: palette[i % len(palette)] for i, v in enumerate(values)}
