"""Land borders: drawn once where two countries meet, never along a coast, as the LineLayer's segments."""

from __future__ import annotations

import json

from corridors import borders, static
from tests.fixtures import GEODATA


def box(west: float, south: float, east: float, north: float) -> dict:
    ring = [[west, south], [east, south], [east, north], [west, north], [west, south]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_two_neighbours_share_one_border_and_no_coast_is_drawn():
    west, east, island = box(40, 38, 45, 43), box(45, 38, 50, 43), box(60, 38, 61, 39)
    lines = borders.land_borders({"features": [west, east, island]})
    assert len(lines) == 1
    assert sorted(map(tuple, lines[0])) == [(45.0, 38.0), (45.0, 43.0)]


def test_a_border_bent_at_many_vertices_is_one_line_and_a_corner_touch_is_none():
    left = {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
        [[40, 38], [45, 38], [46, 40], [45, 43], [40, 43], [40, 38]]
    ]}}  # fmt: skip
    right = {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
        [[45, 38], [50, 38], [50, 43], [45, 43], [46, 40], [45, 38]]
    ]}}  # fmt: skip
    corner = box(50, 43, 52, 45)  # touches `right` at one point only
    lines = borders.land_borders({"features": [left, right, corner]})
    assert len(lines) == 1 and len(lines[0]) == 3


def test_segments_join_each_vertex_to_the_next():
    assert borders.segments([[[0, 0], [1, 0], [1, 1]]]) == [{"s": [0, 0], "t": [1, 0]}, {"s": [1, 0], "t": [1, 1]}]


def test_the_served_borders_are_those_of_the_bundled_basemap():
    """`corridors basemap` writes both files together; a stale copy would draw other borders."""
    countries = json.loads((GEODATA / "countries.geojson").read_text(encoding="utf-8"))
    served = json.loads(static.BORDERS.read_text(encoding="utf-8"))
    assert served == borders.segments(borders.land_borders(countries))
    assert static.borders_url(countries) == static.basemap_url(countries).replace("basemap", "borders")


def test_served_files_are_written_together_and_readable_by_all(tmp_path):
    countries = tmp_path / "countries.geojson"
    countries.write_text(
        json.dumps({"type": "FeatureCollection", "features": [box(40, 38, 45, 43), box(45, 38, 50, 43)]})
    )
    served, lines = tmp_path / "basemap.json", tmp_path / "borders.json"
    static.write(countries, served, lines)
    assert served.read_bytes() == countries.read_bytes()
    assert json.loads(lines.read_text()) == [{"s": [45.0, 38.0], "t": [45.0, 43.0]}] or json.loads(
        lines.read_text()
    ) == [{"s": [45.0, 43.0], "t": [45.0, 38.0]}]
    assert all(path.stat().st_mode & 0o044 == 0o044 for path in (served, lines))
    data = json.loads(countries.read_text())
    assert static.borders_url(data, served, lines) == static.basemap_url(data, served).replace("basemap", "borders")
    lines.unlink()
    assert static.borders_url(data, served, lines) is None
