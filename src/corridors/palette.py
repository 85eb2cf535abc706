"""Colours and line widths shared by every drawing of the map (browser, PNG/PDF, offline HTML, charts)."""

from __future__ import annotations

RGB = tuple[int, int, int]

#: Okabe–Ito colour-blind-safe palette, one colour per mode.
MODE_COLORS: dict[str, RGB] = {
    "oil": (213, 94, 0),
    "gas": (0, 114, 178),
    "electricity": (230, 159, 0),
    "rail": (0, 158, 115),
    "road": (86, 180, 233),
    "multimodal": (204, 121, 167),
    "air": (0, 0, 0),
}
PAIR_COLORS: dict[str, RGB] = {"AZE–TUR": (136, 34, 85), "AZE–PAK": (51, 34, 136), "TUR–PAK": (17, 119, 51)}
#: Colour of anything without an entry above.
OTHER: RGB = (90, 90, 90)
#: Oil lines are drawn wider so a gas line sharing the corridor (BTC and SCP) stays visible on top.
MODE_WIDTH = {"oil": 7, "gas": 4}
DEFAULT_WIDTH = 5
SEA: RGB = (205, 222, 234)
LAND: RGB = (243, 241, 236)
FOCUS_LAND: RGB = (255, 241, 204)
BORDER: RGB = (150, 150, 150)
VENUE: RGB = (40, 40, 40)
#: Ring around the places of the year that Play is showing (dark crimson: 3:1 or more on land and sea).
HIGHLIGHT: RGB = (170, 0, 60)
#: Neutral grey of the line-style legend entries.
LINE_STYLE: RGB = (60, 60, 60)
#: Colours of users' own layers, in upload order (Okabe–Ito purple, then greys).
USER_COLORS: tuple[RGB, ...] = ((102, 51, 153), (80, 80, 80), (150, 150, 150))


def user_color(number: int) -> RGB:
    """Colour of the ``number``-th user layer (colours repeat after the last)."""
    return USER_COLORS[number % len(USER_COLORS)]


def css(color: RGB) -> str:
    """A colour as CSS ``rgb(r,g,b)``."""
    r, g, b = color
    return f"rgb({r},{g},{b})"
