"""The Atlas page through Streamlit's AppTest: widgets in, deck and URL out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def run(query: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, at.exception
    return at


def deck(at: AppTest) -> dict:
    (chart,) = at.get("deck_gl_json_chart")
    return json.loads(chart.proto.json)


def layer_ids(at: AppTest, layer_id: str) -> set[str]:
    data = next(item for item in deck(at)["layers"] if item["id"] == layer_id)["data"]
    return {record["id"] for record in data}


def corridors_on_map(at: AppTest) -> set[str]:
    return layer_ids(at, "corridors-built") | layer_ids(at, "corridors-planned") | layer_ids(at, "corridor-points")


def widget(items, label: str):
    return next(w for w in items if label in w.label)


def test_atlas_runs_and_draws_every_corridor_with_a_legend():
    at = run()
    assert at.title[0].value.startswith("Corridors")
    assert len(corridors_on_map(at)) == 13
    legend = " ".join(m.value for m in at.markdown)
    assert "Corridors by mode" in legend and "Trade arcs" in legend
    assert any("Natural Earth" in c.value for c in at.caption)


def test_choosing_only_btk_leaves_btk_alone_and_updates_the_url():
    at = run()
    widget(at.multiselect, "Corridor").set_value(["btk"]).run()
    assert corridors_on_map(at) == {"btk"}
    assert at.query_params["c"] == "btk"


def test_year_slider_2010_shows_btc_not_tanap():
    at = run()
    widget(at.slider, "Year").set_value((2010, 2010)).run()
    shown = corridors_on_map(at)
    assert "btc" in shown and "tanap" not in shown
    assert at.query_params["y"] == "2010-2010"


def test_mode_status_and_country_widgets_filter_the_map():
    at = run()
    widget(at.multiselect, "Mode").set_value(["gas"]).run()
    assert corridors_on_map(at) == {"scp", "tanap", "tap"}
    widget(at.multiselect, "Countries").set_value(["ITA"]).run()
    assert corridors_on_map(at) == {"tap"}
    widget(at.multiselect, "Mode").set_value([]).run()
    widget(at.multiselect, "Status").set_value(["planned"]).run()
    assert corridors_on_map(at) == set()


def test_layer_toggles_empty_their_layers():
    at = run()
    widget(at.toggle, "Trade arcs").set_value(False).run()
    assert layer_ids(at, "trade-arcs") == set()
    widget(at.toggle, "Venues").set_value(False).run()
    assert layer_ids(at, "venues") == set()
    assert at.query_params["l"] == "corridors,labels"


def test_a_link_reopens_the_same_view():
    at = run({"c": "btk,tanap", "y": "2015-2020", "l": "corridors,events"})
    assert corridors_on_map(at) == {"btk", "tanap"}
    assert widget(at.multiselect, "Corridor").value == ["btk", "tanap"]
    assert widget(at.slider, "Year").value == (2015, 2020)
    assert layer_ids(at, "trade-arcs") == set()
    assert not at.warning


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({"zoom": "12"}, "Ignored unknown link parameter 'zoom'."),
        ({"y": "yesterday"}, "Ignored link parameter 'y=yesterday'"),
        ({"c": "<script>alert(1)</script>"}, "Ignored unknown value(s) in link parameter 'c'"),
        ({"m": "../../etc/passwd"}, "Ignored unknown value(s) in link parameter 'm': ../../etc/passwd."),
        ({"k": "AZE\x00\x1b[31m"}, "Ignored unknown value(s) in link parameter 'k': AZE??[31m."),
        ({"s": "planned," * 200}, "Ignored link parameter 's': value too long."),
        ({"y": "2010-1999"}, "Ignored link parameter 'y=2010-1999'"),
    ],
)
def test_bad_link_parameters_show_a_notice_not_an_exception(query, notice):
    at = run(query)
    assert any(w.value.startswith(notice) for w in at.warning)
    assert len(corridors_on_map(at)) == 13


def test_broken_data_shows_an_error_page_listing_the_problems(tiny, monkeypatch):
    (tiny / "events.csv").write_text("")
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "problem(s)" in at.error[0].value
    assert "events.csv: -: -: file is empty" in at.code[0].value
    assert not at.get("deck_gl_json_chart")


def test_atlas_offers_exports_of_the_current_view():
    at = run({"c": "btk"})
    labels = [b.label for b in at.get("download_button")]
    assert labels[:3] == ["PNG, 1920×1080", "Offline HTML map", "Data (zip: CSV + GeoJSON)"]
