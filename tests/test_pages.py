"""Companion pages through AppTest: each runs clean, follows the shared filters and shows the filtered rows."""

from __future__ import annotations

import pytest

from corridors import navigation
from tests.fixtures import chart_rows, corridors_on_map, deck_of, elements, layer_data, run_app, widget

COMPANIONS = [navigation.CORRIDORS, navigation.EVENTS, navigation.TRADE, navigation.SOURCES]


@pytest.mark.parametrize("page", COMPANIONS, ids=[p.label for p in COMPANIONS])
def test_every_page_runs_with_a_title(small_app, page):
    at = run_app(page=page.script)
    assert at.title[0].value
    assert not at.error


@pytest.mark.parametrize("page", COMPANIONS, ids=[p.label for p in COMPANIONS])
def test_every_page_runs_on_the_bundled_data(page):
    at = run_app(page=page.script)
    assert at.title[0].value and not at.error


def test_filters_set_on_the_atlas_hold_on_the_corridors_page(small_app):
    at = run_app()
    widget(at.multiselect, "Corridor").set_value(["gas-line", "oil-line"]).run()
    at.switch_page(navigation.CORRIDORS.script).run()
    assert not at.exception
    assert widget(at.multiselect, "Corridor").value == ["gas-line", "oil-line"]
    assert set(at.dataframe[0].value["id"]) == {"gas-line", "oil-line"}
    assert at.query_params["c"] == "gas-line,oil-line"


def test_corridor_profile_from_a_link(small_app):
    at = run_app({"p": "gas-line"}, navigation.CORRIDORS.script)
    assert at.selectbox[0].value == "gas-line"
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Length (published), km"] == "1,250"
    assert metrics["Capacity, bcm per year"] == "16"
    assert any("Gas Line opened" in t.value for t in at.text)
    assert corridors_on_map(at) == {"gas-line"}
    assert at.query_params["p"] == "gas-line"


def test_corridor_comparison_charts_hold_the_filtered_rows(small_app):
    at = run_app({"m": "oil,gas"}, navigation.CORRIDORS.script)
    charts = elements(at, "vega_lite_chart")
    assert {r["Corridor"] for r in chart_rows(charts[0])} == {"Oil Line (Baku–Ceyhan)", "Gas Line"}
    assert len(charts) == 3  # length, and one chart per capacity unit


def test_events_page_timeline_and_tables_follow_the_years(small_app):
    at = run_app({"y": "2021-2021"}, navigation.EVENTS.script)
    assert at.caption[0].value.startswith("2 events from 2021 to 2021.")
    timeline = elements(at, "vega_lite_chart")[0]
    assert {r["id"] for r in chart_rows(timeline)} == {"exercise-2021", "speakers-2021"}
    assert at.dataframe[0].value.set_index("Track").loc["Parliaments", "Events"] == 1
    at.selectbox[0].set_value("exercise-2021").run()
    assert at.query_params["e"] == "exercise-2021"
    assert any(s.value == "Joint exercise" for s in at.subheader)
    assert [v["place"] for v in layer_data(deck_of(at), "venues")] == ["Baku"]


def test_trade_page_separates_trade_targets_and_deals(small_app):
    at = run_app({"y": "2020-2024"}, navigation.TRADE.script)
    years = {r["year"] for r in chart_rows(elements(at, "vega_lite_chart")[0])}
    assert years <= set(range(2020, 2025))
    assert at.caption[0].value.endswith("AZE–PAK: Customs · AZE–TUR: Customs · TUR–PAK: Presidency")
    frames = [d.value for d in at.dataframe]
    deals = next(f for f in frames if "Value" in f.columns)
    assert set(deals["Kind"]) == {"investment", "defence deal"}
    disputes = next(f for f in frames if "Other claim" in f.columns)
    assert set(zip(disputes["Pair"], disputes["Year"], strict=True)) == {("AZE–TUR", 2023)}
    assert at.select_slider[0].value == 2024
    arcs = layer_data(deck_of(at), "trade-arcs")
    assert [(a["pair"], a["year"]) for a in arcs] == [("TUR–PAK", 2024)]


def test_trade_year_from_a_link(small_app):
    at = run_app({"ty": "2022"}, navigation.TRADE.script)
    assert at.select_slider[0].value == 2022
    assert {(a["pair"], a["year"]) for a in layer_data(deck_of(at), "trade-arcs")} == {
        ("AZE–PAK", 2022),
        ("AZE–TUR", 2022),
    }


def test_trade_page_with_no_data_says_so(small_app):
    at = run_app({"y": "2006-2010"}, navigation.TRADE.script)
    assert "No trade figure" in at.info[0].value


def test_sources_page_search_and_downloads(small_app):
    at = run_app(page=navigation.SOURCES.script)
    assert list(at.dataframe[0].value["id"]) == ["op", "stats", "news", "other"]
    at.text_input[0].set_value("pipeline").run()
    assert list(at.dataframe[0].value["id"]) == ["op"]
    assert set(at.dataframe[1].value["Record"]) == {
        "oil-line",
        "gas-line",
        "rail-line",
        "oil-opening",
        "gas-opening",
        "oil-length",
    }
    labels = [b.label for b in at.get("download_button")]
    assert "Whole dataset (zip: CSV + GeoJSON)" in labels and "Corridors (GeoJSON)" in labels


def test_profile_survives_a_filter_that_excludes_it(small_app):
    at = run_app({"p": "oil-line"}, navigation.CORRIDORS.script)
    assert at.selectbox[0].value == "oil-line"
    widget(at.multiselect, "Mode").set_value(["rail"]).run()
    assert not at.exception
    assert at.selectbox[0].value == "rail-line"


def test_a_users_choice_is_not_overridden_by_the_link_it_came_from(small_app):
    at = run_app({"p": "gas-line"}, navigation.CORRIDORS.script)
    at.selectbox[0].set_value("oil-line").run()
    at.run()
    assert at.selectbox[0].value == "oil-line"
    assert at.query_params["p"] == "oil-line"
