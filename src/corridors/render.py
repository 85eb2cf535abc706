"""Static rendering of a saved view with matplotlib: PNG slides and PDF packs made on the server.

The picture follows the browser map (same layers, colours, label placement and camera), so a
briefing can be exported and projected with no browser and no network.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterable
from contextlib import AbstractContextManager

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import patheffects  # noqa: E402
from matplotlib.artist import Artist  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.backends.backend_pdf import PdfPages  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.legend import Legend  # noqa: E402
from matplotlib.legend_handler import HandlerBase  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import PathPatch, Polygon  # noqa: E402
from matplotlib.path import Path as MplPath  # noqa: E402
from matplotlib.patheffects import AbstractPathEffect  # noqa: E402
from matplotlib.transforms import Bbox, Transform  # noqa: E402
from pyproj import Transformer  # noqa: E402
from shapely.geometry import shape  # noqa: E402

from corridors import fonts  # noqa: E402
from corridors import scene as scenes  # noqa: E402
from corridors.briefing import Briefing, SavedView  # noqa: E402
from corridors.captions import source_line  # noqa: E402
from corridors.catalog import Dataset  # noqa: E402
from corridors.describe import describe  # noqa: E402
from corridors.filters import apply  # noqa: E402
from corridors.i18n import Translator  # noqa: E402
from corridors.legend import ATTRIBUTION_TEXT, LegendEntry  # noqa: E402
from corridors.palette import BORDER, HIGHLIGHT, SEA, VENUE, user_color  # noqa: E402
from corridors.translations import translator  # noqa: E402
from corridors.userlayers import UserLayer  # noqa: E402

WIDTH, HEIGHT, DPI = 1920, 1080, 100
_MERCATOR = Transformer.from_crs("EPSG:4326", "EPSG:3857", always_xy=True)
_EARTH = 40_075_016.686
MAP_BOX = (0.02, 0.17, 0.76, 0.74)  # left, bottom, width, height (figure fractions)


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


def _polygons(geometry: dict) -> list[list[tuple[float, float]]]:
    geom = shape(geometry)
    parts = geom.geoms if geom.geom_type == "MultiPolygon" else [geom]
    return [[_xy(x, y) for x, y in part.exterior.coords] for part in parts]


def _arc(ax: Axes, source: list[float], target: list[float], color: Color, width: float) -> None:
    (x0, y0), (x1, y1) = _xy(*source), _xy(*target)
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    dx, dy = x1 - x0, y1 - y0
    control = (mx - dy * 0.35, my + dx * 0.35)
    path = MplPath([(x0, y0), control, (x1, y1)], [MplPath.MOVETO, MplPath.CURVE3, MplPath.CURVE3])
    ax.add_patch(PathPatch(path, fill=False, edgecolor=color, linewidth=width * 0.75, capstyle="round", zorder=5))


def draw_map(ax: Axes, ds: Dataset, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """The scene of one view on a matplotlib axes placed at ``box`` (users' layers on top)."""
    draw_basemap(ax, view, scene, box)
    draw_layers(ax, ds, view, scene, box)


def draw_basemap(ax: Axes, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """Sea, countries and their names: the part of the map that Play does not change."""
    x0, x1, y0, y1 = _extent(view, box)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_facecolor(_rgb(SEA))
    ax.set_xticks([])
    ax.set_yticks([])
    for feature in scene.countries.get("features", []):
        fill = _rgb(feature["properties"]["fill"])
        for ring in _polygons(feature["geometry"]):
            ax.add_patch(Polygon(ring, closed=True, facecolor=fill, edgecolor=_rgb(BORDER), lw=0.5))
    margin_x, margin_y = (x1 - x0) * 0.06, (y1 - y0) * 0.03
    for label in scene.country_labels:
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


def draw_layers(ax: Axes, ds: Dataset, view: SavedView, scene: scenes.Scene, box: Box = MAP_BOX) -> None:
    """Corridors, arcs, venues, rings, labels, users' layers and the selected record, over the basemap."""
    x0, x1, y0, y1 = _extent(view, box)
    for records, style in ((scene.built, "-"), (scene.planned, (0, (3, 2)))):
        for r in records:
            xs, ys = zip(*(_xy(lon, lat) for lon, lat in r["path"]), strict=True)
            ax.plot(xs, ys, color=_rgb(r["color"]), lw=r["width"] * 0.75, ls=style, solid_capstyle="round", zorder=4)
    for p in scene.points:
        x, y = _xy(*p["position"])
        ax.scatter([x], [y], s=110, color=_rgb(p["color"]), edgecolors="white", linewidths=2, zorder=6)
    for arc in scene.arcs:
        _arc(ax, arc["source"], arc["target"], _rgb(arc["color"]), arc["width"])
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
    for v in scene.venue_labels:
        x, y = _xy(*v["position"])
        dx, dy = v["offset"]
        ax.text(
            x + dx * scale,
            y - dy * scale,
            v["label"],
            ha=_ALIGN[v["anchor"]],
            va="center",
            fontsize=12,
            weight="bold",
            zorder=8,
            path_effects=[_halo()],
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


def _halo() -> AbstractPathEffect:
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
    scene = scenes.build(ds, apply(ds, view.filters), view.camera, uploaded=uploaded)
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


_REGISTERED: list[str] = []


def font_family(tr: Translator) -> list[str]:
    """Fonts to draw ``tr``'s language: the Naskh font first for Urdu (registered once), DejaVu Sans after."""
    if not _REGISTERED:
        from matplotlib import font_manager

        for weight in fonts.FILES:
            font_manager.fontManager.addfont(str(fonts.path(weight)))
        _REGISTERED.append(fonts.FAMILY)
    return [fonts.FAMILY, "DejaVu Sans"] if tr.rtl else ["DejaVu Sans", fonts.FAMILY]


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
    with text_style(translator(ds)):
        return _figure(ds, view, position, uploaded, frame)


def text_style(tr: Translator) -> AbstractContextManager[None]:
    """matplotlib settings for a slide's text in ``tr``'s language (its font, libraqm's language), while drawing."""
    return plt.rc_context(
        {
            "text.parse_math": False,  # "$7.6bn … $15bn" is money, not mathematics
            "font.family": font_family(tr),
            "text.language": tr.lang,
        }
    )


def _figure(ds: Dataset, view: SavedView, position: str, uploaded: tuple[UserLayer, ...], frame: bool) -> Figure:
    fig = plt.figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI, facecolor="white")
    if view.kind == "map":
        draw_map_body(fig, ds, view, uploaded)
    else:
        from corridors import slides

        slides.draw(fig, ds, view)
    if frame:
        frame_texts(fig, ds, view)
        changing_texts(fig, view.caption, position, rtl=translator(ds).rtl)
    return fig


def _sides(rtl: bool) -> tuple[tuple[float, str], tuple[float, str]]:
    """Where a slide's texts start and where the ones opposite them end: right-to-left slides read from the right."""
    return ((0.98, "right"), (0.02, "left")) if rtl else ((0.02, "left"), (0.98, "right"))


def frame_texts(fig: Figure, ds: Dataset, view: SavedView) -> None:
    """The texts round the drawing that stay the same through the years: title, sources, attribution."""
    tr = translator(ds)
    (x, ha), (other_x, other_ha) = _sides(tr.rtl)
    fig.text(x, 0.955, view.title, fontsize=30, weight="bold", va="center", ha=ha)
    sources = "\n".join(textwrap.wrap(source_line(ds, view), 140, max_lines=4, placeholder=" …"))
    fig.text(x, 0.012, sources, fontsize=10, color=(0.3, 0.3, 0.3), va="bottom", ha=ha, linespacing=1.3)
    attribution = tr._(ATTRIBUTION_TEXT)
    fig.text(other_x, 0.012, attribution, fontsize=10, ha=other_ha, va="bottom", color=(0.45, 0.45, 0.45))


def changing_texts(fig: Figure, caption: str, position: str = "", size: int = 18, rtl: bool = False) -> list[Artist]:
    """The caption, and the position (top right, top left in Urdu: '3 / 7', or the year of an animation's frame)."""
    (x, ha), (other_x, other_ha) = _sides(rtl)
    wrapped = "\n".join(textwrap.wrap(caption, 170))
    added: list[Artist] = [fig.text(x, 0.145, wrapped, fontsize=15, va="top", ha=ha, wrap=True)]
    if position:
        grey = (0.4, 0.4, 0.4) if size < 24 else (0.0, 0.0, 0.0)
        added.append(fig.text(other_x, 0.955, position, fontsize=size, ha=other_ha, va="center", color=grey))
    return added


def _save(fig: Figure, bbox: Bbox | None = None, metadata: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches=bbox, metadata=metadata)
    plt.close(fig)
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
    with PdfPages(buffer, metadata={"Title": briefing.title, "Creator": "Corridors"}) as pages:
        total = len(briefing.views)
        for number, view in enumerate(briefing.views, start=1):
            fig = figure(ds, view, f"{number} / {total}")
            pages.savefig(fig)
            plt.close(fig)
    return buffer.getvalue()
