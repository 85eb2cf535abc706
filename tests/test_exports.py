"""Downloads round-trip to the same records, carry their sources and the licence."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import geopandas as gpd
import pandas as pd

from corridors import exports
from corridors.filters import Choices, apply


def test_corridors_geojson_round_trips(ds):
    sel = apply(ds, replace(Choices.of(ds).default(), modes=("gas",)))
    back = gpd.read_file(io.StringIO(exports.corridors_geojson(sel.corridors)))
    assert set(back["id"]) == {"scp", "tanap", "tap"}
    tanap = back.set_index("id").loc["tanap"]
    assert tanap["length_km"] == 1850 and tanap["countries"] == "TUR"
    original = sel.corridors.set_index("id").loc["tanap", "geometry"]
    assert back.set_index("id").loc["tanap", "geometry"].equals_exact(original, 1e-9)


def test_events_geojson_has_points_at_the_places(ds):
    data = json.loads(exports.events_geojson(ds.events))
    lachin = next(f for f in data["features"] if f["properties"]["id"] == "lachin-summit-2025")
    assert lachin["geometry"] == {"type": "Point", "coordinates": [46.5461, 39.6383]}
    assert lachin["properties"]["participants"] == "AZE;TUR;PAK"


def test_csv_round_trips_the_filtered_rows(ds):
    sel = apply(ds, replace(Choices.of(ds).default(), year_start=2021, year_end=2021))
    back = pd.read_csv(io.StringIO(exports.to_csv(sel.events)))
    assert list(back["id"]) == list(sel.events["id"])
    assert "start" not in back.columns and "geometry" not in back.columns


def test_bundle_holds_data_sources_and_licence(ds):
    sel = apply(ds, replace(Choices.of(ds).default(), corridors=("btk",), layers=("corridors",)))
    with zipfile.ZipFile(io.BytesIO(exports.bundle(ds, sel.corridors, sel.events, ds.trade.iloc[0:0]))) as zf:
        names = set(zf.namelist())
        assert names == {
            "corridors.geojson",
            "corridors.csv",
            "events.geojson",
            "events.csv",
            "trade.csv",
            "sources.csv",
            "disagreements.csv",
            "LICENCE.txt",
        }
        sources = pd.read_csv(zf.open("sources.csv"))
        assert set(sources["id"]) == {
            "trend-btk-2017",
            "report-btk-2017",
            "seed-assaj-trilateral",
            "seed-caucasus-connectivity",
        }
        assert "Natural Earth" in zf.read("LICENCE.txt").decode()


def test_offline_html_holds_the_data_and_no_external_script_or_style(ds):
    import re

    from corridors import layers

    sel = apply(ds, replace(Choices.of(ds).default(), modes=("gas", "electricity")))
    page = exports.deck_html(
        layers.build_deck(ds, sel), "<img src=x onerror=alert(1)>", "caption & more", layers.legend(sel), "src"
    )
    assert "Trans-Anatolian Natural Gas Pipeline" in page
    assert "createDeck" in page
    markup = re.sub(r"(?s)<script>.*?</script>", "<script></script>", page)  # tags only, not inlined code
    assert not re.search(r"<script[^>]*\ssrc=", markup)
    assert not re.search(r"<link[^>]*>", markup)
    assert not re.search(r"<[^>]+\s(?:src|href)=|@import|url\(", markup)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img src=x" not in page
    assert "PathStyleExtension" not in page.split("createDeck({", 1)[1]  # dashes drawn as segments
