"""Offline basemap: Natural Earth country polygons clipped to the region and simplified.

The bundled ``geodata/countries.geojson`` is made by :func:`build_countries` from the copy of
Natural Earth (public domain) that ships inside the pyogrio wheel, so no tile server is needed.
"""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
from shapely.geometry import box

from corridors import atomic
from corridors.i18n import N_

#: lon/lat box the basemap covers: Italy to China, the Arabian Sea to Moscow.
REGION = (-10.0, 0.0, 125.0, 65.0)
ATTRIBUTION = N_("Country borders: Natural Earth (public domain)")
SIMPLIFY_DEGREES = 0.05


def natural_earth_path() -> Path:
    """Location of the Natural Earth low-resolution countries file inside pyogrio."""
    import pyogrio

    return Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres" / "naturalearth_lowres.shp"


def build_countries(source: Path, out: Path) -> int:
    """Write the clipped, simplified country polygons as GeoJSON; return the feature count."""
    world = gpd.read_file(source).to_crs("EPSG:4326")
    clipped = world.clip(box(*REGION))
    clipped = clipped[~clipped.geometry.is_empty]
    clipped["geometry"] = clipped.geometry.simplify(SIMPLIFY_DEGREES, preserve_topology=True)
    features = [
        {
            "type": "Feature",
            "properties": {"name": row["name"], "iso_a3": row["iso_a3"]},
            "geometry": json.loads(gpd.GeoSeries([row.geometry]).to_json())["features"][0]["geometry"],
        }
        for _, row in clipped.sort_values("name").iterrows()
    ]
    text = json.dumps(
        {"type": "FeatureCollection", "attribution": ATTRIBUTION, "features": features},
        separators=(",", ":"),
    )
    # coordinates rounded to ~100 m keep the file small and diffs readable
    data = json.loads(text, parse_float=lambda v: round(float(v), 3))
    lines = json.dumps(data, separators=(",", ":"), ensure_ascii=False).replace(
        '{"type":"Feature"', '\n{"type":"Feature"'
    )
    atomic.write(out, lines + "\n")
    return len(features)
