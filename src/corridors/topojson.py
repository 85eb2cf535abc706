"""TopoJSON to GeoJSON: the shared arcs of a topology turned back into plain features.

The basemap's sources (Natural Earth as TopoJSON, see :mod:`corridors.basemap`) store each border
once, as an arc that neighbouring polygons share; :func:`arcs` decodes them (quantised, delta-encoded
or plain), so they can be simplified once per border and both neighbours keep the same line, and
:func:`features` assembles an object's geometries from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Point = list[float]
Arc = list[Point]


def arcs(topology: dict[str, Any]) -> list[Arc]:
    """Every arc of ``topology`` as lon/lat points (the ``transform``, if any, undone)."""
    transform = topology.get("transform")
    if not transform:
        return [[[float(x), float(y)] for x, y, *_ in arc] for arc in topology["arcs"]]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    out = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy, *_ in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        out.append(points)
    return out


def _line(indices: Sequence[int], decoded: Sequence[Arc]) -> Arc:
    """Arcs joined end to start; a negative index ``~i`` is arc ``i`` reversed (its first point is shared)."""
    points: Arc = []
    for index in indices:
        arc = decoded[index] if index >= 0 else decoded[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _position(point: Sequence[float], topology: dict[str, Any]) -> Point:
    transform = topology.get("transform")
    if not transform:
        return [float(point[0]), float(point[1])]
    (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
    return [point[0] * sx + tx, point[1] * sy + ty]


def geometry(obj: dict[str, Any], decoded: Sequence[Arc], topology: dict[str, Any]) -> dict[str, Any] | None:
    """The GeoJSON geometry of one TopoJSON geometry object (None for a null geometry)."""
    kind = obj.get("type")

    def line(indices: Sequence[int]) -> Arc:
        return _line(indices, decoded)

    if kind == "Polygon":
        return {"type": kind, "coordinates": [line(ring) for ring in obj["arcs"]]}
    if kind == "MultiPolygon":
        return {"type": kind, "coordinates": [[line(ring) for ring in polygon] for polygon in obj["arcs"]]}
    if kind == "LineString":
        return {"type": kind, "coordinates": line(obj["arcs"])}
    if kind == "MultiLineString":
        return {"type": kind, "coordinates": [line(part) for part in obj["arcs"]]}
    if kind == "Point":
        return {"type": kind, "coordinates": _position(obj["coordinates"], topology)}
    if kind == "MultiPoint":
        return {"type": kind, "coordinates": [_position(p, topology) for p in obj["coordinates"]]}
    return None


def features(topology: dict[str, Any], name: str, decoded: Sequence[Arc] | None = None) -> list[dict[str, Any]]:
    """The features of object ``name``: each geometry with its ``id`` and ``properties``.

    ``decoded`` are the topology's arcs, already decoded (and perhaps simplified) by the caller.
    """
    decoded = arcs(topology) if decoded is None else decoded
    obj = topology["objects"][name]
    members = obj["geometries"] if obj.get("type") == "GeometryCollection" else [obj]
    out = []
    for member in members:
        feature: dict[str, Any] = {
            "type": "Feature",
            "properties": dict(member.get("properties") or {}),
            "geometry": geometry(member, decoded, topology),
        }
        if "id" in member:
            feature["id"] = member["id"]
        out.append(feature)
    return out
