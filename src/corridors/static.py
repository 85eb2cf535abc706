"""Files the browser fetches once and caches instead of receiving them with every map: the basemap.

Streamlit serves the ``static/`` folder beside ``app.py`` at ``app/static/`` (``server.enableStaticServing``
in ``.streamlit/config.toml``). ``static/basemap.json`` is a copy of the bundled ``geodata/countries.geojson``
and ``static/borders.json`` its land borders as line segments (see :mod:`corridors.borders`), both written
by ``corridors basemap``; a map references them by URL when the dataset's basemap is that same data, and
carries its countries and borders inline otherwise (another geodata folder, the offline HTML page).
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from corridors import atomic, borders
from corridors.memo import per_object
from corridors.navigation import ROOT

FOLDER = ROOT / "static"
BASEMAP = FOLDER / "basemap.json"
BORDERS = FOLDER / "borders.json"
#: Where Streamlit serves the folder, relative to the page (so a ``server.baseUrlPath`` still works).
URL_PREFIX = "app/static/"


def digest(collection: dict[str, Any]) -> str:
    """A fingerprint of a GeoJSON collection's content (key order and spacing do not matter)."""
    text = json.dumps(collection, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=4)
def _served_digest(path: Path, mtime: float) -> str | None:
    try:
        return digest(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


#: :func:`digest` of a dataset's countries, computed once per loaded dataset.
_digest_of = per_object(digest)


def basemap_url(countries: dict[str, Any], served: Path = BASEMAP) -> str | None:
    """The URL at which the browser can fetch ``countries`` (with a version, so a changed file is fetched
    anew), or None when the served file holds other data.
    """
    try:
        mtime = served.stat().st_mtime
    except OSError:
        return None
    fingerprint = _served_digest(served, mtime)
    if fingerprint is None or fingerprint != _digest_of(countries):
        return None
    return f"{URL_PREFIX}{served.name}?v={fingerprint[:12]}"


def borders_url(countries: dict[str, Any], served: Path = BASEMAP, lines: Path = BORDERS) -> str | None:
    """The URL of the served land borders of ``countries``: written with the served basemap (see
    :func:`write`), so they match whenever it does; None when it does not or they are missing.
    """
    basemap = basemap_url(countries, served)
    if basemap is None or not lines.is_file():
        return None
    return f"{URL_PREFIX}{lines.name}?v={basemap.rsplit('=', 1)[1]}"


def write(countries_file: Path, served: Path = BASEMAP, lines: Path = BORDERS) -> None:
    """Write the served copies of a basemap file: the countries as they are, and their land borders."""
    data = countries_file.read_bytes()
    segments = borders.segments(borders.land_borders(json.loads(data)))
    atomic.write(served, data)
    atomic.write(lines, json.dumps(segments, separators=(",", ":")) + "\n")
    for path in (served, lines):
        path.chmod(0o644)  # served to every browser: readable by the web server whoever runs it
