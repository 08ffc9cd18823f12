"""Offline country polygons (Natural Earth, shipped in data/geo/) and location checks."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from .countries import territory_codes

GEO_DIR = Path(__file__).resolve().parent.parent / "data" / "geo"
DETAILED = GEO_DIR / "countries_detailed.geojson"
MAP_LAYER = GEO_DIR / "countries_map.geojson"
KM_PER_DEGREE = 111.32
# Coastlines are simplified and missions sit in capitals near coasts and borders,
# so a point may fall a little outside its polygon without being wrong.
TOLERANCE_KM = 25.0


@lru_cache(maxsize=2)
def load_countries(path: Path = DETAILED) -> gpd.GeoDataFrame:
    return gpd.read_file(path).set_index("iso_a3", drop=False)


@lru_cache(maxsize=512)
def territory(code: str) -> shapely.Geometry | None:
    """Union of the polygons of the current states covering ``code``'s territory."""
    countries = load_countries()
    parts = [countries.geometry[c] for c in territory_codes(code) if c in countries.index]
    return shapely.union_all(parts) if parts else None


def km_outside(code: str, lats: np.ndarray, lons: np.ndarray) -> np.ndarray | None:
    """Approximate distance in km from each point to the territory of ``code`` (0 inside).

    Returns None when no polygon exists for the code. The degree distance is
    scaled by the cosine of the latitude: accurate enough for a 25 km tolerance.
    """
    shape = territory(code)
    if shape is None:
        return None
    points = shapely.points(lons, lats)
    degrees = shapely.distance(shape, points)
    return degrees * KM_PER_DEGREE * np.maximum(np.cos(np.radians(lats)), 0.2)
