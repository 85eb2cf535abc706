"""Users' own layers: every file of the corpus gets the outcome and message it must produce."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from corridors import userlayers
from corridors.deck import user_layers

FILES = Path(__file__).parent / "files"
CASES = list(csv.DictReader((FILES / "expected.csv").open(encoding="utf-8")))


def test_the_corpus_manifest_lists_every_file():
    assert {c["file"] for c in CASES} == {p.name for p in FILES.iterdir() if p.name != "expected.csv"}


@pytest.mark.parametrize("case", CASES, ids=[c["file"] for c in CASES])
def test_each_file_gets_its_outcome_and_message(case):
    data = (FILES / case["file"]).read_bytes()
    if case["outcome"] == "refused":
        with pytest.raises(userlayers.Refused) as err:
            userlayers.read(case["file"], data)
        assert str(err.value).startswith(case["message"]), str(err.value)
    else:
        layer = userlayers.read(case["file"], data)
        assert layer.frame.crs.to_epsg() == 4326 and len(layer.frame) >= 1
        if case["message"]:
            assert case["message"] in layer.notes


def test_hostile_names_are_kept_as_plain_printable_text():
    layer = userlayers.read("hostile-names.geojson", (FILES / "hostile-names.geojson").read_bytes())
    names = list(layer.frame["name"])
    assert names[0] == '<img src=x onerror="window.__xss=1">'  # shown as text; Streamlit escapes it
    assert names[1] == "okevil"  # bell and right-to-left override removed
    assert len(layer.frame["url"].iloc[1]) == userlayers.MAX_TEXT


def test_oversized_upload_is_refused_before_parsing():
    with pytest.raises(userlayers.Refused, match="the limit is 10 MB"):
        userlayers.read("big.geojson", b" " * (userlayers.MAX_BYTES + 1))


def test_a_layer_becomes_a_pickable_deck_layer_with_plain_tooltips():
    layer = userlayers.read("points.csv", (FILES / "points.csv").read_bytes())
    (deck_layer,) = user_layers((layer,))
    spec = json.loads(deck_layer.to_json())
    assert spec["id"] == "user-0" and spec["pickable"] is True
    feature = spec["data"]["features"][0]
    assert feature["properties"]["title"] == "points"
    assert feature["properties"]["body"].splitlines() == ["Name: Lachin", "Note: summit 2025"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [46.55, 39.64]}
