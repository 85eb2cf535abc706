"""corridors.geojson: a FeatureCollection; properties follow the schema, geometries are lines or points."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import shapely
from pydantic import ValidationError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from corridors.schema import Corridor
from corridors.validate.problems import CORRIDORS, Problem, Report
from corridors.validate.readers import model_problems, read_json


def _shape(geometry: Any) -> BaseGeometry:
    """A GeoJSON geometry as shapely, lines built from coordinate arrays (much faster than ``shape``)."""
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coords = geometry.get("coordinates") if kind else None
    if kind == "LineString":
        return shapely.linestrings(np.asarray(coords, dtype=float))
    if kind == "MultiLineString":
        if not isinstance(coords, list):
            raise ValueError("coordinates must be a list of lines")
        return shapely.multilinestrings([shapely.linestrings(np.asarray(c, dtype=float)) for c in coords])
    return shape(geometry)


def _check_geometry(geometry: Any, record: str, problems: list[Problem]) -> BaseGeometry | None:
    try:
        geom = _shape(geometry)
    except Exception as exc:  # shapely raises several types for malformed GeoJSON
        problems.append(Problem(CORRIDORS, record, "geometry", f"not a valid GeoJSON geometry ({exc})"))
        return None
    if geom.geom_type not in ("LineString", "MultiLineString", "Point"):
        problems.append(Problem(CORRIDORS, record, "geometry", f"{geom.geom_type} is not a line or point"))
        return None
    if geom.is_empty or not geom.is_valid:
        reason = "empty" if geom.is_empty else explain_validity(geom)
        problems.append(Problem(CORRIDORS, record, "geometry", f"invalid geometry: {reason}"))
        return None
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        problems.append(Problem(CORRIDORS, record, "geometry", "coordinates out of range (lon -180..180, lat -90..90)"))
        return None
    return geom


def read_corridors(root: Path, report: Report) -> None:
    data = read_json(root / CORRIDORS, report.problems)
    if data is None:
        return
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        report.problems.append(Problem(CORRIDORS, "-", "type", "must be a GeoJSON FeatureCollection"))
        return
    features = data.get("features")
    if not isinstance(features, list):
        report.problems.append(Problem(CORRIDORS, "-", "features", "must be a list of features"))
        return
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            report.problems.append(Problem(CORRIDORS, f"feature {number}", "properties", "missing"))
            continue
        record = f"feature {number} ({feature['properties'].get('id', '?')})"
        try:
            props = Corridor.model_validate(feature["properties"])
        except ValidationError as exc:
            report.problems.extend(model_problems(CORRIDORS, record, exc))
            continue
        geometry = _check_geometry(feature.get("geometry"), record, report.problems)
        if geometry is not None:
            report.corridors.append((props, geometry))
