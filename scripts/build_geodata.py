"""Build data/geo/countries.geojson from Natural Earth (via the npm package world-atlas).

Run once by a maintainer; the result is committed so that nothing is fetched at
run time. Input: countries-50m.json from world-atlas 2.0.2 (Natural Earth 4.1.0
admin-0 at 1:50m, public domain), obtained with ``npm pack world-atlas@2.0.2``.

Usage: python scripts/build_geodata.py path/to/countries-50m.json
"""

from __future__ import annotations

import sys
from pathlib import Path

import geopandas as gpd
import numpy as np
import pycountry
import shapely
import shapely.affinity
from shapely.geometry import box

ROOT = Path(__file__).resolve().parent.parent

# Natural Earth polygons without an ISO numeric id, folded into the state whose
# code the dataset uses for them (de facto entities are shown as part of the
# internationally recognised state; Kosovo keeps its own user-assigned code).
UNCODED = {"Somaliland": "SOM", "N. Cyprus": "CYP", "Kosovo": "XKX",
           "Siachen Glacier": "IND", "Indian Ocean Ter.": "AUS"}
# (file name, simplification tolerance in degrees, decimals kept): a detailed
# file for the location check, never sent to a browser, and a light one for the map.
# The map file sits in static/ so Streamlit serves it as a file the browser caches,
# instead of inlining it into every map update.
OUTPUTS = (("data/geo/countries_detailed.geojson", 0.01, 3), ("static/countries_map.geojson", 0.1, 2))


def alpha3(numeric: str | None, name: str) -> str | None:
    if name in UNCODED:
        return UNCODED[name]
    found = pycountry.countries.get(numeric=str(numeric).zfill(3)) if numeric else None
    return found.alpha_3 if found else None


def split_at_antimeridian(geom: shapely.Geometry) -> shapely.Geometry:
    """Cut parts that wrap around the globe (Chukotka, Fiji) at 180° so no polygon spans the map."""
    parts = []
    for part in getattr(geom, "geoms", [geom]):
        minx, _, maxx, _ = part.bounds
        if maxx - minx <= 180:
            parts.append(part)
            continue
        shifted = shapely.transform(part, lambda xy: np.where(xy[:, :1] < 0, xy + np.array([360, 0]), xy))
        shifted = shapely.make_valid(shifted)
        east = shifted.intersection(box(0, -90, 180, 90))
        west = shapely.affinity.translate(shifted.intersection(box(180, -90, 540, 90)), xoff=-360)
        parts += [g for g in (east, west) if not g.is_empty]
    return shapely.union_all(parts)


def build(src: Path, tolerance: float) -> gpd.GeoDataFrame:
    raw = gpd.read_file(src, layer="countries").set_crs(4326)
    raw["iso_a3"] = [alpha3(i, n) for i, n in zip(raw["id"], raw["name"])]
    raw = raw.dropna(subset=["iso_a3"])
    # Split rings that jump across 180° first: make_valid would turn them into slivers.
    raw["geometry"] = raw.geometry.map(split_at_antimeridian).make_valid()
    merged = raw.dissolve(by="iso_a3", as_index=False, aggfunc={"name": "first"})
    merged["name"] = [
        pycountry.countries.get(alpha_3=c).name if pycountry.countries.get(alpha_3=c) else n
        for c, n in zip(merged["iso_a3"], merged["name"])
    ]
    merged["geometry"] = merged.geometry.simplify(tolerance, preserve_topology=True).make_valid()
    merged["geometry"] = merged.geometry.map(split_at_antimeridian)
    return merged[["iso_a3", "name", "geometry"]].sort_values("iso_a3")


if __name__ == "__main__":
    for name, tolerance, decimals in OUTPUTS:
        out = build(Path(sys.argv[1]), tolerance)
        if name.startswith("static/"):
            out = out[out["iso_a3"] != "ATA"]  # no missions; it would only stretch the map
        path = ROOT / name
        path.parent.mkdir(parents=True, exist_ok=True)
        out.to_file(path, driver="GeoJSON", COORDINATE_PRECISION=decimals, RFC7946="YES")
        print(f"{name}: {len(out)} countries, {path.stat().st_size / 1024:.0f} KB")
