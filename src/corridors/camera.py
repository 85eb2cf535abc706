"""The camera of a map: where it looks and how close, and a camera that frames a box."""

from __future__ import annotations

import math
from dataclasses import dataclass

from corridors.mercator import lonlat, pixel


@dataclass(frozen=True)
class View:
    latitude: float = 36.0
    longitude: float = 52.0
    zoom: float = 3.4
    pitch: float = 0.0
    bearing: float = 0.0


#: Frames Türkiye, Azerbaijan and Pakistan with the Caucasus corridors in between.
HOME = View()


def fit_view(bounds: tuple[float, float, float, float], width: int = 900, height: int = 420) -> View:
    """Camera that shows a lon/lat box with a margin, for a map of ``width`` × ``height`` pixels."""
    west, south, east, north = bounds
    x0, y1 = pixel(west, south, 0)
    x1, y0 = pixel(east, north, 0)
    span_x, span_y = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    zoom = math.log2(min(width * 0.8 / span_x, height * 0.8 / span_y))
    zoom = max(1.0, min(zoom, 9.0))
    lon, lat = lonlat((x0 + x1) / 2, (y0 + y1) / 2)
    return View(latitude=round(lat, 4), longitude=round(lon, 4), zoom=round(zoom, 2))
