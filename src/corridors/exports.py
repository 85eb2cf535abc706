"""Downloads: the filtered or whole dataset as CSV and GeoJSON, with the attribution."""

from __future__ import annotations

import io
import json
import zipfile

import geopandas as gpd
import pandas as pd

from corridors.basemap import ATTRIBUTION
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.filters import apply, trade_in_range
from corridors.userlayers import UserLayer

LICENCE = (
    "Corridors dataset export.\n"
    "Every record cites its sources (see sources.csv); figures are those of the cited sources.\n"
    "Corridor lines are traced by the Corridors project through published waypoints.\n"
    f"{ATTRIBUTION}.\n"
)
#: The licence as one line, for a caption.
LICENCE_LINE = LICENCE.replace("\n", " ").strip()


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
    ds: Dataset,
    corridors: pd.DataFrame,
    events: pd.DataFrame,
    trade: pd.DataFrame,
    uploaded: tuple[UserLayer, ...] = (),
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


def view_data(ds: Dataset, view: SavedView, uploaded: tuple[UserLayer, ...] = ()) -> bytes:
    """Zip of the records a saved view shows (CSV + GeoJSON, sources, licence, users' layers)."""
    sel = apply(ds, view.filters)
    return bundle(ds, sel.corridors, sel.events, trade_in_range(ds, view.filters), uploaded)


def chart_data(ds: Dataset, view: SavedView) -> bytes:
    """The rows behind a chart view as CSV: trade series and targets, the timeline's events, or the corridor."""
    from corridors import tables
    from corridors.viewkinds import timeline_events, trade_data

    if view.kind == "trade":
        data = trade_data(ds, view.filters)
        frame = pd.concat([data.series, data.targets.assign(kind="target")], ignore_index=True)
    elif view.kind == "timeline":
        frame = tables.event_table(timeline_events(ds, view.filters, view.event_kinds))
    else:
        frame = tables.corridor_table(ds.corridors[ds.corridors["id"] == view.selected])
    return to_csv(frame).encode("utf-8")
