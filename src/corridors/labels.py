"""Where names go on the map: country names, and venue labels placed clear of each other and of every dot."""

from __future__ import annotations

from typing import Any

from corridors.catalog import FOCUS_COUNTRIES
from corridors.i18n import ENGLISH, Translator
from corridors.mercator import pixel

Box = tuple[float, float, float, float]

#: Current short names where Natural Earth's copy is older (English; translations give their own).
NAME_OVERRIDES = {"TUR": "Türkiye"}
#: Label size the placement assumes: width of a character and height of a line, in pixels.
CHAR_PX = 7.5
LINE_PX = 16.0


def country_labels(
    countries: dict[str, Any], focus: tuple[str, ...] = FOCUS_COUNTRIES, tr: Translator = ENGLISH
) -> list[dict]:
    """Names of the ``focus`` countries and the larger neighbours (in the countries' language, see ``localize``)."""
    from shapely.geometry import shape

    out = []
    for feature in countries.get("features", []):
        geom = shape(feature["geometry"])
        if geom.area < 12 and feature["properties"]["iso_a3"] not in focus:
            continue
        point = geom.representative_point()
        iso = feature["properties"]["iso_a3"]
        name = feature["properties"]["name"]
        if tr.lang == ENGLISH.lang:
            name = NAME_OVERRIDES.get(iso, name)
        highlighted = iso in focus
        out.append(
            {
                "name": tr.upper(name) if highlighted else name,
                "position": [round(point.x, 2), round(point.y, 2)],
                "color": [90, 70, 20, 220] if highlighted else [120, 120, 120, 200],
                "size": 13 if highlighted else 11,
            }
        )
    return out


def _placements(clearance: float, line_px: float) -> tuple[tuple[str, tuple[float, float]], ...]:
    """Label spots tried in order, clear of a dot of radius ``clearance``: right, left, above, below."""
    above = clearance + line_px / 2
    return (("start", (clearance, 0)), ("end", (-clearance, 0)), ("middle", (0, -above)), ("middle", (0, above)))


def overlaps(a: Box, b: Box) -> bool:
    """True if two pixel boxes (left, top, right, bottom) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_box(venue: dict, zoom: float, char_px: float = CHAR_PX, line_px: float = LINE_PX) -> Box:
    """Pixel box a placed label (``anchor``, ``offset``) covers at ``zoom``."""
    lon, lat = venue["position"]
    x, y = pixel(lon, lat, zoom)
    width = char_px * len(venue["label"])
    dx, dy = venue["offset"]
    left = {"start": x + dx, "end": x + dx - width, "middle": x - width / 2}[venue["anchor"]]
    return (left, y + dy - line_px / 2, left + width, y + dy + line_px / 2)


def dot_box(venue: dict, zoom: float) -> Box:
    """Pixel box of a venue's dot at ``zoom``."""
    lon, lat = venue["position"]
    x, y = pixel(lon, lat, zoom)
    r = venue["radius"]
    return (x - r, y - r, x + r, y + r)


def declutter(venues: list[dict], zoom: float, char_px: float = CHAR_PX, line_px: float = LINE_PX) -> list[dict]:
    """Labels placed at ``zoom`` so none overlaps another label or any dot: busiest places first, each in
    the first free spot beside its dot. A place whose label fits nowhere keeps its dot and tooltip.
    """
    dots = [dot_box(venue, zoom) for venue in venues]
    placed: list[Box] = []
    out = []
    for venue in sorted(venues, key=lambda v: (-v["count"], v["place"])):
        if not venue["label"]:  # another place in the same town carries the town's label
            continue
        for anchor, (dx, dy) in _placements(venue["radius"] + 3, line_px):
            candidate = {**venue, "anchor": anchor, "offset": [round(dx, 1), round(dy, 1)]}
            box = label_box({**venue, "anchor": anchor, "offset": [dx, dy]}, zoom, char_px, line_px)
            if not any(overlaps(box, other) for other in placed + dots):
                placed.append(box)
                out.append(candidate)
                break
    return out
