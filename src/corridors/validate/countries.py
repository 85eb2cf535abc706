"""The offline basemap (countries.geojson): every country a named polygon, so the map can draw and label it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shapely.geometry import shape

from corridors.validate.problems import COUNTRIES, Problem
from corridors.validate.readers import read_json


def country_problem(feature: Any) -> tuple[str, str] | None:
    """What is wrong with one country feature as (field, message), or None."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    if not isinstance(props, dict) or not all(isinstance(props.get(k), str) for k in ("name", "iso_a3")):
        return "properties", "needs text fields name and iso_a3"
    try:
        geom = shape(feature.get("geometry"))
    except Exception as exc:  # shapely raises several types for malformed GeoJSON
        return "geometry", f"not a valid GeoJSON geometry ({exc})"
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        return "geometry", f"{geom.geom_type} is not a country polygon"
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return "geometry", "coordinates out of range (lon -180..180, lat -90..90)"
    return None


def read_countries(root: Path, problems: list[Problem]) -> dict[str, Any] | None:
    """The basemap as GeoJSON, or None with a problem for every country the map could not draw."""
    countries = read_json(root / COUNTRIES, problems)
    if countries is None:
        return None
    if not isinstance(countries, dict) or not isinstance(countries.get("features"), list):
        problems.append(Problem(COUNTRIES, "-", "features", "must be a GeoJSON FeatureCollection"))
        return None
    bad = [(n, found) for n, f in enumerate(countries["features"], start=1) if (found := country_problem(f))]
    for number, (where, message) in bad:
        problems.append(Problem(COUNTRIES, f"feature {number}", where, message))
    return None if bad else countries
