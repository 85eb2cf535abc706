"""The browser map: one pydeck layer per scene list, stable ids, tooltips, JSON safety, and the golden deck."""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from corridors import deck, scene
from corridors.camera import View
from corridors.catalog import load
from corridors.filters import Choices, apply
from tests.fixtures import ids_in, layer_data, layer_records

GOLDEN = Path(__file__).parent / "golden" / "tiny_deck.json"


def deck_json(ds, **changes) -> dict:
    choices = Choices.of(ds)
    return json.loads(deck.build(ds, apply(ds, replace(choices.default(), **changes))).to_json())


def test_layers_have_stable_ids_in_drawing_order(small):
    assert [item["id"] for item in deck_json(small)["layers"]] == list(deck.LAYER_IDS)


def test_only_the_chosen_corridor_is_drawn(small):
    drawn = deck_json(small, corridors=("gas-line",))
    assert ids_in(drawn, "corridors-built") == {"gas-line"}
    assert layer_data(drawn, "corridors-planned") == [] and layer_data(drawn, "corridor-points") == []


def test_planned_corridors_are_dashed_and_built_ones_solid(small):
    drawn = deck_json(small)
    assert ids_in(drawn, "corridors-built") == {"oil-line", "gas-line"}
    [feature] = layer_data(drawn, "corridors-planned")  # one feature per corridor, its dashes one geometry
    assert feature["properties"]["id"] == "rail-line" and feature["properties"]["title"] == "Rail Line"
    assert "path" not in feature["properties"]  # the line travels once, as its dashes
    dashes = feature["geometry"]["coordinates"]
    assert feature["geometry"]["type"] == "MultiLineString" and len(dashes) >= 10
    assert all(len(dash) >= 2 for dash in dashes)
    first, second = dashes[0], dashes[1]
    assert first[0] == [49.9, 40.4] and first[-1] != second[0]  # a gap between dashes


def test_a_planned_corridors_tooltip_travels_once_however_many_dashes_it_has(small):
    """The tooltip is most of a record's bytes: sent once per corridor, not once per dash."""
    sel = apply(small, Choices.of(small).default())
    near, close = (json.loads(deck.build(small, sel, view=View(zoom=zoom)).to_json()) for zoom in (3, 6))
    dashes = [layer_data(drawn, "corridors-planned")[0]["geometry"]["coordinates"] for drawn in (near, close)]
    assert len(dashes[1]) > 4 * len(dashes[0])  # eight times the pixels, eight times the dashes
    assert json.dumps(close).count("Rail Line") == json.dumps(near).count("Rail Line") == 1


def test_the_map_needs_few_and_cheap_layer_programs(small):
    """Software WebGL compiles each layer program once, for a second or more, and draws paths dearly on
    every frame: dashes and arcs are plain paths, every name is in one text layer, no layer uses an
    extension, polygons are filled but not stroked, borders are plain segments and the sea is no layer."""
    layers = deck_json(small)["layers"]
    programs = {"GeoJsonLayer", "LineLayer", "PathLayer", "ScatterplotLayer", "TextLayer"}
    assert {layer["@@type"] for layer in layers} <= programs
    assert not any("extensions" in layer for layer in layers)
    assert [layer["id"] for layer in layers if layer["@@type"] == "TextLayer"] == ["labels"]
    countries = next(layer for layer in layers if layer["id"] == "countries")
    assert countries["stroked"] is False and countries["filled"] is True
    assert "sea" not in [layer["id"] for layer in layers]


def test_layers_of_one_type_draw_with_the_same_accessors(small):
    """Software WebGL compiles a layer program again for each set of per-record attributes (a constant
    colour is not an attribute), each compile a tenth of a second or more: layers of one type read the
    same fields, so the browser compiles each type once."""
    drawn = deck_json(small)
    accessors = {}
    for layer in drawn["layers"]:
        if layer["id"] in deck.PICKABLE:
            reads = tuple(sorted(key for key, value in layer.items() if str(value).startswith("@@=")))
            accessors.setdefault(layer["@@type"], set()).add(reads)
    assert set(accessors) == {"PathLayer", "ScatterplotLayer", "GeoJsonLayer"}
    assert all(len(sets) == 1 for sets in accessors.values()), accessors
    # the planned dashes (GeoJSON) draw with deck.gl's path program: colour and width per record, as the paths
    assert accessors["GeoJsonLayer"] == {("getLineColor", "getLineWidth")}
    assert accessors["PathLayer"] == {("getColor", "getPath", "getWidth")}
    dots = layer_data(drawn, "corridor-points") + layer_data(drawn, "venues")
    assert dots and all(len(d["color"]) == 4 and d["radius"] > 0 for d in dots)


def test_trade_arcs_lie_under_the_corridors_and_every_name_on_top(small):
    order = [layer["id"] for layer in deck_json(small)["layers"]]
    assert order.index("trade-arcs") < order.index("corridors-built") < order.index("corridors-planned")
    assert order[-1] == "labels"
    arcs = layer_data(deck_json(small), "trade-arcs")
    assert all(a["color"][3] < 255 and a["width"] <= 9 for a in arcs)  # thin and see-through


def test_the_basemap_is_a_url_when_the_bundled_copy_is_served(ds, small):
    sel = apply(ds, Choices.of(ds).default())
    countries = next(
        layer for layer in json.loads(deck.build(ds, sel).to_json())["layers"] if layer["id"] == "countries"
    )
    assert countries["data"].startswith("app/static/basemap.json?v=")
    borders = next(layer for layer in json.loads(deck.build(ds, sel).to_json())["layers"] if layer["id"] == "borders")
    assert borders["data"] == countries["data"].replace("basemap.json", "borders.json")  # one version, both files
    assert isinstance(layer_data(deck_json(small), "countries"), dict)  # another basemap travels inline
    assert isinstance(layer_data(deck_json(small), "borders"), list)
    inline = json.loads(deck.of(scene.build(ds, sel), inline=True).to_json())
    assert layer_data(inline, "countries")["features"] and layer_data(inline, "borders")


def test_a_point_corridor_is_a_dot(small):
    assert [(p["id"], p["kind"]) for p in layer_data(deck_json(small), "corridor-points")] == [("airport", "corridor")]


def test_a_corridor_is_on_the_map_from_the_year_it_opened(small):
    built = ids_in(deck_json(small, year_start=2010, year_end=2010), "corridors-built")
    assert built == {"oil-line"}  # opened 2006; the gas line opened in 2018


def test_every_pickable_record_has_a_tooltip_and_an_id(small):
    assert deck.build(small, apply(small, Choices.of(small).default()))._tooltip["html"].startswith("<b>{title}</b>")
    drawn = deck_json(small)
    for layer_id in deck.PICKABLE:
        records = layer_records(drawn, layer_id)
        assert records, layer_id
        for record in records:
            assert record["title"] and record["body"] and record["id"] and record["kind"]


def test_deck_json_is_strict_json_without_nan(small):
    text = deck.build(small, apply(small, Choices.of(small).default())).to_json()
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in deck JSON"))
    assert "NaN" not in text and "Timestamp" not in text


def test_no_basemap_tiles_are_requested(small):
    drawn = deck_json(small)
    assert drawn["mapStyle"] == "__MAP_STYLE__"  # Streamlit's sentinel for "no basemap"
    assert "mapProvider" not in drawn or drawn["mapProvider"] is None


def test_a_profile_map_is_framed_on_its_corridor_with_its_events(small):
    drawn = json.loads(deck.profile_deck(small, "gas-line", Choices.of(small).default()).to_json())
    assert ids_in(drawn, "corridors-built") == {"gas-line"}
    assert {v["place"] for v in layer_data(drawn, "venues")} == {"Ankara"}
    assert 26 < drawn["initialViewState"]["longitude"] < 42 and drawn["initialViewState"]["zoom"] > 3.4
    fill = next(layer for layer in drawn["layers"] if layer["id"] == "countries")["getFillColor"]
    assert "'TUR'" in fill and "'AZE'" not in fill  # the countries it crosses are highlighted


def test_a_place_map_is_centred_on_the_event(small):
    drawn = json.loads(deck.place_deck(small, "summit-2024", Choices.of(small).default()).to_json())
    assert [v["place"] for v in layer_data(drawn, "venues")] == ["Astana"]
    view = drawn["initialViewState"]
    assert (round(view["longitude"]), round(view["latitude"])) == (71, 51)


def test_golden_deck_of_the_tiny_dataset(tiny):
    built = deck_json(load(tiny))
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(built, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    assert built == json.loads(GOLDEN.read_text())


def test_the_bundled_data_is_drawn(ds):
    """Every bundled corridor, venue and trade pair in the default view is on the map (no counts pinned)."""
    sel = apply(ds, Choices.of(ds).default())
    drawn = json.loads(deck.build(ds, sel).to_json())
    assert ids_in(drawn, "corridors-built", "corridors-planned", "corridor-points") == set(sel.corridors["id"])
    assert {v["place"] for v in layer_data(drawn, "venues")} == set(sel.events["place"])
    assert {a["pair"] for a in layer_data(drawn, "trade-arcs")} == set(sel.trade["pair"])
