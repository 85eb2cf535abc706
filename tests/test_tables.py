"""Tables behind the companion pages: what each holds for a selection."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from corridors import tables
from corridors.filters import Choices, select_corridors, select_events, trade_in_range


def test_corridor_table_has_the_compared_columns(ds):
    table = tables.corridor_table(ds.corridors)
    assert list(table.columns) == [
        "id",
        "Corridor",
        "Short name",
        "Mode",
        "Status",
        "Opened",
        "Planned",
        "Length (km)",
        "Capacity",
        "Capacity unit",
        "Countries",
        "Operator",
    ]
    btc = table.set_index("id").loc["btc"]
    assert (btc["Opened"], btc["Length (km)"], btc["Capacity unit"]) == (2006, 1768, "million barrels per day")
    assert pd.isna(table.set_index("id").loc["tripp", "Opened"])


def test_event_table_is_in_date_order(ds):
    table = tables.event_table(ds.events)
    assert table["id"].iloc[0] == "pk-recognises-az-1991"
    assert list(table["Date"]) == sorted(table["Date"], key=lambda d: d[:10])


def test_tracks_summarise_leaders_ministers_and_parliaments(ds):
    tracks = tables.tracks(ds.events).set_index("Track")
    assert tracks.loc["Leaders", "Events"] == 2
    assert tracks.loc["Leaders", "Latest"].startswith("2025-05-28 · Trilateral summit in Lachin")
    assert tracks.loc["Parliaments", "Events"] == 3
    assert tables.track_of("military_exercise") == "Defence"


def test_event_counts_by_year_and_kind(ds):
    counts = tables.event_counts(ds.events)
    assert counts["Events"].sum() == len(ds.events)
    summits_2025 = counts[(counts["Year"] == 2025) & (counts["Kind"] == "summit")]["Events"]
    assert list(summits_2025) == [1]


def test_trade_series_leaves_gaps_for_missing_years(ds):
    series = tables.trade_series(ds.trade)
    az_tr = series[series["pair"] == "AZE–TUR"].set_index("year")
    assert list(az_tr.index) == list(range(2016, 2024))
    assert all(math.isnan(az_tr.loc[y, "value_usd"]) for y in (2017, 2018, 2019, 2020))
    assert az_tr.loc[2023, "value_usd"] == 7.6e9


def test_trade_series_never_includes_targets_investments_or_deals(ds):
    series = tables.trade_series(ds.trade).dropna(subset=["value_usd"])
    assert set(series["kind"]) <= {"actual", "estimate"}
    assert series["value_usd"].max() < 10e9


def test_targets_and_deals_are_separate_tables(ds):
    assert set(tables.trade_targets(ds.trade)["value_usd"]) == {15e9, 5e9, 2e9}
    deals = tables.deals(ds.trade)
    assert set(deals["Kind"]) == {"investment", "defence deal"}
    assert "$1.6bn" in set(deals["Value"])


def test_alternatives_stand_beside_the_shown_value(ds):
    alt = tables.alternatives(ds.trade).set_index(["Pair", "Year"])
    assert alt.loc[("AZE–TUR", 2023), "Shown"] == "$7.6bn"
    assert alt.loc[("AZE–TUR", 2023), "Other claim"] == "$7.5bn"
    assert alt.loc[("AZE–PAK", 2024), "Shown"] == "$1.6bn"


def test_every_source_is_indexed_with_its_citations(ds):
    index = tables.source_index(ds).set_index("id")
    assert len(index) == len(ds.sources)
    assert index.loc["seed-trt-lachin", "Cited by"] >= 5
    cites = tables.citations(ds)
    assert {"corridors.geojson", "events.csv", "trade.csv", "disagreements.csv"} == set(cites["File"])
    assert ("events.csv", "lachin-summit-2025") in set(zip(cites["File"], cites["Record"], strict=True))


def test_search_is_literal_and_case_insensitive(ds):
    index = tables.source_index(ds)
    assert set(tables.search(index, "azertac")["id"]) >= {"azertag-speakers-2025", "newsaz-lachin-2025"}
    assert set(tables.search(index, "(reuters)")["id"]) == {"brecorder-green-2022", "reuters-three-brothers-2021"}
    assert len(tables.search(index, "  ")) == len(index)


def test_disagreements_side_by_side(ds):
    table = tables.disagreements_table(ds).set_index("Topic")
    row = table.loc["Which trilateral summit Lachin was"]
    assert row["Shown"] == "A" and "First trilateral summit" in row["Claim B"]


def test_tables_follow_the_filters(ds):
    f = replace(Choices.of(ds).default(), year_start=2021, year_end=2021, countries=("PAK",))
    assert set(tables.corridor_table(select_corridors(ds, f))["id"]) == {"iti-rail"}
    assert len(tables.event_table(select_events(ds, f))) == 4
    assert set(trade_in_range(ds, f)["year"]) == {2021}
