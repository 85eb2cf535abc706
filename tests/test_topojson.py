"""TopoJSON decoding: quantised arcs, shared borders read both ways, every geometry type."""

from __future__ import annotations

from corridors import topojson
from tests.fixtures import lake_topology, square_topology


def test_quantised_arcs_are_delta_decoded_and_transformed():
    assert topojson.arcs(lake_topology()) == [[[47.0, 40.0], [48.0, 40.0], [48.0, 41.0], [47.0, 41.0], [47.0, 40.0]]]


def test_plain_arcs_are_read_as_they_are():
    assert topojson.arcs(square_topology())[0] == [[45.0, 38.0], [45.0, 43.0]]


def test_a_shared_border_is_read_forwards_by_one_neighbour_and_backwards_by_the_other():
    azerbaijan, westland, _ = topojson.features(square_topology(), "countries")
    assert azerbaijan["geometry"] == {
        "type": "Polygon",
        "coordinates": [[[45.0, 38.0], [45.0, 43.0], [50.0, 43.0], [50.0, 38.0], [45.0, 38.0]]],
    }
    west = [[45.0, 43.0], [45.0, 38.0], [40.0, 38.0], [40.0, 43.0], [45.0, 43.0]]
    assert westland["geometry"]["coordinates"][0] == west
    assert azerbaijan["id"] == "031" and azerbaijan["properties"] == {"name": "Azerbaijan"}
    assert "id" not in westland


def test_the_caller_may_pass_its_own_decoded_arcs():
    topology = square_topology()
    moved = [[[x + 1, y] for x, y in arc] for arc in topojson.arcs(topology)]
    first = topojson.features(topology, "countries", moved)[0]
    assert first["geometry"]["coordinates"][0][0] == [46.0, 38.0]


def test_lines_points_and_null_geometries():
    topology = square_topology()
    topology["objects"]["misc"] = {
        "type": "GeometryCollection",
        "geometries": [
            {"type": "LineString", "arcs": [0]},
            {"type": "MultiLineString", "arcs": [[0], [~0]]},
            {"type": "Point", "coordinates": [1, 2]},
            {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]},
            {"type": None},
        ],
    }
    line, multi, point, points, empty = (f["geometry"] for f in topojson.features(topology, "misc"))
    assert line == {"type": "LineString", "coordinates": [[45.0, 38.0], [45.0, 43.0]]}
    assert multi["coordinates"][1] == [[45.0, 43.0], [45.0, 38.0]]
    assert point == {"type": "Point", "coordinates": [1.0, 2.0]}
    assert points["coordinates"] == [[1.0, 2.0], [3.0, 4.0]]
    assert empty is None


def test_quantised_points_are_transformed():
    topology = lake_topology()
    topology["objects"]["dot"] = {"type": "Point", "coordinates": [2, 4]}
    assert topojson.features(topology, "dot")[0]["geometry"]["coordinates"] == [48.0, 42.0]
