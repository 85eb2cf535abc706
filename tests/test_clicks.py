"""Decoding clicks: what a map or chart click picked."""

from __future__ import annotations

from corridors.clicks import chart_ids, map_pick, new_click, selected_corridor


def test_the_first_clicked_map_object_is_picked():
    assert map_pick(None) is None and map_pick({}) is None and map_pick({"venues": []}) is None
    picked = map_pick({"trade-arcs": [], "corridors-built": [{"id": "btc", "kind": "corridor"}]})
    assert picked == {"id": "btc", "kind": "corridor"}


def test_a_clicked_feature_is_its_properties():
    """A planned corridor is a GeoJSON feature (its dashes one geometry): the click reports its fields."""
    properties = {"id": "rail", "kind": "corridor"}
    feature = {"type": "Feature", "geometry": {"type": "MultiLineString", "coordinates": []}, "properties": properties}
    assert map_pick({"corridors-planned": [feature]}) == {"id": "rail", "kind": "corridor"}
    assert selected_corridor(map_pick({"corridors-planned": [feature]})) == "rail"


def test_only_a_corridor_click_selects_a_corridor():
    assert selected_corridor({"id": "btc", "kind": "corridor"}) == "btc"
    assert selected_corridor({"id": "venue:Baku", "kind": "venue"}) is None
    assert selected_corridor(None) is None


def test_chart_clicks_give_the_ids_of_the_marks():
    assert chart_ids({"event": [{"id": "a"}, {"id": "b"}, {"other": 1}]}) == ["a", "b"]
    assert chart_ids(None) == [] and chart_ids({"event": None}) == []


def test_a_click_is_followed_once_and_only_to_a_choice():
    assert new_click(["a"], ["a", "b"], None) == "a"
    assert new_click(["a"], ["a", "b"], "a") is None  # already followed: the user may have picked another since
    assert new_click(["z"], ["a", "b"], None) is None
    assert new_click([], ["a"], None) is None
