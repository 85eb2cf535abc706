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
from corridors.labels import country_labels, declutter
from corridors.legend import LegendEntry, entries, ring_entries
from corridors.records import (
    corridor_records,
    highlight_records,
    sea,
    styled_countries,
    trade_records,
    venue_records,
)
from corridors.translations import translator
from corridors.userlayers import UserLayer


@dataclass(frozen=True)
class Scene:
    """Everything one map shows, in drawing order, as plain JSON-safe records."""

    camera: View
    sea: list[dict]
    countries: dict[str, Any]  # GeoJSON FeatureCollection, each feature's fill colour in its properties
    country_labels: list[dict]
    built: list[dict]  # corridor paths drawn solid
    planned: list[dict]  # corridor paths drawn dashed
    points: list[dict]  # corridors that are a place (an airport)
    arcs: list[dict]  # trade arcs between capitals
    venues: list[dict]  # event places, sized by their number of events
    venue_labels: list[dict]  # venue records with a label placement (anchor, pixel offset)
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
    highlight: int | None = None,
) -> Scene:
    """The scene of a selection seen through ``camera``; venue labels placed for the camera's zoom;
    with ``highlight`` (a year), the places of that year's events are ringed.

    Its text is in the dataset's language (see :func:`corridors.translations.localize`).
    """
    tr = translator(ds)
    built, planned, points = corridor_records(sel.corridors, ds.paths, tr)
    venues = venue_records(sel.events, tr)
    rings = highlight_records(venues, sel.events, highlight) if highlight is not None else []
    return Scene(
        camera=camera,
        sea=sea(),
        countries=styled_countries(ds.countries, focus),
        country_labels=country_labels(ds.countries, focus, tr),
        built=built,
        planned=planned,
        points=points,
        arcs=trade_records(sel.trade, ds.sources, tr),
        venues=venues,
        venue_labels=declutter(venues, camera.zoom) if "labels" in sel.filters.layers else [],
        legend=entries(sel, uploaded, tr) + ring_entries(rings, highlight, tr),
        uploaded=uploaded,
        lang=ds.lang,
        highlight=rings,
    )
