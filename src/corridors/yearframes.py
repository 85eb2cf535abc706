"""The years of a view as frames: one scene per year, with its caption and text description.

The animated GIF (:mod:`corridors.animate`) draws them; the offline HTML map (:mod:`corridors.offline`)
embeds them so its Play runs in the browser. :func:`pooled` writes each record once however many
frames show it, so thirty years of a map cost little more than one.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from corridors import captions, play
from corridors import scene as scenes
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.describe import describe
from corridors.filters import Selection, apply
from corridors.translations import translator
from corridors.userlayers import UserLayer


@dataclass(frozen=True)
class Frame:
    year: int
    selection: Selection
    scene: scenes.Scene
    caption: str  # the step's caption (see captions.play_step)
    description: str  # the map's text alternative (see corridors.describe)


def frames(
    ds: Dataset, view: SavedView, uploaded: tuple[UserLayer, ...] = (), size: scenes.MapSize = scenes.ATLAS
) -> Iterator[Frame]:
    """The frames of the years a view plays (see :func:`corridors.play.years`), the year's events ringed,
    labels placed for maps of ``size``.
    """
    tr = translator(ds)
    for year in play.years(view.filters, ds.years):
        sel = apply(ds, play.step(view.filters, year))
        drawn = scenes.build(ds, sel, view.camera, uploaded=uploaded, size=size, highlight=year)
        caption, description = captions.play_step(sel, year, tr), describe(sel, uploaded, year, tr)
        yield Frame(year, sel, drawn, caption, description)


def pooled(layers: list[dict[str, list[dict]]]) -> tuple[dict[str, list[dict]], list[dict[str, list[int]]]]:
    """Per-frame layer records as one pool of distinct records per layer and, per frame, their indices."""
    pool: dict[str, list[dict]] = {}
    seen: dict[str, dict[str, int]] = {}
    indices = []
    for frame in layers:
        picked: dict[str, list[int]] = {}
        for layer_id, records in frame.items():
            known = seen.setdefault(layer_id, {})
            found = pool.setdefault(layer_id, [])
            picked[layer_id] = []
            for record in records:
                key = json.dumps(record, sort_keys=True)
                if key not in known:
                    known[key] = len(found)
                    found.append(record)
                picked[layer_id].append(known[key])
        indices.append(picked)
    return pool, indices
