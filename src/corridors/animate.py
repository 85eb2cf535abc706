"""The years as an animated GIF for slide decks, drawn on the server like the PNG slide (no browser, no network).

One frame per year of the view's range (see :func:`corridors.play.years`): the slide's title,
basemap, sources and attribution are drawn once; each year's layers, legend, caption and year
are drawn over them and removed before the next. Frames share one palette, so colours hold still.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import replace

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PIL import Image

from corridors import play, render, slidetext, yearframes
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.palette import (
    BORDER,
    FOCUS_LAND,
    HIGHLIGHT,
    LAND,
    LINE_STYLE,
    MODE_COLORS,
    OTHER,
    PAIR_COLORS,
    SEA,
    USER_COLORS,
    VENUE,
)
from corridors.translations import translator
from corridors.userlayers import UserLayer

#: Frame size: 1280×720 fits any slide and keeps the file small.
SIZE = (1280, 720)
#: Milliseconds per year, and how long the last year stays before the loop starts again.
FRAME_MS = 1000
HOLD_MS = 3000


def palette(picture: Image.Image) -> Image.Image:
    """A 256-colour palette holding every colour of the map exactly, the rest taken from ``picture``
    (anti-aliased edges, text), so a gas line stays the gas line's blue after quantising.
    """
    exact = [(255, 255, 255), (0, 0, 0), SEA, LAND, FOCUS_LAND, BORDER, VENUE, HIGHLIGHT, LINE_STYLE, OTHER]
    exact += [*MODE_COLORS.values(), *PAIR_COLORS.values(), *USER_COLORS]
    exact = list(dict.fromkeys(exact))
    sampled = picture.quantize(colors=256 - len(exact), method=Image.Quantize.MEDIANCUT).getpalette() or []
    flat = [c for rgb in exact for c in rgb] + sampled[: 3 * (256 - len(exact))]
    out = Image.new("P", (1, 1))
    out.putpalette(flat + [0] * (768 - len(flat)))
    return out


def _pixels(fig: Figure) -> Image.Image:
    fig.canvas.draw()
    width, height = fig.canvas.get_width_height()
    return Image.frombuffer("RGBA", (width, height), fig.canvas.buffer_rgba()).convert("RGB")  # type: ignore[attr-defined]


def pictures(
    ds: Dataset,
    view: SavedView,
    uploaded: tuple[UserLayer, ...] = (),
    progress: Callable[[int, int], object] | None = None,
) -> tuple[list[Image.Image], str]:
    """One picture per year and the description of the last one (``progress(done, total)`` after each frame)."""
    tr = translator(ds)
    total = len(play.years(view.filters, ds.years))
    fig = Figure(figsize=(render.WIDTH / render.DPI, render.HEIGHT / render.DPI), facecolor="white")
    FigureCanvasAgg(fig)  # not pyplot's registry of figures, which every session's thread shares
    fig.set_dpi(SIZE[0] / (render.WIDTH / render.DPI))
    out, text, axes = [], "", None
    with slidetext.text_style(tr):  # the slide's font and language, one slide at a time; "$7.6bn" is not mathematics
        for done, frame in enumerate(yearframes.frames(ds, view, uploaded, render.SLIDE_MAP), start=1):
            if axes is None:
                axes = render.map_axes(fig, view, frame.scene)
                slidetext.frame_texts(fig, ds, view)
            frame_view = replace(view, filters=frame.selection.filters)
            added = render.map_content(*axes, ds, frame_view, frame.scene)
            added += slidetext.changing_texts(fig, frame.caption, str(frame.year), size=34, rtl=tr.rtl)
            out.append(_pixels(fig))
            for artist in added:
                artist.remove()
            text = frame.description
            if progress:
                progress(done, total)
    return out, text


def gif(
    ds: Dataset,
    view: SavedView,
    uploaded: tuple[UserLayer, ...] = (),
    progress: Callable[[int, int], object] | None = None,
) -> bytes:
    """The years of a view as a looping GIF, with its text alternative in the GIF's comment."""
    drawn, last = pictures(ds, view, uploaded, progress)
    colours = palette(drawn[-1])
    indexed = [p.quantize(palette=colours, dither=Image.Dither.NONE) for p in drawn]
    years = play.years(view.filters, ds.years)
    comment = (
        translator(ds)
        ._("{title}: one frame a year, {start}–{end}. In {end}: {description}")
        .format(title=view.title, start=years[0], end=years[-1], description=last)
    )
    buffer = io.BytesIO()
    indexed[0].save(
        buffer,
        format="GIF",
        save_all=True,
        append_images=indexed[1:],
        duration=[FRAME_MS] * (len(indexed) - 1) + [HOLD_MS],
        loop=0,
        optimize=False,
        comment=comment.encode("utf-8")[:65_000],
    )
    return buffer.getvalue()
