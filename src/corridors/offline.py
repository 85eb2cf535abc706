"""The offline HTML map: a standalone page with deck.gl, the basemap and the data inlined; it needs no network."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import pydeck as pdk

from corridors import deck as decks
from corridors import fonts, play, yearframes
from corridors import legend as legends
from corridors import scene as scenes
from corridors.basemap import ATTRIBUTION
from corridors.briefing import SavedView
from corridors.captions import source_line
from corridors.catalog import Dataset
from corridors.describe import describe
from corridors.filters import apply
from corridors.i18n import Translator
from corridors.translations import translator
from corridors.userlayers import UserLayer


def portable_spec(deck: pdk.Deck) -> dict[str, Any]:
    """The deck's JSON for a page of its own: no map style (Streamlit's sentinel) to resolve."""
    spec: dict[str, Any] = json.loads(deck.to_json())
    spec.pop("mapStyle", None)
    return spec


def _deckgl_bundle() -> str:
    """deck.gl's JavaScript as shipped inside the pydeck package (no CDN)."""
    return (Path(pdk.__file__).parent / "nbextension" / "static" / "index.js").read_text(encoding="utf-8")


def _script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def layer_data(scene: scenes.Scene) -> dict[str, list[dict]]:
    """The records of the layers that change with the year, as the browser map draws them (labels shaped
    for a right-to-left language)."""
    return {
        "trade-arcs": decks.sent(scene.arcs),
        "corridors-built": decks.sent(scene.built),
        "corridors-planned": decks.planned_dashes(scene),
        "corridor-points": decks.corridor_points(scene),
        "venues": decks.venue_dots(scene),
        "venues-highlight": scene.highlight,
        "labels": decks.label_records(scene),
    }


def playback(frames: list[yearframes.Frame]) -> dict[str, Any]:
    """What the page's Play needs: each year's layer records (pooled), legend, caption and description."""
    pool, indices = yearframes.pooled([layer_data(f.scene) for f in frames])
    steps = [
        {
            "year": f.year,
            "layers": picked,
            "legend": legends.html(f.scene.legend),
            "caption": f.caption,
            "description": f.description,
        }
        for f, picked in zip(frames, indices, strict=True)
    ]
    return {"pool": pool, "frames": steps}


def _speeds(tr: Translator) -> str:
    """The speed choices as <option>s, milliseconds a year, the default selected."""
    return "".join(
        f'<option value="{round(seconds * 1000)}"{" selected" * (name == play.DEFAULT_SPEED)}>'
        f"{html.escape(play.speed_label(name, tr))}</option>"
        for name, seconds in play.SPEEDS.items()
    )


def _words(tr: Translator) -> dict[str, str]:
    """The page script's own words, in the page's language."""
    return {"play": tr._("Play"), "pause": tr._("Pause"), "map": tr._("Map. {description}")}


def page(
    scene: scenes.Scene,
    title: str,
    caption: str = "",
    sources: str = "",
    description: str = "",
    frames: list[yearframes.Frame] | None = None,
) -> str:
    """A standalone page of the scene's map, legend, title, caption, sources and text description, with no
    network needed; with ``frames`` (two or more years), a year slider and Play that run in the browser.

    It is in the scene's language; a right-to-left page (Urdu) flips and inlines its font.
    """
    deck = decks.of(scene, inline=True)  # no server to fetch the basemap from
    tr = Translator(scene.lang)
    rtl_css = fonts.font_face(inline=True) + _RTL if tr.rtl else ""
    playable = frames is not None and len(frames) > 1
    last = frames[-1].year if frames else 0
    player = _PLAYER.format(  # filled only when it plays
        last=len(frames or []) - 1,
        year=last,
        speeds=_speeds(tr),
        group=html.escape(tr._("Play through the years")),
        play=html.escape(tr._("Play")),
        year_label=html.escape(tr._("Year")),
        speed_label=html.escape(tr._("Speed")),
    )
    return _PAGE.format(
        lang=tr.lang,
        dir="rtl" if tr.rtl else "ltr",
        rtl_css=rtl_css,
        title=html.escape(title),
        caption=html.escape(caption),
        sources=html.escape(sources),
        attribution=html.escape(tr._(ATTRIBUTION)),
        legend=legends.html(scene.legend),
        description=html.escape(description),
        player=player if playable else "",
        describe_heading=html.escape(tr._("Text description of the map")),
        map_label=html.escape(tr._("Map. {description}").format(description=description)),
        legend_label=html.escape(tr._("Legend")),
        bundle=_deckgl_bundle().replace("</script", "<\\/script"),
        spec=_script_json(portable_spec(deck)),
        tooltip=_script_json(decks.tooltip(scene.lang)),
        frames=_script_json(playback(frames) if playable and frames else None),
        words=_script_json(_words(tr)),
    )


def view_html(ds: Dataset, view: SavedView, uploaded: tuple[UserLayer, ...] = ()) -> str:
    """Standalone offline HTML map of a saved view (title, caption, legend, sources, users' layers, text
    description), with Play through the years of its range.
    """
    sel = apply(ds, view.filters)
    scene = scenes.build(ds, sel, view.camera, uploaded=uploaded)
    frames = list(yearframes.frames(ds, view, uploaded))
    description = describe(sel, uploaded, tr=translator(ds))
    return page(scene, view.title, view.caption, source_line(ds, view), description, frames)


#: A right-to-left page: Naskh font first, the title and caption on the right, the legend on the left.
_RTL = """
html, body {{ font-family: "Noto Naskh Arabic", "DejaVu Sans", Arial, sans-serif; }}
#head {{ left: auto; right: 12px; }} #legend {{ right: auto; left: 12px; }} #foot {{ left: auto; right: 12px; }}
#describe {{ right: auto; left: 12px; }}
""".replace("{{", "{").replace("}}", "}")

_PAGE = """<!DOCTYPE html>
<html lang="{lang}" dir="{dir}"><head><meta charset="utf-8"><title>{title}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
html, body {{ margin: 0; height: 100%; font-family: "DejaVu Sans", Arial, sans-serif; color: #111; }}
main, figure {{ margin: 0; }}
#map {{ position: absolute; inset: 0; background: #cddeea; }}
.panel {{ position: absolute; background: rgba(255,255,255,0.94); padding: 10px 14px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.25); max-width: 40%; z-index: 2; }}
#head {{ top: 12px; left: 12px; }} #head h1 {{ margin: 0 0 6px; font-size: 24px; }}
#head p {{ margin: 0 0 4px; font-size: 15px; }} #legend {{ top: 12px; right: 12px; font-size: 13px; }}
#foot {{ bottom: 12px; left: 12px; font-size: 12px; color: #333; }}
#describe {{ bottom: 12px; right: 12px; font-size: 13px; max-width: 34%; }}
#describe summary {{ cursor: pointer; font-weight: 600; }}
#player {{ margin-top: 8px; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; font-size: 14px;
  min-width: 460px; }}
#player input {{ width: 180px; }}
#player button {{ font: inherit; font-weight: 600; padding: 4px 12px; border: 2px solid #1a3d6d; border-radius: 4px;
  background: #1a3d6d; color: #fff; cursor: pointer; }}
#player output {{ font-size: 22px; font-weight: 700; min-width: 3.2em; }}
:focus-visible {{ outline: 3px solid #1a3d6d; outline-offset: 2px; }}
{rtl_css}
</style>
<script>{bundle}</script></head>
<body><main>
<div class="panel" id="head"><h1>{title}</h1><p>{caption}</p>{player}</div>
<figure>
<div id="map" role="img" aria-label="{map_label}"></div>
<figcaption class="panel" id="describe"><details><summary>{describe_heading}</summary>
<p id="description">{description}</p></details></figcaption>
</figure>
<section class="panel" id="legend" aria-label="{legend_label}">{legend}</section>
<footer class="panel" id="foot">{sources}<br>{attribution}</footer>
</main>
<script>
const BASE = {spec};
const deck = createDeck({{container: document.getElementById("map"), jsonInput: structuredClone(BASE),
  tooltip: {tooltip}, customLibraries: null, configuration: null}});
const PLAY = {frames};
const WORDS = {words};
if (PLAY) {{
  const slider = document.getElementById("year"), button = document.getElementById("play");
  const speed = document.getElementById("speed"), out = document.getElementById("year-out");
  let timer = null, at = PLAY.frames.length - 1;
  const show = (index) => {{
    at = index;
    const frame = PLAY.frames[index];
    const layers = BASE.layers.map((layer) => frame.layers[layer.id] === undefined ? layer :
      Object.assign({{}}, layer, {{data: frame.layers[layer.id].map((k) => PLAY.pool[layer.id][k])}}));
    updateDeck({{layers: layers}}, deck);
    slider.value = index;
    slider.setAttribute("aria-valuetext", String(frame.year));
    out.textContent = frame.year;
    document.getElementById("step").textContent = frame.caption;
    document.getElementById("description").textContent = frame.description;
    document.getElementById("map").setAttribute("aria-label", WORDS.map.replace("{{description}}", frame.description));
    document.getElementById("legend").innerHTML = frame.legend;
  }};
  const stop = () => {{
    clearInterval(timer); timer = null;
    button.textContent = WORDS.play; button.setAttribute("aria-pressed", "false");
  }};
  const start = () => {{
    if (at >= PLAY.frames.length - 1) show(0);
    button.textContent = WORDS.pause; button.setAttribute("aria-pressed", "true");
    timer = setInterval(() => at >= PLAY.frames.length - 1 ? stop() : show(at + 1), Number(speed.value));
  }};
  button.addEventListener("click", () => timer ? stop() : start());
  slider.addEventListener("input", () => {{ stop(); show(Number(slider.value)); }});
  speed.addEventListener("change", () => {{ if (timer) {{ stop(); start(); }} }});
  document.addEventListener("keydown", (e) => {{
    if (e.key.toLowerCase() === "p" && !e.ctrlKey && !e.metaKey && !e.altKey) {{ e.preventDefault(); button.click(); }}
  }});
}}
</script></body></html>
"""

#: Play controls of the offline page: a button, a year slider and a speed choice (keyboard: Tab, arrows, P).
_PLAYER = """<div id="player" role="group" aria-label="{group}">
<button id="play" type="button" aria-pressed="false" aria-keyshortcuts="P">{play}</button>
<label for="year">{year_label}</label>
<input id="year" type="range" min="0" max="{last}" step="1" value="{last}" aria-valuetext="{year}">
<output id="year-out" for="year">{year}</output>
<label for="speed">{speed_label}</label>
<select id="speed">{speeds}</select>
</div><p id="step"></p>"""
