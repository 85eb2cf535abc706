"""Land borders: where two countries of the basemap meet, each border once, as line segments.

The maps fill the country polygons and draw only these borders as lines: coasts and lake shores need
none (the sea's colour draws them). In software WebGL (headless Chromium, many briefing-room virtual
desktops) stroking every polygon as paths (~24,000 vertices: every coast, each border twice) was the
dearest part of the Atlas's first paint; these ~6,000 segments in deck.gl's plain LineLayer cost a
fraction of it, on every frame.
"""

from __future__ import annotations

from typing import Any

import shapely
from shapely.geometry import shape
from shapely.ops import linemerge

from corridors.memo import per_object

Line = list[list[float]]


def land_borders(countries: dict[str, Any]) -> list[Line]:
    """The lines where two countries of a GeoJSON collection meet, each once, joined where they continue."""
    shapes = [shape(f["geometry"]) for f in countries.get("features", []) if _is_area(f)]
    tree = shapely.STRtree(shapes)
    meetings = [
        one.boundary.intersection(shapes[j].boundary) for i, one in enumerate(shapes) for j in tree.query(one) if j > i
    ]
    parts = shapely.get_parts(shapely.get_parts(meetings))  # collections, then multi-lines, into their parts
    shared = [part for part in parts if part.geom_type == "LineString" and not part.is_empty]
    if not shared:
        return []
    merged = linemerge(shared)
    return [[[round(x, 3), round(y, 3)] for x, y in line.coords] for line in shapely.get_parts(merged)]


def _is_area(feature: dict[str, Any]) -> bool:
    return (feature.get("geometry") or {}).get("type") in ("Polygon", "MultiPolygon")


def segments(lines: list[Line]) -> list[dict[str, list[float]]]:
    """The lines as segments from ``s`` to ``t``: the records of deck.gl's LineLayer."""
    return [{"s": line[i], "t": line[i + 1]} for line in lines for i in range(len(line) - 1)]


#: :func:`land_borders` of a dataset's countries, computed once per loaded dataset.
of = per_object(land_borders)
