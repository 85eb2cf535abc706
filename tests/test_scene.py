"""The scene: one drawing model that the browser map, the slides and the offline page all draw."""

from __future__ import annotations

import json
from dataclasses import replace

from corridors import deck, scene
from corridors.camera import View
from corridors.filters import Choices, apply


def test_the_scene_holds_every_layer_the_legend_and_the_camera(small):
    sel = apply(small, Choices.of(small).default())
    camera = View(latitude=40, longitude=50, zoom=4)
    drawn = scene.build(small, sel, camera)
    assert drawn.camera == camera
    assert {r["id"] for r in drawn.built} == {"oil-line", "gas-line"}
    assert {r["id"] for r in drawn.planned} == {"rail-line"} and [p["id"] for p in drawn.points] == ["airport"]
    assert {a["pair"] for a in drawn.arcs} == {"AZE–TUR", "AZE–PAK", "TUR–PAK"}
    assert {v["place"] for v in drawn.venues} == {"Baku", "Lachin", "Ceyhan", "Ankara", "Astana"}
    assert {v["place"] for v in drawn.venue_labels} <= {v["place"] for v in drawn.venues}
    assert [e.group for e in drawn.legend][0] == "Corridors by mode"


def test_venue_labels_follow_the_labels_switch(small):
    no_labels = replace(Choices.of(small).default(), layers=("corridors", "events", "trade"))
    assert scene.build(small, apply(small, no_labels)).venue_labels == []


def test_labels_are_placed_for_the_cameras_zoom(small):
    sel = apply(small, Choices.of(small).default())
    far, near = scene.build(small, sel, View(zoom=2)), scene.build(small, sel, View(zoom=7))
    assert len(near.venue_labels) >= len(far.venue_labels)
    assert len(near.venue_labels) == len(near.venues)


def test_the_deck_draws_exactly_the_scene(small):
    drawn = scene.build(small, apply(small, Choices.of(small).default()))
    spec = json.loads(deck.of(drawn).to_json())
    layers = {layer["id"]: layer["data"] for layer in spec["layers"]}
    assert layers["corridors-built"] == drawn.built and layers["trade-arcs"] == drawn.arcs
    assert layers["venues"] == drawn.venues and layers["venue-labels"] == drawn.venue_labels
    assert spec["initialViewState"]["zoom"] == drawn.camera.zoom


def test_a_highlighted_year_rings_its_places_and_says_so_in_the_legend(small):
    sel = apply(small, replace(Choices.of(small).default(), year_end=2021))
    drawn = scene.build(small, sel, highlight=2021)
    assert [(r["place"], r["count"]) for r in drawn.highlight] == [("Baku", 2)]
    baku = next(v for v in drawn.venues if v["place"] == "Baku")
    assert drawn.highlight[0]["radius"] > baku["radius"]  # the ring goes round the dot
    assert (drawn.legend[-1].label, drawn.legend[-1].style) == ("ring: events in 2021", "ring")
    assert scene.build(small, sel).highlight == []
    layers = {layer["id"]: layer["data"] for layer in json.loads(deck.of(drawn).to_json())["layers"]}
    assert layers["venues-highlight"] == drawn.highlight
