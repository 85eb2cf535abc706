"""Companion pages through AppTest: each runs clean, follows the shared filters and shows the filtered rows."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGES = ["pages/1_Corridors.py", "pages/2_Events.py", "pages/3_Trade.py", "pages/4_Sources_and_data.py"]


def open_page(page: str, query: dict[str, str] | None = None) -> AppTest:
    """A page opened directly from a link carrying ``query`` (no visit to the Atlas first)."""
    at = AppTest.from_file(APP, default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def elements(at: AppTest, kind: str) -> list:
    found = []

    def walk(node):
        if type(node).__name__ == "UnknownElement" and node.type == kind:
            found.append(node)
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                walk(child)

    walk(at._tree)
    return found


def chart_rows(chart) -> list[dict]:
    """Rows of the first dataset of a Vega-Lite chart element."""
    data = chart.proto.datasets[0].data.data
    return pa.ipc.open_stream(data).read_all().to_pylist()


def widget(items, label: str):
    return next(w for w in items if label in w.label)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_with_a_title_and_page_links(page):
    at = open_page(page)
    assert at.title[0].value
    assert not at.error


def test_filters_set_on_the_atlas_hold_on_the_corridors_page():
    at = AppTest.from_file(APP, default_timeout=60).run()
    widget(at.multiselect, "Corridor").set_value(["btk", "tanap"]).run()
    at.switch_page("pages/1_Corridors.py").run()
    assert not at.exception
    assert widget(at.multiselect, "Corridor").value == ["btk", "tanap"]
    assert set(at.dataframe[0].value["id"]) == {"btk", "tanap"}
    assert at.query_params["c"] == "btk,tanap"


def test_corridor_profile_from_a_link(ds):
    at = open_page("pages/1_Corridors.py", {"p": "tanap"})
    assert at.selectbox[0].value == "tanap"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Length (published), km"] == "1,850"
    assert metrics["Capacity, bcm per year"] == "16"
    assert any("TANAP inaugurated" in t.value for t in at.text)
    deck = json.loads(elements(at, "deck_gl_json_chart")[0].proto.json)
    drawn = {r["id"] for layer in deck["layers"] if layer["id"].startswith("corridors-") for r in layer["data"]}
    assert drawn == {"tanap"}
    assert at.query_params["p"] == "tanap"


def test_corridor_comparison_charts_hold_the_filtered_rows():
    at = open_page("pages/1_Corridors.py", {"m": "gas"})
    charts = elements(at, "vega_lite_chart")
    assert {r["Corridor"] for r in chart_rows(charts[0])} == {
        "South Caucasus Pipeline (Baku–Tbilisi–Erzurum)",
        "Trans-Anatolian Natural Gas Pipeline",
        "Trans Adriatic Pipeline",
    }
    assert len(charts) == 2  # length, and one capacity unit (bcm per year)


def test_events_page_timeline_and_tables_follow_the_years():
    at = open_page("pages/2_Events.py", {"y": "2021-2021"})
    timeline = elements(at, "vega_lite_chart")[0]
    assert {r["id"] for r in chart_rows(timeline)} == {
        "fm-trilateral-2021-islamabad",
        "shusha-declaration-2021",
        "speakers-trilateral-2021-baku",
        "three-brothers-2021",
        "iti-relaunch-2021",
    }
    tracks = at.dataframe[0].value.set_index("Track")
    assert tracks.loc["Parliaments", "Events"] == 1
    at.selectbox[0].set_value("three-brothers-2021").run()
    assert at.query_params["e"] == "three-brothers-2021"
    assert any(s.value == "Three Brothers – 2021 special forces exercise" for s in at.subheader)


def test_trade_page_separates_trade_targets_and_deals():
    at = open_page("pages/3_Trade.py", {"y": "2020-2024"})
    chart = elements(at, "vega_lite_chart")[0]
    years = {r["year"] for r in chart_rows(chart)}
    assert years <= set(range(2020, 2025))
    frames = [d.value for d in at.dataframe]
    deals = next(f for f in frames if "Value" in f.columns)
    assert set(deals["Kind"]) == {"investment", "defence deal"}
    disputes = next(f for f in frames if "Other claim" in f.columns)
    assert ("AZE–TUR", 2023) in set(zip(disputes["Pair"], disputes["Year"], strict=True))
    assert at.select_slider[0].value == 2024
    deck = json.loads(elements(at, "deck_gl_json_chart")[0].proto.json)
    arcs = next(layer for layer in deck["layers"] if layer["id"] == "trade-arcs")["data"]
    assert [(a["pair"], a["year"]) for a in arcs] == [("TUR–PAK", 2024)]


def test_trade_page_with_no_data_says_so():
    at = open_page("pages/3_Trade.py", {"y": "1991-2000"})
    assert "No trade figure" in at.info[0].value


def test_sources_page_search_and_downloads():
    at = open_page("pages/4_Sources_and_data.py")
    assert len(at.dataframe[0].value) > 60
    at.text_input[0].set_value("BBC").run()
    sources = at.dataframe[0].value
    assert list(sources["id"]) == ["bbc-btc-2006"]
    assert set(at.dataframe[1].value["Record"]) == {"btc", "btc-opening-2006", "btc-length"}
    labels = [b.label for b in at.get("download_button")]
    assert "Whole dataset (zip: CSV + GeoJSON)" in labels and "Corridors (GeoJSON)" in labels


def test_profile_survives_a_filter_that_excludes_it():
    at = open_page("pages/1_Corridors.py", {"p": "btc"})
    assert at.selectbox[0].value == "btc"
    widget(at.multiselect, "Mode").set_value(["rail"]).run()
    assert not at.exception
    assert at.selectbox[0].value in {"btk", "iti-rail", "kars-nakhchivan"}


def test_a_users_choice_is_not_overridden_by_the_link_it_came_from():
    at = open_page("pages/1_Corridors.py", {"p": "tanap"})
    at.selectbox[0].set_value("tap").run()
    at.run()
    assert at.selectbox[0].value == "tap"
    assert at.query_params["p"] == "tap"
