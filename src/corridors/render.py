"""Static rendering of a saved view with matplotlib: PNG slides and PDF packs made on the server.

The picture follows the browser map (same layers, colours, label placement and camera), so a
briefing can be exported and projected with no browser and no network.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import PathPatch, Polygon  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import shape  # noqa: E402

from corridors.briefing import Briefing, SavedView  # noqa: E402
from corridors.catalog import Dataset  # noqa: E402
from corridors.filters import Selection, apply  # noqa: E402
from corridors.layers import (  # noqa: E402
    ATTRIBUTION_TEXT,
    FOCUS_COUNTRIES,
    FOCUS_LAND,
    LAND,
    SEA,
    USER_COLORS,
    VENUE,
    corridor_records,
    country_labels,
    declutter,
    legend,
    trade_records,
    venue_records,
)

WIDTH, HEIGHT, DPI = 1920, 1080, 100
_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_EARTH = 40_075_016.686
MAP_BOX = (0.02, 0.17, 0.76, 0.74)  # left, bottom, width, height (figure fractions)


def _rgb(color: Iterable[int]) -> tuple[float, ...]:
    values = list(color)
    rgb = tuple(v / 255 for v in values[:3])
    return rgb + ((values[3] / 255,) if len(values) > 3 else ())


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return _MERCATOR.transform(lon, max(min(lat, 85.0), -85.0))


def _extent(view: SavedView, box: tuple[float, ...] = MAP_BOX) -> tuple[float, float, float, float]:
    """Web-mercator box the camera shows in the map area ``box``, as deck.gl would on that many pixels."""
    cx, cy = _xy(view.camera.longitude, view.camera.latitude)
    metres_per_px = _EARTH / (512 * 2**view.camera.zoom)
    half_w = box[2] * WIDTH * metres_per_px / 2
    half_h = box[3] * HEIGHT * metres_per_px / 2
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h


def _polygons(geometry: dict) -> list[list[tuple[float, float]]]:
    geom = shape(geometry)
    parts = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    return [[_xy(x, y) for x, y in part.exterior.coords] for part in parts]


def _arc(ax, source: list[float], target: list[float], color, width: float) -> None:
    (x0, y0), (x1, y1) = _xy(*source), _xy(*target)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    control = (mx - dy * 0.35, my + dx * 0.35)
    path = MplPath([(x0, y0), control, (x1, y1)], [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3])
    ax.add_patch(PathPatch(path, fill=False, edgecolor=color, linewidth=width * 0.75, capstyle="round", zorder=5))


def draw_map(
    ax,
    ds: Dataset,
    view: SavedView,
    uploaded: tuple = (),
    sel: Selection | None = None,
    focus: tuple[str, ...] = FOCUS_COUNTRIES,
    box: tuple[float, ...] = MAP_BOX,
) -> None:
    """The map of one view on a matplotlib axes placed at ``box`` (users' layers on top).

    ``sel`` replaces the records the view's filters select (a corridor profile shows one corridor).
    """
    sel = sel if sel is not None else apply(ds, view.filters)
    x0, x1, y0, y1 = _extent(view, box)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_facecolor(_rgb(SEA))
    ax.set_xticks([])
    ax.set_yticks([])
    for feature in ds.countries.get("features", []):
        fill = FOCUS_LAND if feature["properties"]["iso_a3"] in focus else LAND
        for ring in _polygons(feature["geometry"]):
            ax.add_patch(Polygon(ring, closed=True, facecolor=_rgb(fill), edgecolor=(0.6, 0.6, 0.6), lw=0.5))
    margin_x, margin_y = (x1 - x0) * 0.06, (y1 - y0) * 0.03
    for label in country_labels(ds.countries, focus):
        x, y = _xy(*label["position"])
        if x0 + margin_x < x < x1 - margin_x and y0 + margin_y < y < y1 - margin_y:
            ax.text(
                x,
                y,
                label["name"],
                ha="center",
                va="center",
                fontsize=label["size"] - 1,
                color=_rgb(label["color"]),
                zorder=2,
            )
    built, planned, points = corridor_records(sel.corridors, ds.paths)
    for records, style in ((built, "-"), (planned, (0, (3, 2)))):
        for r in records:
            xs, ys = zip(*(_xy(lon, lat) for lon, lat in r["path"]), strict=True)
            ax.plot(xs, ys, color=_rgb(r["color"]), lw=r["width"] * 0.75, ls=style, solid_capstyle="round", zorder=4)
    for p in points:
        x, y = _xy(*p["position"])
        ax.scatter([x], [y], s=110, color=_rgb(p["color"]), edgecolors="white", linewidths=2, zorder=6)
    for arc in trade_records(sel.trade, ds.sources):
        _arc(ax, arc["source"], arc["target"], _rgb(arc["color"]), arc["width"])
    venues = venue_records(sel.events)
    for v in venues:
        x, y = _xy(*v["position"])
        ax.scatter(
            [x],
            [y],
            s=(v["radius"] * 1.5) ** 2,
            color=_rgb(VENUE),
            edgecolors="white",
            linewidths=1.2,
            alpha=0.9,
            zorder=7,
        )
    if "labels" in view.filters.layers:
        for v in declutter(venues, zoom=view.camera.zoom):
            x, y = _xy(*v["position"])
            dx, dy = v["offset"]
            scale = (x1 - x0) / (box[2] * WIDTH)
            ha = {"start": "left", "end": "right", "middle": "center"}[v["anchor"]]
            ax.text(
                x + dx * scale,
                y - dy * scale,
                v["label"],
                ha=ha,
                va="center",
                fontsize=12,
                weight="bold",
                zorder=8,
                path_effects=[_halo()],
            )
    for number, layer in enumerate(uploaded):
        color = _rgb(USER_COLORS[number % len(USER_COLORS)])
        layer.frame.to_crs("EPSG:3857").plot(
            ax=ax, color=color, edgecolor=color, alpha=0.6, linewidth=2, markersize=40, zorder=8
        )
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
    if view.selected:
        _mark_selected(ax, ds, view.selected)


def _halo():
    from matplotlib import patheffects

    return patheffects.withStroke(linewidth=3, foreground="white")


def _mark_selected(ax, ds: Dataset, record_id: str) -> None:
    events = ds.events[ds.events["id"] == record_id]
    if not events.empty:
        x, y = _xy(float(events.iloc[0]["lon"]), float(events.iloc[0]["lat"]))
        ax.scatter([x], [y], s=700, facecolors="none", edgecolors=(0.85, 0.1, 0.1), linewidths=3, zorder=9)


def _legend_handles(entries) -> list[Line2D]:
    handles = []
    for e in entries:
        color = _rgb(e.color)
        label = "\n".join(textwrap.wrap(e.label, 30))
        if e.style == "dot":
            handles.append(Line2D([], [], marker="o", ls="", color=color, markersize=10, label=label))
        else:
            ls = (0, (3, 2)) if e.style == "dashed" else "-"
            handles.append(Line2D([], [], color=color, lw=4, ls=ls, label=label))
    return handles


def _publishers(ds: Dataset, ids: Iterable[str]) -> list[str]:
    parts = []
    for source_id in ids:
        if source_id in ds.sources.index:
            s = ds.sources.loc[source_id]
            parts.append(f"{s.publisher}" + (f" ({s.date})" if s.date else ""))
    return list(dict.fromkeys(parts))


def source_line(ds: Dataset, view: SavedView) -> str:
    """'Sources: publisher (date); …' for the figures of a caption, then a chart's data sources."""
    from corridors.viewkinds import data_sources

    cited = _publishers(ds, view.sources)
    line = "Sources: " + "; ".join(cited) if cited else ""
    if view.kind != "map":
        ids = data_sources(ds, view.kind, view.filters, view.event_kinds, view.selected)
        data = [p for p in _publishers(ds, ids) if p not in cited]
        if data:
            line += (". " if line else "") + "Data: " + "; ".join(data)
    return line


def draw_map_body(fig: Figure, ds: Dataset, view: SavedView, uploaded: tuple = ()) -> None:
    """A map view's drawing: the map and, beside it, its legend."""
    ax = fig.add_axes(MAP_BOX)
    draw_map(ax, ds, view, uploaded)
    entries = legend(apply(ds, view.filters), uploaded)
    side = fig.add_axes((0.79, 0.17, 0.2, 0.74))
    side.axis("off")
    if entries:
        side.legend(
            handles=_legend_handles(entries),
            loc="upper left",
            fontsize=13,
            frameon=False,
            title="Legend",
            title_fontsize=15,
            alignment="left",
        )


#: The band of a slide the drawing fills (figure fractions, bottom and top): the picture of a PowerPoint slide.
BODY_BAND = (0.16, 0.93)


def figure(ds: Dataset, view: SavedView, position: str = "", uploaded: tuple = (), frame: bool = True) -> Figure:
    """A 1920×1080 slide: title, drawing (map, chart, timeline or profile), caption, sources and attribution.

    ``frame=False`` leaves out the texts around the drawing (PowerPoint has them as editable text).
    Speaker notes are never drawn.
    """
    with plt.rc_context({"text.parse_math": False}):  # "$7.6bn … $15bn" is money, not mathematics
        return _figure(ds, view, position, uploaded, frame)


def _figure(ds: Dataset, view: SavedView, position: str, uploaded: tuple, frame: bool) -> Figure:
    fig = plt.figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
    if view.kind == "map":
        draw_map_body(fig, ds, view, uploaded)
    else:
        from corridors import slides

        slides.draw(fig, ds, view)
    if not frame:
        return fig
    fig.text(0.02, 0.955, view.title, fontsize=30, weight="bold", va="center")
    if position:
        fig.text(0.98, 0.955, position, fontsize=18, ha="right", va="center", color=(0.4, 0.4, 0.4))
    caption = "\n".join(textwrap.wrap(view.caption, 170))
    fig.text(0.02, 0.145, caption, fontsize=15, va="top", wrap=True)
    sources = "\n".join(textwrap.wrap(source_line(ds, view), 140, max_lines=4, placeholder=" …"))
    fig.text(0.02, 0.012, sources, fontsize=10, color=(0.3, 0.3, 0.3), va="bottom", linespacing=1.3)
    fig.text(0.98, 0.012, ATTRIBUTION_TEXT, fontsize=10, ha="right", va="bottom", color=(0.45, 0.45, 0.45))
    return fig


def _save(fig: Figure, **options) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, **options)
    plt.close(fig)
    return buffer.getvalue()


def png(ds: Dataset, view: SavedView, position: str = "", uploaded: tuple = ()) -> bytes:
    """The slide of one view as PNG bytes, exactly 1920×1080 pixels (users' layers included)."""
    return _save(figure(ds, view, position, uploaded))


def body_png(ds: Dataset, view: SavedView) -> bytes:
    """Only the drawing of a view (no title, caption or sources), 1920 pixels wide: a slide's picture."""
    from matplotlib.transforms import Bbox

    bottom, top = BODY_BAND
    band = Bbox.from_bounds(0, bottom * HEIGHT / DPI, WIDTH / DPI, (top - bottom) * HEIGHT / DPI)
    return _save(figure(ds, view, frame=False), bbox_inches=band)


def pdf(ds: Dataset, briefing: Briefing) -> bytes:
    """Every view of a briefing, one 16:9 page each, in a single PDF."""
    buffer = io.BytesIO()
    with PdfPages(buffer, metadata={"Title": briefing.title, "Creator": "Corridors"}) as pages:
        total = len(briefing.views)
        for number, view in enumerate(briefing.views, start=1):
            fig = figure(ds, view, f"{number} / {total}")
            pages.savefig(fig)
            plt.close(fig)
    return buffer.getvalue()
