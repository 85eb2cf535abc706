"""Layer building: which records each layer carries, tooltips, JSON safety, labels, golden deck."""

from __future__ import annotations

import json
import math
import os
from dataclasses import replace
from pathlib import Path

import pytest

from corridors.catalog import load
from corridors.filters import Choices, apply
from corridors.layers import (
    LAYER_IDS,
    PICKABLE,
    _pixel,
    build_deck,
    declutter,
    legend,
    money,
    venue_records,
)

GOLDEN = Path(__file__).parent / "golden" / "tiny_deck.json"


def deck_json(ds, **changes) -> dict:
    choices = Choices.of(ds)
    return json.loads(build_deck(ds, apply(ds, replace(choices.default(), **changes))).to_json())


def layer(deck: dict, layer_id: str) -> dict:
    return next(item for item in deck["layers"] if item["id"] == layer_id)


def test_layers_have_stable_ids_in_drawing_order(ds):
    assert [item["id"] for item in deck_json(ds)["layers"]] == list(LAYER_IDS)


def test_only_btk_is_drawn_when_only_btk_is_chosen(ds):
    deck = deck_json(ds, corridors=("btk",))
    assert {r["id"] for r in layer(deck, "corridors-built")["data"]} == {"btk"}
    assert layer(deck, "corridors-planned")["data"] == []


def test_planned_corridors_are_dashed_and_built_ones_solid(ds):
    deck = deck_json(ds)
    planned = layer(deck, "corridors-planned")
    assert {r["id"] for r in planned["data"]} == {"tripp", "kars-nakhchivan", "green-corridor", "white-oil-pipeline"}
    assert planned["extensions"] == [{"@@type": "PathStyleExtension", "dash": True}]
    assert "extensions" not in layer(deck, "corridors-built")


def test_lachin_airport_is_a_point(ds):
    points = layer(deck_json(ds), "corridor-points")["data"]
    assert [(p["id"], p["mode"]) for p in points] == [("lachin-airport", "air")]


def test_year_2010_map_has_btc_not_tanap(ds):
    built = {r["id"] for r in layer(deck_json(ds, year_start=2010, year_end=2010), "corridors-built")["data"]}
    assert "btc" in built and "tanap" not in built


def test_venue_size_counts_events_in_the_filter(ds):
    venues = {v["place"]: v for v in layer(deck_json(ds), "venues")["data"]}
    assert venues["Baku"]["count"] == 6
    assert venues["Lachin"]["count"] == 2
    narrowed = {v["place"]: v for v in layer(deck_json(ds, year_start=2025, year_end=2025), "venues")["data"]}
    assert narrowed["Baku"]["count"] == 2
    assert narrowed["Baku"]["radius"] < venues["Baku"]["radius"]


def test_trade_arc_width_grows_with_value_and_tooltip_names_value_and_source(ds):
    arcs = {a["pair"]: a for a in layer(deck_json(ds), "trade-arcs")["data"]}
    assert arcs["AZE–TUR"]["width"] > arcs["TUR–PAK"]["width"] > arcs["AZE–PAK"]["width"] >= 2
    assert arcs["TUR–PAK"]["title"] == "Ankara–Islamabad · 2024"
    assert arcs["TUR–PAK"]["body"].splitlines() == [
        "$1.4bn goods trade (total)",
        "basis: Türkiye (presidential statement)",
        "source: Daily Sabah",
    ]


def test_every_pickable_record_has_a_tooltip_and_an_id(ds):
    assert build_deck(ds, apply(ds, Choices.of(ds).default()))._tooltip["html"].startswith("<b>{title}</b>")
    deck = deck_json(ds)
    for layer_id in PICKABLE:
        for record in layer(deck, layer_id)["data"]:
            assert record["title"] and record["body"] and record["id"] and record["kind"]


def test_corridor_tooltip_has_name_mode_status_year_and_figures(ds):
    btc = next(r for r in layer(deck_json(ds), "corridors-built")["data"] if r["id"] == "btc")
    assert btc["title"] == "Baku–Tbilisi–Ceyhan oil pipeline"
    assert btc["body"].splitlines()[:2] == ["oil · operating · opened 2006", "1,768 km · 1 million barrels per day"]


def test_deck_json_is_strict_json_without_nan(ds):
    text = build_deck(ds, apply(ds, Choices.of(ds).default())).to_json()
    json.loads(text, parse_constant=lambda name: pytest.fail(f"{name} in deck JSON"))
    assert "NaN" not in text and "Timestamp" not in text


def test_no_basemap_tiles_are_requested(ds):
    deck = deck_json(ds)
    assert deck["mapStyle"] == "__MAP_STYLE__"  # Streamlit's sentinel for "no basemap"
    assert "mapProvider" not in deck or deck["mapProvider"] is None


def test_money_reads_at_a_glance():
    assert [money(v) for v in (7.6e9, 27e6, 950)] == ["$7.6bn", "$27.0m", "$950"]


def test_labels_never_overlap_each_other_or_any_dot_at_the_home_zoom(ds):
    venues = venue_records(apply(ds, Choices.of(ds).default()).events)
    labels = declutter(venues)
    boxes = []
    for v in labels:
        x, y = _pixel(*v["position"], 3.4)
        width = 7.5 * len(v["label"])
        dx, dy = v["offset"]
        left = {"start": x + dx, "end": x + dx - width, "middle": x - width / 2}[v["anchor"]]
        boxes.append((left, y + dy - 8, left + width, y + dy + 8))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]), (a, b)
    for v in venues:  # a busy place's big dot must not hide the first letters of its own label
        x, y = _pixel(*v["position"], 3.4)
        r = v["radius"]
        for box in boxes:
            assert not (box[0] < x + r and x - r < box[2] and box[1] < y + r and y - r < box[3]), (v["place"], box)
    assert {"Baku (6)", "Islamabad (6)", "Lachin (2)"} <= {v["label"] for v in labels}


def test_pixel_projection_matches_web_mercator():
    x0, y0 = _pixel(0, 0, 0)
    assert (x0, y0) == pytest.approx((256, 256))
    x1, _ = _pixel(180, 0, 1)
    assert x1 == pytest.approx(1024)
    assert not math.isnan(_pixel(50, 85, 3)[1])


def test_legend_lists_what_is_on_the_map(ds):
    choices = Choices.of(ds)
    entries = legend(apply(ds, replace(choices.default(), corridors=("btk", "tripp"))))
    labels = [(e.group, e.label) for e in entries]
    assert ("Corridors by mode", "rail") in labels and ("Corridors by mode", "multimodal") in labels
    assert ("Corridors by mode", "gas") not in labels
    assert ("Line style", "dashed: planned") in labels
    assert any(g.startswith("Trade arcs") and label.startswith("AZE–TUR 2023") for g, label in labels)


def test_golden_deck_of_the_tiny_dataset(tiny):
    ds = load(tiny)
    built = deck_json(ds)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.write_text(json.dumps(built, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    assert built == json.loads(GOLDEN.read_text())


def test_a_busy_place_lists_its_latest_events_and_counts_the_rest(ds):
    events = ds.events.iloc[[0] * 30].copy()
    events["id"] = [f"e{n}" for n in range(30)]
    events["title"] = [f"Meeting {n}" for n in range(30)]
    (venue,) = venue_records(events)
    lines = venue["body"].split("\n")
    assert len(lines) == 12 and lines[0] == "… 19 earlier (click for all)"
    assert venue["count"] == 30 and len(venue["event_ids"]) == 30
