"""The Atlas map through AppTest: what each filter change sends, the basemap sent once by URL, and the
framing buttons that move the camera only when clicked."""

from __future__ import annotations

import json

import pytest

from corridors import navigation
from corridors.camera import CAUCASUS, HOME
from tests.fixtures import chart_rows, deck_of, elements, run_app, widget

#: The most one filter change may send for the map (the issue's budget at the bundled data).
MAX_MAP_BYTES = 60_000


def map_bytes(at) -> int:
    return len(elements(at, "deck_gl_json_chart")[0].proto.json.encode("utf-8"))


def camera(at) -> tuple[float, float, float]:
    view = deck_of(at)["initialViewState"]
    return view["latitude"], view["longitude"], view["zoom"]


def test_a_filter_change_sends_the_map_without_its_basemap():
    at = run_app()
    countries = next(layer for layer in deck_of(at)["layers"] if layer["id"] == "countries")
    assert countries["data"].startswith("app/static/basemap.json?v=")  # fetched once, then cached
    assert map_bytes(at) <= MAX_MAP_BYTES
    widget(at.slider, "Year").set_value((2010, 2025)).run()
    assert map_bytes(at) <= MAX_MAP_BYTES
    widget(at.multiselect, "Countries").set_value(["AZE"]).run()
    assert map_bytes(at) <= MAX_MAP_BYTES


def test_another_geodata_folder_carries_its_own_basemap(small_app):
    countries = next(layer for layer in deck_of(run_app())["layers"] if layer["id"] == "countries")
    assert {f["properties"]["iso_a3"] for f in countries["data"]["features"]} == {"AZE", "TUR", "PAK", "GEO", "IRN"}


def test_the_camera_moves_only_when_a_framing_button_is_clicked(small_app):
    at = run_app()
    assert camera(at) == pytest.approx((HOME.latitude, HOME.longitude, HOME.zoom))
    at.button(key="frame-caucasus").click().run()
    caucasus = camera(at)
    assert caucasus == pytest.approx((CAUCASUS.latitude, CAUCASUS.longitude, CAUCASUS.zoom), abs=1e-4)
    widget(at.slider, "Year").set_value((2010, 2025)).run()
    assert camera(at) == caucasus  # a filter change leaves the camera where it is
    at.button(key="frame-caucasus").click().run()
    again = camera(at)
    assert again != caucasus and again == pytest.approx(caucasus, abs=1e-4)  # a new camera, the same place
    at.button(key="frame-home").click().run()
    assert camera(at) == pytest.approx((HOME.latitude, HOME.longitude, HOME.zoom), abs=1e-4)


def test_frame_the_selection_fits_the_chosen_corridor(small_app):
    at = run_app()
    widget(at.multiselect, "Corridor").set_value(["gas-line"]).run()
    widget(at.toggle, "Venues").set_value(False).run()
    widget(at.toggle, "Trade arcs").set_value(False).run()
    at.button(key="frame-selection").click().run()
    latitude, longitude, zoom = camera(at)
    assert 26 < longitude < 42 and zoom > HOME.zoom  # the Gas Line runs from 26.5°E to 41.3°E


def test_frame_the_selection_fits_a_chosen_country(small_app):
    at = run_app()
    widget(at.multiselect, "Countries").set_value(["GEO"]).run()
    at.button(key="frame-selection").click().run()
    _, longitude, zoom = camera(at)
    assert zoom > HOME.zoom


@pytest.fixture
def reordered(small_root, tmp_path, monkeypatch):
    """The small folder with one event's participants written the other way round (PAK;AZE)."""
    import shutil

    root = tmp_path / "geodata"
    shutil.copytree(small_root, root)
    events = (root / "events.csv").read_text().replace(",AZE;PAK,Talks.", ",PAK;AZE,Talks.")
    assert ",PAK;AZE," in events
    (root / "events.csv").write_text(events)
    monkeypatch.setenv("CORRIDORS_GEODATA", str(root))
    return root


def test_each_set_of_participants_is_listed_once_partners_first(reordered):
    at = run_app(page=navigation.EVENTS.script)
    timeline = elements(at, "vega_lite_chart")[0]
    spec = json.loads(timeline.proto.spec)
    domain = spec["layer"][0]["encoding"]["color"]["scale"]["domain"]
    assert domain == ["Azerbaijan · Türkiye · Pakistan", "Azerbaijan–Türkiye", "Azerbaijan–Pakistan"]
    assert {r["group"] for r in chart_rows(timeline)} == set(domain)
    assert {r["participants"] for r in chart_rows(timeline)} == {"AZE–TUR", "AZE–TUR–PAK", "AZE–PAK"}
    table = at.dataframe[-1].value
    assert set(table["Participants"]) == {"AZE, TUR", "AZE, TUR, PAK", "AZE, PAK"}
    assert widget(at.multiselect, "Countries").options == ["AZE", "TUR", "PAK", "GEO"]


def test_the_timeline_names_every_kind_of_event_on_its_axis(small_app):
    at = run_app(page=navigation.EVENTS.script)
    timeline = elements(at, "vega_lite_chart")[0]
    spec = json.loads(timeline.proto.spec)
    y = spec["layer"][0]["encoding"]["y"]
    kinds = {r["kind"] for r in chart_rows(timeline)}
    assert set(y["scale"]["domain"]) == kinds and len(y["scale"]["domain"]) == len(kinds)
    assert y["axis"]["labelOverlap"] is False
    assert spec["height"] >= 30 * len(kinds)
