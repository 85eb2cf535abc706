"""Downloads: the filtered or whole dataset as CSV and GeoJSON, with the attribution."""

from __future__ import annotations

import html
import io
import json
import zipfile
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pydeck as pdk

from corridors.basemap import ATTRIBUTION
from corridors.catalog import Dataset
from corridors.layers import portable_spec

LICENCE = (
    "Corridors dataset export.\n"
    "Every record cites its sources (see sources.csv); figures are those of the cited sources.\n"
    "Corridor lines are traced by the Corridors project through published waypoints.\n"
    f"{ATTRIBUTION}.\n"
)


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists as 'a;b' text and dates as ISO text: a CSV that opens anywhere."""
    out = frame.drop(columns=[c for c in ("geometry", "start", "end", "since", "pair") if c in frame.columns])
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, list)).any():
            out[column] = out[column].map(lambda v: ";".join(v) if isinstance(v, list) else v)
    return out


def to_csv(frame: pd.DataFrame) -> str:
    return _flat(frame).to_csv(index=False, lineterminator="\n")


def _features(frame: pd.DataFrame, geometries: list[dict]) -> str:
    flat = _flat(frame)
    records = json.loads(flat.to_json(orient="records", force_ascii=False))
    features = [
        {"type": "Feature", "properties": props, "geometry": geom}
        for props, geom in zip(records, geometries, strict=True)
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


def corridors_geojson(corridors: gpd.GeoDataFrame | pd.DataFrame) -> str:
    geoms = json.loads(gpd.GeoSeries(list(corridors["geometry"]), crs="EPSG:4326").to_json())["features"]
    return _features(corridors, [g["geometry"] for g in geoms])


def events_geojson(events: pd.DataFrame) -> str:
    geoms = [
        {"type": "Point", "coordinates": [float(lon), float(lat)]}
        for lon, lat in zip(events["lon"], events["lat"], strict=True)
    ]
    return _features(events, geoms)


def bundle(
    ds: Dataset, corridors: pd.DataFrame, events: pd.DataFrame, trade: pd.DataFrame, uploaded: tuple = ()
) -> bytes:
    """A zip of the given records as CSV and GeoJSON, with the sources they cite and the licence."""
    cited = set(corridors["sources"].explode()) | set(events["sources"].explode()) | set(trade["sources"].explode())
    sources = ds.sources[ds.sources["id"].isin(cited)]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("corridors.geojson", corridors_geojson(corridors))
        zf.writestr("corridors.csv", to_csv(corridors))
        zf.writestr("events.geojson", events_geojson(events))
        zf.writestr("events.csv", to_csv(events))
        zf.writestr("trade.csv", to_csv(trade))
        zf.writestr("sources.csv", to_csv(sources))
        zf.writestr("disagreements.csv", to_csv(ds.disagreements))
        zf.writestr("LICENCE.txt", LICENCE)
        for layer in uploaded:
            zf.writestr(f"your-layers/{layer.name}.geojson", layer.frame.to_json())
    return buffer.getvalue()


def _deckgl_bundle() -> str:
    """deck.gl's JavaScript as shipped inside the pydeck package (no CDN)."""
    import pydeck

    return (Path(pydeck.__file__).parent / "nbextension" / "static" / "index.js").read_text(encoding="utf-8")


def _script_json(value: object) -> str:
    """JSON safe to place inside a <script> element."""
    return json.dumps(value, ensure_ascii=False).replace("</", "<\\/")


def deck_html(deck: pdk.Deck, title: str, caption: str = "", legend: list | None = None, sources: str = "") -> str:
    """A standalone page of the map that opens with no network: deck.gl and the data inlined."""
    rows = "".join(
        f'<li><span class="sw" style="border-top:5px {"dashed" if e.style == "dashed" else "solid"} '
        f'rgb{tuple(e.color)}"></span>{html.escape(e.label)}</li>'
        for e in legend or []
    )
    return _PAGE.format(
        title=html.escape(title),
        caption=html.escape(caption),
        sources=html.escape(sources),
        attribution=html.escape(ATTRIBUTION),
        legend=rows,
        bundle=_deckgl_bundle().replace("</script", "<\\/script"),
        spec=_script_json(portable_spec(deck)),
        tooltip=_script_json(deck._tooltip),
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>
html, body {{ margin: 0; height: 100%; font-family: "DejaVu Sans", Arial, sans-serif; }}
#map {{ position: absolute; inset: 0; background: #cddeea; }}
.panel {{ position: absolute; background: rgba(255,255,255,0.92); padding: 10px 14px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.25); max-width: 40%; z-index: 2; }}
#head {{ top: 12px; left: 12px; }} #head h1 {{ margin: 0 0 6px; font-size: 24px; }}
#head p {{ margin: 0; font-size: 15px; }} #legend {{ top: 12px; right: 12px; font-size: 13px; }}
#legend ul {{ list-style: none; margin: 0; padding: 0; }} .sw {{ display: inline-block; width: 22px; height: 0;
  margin-right: 8px; vertical-align: middle; }} #foot {{ bottom: 12px; left: 12px; font-size: 12px; color: #444; }}
</style>
<script>{bundle}</script></head>
<body><div id="map"></div>
<div class="panel" id="head"><h1>{title}</h1><p>{caption}</p></div>
<div class="panel" id="legend"><ul>{legend}</ul></div>
<div class="panel" id="foot">{sources}<br>{attribution}</div>
<script>
createDeck({{container: document.getElementById("map"), jsonInput: {spec}, tooltip: {tooltip},
  customLibraries: null, configuration: null}});
</script></body></html>
"""


def view_html(ds: Dataset, view, uploaded: tuple = ()) -> str:
    """Standalone offline HTML map of a saved view (title, caption, legend, sources, users' layers)."""
    from corridors.filters import apply
    from corridors.layers import build_deck, legend
    from corridors.render import source_line

    sel = apply(ds, view.filters)
    deck = build_deck(ds, sel, view.camera, uploaded=uploaded)
    return deck_html(deck, view.title, view.caption, legend(sel, uploaded), source_line(ds, view))


def view_data(ds: Dataset, view, uploaded: tuple = ()) -> bytes:
    """Zip of the records a saved view shows (CSV + GeoJSON, sources, licence, users' layers)."""
    from corridors.filters import apply, trade_in_range

    sel = apply(ds, view.filters)
    return bundle(ds, sel.corridors, sel.events, trade_in_range(ds, view.filters), uploaded)
