"""Web-Mercator maths in deck.gl's pixel space (512-pixel world at zoom 0)."""

from __future__ import annotations

import math

#: deck.gl's web-mercator tile size.
TILE = 512


def pixel(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Pixel position of a lon/lat point at ``zoom`` (x east, y south)."""
    scale = TILE * 2**zoom / (2 * math.pi)
    x = scale * (math.radians(lon) + math.pi)
    y = scale * (math.pi - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
    return x, y


def lonlat(x: float, y: float, zoom: float = 0) -> tuple[float, float]:
    """Inverse of :func:`pixel`."""
    scale = TILE * 2**zoom / (2 * math.pi)
    lon = math.degrees(x / scale - math.pi)
    lat = math.degrees(2 * math.atan(math.exp(math.pi - y / scale)) - math.pi / 2)
    return lon, lat
