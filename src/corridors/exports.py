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
from corridors.i18n import DEFAULT, ENGLISH, N_, Translator
from corridors.translations import translator
from corridors.userlayers import UserLayer

LICENCE_LINES = (
    N_("Corridors dataset export."),
    N_("Every record cites its sources (see sources.csv); figures are those of the cited sources."),
    N_("Corridor lines are traced by the Corridors project through published waypoints."),
    ATTRIBUTION + ".",
)
#: Said in a translated export: the columns are the data files' own in English (geodata/README.md).
TRANSLATED_NOTE = N_(
    "Names, titles and summaries are in the language of this export; CSV column headers are translated, "
    "GeoJSON property names and codes (modes, statuses, kinds) are those of the data files."
)
LICENCE = "\n".join(LICENCE_LINES) + "\n"
#: The licence as one line, for a caption.
LICENCE_LINE = LICENCE.replace("\n", " ").strip()

#: Column headers of the data files, as a translated CSV names them (English files keep the field names).
COLUMN_NAMES = {
    "id": N_("id"),
    "name": N_("name"),
    "short_name": N_("short name"),
    "mode": N_("mode"),
    "status": N_("status"),
    "opened": N_("opened"),
    "planned": N_("planned"),
    "announced": N_("announced"),
    "length_km": N_("length (km)"),
    "capacity": N_("capacity"),
    "capacity_unit": N_("capacity unit"),
    "operator": N_("operator"),
    "countries": N_("countries"),
    "description": N_("description"),
    "geometry_quality": N_("line drawn"),
    "sources": N_("sources"),
    "note": N_("note"),
    "date": N_("date"),
    "kind": N_("kind"),
    "title": N_("title"),
    "place": N_("place"),
    "lat": N_("latitude"),
    "lon": N_("longitude"),
    "participants": N_("participants"),
    "summary": N_("summary"),
    "figure_value": N_("figure"),
    "figure_unit": N_("figure unit"),
    "corridors": N_("corridors"),
    "reporter": N_("reporter"),
    "partner": N_("partner"),
    "year": N_("year"),
    "flow": N_("flow"),
    "value_usd": N_("value (US$)"),
    "basis": N_("basis"),
    "claim": N_("claim"),
    "publisher": N_("publisher"),
    "url": N_("URL"),
    "type": N_("type"),
    "accessed": N_("accessed"),
    "topic": N_("topic"),
    "record": N_("record"),
    "claim_a": N_("claim A"),
    "source_a": N_("sources A"),
    "claim_b": N_("claim B"),
    "source_b": N_("sources B"),
    "shown": N_("shown"),
    "why": N_("why"),
}


def licence(tr: Translator = ENGLISH) -> str:
    """LICENCE.txt of an export, in the reader's language."""
    lines = [tr._(line) for line in LICENCE_LINES[:-1]] + [tr._(ATTRIBUTION) + "."]
    if tr.lang != DEFAULT:
        lines.append(tr._(TRANSLATED_NOTE))
    return "\n".join(lines) + "\n"


def licence_line(tr: Translator = ENGLISH) -> str:
    """The licence as one line, for a caption."""
    return licence(tr).replace("\n", " ").strip()


def _flat(frame: pd.DataFrame) -> pd.DataFrame:
    """Lists as 'a;b' text and dates as ISO text: a CSV that opens anywhere."""
    out = frame.drop(columns=[c for c in ("geometry", "start", "end", "since", "pair") if c in frame.columns])
    for column in out.columns:
        if out[column].map(lambda v: isinstance(v, list)).any():
            out[column] = out[column].map(lambda v: ";".join(v) if isinstance(v, list) else v)
    return out


def to_csv(frame: pd.DataFrame, tr: Translator = ENGLISH) -> str:
    """A data frame as CSV; in another language than English the data files' columns get translated headers."""
    flat = _flat(frame)
    if tr.lang != DEFAULT:
        flat = flat.rename(columns={c: tr._(COLUMN_NAMES[c]) for c in flat.columns if c in COLUMN_NAMES})
    return flat.to_csv(index=False, lineterminator="\n")


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
    tr = translator(ds)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("corridors.geojson", corridors_geojson(corridors))
        zf.writestr("corridors.csv", to_csv(corridors, tr))
        zf.writestr("events.geojson", events_geojson(events))
        zf.writestr("events.csv", to_csv(events, tr))
        zf.writestr("trade.csv", to_csv(trade, tr))
        zf.writestr("sources.csv", to_csv(sources, tr))
        zf.writestr("disagreements.csv", to_csv(ds.disagreements, tr))
        zf.writestr("LICENCE.txt", licence(tr))
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

    tr = translator(ds)

    if view.kind == "trade":
        data = trade_data(ds, view.filters)
        frame = pd.concat([data.series, data.targets.assign(kind="target")], ignore_index=True)
    elif view.kind == "timeline":
        frame = tables.headed(tables.event_table(timeline_events(ds, view.filters, view.event_kinds), tr), tr)
    else:
        frame = tables.headed(tables.corridor_table(ds.corridors[ds.corridors["id"] == view.selected], tr), tr)
    return to_csv(frame, tr).encode("utf-8")
