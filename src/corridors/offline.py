"""The offline HTML map: a standalone page with deck.gl and the data inlined, that opens with no network."""

from __future__ import annotations

import html
import json
import math
from pathlib import Path
from typing import Any

import pydeck as pdk

from corridors import deck as decks
from corridors import fonts
from corridors import legend as legends
from corridors import scene as scenes
from corridors.basemap import ATTRIBUTION
from corridors.briefing import SavedView
from corridors.captions import source_line
from corridors.catalog import Dataset
from corridors.filters import apply
from corridors.i18n import Translator
from corridors.userlayers import UserLayer


def geometric_dashes(path: list[list[float]], dash: float = 0.4, gap: float = 0.25) -> list[list[list[float]]]:
    """A path cut into dashes ``dash`` degrees long with ``gap`` between them.

    Used where deck.gl's PathStyleExtension is not available (the standalone HTML export).
    """
    pieces: list[list[list[float]]] = []
    current: list[list[float]] = [path[0]]
    drawing, left = True, dash
    for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            point = [round(x0 + (x1 - x0) * t, 4), round(y0 + (y1 - y0) * t, 4)]
            if drawing:
                current.append(point)
                pieces.append(current)
            else:
                current = [point]
            drawing = not drawing
            left = dash if drawing else gap
        left -= seg - pos
        if drawing:
            current.append([x1, y1])
    if drawing and len(current) > 1:
        pieces.append(current)
    return pieces


def portable_spec(deck: pdk.Deck) -> dict[str, Any]:
    """The deck's JSON with dashed layers drawn as dash segments, for renderers without extensions."""
    spec: dict[str, Any] = json.loads(deck.to_json())
    spec.pop("mapStyle", None)
    for layer in spec["layers"]:
        if any(ext.get("@@type") == "PathStyleExtension" for ext in layer.get("extensions", [])):
            layer["data"] = [
                {**record, "path": piece} for record in layer["data"] for piece in geometric_dashes(record["path"])
            ]
            for key in ("extensions", "getDashArray", "dashJustified"):
                layer.pop(key, None)
    return spec


def _deckgl_bundle() -> str:
    """deck.gl's JavaScript as shipped inside the pydeck package (no CDN)."""
    return (Path(pdk.__file__).parent / "nbextension" / "static" / "index.js").read_text(encoding="utf-8")


def _script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def page(scene: scenes.Scene, title: str, caption: str = "", sources: str = "") -> str:
    """A standalone page of the scene's map, legend, title, caption and sources, with no network needed.

    It is in the scene's language; a right-to-left page (Urdu) flips and inlines its font.
    """
    deck = decks.of(scene)
    tr = Translator(scene.lang)
    rtl_css = fonts.font_face(inline=True) + _RTL if tr.rtl else ""
    return _PAGE.format(
        lang=tr.lang,
        dir="rtl" if tr.rtl else "ltr",
        rtl_css=rtl_css,
        title=html.escape(title),
        caption=html.escape(caption),
        sources=html.escape(sources),
        attribution=html.escape(tr._(ATTRIBUTION)),
        legend=legends.html(scene.legend),
        bundle=_deckgl_bundle().replace("</script", "<\\/script"),
        spec=_script_json(portable_spec(deck)),
        tooltip=_script_json(decks.tooltip(scene.lang)),
    )


def view_html(ds: Dataset, view: SavedView, uploaded: tuple[UserLayer, ...] = ()) -> str:
    """Standalone offline HTML map of a saved view (title, caption, legend, sources, users' layers)."""
    scene = scenes.build(ds, apply(ds, view.filters), view.camera, uploaded=uploaded)
    return page(scene, view.title, view.caption, source_line(ds, view))


#: A right-to-left page: Naskh font first, the title and caption on the right, the legend on the left.
_RTL = """
html, body {{ font-family: "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; }}
#head {{ left: auto; right: 12px; }} #legend {{ right: auto; left: 12px; }} #foot {{ left: auto; right: 12px; }}
""".replace("{{", "{").replace("}}", "}")

_PAGE = """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; font-family: "DejaVu Sans", Arial, sans-serif; }}
#map {{ position: absolute; inset: 0; background: #cddeea; }}
.panel {{ position: absolute; background: rgba(255,255,255,0.92); padding: 10px 14px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.25); max-width: 40%; z-index: 2; }}
#head {{ top: 12px; left: 12px; }} #head h1 {{ margin: 0 0 6px; font-size: 24px; }}
#head p {{ margin: 0; font-size: 15px; }} #legend {{ top: 12px; right: 12px; font-size: 13px; }}
#foot {{ bottom: 12px; left: 12px; font-size: 12px; color: #444; }}
{rtl_css}
</style>
<script>{bundle}</script></head>
<body><div id="map"></div>
<div class="panel" id="head"><h1>{title}</h1><p>{caption}</p></div>
<div class="panel" id="legend">{legend}</div>
<div class="panel" id="foot">{sources}<br>{attribution}</div>
<script>
createDeck({{container: document.getElementById("map"), jsonInput: {spec}, tooltip: {tooltip},
  customLibraries: null, configuration: null}});
</script></body></html>
"""
