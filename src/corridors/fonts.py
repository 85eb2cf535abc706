"""The fonts that draw Urdu: Noto Naskh Arabic, shipped in static/fonts (SIL OFL) and served with the app.

The browser gets them from Streamlit's static route; the offline HTML page inlines them; matplotlib
registers the files, so every output has the same letters with no network.
"""

from __future__ import annotations

import base64
from functools import cache
from pathlib import Path

from corridors.navigation import ROOT

FOLDER = ROOT / "static" / "fonts"
FAMILY = "Noto Naskh Arabic"
#: Font files by CSS weight.
FILES = {400: "NotoNaskhArabic-Regular.ttf", 700: "NotoNaskhArabic-Bold.ttf"}
#: Where the app serves static/ (Streamlit's static route, relative so a proxy's base path still works).
STATIC_URL = "app/static/fonts/"


def path(weight: int = 400) -> Path:
    return FOLDER / FILES[weight]


def font_face(inline: bool = False) -> str:
    """CSS @font-face rules for the Urdu font: served by the app, or inlined as data (offline pages)."""
    rules = []
    for weight, name in FILES.items():
        url = f"data:font/ttf;base64,{_base64(name)}" if inline else STATIC_URL + name
        rules.append(
            f'@font-face {{ font-family: "{FAMILY}"; src: url("{url}") format("truetype"); '
            f"font-weight: {weight}; font-display: block; }}"
        )
    return "\n".join(rules)


@cache
def _base64(name: str) -> str:
    return base64.b64encode((FOLDER / name).read_bytes()).decode("ascii")
