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

from matplotlib import patheffects  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.collections import LineCollection  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.legend_handler import HandlerBase  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import PathPatch  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402
from matplotlib.patheffects import AbstractPathEffect  # noqa: E402
from matplotlib.transforms import Bbox, Transform  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import shape  # noqa: E402

from corridors import borders, slidetext  # noqa: E402
from corridors import scene as scenes  # noqa: E402
from corridors.briefing import Briefing, SavedView  # noqa: E402
from corridors.catalog import Dataset  # noqa: E402
from corridors.describe import describe  # noqa: E402
from corridors.filters import apply  # noqa: E402
from corridors.labels import VENUE_COLOR as VENUE_TEXT  # noqa: E402
from corridors.legend import LegendEntry  # noqa: E402
from corridors.palette import BORDER, FOCUS_LAND, HIGHLIGHT, LAND, SEA, VENUE, user_color  # noqa: E402
from corridors.translations import translator  # noqa: E402
from corridors.userlayers import UserLayer  # noqa: E402

WIDTH, HEIGHT, DPI = 1920, 1080, 100
_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_EARTH = 40_075_016.686
MAP_BOX = (0.02, 0.17, 0.76, 0.74)  # left, bottom, width, height (figure fractions)


def map_size(box: tuple[float, ...]) -> scenes.MapSize:
    """A slide's map area ``box`` (figure fractions) in pixels, for label placement."""
    return scenes.MapSize((box[2] * WIDTH,), box[3] * HEIGHT)


#: The slide's map in pixels, for label placement.
SLIDE_MAP = map_size(MAP_BOX)


Color = tuple[float, float, float] | tuple[float, float, float, float]


def _rgb(color: Iterable[int]) -> Color:
    """0–255 RGB(A) as matplotlib's 0–1 colour."""
    v = [c / 255 for c in color]
    return (v[0], v[1], v[2], v[3]) if len(v) > 3 else (v[0], v[1], v[2])


def _xy(lon: float, lat: float) -> tuple[float, float]:
    return _MERCATOR.transform(lon, max(min(lat, 85.0), -85.0))


Box = tuple[float, float, float, float]


def _extent(view: SavedView, box: Box = MAP_BOX) -> tuple[float, float, float, float]:
    """Web-mercator box the camera shows in the map area ``box``, as deck.gl would on that many pixels."""
    cx, cy = _xy(view.camera.longitude, view.camera.latitude)
    metres_per_px = _EARTH / (512 * 2**view.camera.zoom)
    half_w = box[2] * WIDTH * metres_per_px / 2
    half_h = box[3] * HEIGHT * metres_per_px / 2
    return cx - half_w, cx + half_w, cy - half_h, cy + half_h


def _polygons(geometry: dict) -> list[MplPath]:
    """Each polygon of a GeoJSON geometry as one matplotlib path, its holes (lakes) left open."""
    geom = shape(geometry)
    out = []
    for part in getattr(geom, "geoms", [geom]):
        rings = [part.exterior, *part.interiors]
        vertices = [_xy(x, y) for ring in rings for x, y in ring.coords]
        codes = [code for ring in rings for code in [MplPath.MOVETO] + [MplPath.LINETO] * (len(ring.coords) - 1)]
        out.append(MplPath(vertices, codes))
    return out


def _path(ax: Axes, path: list[list[float]], color: Color, width: float, style: str | tuple, zorder: int) -> None:
    xs, ys = zip(*(_xy(lon, lat) for lon, lat in path), strict=True)
    ax.plot(xs, ys, color=color, lw=width * 0.75, ls=style, solid_capstyle="round", zorder=zorder)


def draw_map(ax: Axes, ds: Dataset, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """The scene of one view on a matplotlib axes placed at ``box`` (users' layers on top)."""
    draw_basemap(ax, view, scene, box)
    draw_layers(ax, ds, view, scene, box)


def draw_basemap(ax: Axes, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """Sea, countries and their land borders (coasts are the sea's edge, as on the browser map): the part
    of the map that Play does not change."""
    x0, x1, y0, y1 = _extent(view, box)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_facecolor(_rgb(SEA))
    ax.set_xticks([])
    ax.set_yticks([])
    for feature in scene.countries.get("features", []):
        fill = _rgb(FOCUS_LAND if feature["properties"]["iso_a3"] in scene.focus else LAND)
        for polygon in _polygons(feature["geometry"]):
            ax.add_patch(PathPatch(polygon, facecolor=fill, edgecolor="none"))
    lines = [[_xy(lon, lat) for lon, lat in line] for line in borders.of(scene.countries)]
    ax.add_collection(LineCollection(lines, colors=[_rgb(BORDER)], linewidths=0.6, zorder=1.5))


def draw_layers(ax: Axes, ds: Dataset, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """Arcs, corridors, venues, rings, names, users' layers and the selected record, over the basemap."""
    x0, x1, y0, y1 = _extent(view, box)
    for arc in scene.arcs:  # under the corridors, as on the browser map
        _path(ax, arc["path"], _rgb(arc["color"]), arc["width"], "-", 3)
    for records, style in ((scene.built, "-"), (scene.planned, (0, (3, 2)))):
        for r in records:
            _path(ax, r["path"], _rgb(r["color"]), r["width"], style, 4)
    for p in scene.points:
        x, y = _xy(*p["position"])
        ax.scatter([x], [y], s=110, color=_rgb(p["color"]), edgecolors="white", linewidths=2, zorder=6)
    for v in scene.venues:
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
    for ring in scene.highlight:
        x, y = _xy(*ring["position"])
        ax.scatter([x], [y], s=(ring["radius"] * 1.5) ** 2, facecolors="none", edgecolors=_rgb(HIGHLIGHT), linewidths=3)
    scale = (x1 - x0) / (box[2] * WIDTH)
    for label in [*scene.country_labels, *scene.venue_labels]:  # placed clear of each other, every dot and ring
        x, y = _xy(*label["position"])
        dx, dy = label["offset"]
        ax.text(
            x + dx * scale,
            y - dy * scale,
            label["text"],
            ha=_ALIGN[label["anchor"]],
            va="center",
            fontsize=label["size"] * 72 / DPI,  # pixels as on the browser map, where labels were placed
            color=_rgb(label.get("color", VENUE_TEXT)),
            weight="bold",
            zorder=8,
            path_effects=[halo()],
            clip_on=True,  # a place just outside the frame keeps its label outside too (not over the page)
        )
    for number, layer in enumerate(scene.uploaded):
        color = _rgb(user_color(number))
        layer.frame.to_crs("EPSG:3857").plot(
            ax=ax, color=color, edgecolor=color, alpha=0.6, linewidth=2, markersize=40, zorder=8
        )
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
    if view.selected:
        _mark_selected(ax, ds, view.selected)


#: deck.gl's text anchors as matplotlib's horizontal alignments.
_ALIGN = {"start": "left", "end": "right", "middle": "center"}


def halo() -> AbstractPathEffect:
    """A white outline round a text, so a line passing under it never cuts through its letters."""
    return patheffects.withStroke(linewidth=3, foreground="white")


def _mark_selected(ax: Axes, ds: Dataset, record_id: str) -> None:
    events = ds.events[ds.events["id"] == record_id]
    if not events.empty:
        x, y = _xy(float(events.iloc[0]["lon"]), float(events.iloc[0]["lat"]))
        ax.scatter([x], [y], s=700, facecolors="none", edgecolors=(0.85, 0.1, 0.1), linewidths=3, zorder=9)


class _ArcMark(Line2D):
    """Legend handle of a trade arc, drawn by :class:`_ArcHandler`."""


class _ArcHandler(HandlerBase):
    """Draws an arc's legend swatch as a small arch, like the arcs on the map (and the app's legend)."""

    def create_artists(
        self,
        legend: Legend,
        orig_handle: Artist,
        xdescent: float,
        ydescent: float,
        width: float,
        height: float,
        fontsize: float,
        trans: Transform,
    ) -> list[Artist]:
        assert isinstance(orig_handle, Line2D)
        x0, x1, y0 = -xdescent, -xdescent + width, -ydescent + height * 0.15
        path = MplPath([(x0, y0), ((x0 + x1) / 2, y0 + height * 1.5), (x1, y0)], _ARCH)
        arch = PathPatch(
            path, fill=False, edgecolor=orig_handle.get_color(), linewidth=orig_handle.get_linewidth(), transform=trans
        )
        return [arch]


_ARCH = [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3]


def _legend_handles(found: list[LegendEntry]) -> list[Line2D]:
    """The legend entries as matplotlib handles: lines, dashed lines, dots and arcs as on the map."""
    handles = []
    for e in found:
        color = _rgb(e.color)
        label = "\n".join(textwrap.wrap(e.label, 30))
        if e.style == "dot":
            handles.append(Line2D([], [], marker="o", ls="", color=color, markersize=10, label=label))
        elif e.style == "ring":
            handles.append(Line2D([], [], marker="o", ls="", mfc="none", mec=color, mew=3, markersize=12, label=label))
        elif e.style == "arc":
            handles.append(_ArcMark([], [], color=color, lw=3, label=label))
        else:
            ls = (0, (3, 2)) if e.style == "dashed" else "-"
            handles.append(Line2D([], [], color=color, lw=4, ls=ls, label=label))
    return handles


def draw_map_body(fig: Figure, ds: Dataset, view: SavedView, uploaded: tuple[UserLayer, ...] = ()) -> None:
    """A map view's drawing: the map and, beside it, its legend (read from the right in Urdu)."""
    scene = scenes.build(ds, apply(ds, view.filters), view.camera, uploaded=uploaded, size=SLIDE_MAP)
    ax, side = map_axes(fig, view, scene)
    map_content(ax, side, ds, view, scene)


def map_axes(fig: Figure, view: SavedView, scene: scenes.Scene) -> tuple[Axes, Axes]:
    """The map's axes with its basemap drawn, and the (empty) legend's axes beside it."""
    ax = fig.add_axes(MAP_BOX)
    draw_basemap(ax, view, scene)
    side = fig.add_axes((0.79, 0.17, 0.2, 0.74))
    side.axis("off")
    return ax, side


def map_content(ax: Axes, side: Axes, ds: Dataset, view: SavedView, scene: scenes.Scene) -> list[Artist]:
    """The layers over the basemap and the legend: what changes from year to year.

    Returns the artists added, so an animation can remove them before drawing the next year.
    """
    tr = translator(ds)
    before = {*ax.get_children(), *side.get_children()}
    draw_layers(ax, ds, view, scene)
    if scene.legend:
        side.legend(
            handles=_legend_handles(scene.legend),
            loc="upper right" if tr.rtl else "upper left",
            fontsize=13,
            frameon=False,
            title=tr._("Legend"),
            title_fontsize=15,
            alignment="right" if tr.rtl else "left",
            markerfirst=not tr.rtl,
            handler_map={_ArcMark: _ArcHandler()},
        )
    return [a for a in (*ax.get_children(), *side.get_children()) if a not in before]


#: The band of a slide the drawing fills (figure fractions, bottom and top): a PowerPoint slide's picture.
BODY_BAND = (0.16, 0.93)


def figure(
    ds: Dataset, view: SavedView, position: str = "", uploaded: tuple[UserLayer, ...] = (), frame: bool = True
) -> Figure:
    """A 1920×1080 slide: title, drawing (map, chart, timeline or profile), caption, sources and attribution.

    ``frame=False`` leaves out the texts around the drawing (PowerPoint has them as editable text).
    Speaker notes are never drawn. Every text is in the dataset's language; matplotlib (3.11, libraqm) shapes
    right-to-left text itself, so Urdu goes in as written, in the Naskh font.
    """
    with slidetext.text_style(translator(ds)):
        return _figure(ds, view, position, uploaded, frame)


def _figure(ds: Dataset, view: SavedView, position: str, uploaded: tuple[UserLayer, ...], frame: bool) -> Figure:
    fig = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
    FigureCanvasAgg(fig)  # pyplot's registry of figures is shared by every thread: not used here
    if view.kind == "map":
        draw_map_body(fig, ds, view, uploaded)
    else:
        from corridors import slides

        slides.draw(fig, ds, view)
    if frame:
        sources = slidetext.frame_texts(fig, ds, view)
        caption = slidetext.changing_texts(fig, view.caption, position, rtl=translator(ds).rtl)[0]
        slidetext.keep_apart(fig, caption, sources)
    return fig


def _save(fig: Figure, bbox: Bbox | None = None, metadata: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    with slidetext.DRAWING:
        fig.savefig(buffer, format="png", dpi=DPI, bbox_inches=bbox, metadata=metadata)
    return buffer.getvalue()


def png(ds: Dataset, view: SavedView, position: str = "", uploaded: tuple[UserLayer, ...] = ()) -> bytes:
    """The slide of one view as PNG bytes, exactly 1920×1080 pixels (users' layers included); a map's
    text alternative is the image's Description (its alt text; see :mod:`corridors.describe`).
    """
    metadata = {"Title": view.title}
    if view.kind == "map":
        metadata["Description"] = describe(apply(ds, view.filters), uploaded, tr=translator(ds))
    return _save(figure(ds, view, position, uploaded), metadata=metadata)


def body_png(ds: Dataset, view: SavedView) -> bytes:
    """Only the drawing of a view (no title, caption or sources), 1920 pixels wide: a slide's picture."""
    bottom, top = BODY_BAND
    band = Bbox.from_bounds(0, bottom * HEIGHT / DPI, WIDTH / DPI, (top - bottom) * HEIGHT / DPI)
    return _save(figure(ds, view, frame=False), band)


def pdf(ds: Dataset, briefing: Briefing) -> bytes:
    """Every view of a briefing, one 16:9 page each, in a single PDF."""
    buffer = io.BytesIO()
    with slidetext.DRAWING, PdfPages(buffer, metadata={"Title": briefing.title, "Creator": "Corridors"}) as pages:
        total = len(briefing.views)
        for number, view in enumerate(briefing.views, start=1):
            pages.savefig(figure(ds, view, f"{number} / {total}"))
    return buffer.getvalue()
