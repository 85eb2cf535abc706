"""Cameras that frame what a user asks for: what the filters show, or the Caucasus.

The Atlas keeps its camera where the user left it across filter changes; a click on a framing
button moves it (see :mod:`corridors.components.framing`). Streamlit re-applies a map's camera only
when it differs from the one it last drew, so a repeated click is told apart by :func:`nudged`.
"""

from __future__ import annotations

from dataclasses import replace

from corridors.basemap import REGION
from corridors.camera import HOME, View, fit_view
from corridors.catalog import CAPITALS, Dataset
from corridors.filters import Filters, apply

Bounds = tuple[float, float, float, float]


def _union(boxes: list[Bounds]) -> Bounds | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _country_bounds(ds: Dataset, codes: tuple[str, ...]) -> list[Bounds]:
    from shapely.geometry import shape

    return [shape(f["geometry"]).bounds for f in ds.countries.get("features", []) if f["properties"]["iso_a3"] in codes]


def shown_bounds(ds: Dataset, filters: Filters) -> Bounds | None:
    """The lon/lat box of what the filters show inside the basemap: the corridors drawn, the event places,
    the capitals the trade arcs join and the countries chosen; None if nothing is.
    """
    sel = apply(ds, filters)
    boxes: list[Bounds] = []
    if not sel.corridors.empty:
        cw, cs, ce, cn = (float(v) for v in sel.corridors.total_bounds)
        boxes.append((cw, cs, ce, cn))
    west, south, east, north = REGION
    events = sel.events[sel.events["lon"].between(west, east) & sel.events["lat"].between(south, north)]
    if not events.empty:
        boxes.append((events["lon"].min(), events["lat"].min(), events["lon"].max(), events["lat"].max()))
    ends = [CAPITALS[c] for pair in sel.trade["pair"] for c in str(pair).split("–") if c in CAPITALS]
    boxes += [(lon, lat, lon, lat) for _, lat, lon in ends]
    boxes += _country_bounds(ds, filters.countries)
    found = _union(boxes)
    if found is None:
        return None
    return (max(found[0], west), max(found[1], south), min(found[2], east), min(found[3], north))


def frame(ds: Dataset, filters: Filters, width: float = 640, height: float = 640) -> View:
    """A camera showing what the filters show on a ``width`` × ``height`` map (the whole story if nothing)."""
    bounds = shown_bounds(ds, filters)
    if bounds is None:
        return HOME
    west, south, east, north = bounds
    return fit_view((west - 1, south - 1, east + 1, north + 1), width=int(width), height=int(height))


def nudged(view: View, clicks: int) -> View:
    """``view`` moved by a millionth of a degree on every other click: invisible, but a new camera, so the
    map moves there again after the user has panned away.
    """
    shift = 1e-6 * (clicks % 2)
    return replace(view, latitude=view.latitude + shift, longitude=view.longitude + shift, zoom=view.zoom + shift)
