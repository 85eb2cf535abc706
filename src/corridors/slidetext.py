"""The texts round a slide's drawing — title, caption, position, sources, attribution — in the reader's language.

A right-to-left slide (Urdu) reads from the right: title, caption and sources are set flush right and
the position ('3 / 7', or an animation frame's year) and the attribution move to the left. matplotlib
3.11 shapes right-to-left text itself (libraqm), given the language and a font that has the letters.
"""

from __future__ import annotations

import textwrap
import threading
from collections.abc import Iterator
from contextlib import contextmanager

import matplotlib

matplotlib.use("Agg")  # slides are drawn on the server (as in corridors.render)

from matplotlib.artist import Artist  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from corridors import fonts  # noqa: E402
from corridors.briefing import SavedView  # noqa: E402
from corridors.captions import source_line  # noqa: E402
from corridors.catalog import Dataset  # noqa: E402
from corridors.i18n import Translator  # noqa: E402
from corridors.legend import ATTRIBUTION_TEXT  # noqa: E402
from corridors.translations import translator  # noqa: E402

_REGISTERED: list[str] = []


def font_family(tr: Translator) -> list[str]:
    """Fonts to draw ``tr``'s language: the Naskh font first for Urdu (registered once), DejaVu Sans after."""
    if not _REGISTERED:
        from matplotlib import font_manager

        for weight in fonts.FILES:
            font_manager.fontManager.addfont(str(fonts.path(weight)))
        _REGISTERED.append(fonts.FAMILY)
    return [fonts.FAMILY, "DejaVu Sans"] if tr.rtl else ["DejaVu Sans", fonts.FAMILY]


#: matplotlib's settings are one set for the whole server, and every viewer's session draws in a thread
#: of its own: slides are drawn one at a time, or one session's Urdu font and language would reach another
#: session's slide (matplotlib is not thread-safe; its documentation asks threads to take a lock).
DRAWING = threading.RLock()


@contextmanager
def text_style(tr: Translator) -> Iterator[None]:
    """matplotlib settings for a slide's text in ``tr``'s language (its font, libraqm's language), while
    drawing, one slide at a time in the whole server (see :data:`DRAWING`)."""
    with DRAWING:
        family = font_family(tr)
        # "$7.6bn … $15bn" is money, not mathematics
        with matplotlib.rc_context({"text.parse_math": False, "font.family": family, "text.language": tr.lang}):
            yield


def _sides(rtl: bool) -> tuple[tuple[float, str], tuple[float, str]]:
    """Where a slide's texts start and where the ones opposite them end: right-to-left slides read from the right."""
    return ((0.98, "right"), (0.02, "left")) if rtl else ((0.02, "left"), (0.98, "right"))


def frame_texts(fig: Figure, ds: Dataset, view: SavedView) -> Text:
    """The texts round the drawing that stay the same through the years: title, sources, attribution.

    Returns the sources' text (see :func:`keep_apart`).
    """
    tr = translator(ds)
    (x, ha), (other_x, other_ha) = _sides(tr.rtl)
    fig.text(x, 0.955, view.title, fontsize=30, weight="bold", va="center", ha=ha)
    sources = "\n".join(textwrap.wrap(source_line(ds, view), 140, max_lines=4, placeholder=" …"))
    found = fig.text(x, 0.012, sources, fontsize=10, color=(0.3, 0.3, 0.3), va="bottom", ha=ha, linespacing=1.3)
    attribution = tr._(ATTRIBUTION_TEXT)
    fig.text(other_x, 0.012, attribution, fontsize=10, ha=other_ha, va="bottom", color=(0.45, 0.45, 0.45))
    return found


def changing_texts(fig: Figure, caption: str, position: str = "", size: int = 18, rtl: bool = False) -> list[Artist]:
    """The caption, and the position (top right, top left in Urdu: '3 / 7', or the year of an animation's frame)."""
    (x, ha), (other_x, other_ha) = _sides(rtl)
    wrapped = "\n".join(textwrap.wrap(caption, 160))  # a margin for wider letters (Turkish, Azerbaijani)
    added: list[Artist] = [fig.text(x, 0.145, wrapped, fontsize=15, va="top", ha=ha, wrap=True)]
    if position:
        grey = (0.4, 0.4, 0.4) if size < 24 else (0.0, 0.0, 0.0)
        added.append(fig.text(other_x, 0.955, position, fontsize=size, ha=other_ha, va="center", color=grey))
    return added


def keep_apart(fig: Figure, caption: Artist, sources: Text, gap: float = 6) -> None:
    """Shorten the sources (their last lines, ending '…') until they clear the caption above them: a script
    with tall letters (Urdu's Naskh) needs more height for the same lines.
    """
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # slides are drawn with Agg
    renderer = canvas.get_renderer()
    lines = sources.get_text().split("\n")
    while len(lines) > 1 and sources.get_window_extent(renderer).y1 + gap > caption.get_window_extent(renderer).y0:
        lines = lines[:-1]
        lines[-1] = lines[-1].rstrip(" …") + " …"
        sources.set_text("\n".join(lines))
