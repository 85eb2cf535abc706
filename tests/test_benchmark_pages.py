"""The pages make bench compares the Atlas with draw what the README says they draw."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from corridors.navigation import ROOT
from tests.fixtures import deck_of, run_app

REFERENCE = ROOT / "benchmarks" / "reference"


def reference(name: str) -> AppTest:
    at = AppTest.from_file(str(REFERENCE / name), default_timeout=60).run()
    assert not at.exception, at.exception
    return at


@pytest.fixture(scope="module")
def alone() -> AppTest:
    """The map-alone page, run once for the tests that read it."""
    return reference("map_alone.py")


def test_the_map_alone_is_the_atlas_default_map_with_no_widget(alone):
    atlas, drawn = deck_of(run_app()), deck_of(alone)
    assert drawn["layers"] == atlas["layers"]
    assert drawn["initialViewState"] == atlas["initialViewState"]
    widgets = ("button", "multiselect", "slider", "selectbox", "radio", "toggle", "checkbox")
    assert not [kind for kind in widgets if getattr(alone, kind)]


def test_the_map_alone_fetches_the_basemap_from_the_atlas_url(alone):
    countries = next(layer for layer in deck_of(alone)["layers"] if layer["id"] == "countries")
    assert countries["data"].startswith("app/static/basemap.json?v=")
    assert (REFERENCE / "static" / "basemap.json").read_bytes() == (ROOT / "static" / "basemap.json").read_bytes()


def test_the_floor_draws_one_small_layer_and_no_basemap():
    layers = deck_of(reference("floor.py"))["layers"]
    assert [layer["@@type"] for layer in layers] == ["ScatterplotLayer"]
    assert len(layers[0]["data"]) == 3


def test_the_layer_kinds_page_draws_the_atlas_layers_with_one_record_each():
    atlas, kinds = deck_of(run_app()), deck_of(reference("layer_kinds/layer_kinds.py"))
    assert [(layer["@@type"], layer["id"]) for layer in kinds["layers"]] == [
        (layer["@@type"], layer["id"]) for layer in atlas["layers"]
    ]
    for theirs, ours in zip(atlas["layers"], kinds["layers"], strict=True):
        assert {k: v for k, v in ours.items() if k != "data"} == {k: v for k, v in theirs.items() if k != "data"}
        if isinstance(theirs["data"], list):
            assert ours["data"] == theirs["data"][:1]
        else:  # the basemap's files, fetched from the same URL as the Atlas's
            assert ours["data"] == theirs["data"]


def test_the_layer_kinds_basemap_is_one_polygon_and_one_segment_of_the_atlas():
    static = REFERENCE / "layer_kinds" / "static"
    countries = json.loads((static / "basemap.json").read_text())["features"]
    assert [(f["properties"]["iso_a3"], f["geometry"]["type"]) for f in countries] == [("AZE", "Polygon")]
    borders = json.loads((static / "borders.json").read_text())
    assert len(borders) == 1 and borders[0] in json.loads((ROOT / "static" / "borders.json").read_text())
