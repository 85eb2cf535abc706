"""Where names go on the map: country names and venue labels, clear of each other, of every dot and of the
map's edge.

Labels are placed in pixels for the camera's zoom in a :class:`Frame`: the maps a page draws, from the
narrowest window it supports to the widest, all centred on the camera. A label is kept only if it is whole
on the narrowest, so no map edge ever cuts one on any window at least that wide (a wider map shows more
around it, unlabelled).
The focus countries are named first (at the free spot inside them nearest their centre, else off their
coast, else just beside them), keeping clear of the spots the busiest places' labels want; then places
are labelled from the busiest down (beside their dot, on the side facing the centre first), then the
larger neighbours are named. A name that fits nowhere is left out, and its place keeps its dot and tooltip.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache
from itertools import groupby
from typing import Any

from corridors import fonts
from corridors.camera import HOME, View
from corridors.catalog import FOCUS_COUNTRIES
from corridors.i18n import ENGLISH, Translator
from corridors.memo import per_object
from corridors.mercator import TILE, lonlat, pixel
from corridors.shaping import has_arabic, visual

Box = tuple[float, float, float, float]  # left, top, right, bottom in pixels

#: Current short names where Natural Earth's copy is older (English; translations give their own).
NAME_OVERRIDES = {"TUR": "Türkiye"}
#: Names in capitals as their country writes them (English would drop the dot of Türkiye's İ).
CAPITALS = {"TUR": "TÜRKİYE"}
#: Font sizes (pixels): venue labels, focus countries, other countries.
VENUE_SIZE = 13
FOCUS_SIZE = 13
COUNTRY_SIZE = 11
FOCUS_COLOR = [90, 70, 20, 230]
COUNTRY_COLOR = [110, 110, 110, 210]
VENUE_COLOR = [20, 20, 20, 255]
#: The white halo drawn around every label (pixels), counted in its box.
HALO = 2.0
#: Countries smaller than this (square degrees) are named only if they are focus countries.
MIN_NAMED_AREA = 12.0
#: Venue labels longer than this many characters are shortened with an ellipsis.
MAX_LABEL_CHARS = 24
#: Places with at least this many events are labelled before the focus countries' names are placed.
MAJOR_EVENTS = 5
#: Labels stay this far inside the map's edge (pixels).
EDGE = 4.0


@dataclass(frozen=True)
class Frame:
    """The camera and the maps it is shown on: one height and the widths (pixels) of the narrowest and
    widest windows the page supports. Every map keeps the camera's centre in its middle, so what is whole
    on the narrowest map is whole on every wider one.
    """

    view: View = HOME
    widths: tuple[float, ...] = (640.0,)
    height: float = 640.0

    @property
    def centre(self) -> tuple[float, float]:
        return pixel(self.view.longitude, self.view.latitude, self.view.zoom)

    def box(self, margin: float = 0.0, width: float | None = None) -> Box:
        """The map's pixel box at ``width`` (default: the narrowest), ``margin`` inside its edge."""
        cx, cy = self.centre
        half_w, half_h = (width or min(self.widths)) / 2 - margin, self.height / 2 - margin
        return (cx - half_w, cy - half_h, cx + half_w, cy + half_h)

    def shows(self, group: Box) -> bool:
        """True if ``group`` (a label, with its dot) is whole on every map: inside the narrowest one."""
        return inside(group, self.box(EDGE))


@lru_cache(maxsize=2)
def _font(arabic: bool = False) -> Any:
    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    if arabic:
        return FT2Font(str(fonts.path(700)))
    return FT2Font(font_manager.findfont(font_manager.FontProperties(family="DejaVu Sans", weight="bold")))


#: The fonts are shared by every session's script thread, and FreeType's state is not thread-safe: two
#: measurements at once corrupted the server's memory (a crash under ten viewers, benchmarks/load.py).
_MEASURING = threading.Lock()


@lru_cache(maxsize=4096)
def text_width(text: str, size: float) -> float:
    """Width in pixels of ``text`` as the map draws it at ``size`` px: DejaVu Sans Bold (wider than Arial),
    or, for Arabic-script text, shaped (see :func:`corridors.shaping.visual`) in the bundled Naskh font.
    """
    with _MEASURING:
        if has_arabic(text):  # the browser draws what the Naskh font lacks (digits, brackets) in the next font
            naskh = _font(arabic=True)
            runs = groupby(visual(text), key=lambda ch: naskh.get_char_index(ord(ch)) != 0)
            width = sum(_width(naskh if found else _font(), "".join(chars), size) for found, chars in runs)
        else:
            width = _width(_font(), text, size)
    return width * 1.04 + 2 * HALO


def _width(font: Any, text: str, size: float) -> float:
    font.set_size(size, 72)
    font.set_text(text)
    return float(font.get_width_height()[0]) / 64


def short(text: str, limit: int = MAX_LABEL_CHARS) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1].rstrip(" ,(–-") + "…"


def overlaps(a: Box, b: Box) -> bool:
    """True if two pixel boxes (left, top, right, bottom) overlap."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def inside(a: Box, b: Box) -> bool:
    """True if box ``a`` lies wholly inside box ``b``."""
    return a[0] >= b[0] and a[1] >= b[1] and a[2] <= b[2] and a[3] <= b[3]


def label_box(label: dict, zoom: float) -> Box:
    """Pixel box a placed label (``text``, ``position``, ``size``, ``anchor``, ``offset``) covers at ``zoom``."""
    x, y = pixel(label["position"][0], label["position"][1], zoom)
    width = text_width(label["text"], label["size"])
    height = label["size"] + 2 * HALO
    dx, dy = label["offset"]
    left = {"start": x + dx - HALO, "end": x + dx - width + HALO, "middle": x + dx - width / 2}[label["anchor"]]
    return (left, y + dy - height / 2, left + width, y + dy + height / 2)


def covers_dot(box: Box, dot: dict, zoom: float) -> bool:
    """True if a pixel box touches a dot (``position``, ``radius``; its white rim included) at ``zoom``."""
    x, y = pixel(dot["position"][0], dot["position"][1], zoom)
    nearest_x, nearest_y = min(max(x, box[0]), box[2]), min(max(y, box[1]), box[3])
    return (nearest_x - x) ** 2 + (nearest_y - y) ** 2 < (dot["radius"] + 1.5) ** 2


def dot_box(dot: dict, zoom: float) -> Box:
    """Pixel box of a dot (``position``, ``radius`` in pixels, its white rim included) at ``zoom``."""
    x, y = pixel(dot["position"][0], dot["position"][1], zoom)
    r = dot["radius"] + 1.5
    return (x - r, y - r, x + r, y + r)


class _Board:
    """Boxes taken so far; a new label must show whole on the frame's maps and stay clear of all of them.
    Country names also keep clear of the boxes ``reserved`` for the busiest places' labels.
    """

    def __init__(self, frame: Frame, dots: list[dict]):
        self.frame = frame
        self.zoom = frame.view.zoom
        self.dots = dots
        self.taken: list[Box] = []
        self.reserved: list[Box] = []

    def fits(self, label: dict, dot: Box | None = None) -> Box | None:
        """The label's box if it may go where it is, else None."""
        box = label_box(label, self.zoom)
        group = (
            box if dot is None else (min(box[0], dot[0]), min(box[1], dot[1]), max(box[2], dot[2]), max(box[3], dot[3]))
        )
        if not self.frame.shows(group) or any(overlaps(box, other) for other in self.taken):
            return None
        if dot is None and any(overlaps(box, other) for other in self.reserved):
            return None
        if any(covers_dot(box, d, self.zoom) for d in self.dots):
            return None
        return box

    def take(self, label: dict, dot: Box | None = None) -> bool:
        box = self.fits(label, dot)
        if box is not None:
            self.taken.append(box)
        return box is not None


def _venue_spots(venue: dict, frame: Frame) -> list[tuple[str, list[float]]]:
    """Spots beside a dot: the side facing the map's centre first (so narrower maps keep the label), the
    other side, above, below, then the four corners, facing the centre first.
    """
    gap = _outer(venue) + 4
    above = gap + VENUE_SIZE / 2
    diagonal = gap * 0.71  # the label's near corner on the dot's 45° line
    corner_x, corner_y = diagonal + HALO, diagonal + VENUE_SIZE / 2 + HALO
    x, _ = pixel(venue["position"][0], venue["position"][1], frame.view.zoom)
    east = x <= frame.centre[0]
    inward, outward = ("start", 1.0) if east else ("end", -1.0), ("end", -1.0) if east else ("start", 1.0)
    spots = [(inward[0], [inward[1] * gap, 0.0]), (outward[0], [outward[1] * gap, 0.0])]
    spots += [("middle", [0.0, -above]), ("middle", [0.0, above])]
    for anchor, sign in (inward, outward):
        spots += [(anchor, [sign * corner_x, -corner_y]), (anchor, [sign * corner_x, corner_y])]
    return spots


def _outer(venue: dict) -> float:
    """Radius of a venue's dot with what is drawn round it (Play's ring), in pixels."""
    return float(venue.get("outer", venue["radius"]))


def _place_venues(venues: list[dict], board: _Board, frame: Frame, reserve: bool = False) -> list[dict]:
    """Labels of ``venues`` from the busiest down, each at its first free spot; with ``reserve``, only
    note those spots for the country names to keep clear of, and take none.
    """
    out = []
    for venue in sorted(venues, key=lambda v: (-v["count"], v["place"])):
        if not venue["label"]:  # another place in the same town carries the town's label
            continue
        text = short(venue["label"])
        for anchor, offset in _venue_spots(venue, frame):
            placed = {**venue, "text": text, "size": VENUE_SIZE, "anchor": anchor, "offset": offset}
            box = board.fits(placed, dot_box({**venue, "radius": _outer(venue)}, board.zoom))
            if box is not None:
                (board.reserved if reserve else board.taken).append(box)
                placed.pop("outer", None)
                out.append(placed)
                break
    return out


@dataclass(frozen=True)
class _Country:
    iso: str
    name: str
    area: float
    shape: Any  # shapely geometry, prepared
    anchor: tuple[float, float]  # lon, lat of its representative point


@per_object
def _countries(countries: dict[str, Any]) -> list[_Country]:
    """The countries of a basemap as shapes, computed once per loaded basemap."""
    import shapely
    from shapely.geometry import shape

    out = []
    for feature in countries.get("features", []):
        geom = shape(feature["geometry"])
        shapely.prepare(geom)
        point = geom.representative_point()
        iso = feature["properties"]["iso_a3"]
        out.append(_Country(iso, feature["properties"]["name"], geom.area, geom, (point.x, point.y)))
    return out


def _grid(frame: Frame, bounds: Box, around: tuple[float, float], step: float) -> tuple[Any, Any, Any, Any]:
    """Points ``step`` pixels apart over a lon/lat box (within the frame), nearest to ``around`` first:
    their pixel x, y and their longitudes and latitudes.
    """
    import numpy as np

    zoom = frame.view.zoom
    west, south, east, north = bounds
    x0, y1 = pixel(west, south, zoom)
    x1, y0 = pixel(east, north, zoom)
    fl, ft, fr, fb = frame.box(EDGE)
    xs, ys = np.meshgrid(np.arange(max(x0, fl), min(x1, fr), step), np.arange(max(y0, ft), min(y1, fb), step))
    xs, ys = xs.ravel(), ys.ravel()
    order = np.argsort((xs - around[0]) ** 2 + (ys - around[1]) ** 2)
    xs, ys = xs[order], ys[order]
    scale = TILE * 2**zoom / (2 * np.pi)  # web-Mercator pixels back to degrees, as mercator.lonlat
    lons = np.degrees(xs / scale - np.pi)
    lats = np.degrees(2 * np.arctan(np.exp(np.pi - ys / scale)) - np.pi / 2)
    return xs, ys, lons, lats


def _country_spots(
    country: _Country, frame: Frame, step: float, limit: int, sea_of: list[_Country] | None = None, width: float = 0
) -> list[tuple[float, float]]:
    """Where a country's name may go: its representative point, then up to ``limit`` points inside it and
    within the frame, nearest first, on a grid ``step`` pixels apart. With ``sea_of`` empty, points near it
    (within a few label heights), over land or water. With ``sea_of`` (every country),
    points off its coast instead, within a few label heights of it, where a label ``width`` pixels wide
    lies over water.
    """
    import shapely

    zoom = frame.view.zoom
    anchor = pixel(country.anchor[0], country.anchor[1], zoom)
    west, south, east, north = country.shape.bounds
    if sea_of is None:
        xs, ys, lons, lats = _grid(frame, (west, south, east, north), anchor, step)
        keep = shapely.contains_xy(country.shape, lons, lats)
        return [anchor] + [(float(x), float(y)) for x, y in zip(xs[keep][:limit], ys[keep][:limit], strict=True)]
    reach = 3 * step * 360 / (TILE * 2**zoom)  # degrees of longitude in three label heights
    box = (west - reach, south - reach, east + reach, north + reach)
    xs, ys, lons, lats = _grid(frame, box, anchor, step)
    half = width / 2 * 360 / (TILE * 2**zoom)  # half the label's width, in degrees of longitude
    keep = shapely.dwithin(country.shape, shapely.points(lons, lats), reach)
    for other in sea_of:  # the whole label over water: its middle and both ends
        ow, os_, oe, on = other.shape.bounds
        if ow <= box[2] + half and box[0] - half <= oe and os_ <= box[3] and box[1] <= on:
            for shift in (-half, 0.0, half):
                keep &= ~shapely.contains_xy(other.shape, lons + shift, lats)
    return [(float(x), float(y)) for x, y in zip(xs[keep][:limit], ys[keep][:limit], strict=True)]


def country_name(country: _Country, tr: Translator = ENGLISH) -> str:
    """The name shown: the basemap's (translated with the dataset), or in English its current short name."""
    return NAME_OVERRIDES.get(country.iso, country.name) if tr.lang == ENGLISH.lang else country.name


def _place_country(
    country: _Country,
    focus: bool,
    board: _Board,
    frame: Frame,
    sea_of: list[_Country] | None = None,
    reserved: bool = True,
    tr: Translator = ENGLISH,
) -> dict | None:
    """A country's name at its first free spot (see :func:`_country_spots`); with ``reserved`` False it may
    take a spot reserved for a busy place's label (which then goes to another side of its dot).
    """
    size = FOCUS_SIZE if focus else COUNTRY_SIZE
    text = country_name(country, tr)
    if focus:
        text = CAPITALS[country.iso] if tr.lang == ENGLISH.lang and country.iso in CAPITALS else tr.upper(text)
    step, limit = (size, 400) if focus else (2 * size, 40)
    spots = _country_spots(country, frame, step, limit, sea_of, text_width(text, size))
    saved, board.reserved = board.reserved, board.reserved if reserved else []
    try:
        for x, y in spots:
            lon, lat = lonlat(x, y, frame.view.zoom)
            label = {
                "text": text,
                "name": text,
                "position": [round(lon, 3), round(lat, 3)],
                "color": FOCUS_COLOR if focus else COUNTRY_COLOR,
                "size": size,
                "anchor": "middle",
                "offset": [0.0, 0.0],
            }
            if board.take(label):
                return label
        return None
    finally:
        board.reserved = saved


def place(
    countries: dict[str, Any],
    venues: list[dict],
    frame: Frame = Frame(),
    focus: tuple[str, ...] = FOCUS_COUNTRIES,
    dots: list[dict] | None = None,
    venue_labels: bool = True,
    tr: Translator = ENGLISH,
) -> tuple[list[dict], list[dict]]:
    """Country names and venue labels for ``frame``: none overlaps another, any dot (``venues`` and other
    ``dots``) or the frame's edge. Returns (country labels, venue labels); each label has ``text``,
    ``position``, ``size``, ``anchor`` and pixel ``offset``, venue labels the venue's fields too.
    """
    board = _Board(frame, [*venues, *(dots or [])])
    around = {tuple(d["position"]): d["radius"] for d in dots or []}  # a ring round a venue: its label goes outside
    venues = [{**v, "outer": max(v["radius"], around.get(tuple(v["position"]), 0))} for v in venues]
    every = _countries(countries)
    shapes = [c for c in every if c.iso in focus or c.area >= MIN_NAMED_AREA]
    leading = [c for c in shapes if c.iso in focus]
    major = [v for v in venues if v["count"] >= MAJOR_EVENTS] if venue_labels else []
    _place_venues(major, board, frame, reserve=True)
    named = {c.iso: label for c in leading if (label := _place_country(c, True, board, frame, tr=tr))}
    for c in leading:  # no room inside: off its coast, over a busy place's favourite spot, or just beside it
        label = (
            named.get(c.iso)
            or _place_country(c, True, board, frame, sea_of=every, tr=tr)
            or _place_country(c, True, board, frame, reserved=False, tr=tr)
            or _place_country(c, True, board, frame, sea_of=[], tr=tr)
            or _place_country(c, True, board, frame, sea_of=[], reserved=False, tr=tr)
        )
        if label:
            named[c.iso] = label
    placed = _place_venues(venues, board, frame) if venue_labels else []
    others = sorted((c for c in shapes if c.iso not in focus), key=lambda c: -c.area)
    return [
        *named.values(),
        *(label for c in others if (label := _place_country(c, False, board, frame, tr=tr))),
    ], placed
