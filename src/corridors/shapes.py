"""Shapes drawn as plain paths, so every map layer needs one program only: dashes cut from a line and
a trade arc as a curve.

deck.gl's PathStyleExtension and ArcLayer each cost the browser a shader program of their own, which
in software WebGL (headless browsers, many briefing-room virtual desktops) is a second or more of
first paint; a dash or an arc drawn as an ordinary path costs nothing extra. Both are cut in web-Mercator
pixels at the camera's zoom, so dashes are even along the line and arcs bend the same way on every
renderer (browser, PNG, offline HTML).
"""

from __future__ import annotations

import math

from corridors.mercator import lonlat, pixel

Path = list[list[float]]

#: Dash and gap of a planned corridor at the camera's zoom, in pixels.
DASH_PX = 9.0
GAP_PX = 6.0
#: How far an arc bows out from the straight line, as a share of its length.
BEND = 0.25
ARC_STEPS = 24


def _point(x: float, y: float, zoom: float = 0) -> list[float]:
    lon, lat = lonlat(x, y, zoom)
    return [round(lon, 3), round(lat, 3)]  # ~100 m, as the corridors' own paths


def dashes(path: Path, zoom: float, dash: float = DASH_PX, gap: float = GAP_PX) -> list[Path]:
    """``path`` cut into dashes ``dash`` pixels long with ``gap`` pixels between them at ``zoom``."""
    if len(path) < 2:
        return []
    points = [pixel(lon, lat, zoom) for lon, lat in path]
    pieces: list[Path] = []
    current: Path = [[float(path[0][0]), float(path[0][1])]]
    drawing, left = True, dash
    for (x0, y0), (x1, y1), end in zip(points, points[1:], path[1:], strict=False):
        length = math.hypot(x1 - x0, y1 - y0)
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = _point(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t, zoom)
            if drawing:
                current.append(point)
                pieces.append(current)
            else:
                current = [point]
            drawing = not drawing
            left = dash if drawing else gap
        left -= length - done
        if drawing:
            current.append([float(end[0]), float(end[1])])
    if drawing and len(current) > 1:
        pieces.append(current)
    return pieces


def arc(source: list[float], target: list[float], bend: float = BEND, steps: int = ARC_STEPS) -> Path:
    """A curve from ``source`` to ``target`` (lon, lat) bowing ``bend`` of its length to the north side,
    as a quadratic Bézier in web-Mercator, so arcs between the same places always bend the same way.
    """
    (x0, y0), (x1, y1) = pixel(source[0], source[1], 0), pixel(target[0], target[1], 0)
    dx, dy = x1 - x0, y1 - y0
    nx, ny = dy, -dx  # perpendicular; pixel y grows southwards, so north is negative y
    if ny > 0:
        nx, ny = -nx, -ny
    cx, cy = (x0 + x1) / 2 + nx * bend * 2, (y0 + y1) / 2 + ny * bend * 2
    out = []
    for step in range(steps + 1):
        t = step / steps
        a, b, c = (1 - t) ** 2, 2 * (1 - t) * t, t**2
        out.append(_point(a * x0 + b * cx + c * x1, a * y0 + b * cy + c * y1))
    return out
