"""Downloads round-trip to the same records, carry their sources and the licence."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import geopandas as gpd
import pandas as pd

from corridors import exports
from corridors.briefing import SavedView
from corridors.filters import Choices, apply


def test_corridors_geojson_round_trips(small):
    sel = apply(small, replace(Choices.of(small).default(), modes=("oil", "gas")))
    back = gpd.read_file(io.StringIO(exports.corridors_geojson(sel.corridors)))
    assert set(back["id"]) == {"oil-line", "gas-line"}
    oil = back.set_index("id").loc["oil-line"]
    assert oil["length_km"] == 1400 and oil["countries"] == "AZE;GEO;TUR"
    original = sel.corridors.set_index("id").loc["oil-line", "geometry"]
    assert back.set_index("id").loc["oil-line", "geometry"].equals_exact(original, 1e-9)


def test_events_geojson_has_points_at_the_places(small):
    data = json.loads(exports.events_geojson(small.events))
    summit = next(f for f in data["features"] if f["properties"]["id"] == "summit-2025")
    assert summit["geometry"] == {"type": "Point", "coordinates": [46.55, 39.64]}
    assert summit["properties"]["participants"] == "AZE;TUR;PAK"


def test_csv_round_trips_the_filtered_rows(small):
    sel = apply(small, replace(Choices.of(small).default(), year_start=2021, year_end=2021))
    back = pd.read_csv(io.StringIO(exports.to_csv(sel.events)))
    assert list(back["id"]) == list(sel.events["id"]) == ["exercise-2021", "speakers-2021"]
    assert "start" not in back.columns and "geometry" not in back.columns


def test_bundle_holds_data_sources_and_licence(small):
    sel = apply(small, replace(Choices.of(small).default(), corridors=("gas-line",), layers=("corridors",)))
    with zipfile.ZipFile(io.BytesIO(exports.bundle(small, sel.corridors, sel.events, small.trade.iloc[0:0]))) as zf:
        assert set(zf.namelist()) == {
            "corridors.geojson",
            "corridors.csv",
            "events.geojson",
            "events.csv",
            "trade.csv",
            "sources.csv",
            "disagreements.csv",
            "LICENCE.txt",
        }
        assert set(pd.read_csv(zf.open("sources.csv"))["id"]) == {"op", "news"}  # only the sources cited
        assert "Natural Earth" in zf.read("LICENCE.txt").decode()


def test_view_data_holds_what_the_view_shows(small):
    f = replace(Choices.of(small).default(), year_start=2024, year_end=2024, layers=("events",))
    with zipfile.ZipFile(io.BytesIO(exports.view_data(small, SavedView("t", f)))) as zf:
        assert list(pd.read_csv(zf.open("events.csv"))["id"]) == ["summit-2024"]
        assert pd.read_csv(zf.open("corridors.csv")).empty
        assert set(pd.read_csv(zf.open("trade.csv"))["year"]) == {2024}
