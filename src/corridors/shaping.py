"""Arabic-script text for renderers with no shaping: deck.gl's TextLayer and matplotlib draw glyph by glyph.

:func:`visual` joins the letters (their initial, medial, final or isolated presentation forms) with
``arabic-reshaper`` and orders the line for display with ``python-bidi``, so Urdu labels read right
to left with connected letters, and embedded Latin names or numbers keep their own direction.
"""

from __future__ import annotations

from functools import cache

from arabic_reshaper import ArabicReshaper
from bidi.algorithm import get_display  # the implementation that mirrors brackets: "(6)" stays "(6)"


@cache
def _reshaper() -> ArabicReshaper:
    # ZWNJ kept as a joiner break (Urdu uses it), harakat dropped: the font draws them poorly unshaped.
    return ArabicReshaper(configuration={"delete_harakat": True, "support_ligatures": True})


def has_arabic(text: str) -> bool:
    """True if ``text`` has an Arabic-script letter (Urdu, Arabic, Persian)."""
    return any("\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" for ch in text)


def visual(text: str) -> str:
    """``text`` shaped and in display (left-to-right glyph) order, each line on its own; a line with no
    Arabic-script letter is returned as it is (so 'BTC, 2006.' keeps its full stop where it was).
    """
    return "\n".join(
        get_display(_reshaper().reshape(line), base_dir="R") if has_arabic(line) else line for line in text.split("\n")
    )


def is_shaped(text: str) -> bool:
    """True if every Arabic letter of ``text`` is a presentation form (what :func:`visual` produces)."""
    letters = [ch for ch in text if "\u0600" <= ch <= "\u06ff" and ch.isalpha()]
    return not letters
