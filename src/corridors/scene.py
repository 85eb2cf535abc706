"""The map as a renderer-neutral scene: every layer's records, the legend and the camera.

The browser map (:mod:`corridors.deck`), the PNG/PDF slides (:mod:`corridors.render`) and the
offline HTML page (:mod:`corridors.offline`) all draw a :class:`Scene`, so they show the same
records, colours, labels and legend.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corridors.camera import HOME, View
from corridors.catalog import FOCUS_COUNTRIES, Dataset
from corridors.filters import Selection
from corridors.labels import Frame, place
from corridors.legend import LegendEntry, entries, ring_entries
from corridors.records import (
    POINT_RADIUS,
    POINT_RIM,
    RING_LINE,
    corridor_records,
    highlight_records,
    trade_records,
    venue_records,
)
from corridors.translations import translator
from corridors.userlayers import UserLayer


@dataclass(frozen=True)
class MapSize:
    """The maps a page draws: their widths from the narrowest supported window (1280 px wide, sidebar
    open) to the widest (1920 px), and their height, in pixels. Labels are placed whole on the narrowest,
    so every wider map (same centre) shows them whole too.
    """

    widths: tuple[float, ...]
    height: float


# Measured in Chromium at 1280×720 and 1920×1080 (tests/test_map_legibility.py checks the first two).
ATLAS = MapSize((648.0, 1160.0), 640.0)
PROFILE = MapSize((470.0, 860.0), 420.0)
PLACE = MapSize((310.0, 570.0), 320.0)
WIDE = MapSize((800.0, 1440.0), 420.0)
#: The Briefing map on each projector size, from the sidebar shown to presentation mode.
BRIEFING = {"1920×1080": MapSize((1208.0, 1458.0), 640.0), "1280×720": MapSize((675.0, 925.0), 400.0)}


def briefing_size(screen: str, presenting: bool) -> MapSize:
    """The Briefing map for ``screen``: the projector's in presentation mode; while the briefing is
    prepared, in any supported window (1280 to 1920 px wide), so no label is cut on a laptop's screen
    whichever projector is picked. The height is the projector's either way."""
    if presenting:
        return BRIEFING[screen]
    widths = [width for projector in BRIEFING.values() for width in projector.widths]
    return MapSize((min(widths), max(widths)), BRIEFING[screen].height)


@dataclass(frozen=True)
class Scene:
    """Everything one map shows, in drawing order, as plain JSON-safe records."""

    camera: View
    countries: dict[str, Any]  # the dataset's basemap, a GeoJSON FeatureCollection (see corridors.static)
    focus: tuple[str, ...]  # ISO codes of the countries drawn highlighted
    country_labels: list[dict]
    built: list[dict]  # corridor paths drawn solid
    planned: list[dict]  # corridor paths drawn dashed
    points: list[dict]  # corridors that are a place (an airport)
    arcs: list[dict]  # trade arcs between capitals, each with its curved path
    venues: list[dict]  # event places, sized by their number of events
    venue_labels: list[dict]  # venue records with a label placement (text, anchor, pixel offset)
    legend: list[LegendEntry]
    uploaded: tuple[UserLayer, ...] = field(default_factory=tuple)
    #: The language of its text: renderers that draw glyph by glyph shape right-to-left labels.
    lang: str = "en"
    highlight: list[dict] = field(default_factory=list)  # rings around the places of the year Play shows


def build(
    ds: Dataset,
    sel: Selection,
    camera: View = HOME,
    focus: tuple[str, ...] = FOCUS_COUNTRIES,
    uploaded: tuple[UserLayer, ...] = (),
    size: MapSize = ATLAS,
    highlight: int | None = None,
) -> Scene:
    """The scene of a selection seen through ``camera`` on maps of ``size``; labels placed for its zoom;
    with ``highlight`` (a year), the places of that year's events are ringed (and labels keep clear of rings).

    Its text is in the dataset's language (see :func:`corridors.translations.localize`).
    """
    tr = translator(ds)
    built, planned, points = corridor_records(sel.corridors, ds.paths, tr)
    venues = venue_records(sel.events, tr)
    rings = highlight_records(venues, sel.events, highlight) if highlight is not None else []
    dots = [{"position": p["position"], "radius": POINT_RADIUS + POINT_RIM} for p in points]
    dots += [{"position": r["position"], "radius": r["radius"] + RING_LINE / 2} for r in rings]
    frame = Frame(camera, size.widths, size.height)
    names, venue_labels = place(ds.countries, venues, frame, focus, dots, "labels" in sel.filters.layers, tr)
    return Scene(
        camera=camera,
        countries=ds.countries,
        focus=focus,
        country_labels=names,
        built=built,
        planned=planned,
        points=points,
        arcs=trade_records(sel.trade, ds.sources, tr),
        venues=venues,
        venue_labels=venue_labels,
        legend=entries(sel, uploaded, tr) + ring_entries(rings, highlight, tr),
        uploaded=uploaded,
        lang=ds.lang,
        highlight=rings,
    )
