"""Users' own layers: files people upload for their session, checked before anything is drawn.

Accepted: GeoJSON, GeoPackage, zipped Shapefile, CSV with latitude/longitude columns. Every
refusal is one plain sentence naming the problem and how to fix it; accepted layers come with
notes on what was repaired. Nothing here raises on bad input.
"""

from __future__ import annotations

import io
import tempfile
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping
from shapely.validation import make_valid

from corridors import archives

MAX_BYTES = 10_000_000
MAX_FEATURES = 5_000
MAX_FIELDS = 12
MAX_TEXT = 200
SUFFIXES = (".geojson", ".json", ".gpkg", ".zip", ".csv")
LAT_NAMES = ("lat", "latitude", "y")
LON_NAMES = ("lon", "lng", "long", "longitude", "x")


@dataclass(frozen=True)
class UserLayer:
    name: str
    frame: gpd.GeoDataFrame  # EPSG:4326, columns cleaned, plus geometry
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def fields(self) -> list[str]:
        return [c for c in self.frame.columns if c != "geometry"]


class Refused(Exception):
    """The file cannot be used; the message says why in plain words."""


def clean_text(value: object, limit: int = MAX_TEXT) -> str:
    """Printable text of at most ``limit`` characters: control and format characters removed."""
    text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clean_name(name: object, used: set[str]) -> str:
    base = clean_text(name, 40).strip() or "field"
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base} ({n})", n + 1
    used.add(candidate)
    return candidate


def _read_csv(data: bytes) -> gpd.GeoDataFrame:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise Refused("The CSV is not UTF-8 text; save it as UTF-8 and upload again.") from exc
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise Refused(f"The CSV cannot be read as a table ({clean_text(exc, 120)}).") from exc
    lower = {c.strip().lower(): c for c in frame.columns}
    lat = next((lower[n] for n in LAT_NAMES if n in lower), None)
    lon = next((lower[n] for n in LON_NAMES if n in lower), None)
    if lat is None or lon is None:
        raise Refused(
            "The CSV needs a latitude column and a longitude column (named lat/latitude and lon/lng/longitude), "
            "in decimal degrees (WGS 84)."
        )
    lats = pd.to_numeric(frame[lat], errors="coerce")
    lons = pd.to_numeric(frame[lon], errors="coerce")
    bad = lats.isna() | lons.isna() | ~lats.between(-90, 90) | ~lons.between(-180, 180)
    if bad.all():
        raise Refused("No row of the CSV has a usable latitude and longitude in decimal degrees.")
    frame = frame[~bad].drop(columns=[lat, lon])
    geometry = gpd.points_from_xy(lons[~bad], lats[~bad])
    out = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    if bad.any():
        out.attrs["skipped"] = int(bad.sum())
    return out


#: What each vector format's first bytes look like (after a BOM and blanks for GeoJSON): a file whose
#: bytes say otherwise is refused here, so GDAL only ever sees the formats it is asked to read.
FORMATS = {".geojson": "GeoJSON", ".json": "GeoJSON", ".gpkg": "a GeoPackage", ".zip": "a Shapefile"}


def _looks_right(data: bytes, suffix: str) -> bool:
    if suffix == ".gpkg":
        return data.startswith(b"SQLite format 3\x00")
    return data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _read_vector(data: bytes, suffix: str) -> gpd.GeoDataFrame:
    kind = FORMATS[suffix]
    with tempfile.TemporaryDirectory() as folder:
        if suffix == ".zip":
            try:
                path = archives.unpack_shapefile(data, Path(folder))
            except archives.ArchiveProblem as exc:
                raise Refused(str(exc)) from exc
        elif not _looks_right(data, suffix):
            raise Refused(
                f"The file cannot be read as {kind}: it looks like {archives.kind_of(data)}. "
                "Check that the file and its extension match."
            )
        else:
            path = Path(folder) / f"upload{suffix}"
            path.write_bytes(data)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return gpd.read_file(path)
        except Exception as exc:  # pyogrio/GDAL raise several types for unreadable data
            raise Refused(f"The file cannot be read as {kind}: it may be truncated or in another format.") from exc


def _to_wgs84(frame: gpd.GeoDataFrame, notes: list[str]) -> gpd.GeoDataFrame:
    if frame.crs is None:
        raise Refused(
            "The file does not say which coordinate system it uses. Save it with a coordinate system "
            "(for example EPSG:4326) and upload again."
        )
    if frame.crs.to_epsg() != 4326:
        notes.append(f"Reprojected from {clean_text(frame.crs.name, 60)} to WGS 84 (EPSG:4326).")
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:
            raise Refused(f"The coordinates cannot be converted to WGS 84 ({clean_text(exc, 120)}).") from exc
    minx, miny, maxx, maxy = frame.total_bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        raise Refused("Some coordinates are outside longitude −180…180 / latitude −90…90; check the coordinate system.")
    return frame


def _repair(frame: gpd.GeoDataFrame, notes: list[str]) -> gpd.GeoDataFrame:
    empty = frame.geometry.isna() | frame.geometry.is_empty
    if empty.all():
        raise Refused("The file has no geometry to draw.")
    if empty.any():
        notes.append(f"Skipped {int(empty.sum())} feature(s) without geometry.")
        frame = frame[~empty]
    if not np.isfinite(shapely.get_coordinates(frame.geometry.values)).all():
        raise Refused("Some coordinates are not numbers (NaN or infinity); fix them and upload again.")
    invalid = ~frame.geometry.is_valid
    if invalid.any():
        frame = frame.copy()
        try:
            frame.loc[invalid, "geometry"] = frame.loc[invalid, "geometry"].map(make_valid)
        except shapely.errors.GEOSException as exc:
            raise Refused(
                "Some geometries are invalid and cannot be repaired; fix them in a GIS and upload again."
            ) from exc
        notes.append(f"Repaired {int(invalid.sum())} invalid geometr{'y' if invalid.sum() == 1 else 'ies'}.")
    return frame


def _safe_fields(frame: gpd.GeoDataFrame, notes: list[str]) -> gpd.GeoDataFrame:
    columns = [c for c in frame.columns if c != frame.geometry.name]
    if len(columns) > MAX_FIELDS:
        notes.append(f"Kept the first {MAX_FIELDS} of {len(columns)} fields.")
        columns = columns[:MAX_FIELDS]
    used: set[str] = set()
    data = {_clean_name(c, used): frame[c].map(clean_text) for c in columns}
    return gpd.GeoDataFrame(data, geometry=list(frame.geometry), crs="EPSG:4326")


def read(name: str, data: bytes) -> UserLayer:
    """Check and load an uploaded file; raise :class:`Refused` with a plain message if it cannot be used."""
    label = clean_text(Path(name).name, 60) or "upload"
    suffix = Path(name).suffix.lower()
    if suffix not in SUFFIXES:
        raise Refused(f"'{label}': use GeoJSON, GeoPackage (.gpkg), a zipped Shapefile (.zip) or CSV.")
    if len(data) > MAX_BYTES:
        raise Refused(f"'{label}' is {len(data) / 1e6:.1f} MB; the limit is {MAX_BYTES / 1e6:.0f} MB.")
    if not data.strip():
        raise Refused(f"'{label}' is empty.")
    notes: list[str] = []
    try:
        frame = _read_csv(data) if suffix == ".csv" else _read_vector(data, suffix)
        if frame.attrs.get("skipped"):
            notes.append(f"Skipped {frame.attrs['skipped']} row(s) without a usable latitude/longitude.")
        if len(frame) == 0:
            raise Refused("The file has no features.")
        if len(frame) > MAX_FEATURES:
            raise Refused(f"The file has {len(frame):,} features; the limit is {MAX_FEATURES:,}. Split or simplify it.")
        frame = _repair(frame, notes)
        frame = _to_wgs84(frame, notes)
        frame = _safe_fields(frame, notes)
    except Refused as exc:
        raise Refused(f"'{label}': {exc}") from None
    return UserLayer(name=Path(label).stem or "upload", frame=frame, notes=tuple(notes))


def records(layer: UserLayer) -> dict:
    """GeoJSON of the layer for deck.gl, each feature with a plain-text tooltip title and body."""
    features = []
    rows = layer.frame.drop(columns="geometry").to_dict("records")
    for row, geometry in zip(rows, layer.frame.geometry, strict=True):  # mapping(): ~1000x faster than a GeoSeries each
        lines = [f"{k}: {v}" for k, v in row.items() if v][:MAX_FIELDS]
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(geometry),
                "properties": {"title": layer.name, "body": "\n".join(lines) or "(no fields)", "kind": "user"},
            }
        )
    return {"type": "FeatureCollection", "features": features}
