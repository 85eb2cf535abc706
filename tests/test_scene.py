"""The scene: one drawing model that the browser map, the slides and the offline page all draw."""

from __future__ import annotations

import json
from dataclasses import replace

from corridors import deck, scene
from corridors.camera import View
from corridors.filters import Choices, apply
from corridors.labels import Frame, inside, label_box


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


def test_labels_are_placed_for_the_cameras_zoom_and_map_size(small):
    sel = apply(small, Choices.of(small).default())
    caucasus = View(latitude=40.0, longitude=48.0, zoom=6)
    near = scene.build(small, sel, caucasus)
    assert {v["place"] for v in near.venue_labels} == {"Baku", "Lachin"}  # the places on this map
    tiny = scene.build(small, sel, caucasus, size=scene.MapSize((120.0,), 120.0))
    assert [v["place"] for v in tiny.venue_labels] == []  # no room on a small map


def test_a_briefing_is_presented_for_its_projector_and_prepared_for_any_window():
    for screen, projector in scene.BRIEFING.items():
        assert scene.briefing_size(screen, presenting=True) == projector
        preparing = scene.briefing_size(screen, presenting=False)
        assert preparing.height == projector.height
        narrowest = min(size.widths[0] for size in scene.BRIEFING.values())
        widest = max(size.widths[-1] for size in scene.BRIEFING.values())
        assert (min(preparing.widths), max(preparing.widths)) == (narrowest, widest)


def test_labels_placed_while_preparing_are_whole_on_a_laptop_window(small):
    """A 1366-px-wide window shows the Briefing map ~790 px wide: narrower than a 1920 projector's."""
    sel = apply(small, Choices.of(small).default())
    camera = View(latitude=40.0, longitude=40.0, zoom=5.6)  # Lachin and Ankara ~450 px from the centre
    laptop = 790.0
    for presenting, whole in ((True, False), (False, True)):
        drawn = scene.build(small, sel, camera, size=scene.briefing_size("1920×1080", presenting))
        frame = Frame(camera, (laptop,), 640.0)
        boxes = [label_box(label, camera.zoom) for label in drawn.venue_labels]
        assert boxes and all(inside(box, frame.box()) for box in boxes) is whole


def test_the_deck_draws_exactly_the_scene(small):
    drawn = scene.build(small, apply(small, Choices.of(small).default()))
    spec = json.loads(deck.of(drawn).to_json())
    layers = {layer["id"]: layer["data"] for layer in spec["layers"]}
    assert [(r["id"], r["path"]) for r in layers["corridors-built"]] == [(r["id"], r["path"]) for r in drawn.built]
    assert [(r["id"], r["path"]) for r in layers["trade-arcs"]] == [(r["id"], r["path"]) for r in drawn.arcs]
    assert [(r["id"], r["event_ids"]) for r in layers["venues"]] == [(r["id"], r["event_ids"]) for r in drawn.venues]
    texts = [label["text"] for label in layers["labels"]]
    assert texts == [n["text"] for n in drawn.country_labels] + [v["text"] for v in drawn.venue_labels]
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
