"""Tables behind the companion pages: what each holds for a selection."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from corridors import tables
from corridors.filters import Choices, select_corridors, select_events, trade_in_range


def test_corridor_table_has_the_compared_columns(small):
    table = tables.corridor_table(small.corridors)
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
    oil = table.set_index("id").loc["oil-line"]
    assert (oil["Opened"], oil["Length (km)"], oil["Capacity unit"]) == (2006, 1400, "million barrels per day")
    assert oil["Countries"] == "AZE, GEO, TUR"
    assert pd.isna(table.set_index("id").loc["rail-line", "Opened"])
    assert tables.visible_columns(table) == list(table.columns[1:])


def test_event_table_is_in_date_order(small):
    table = tables.event_table(small.events)
    assert list(table["id"]) == [
        "oil-opening",
        "gas-opening",
        "speakers-2021",
        "exercise-2021",
        "summit-2024",
        "eve-2025",
        "summit-2025",
    ]
    assert tables.event_titles(table)["summit-2025"] == "2025-05-28 · Summit in Lachin"


def test_tracks_summarise_leaders_ministers_and_parliaments(small):
    tracks = tables.tracks(small.events).set_index("Track")
    assert tracks.loc["Leaders", "Events"] == 2
    assert tracks.loc["Leaders", "First"] == "2024-07-03 · First summit (Astana)"
    assert tracks.loc["Leaders", "Latest"] == "2025-05-28 · Summit in Lachin (Lachin)"
    assert (tracks.loc["Ministers", "Events"], tracks.loc["Ministers", "Latest"]) == (0, "—")
    assert tables.track_of("military_exercise") == "Defence" and tables.track_of("unheard-of") == "Other"


def test_event_counts_by_year_and_kind(small):
    counts = tables.event_counts(small.events)
    assert counts["Events"].sum() == len(small.events)
    assert counts[(counts["Year"] == 2021)].set_index("Kind")["Events"].to_dict() == {
        "military exercise": 1,
        "parliamentary": 1,
    }
    assert tables.event_counts(small.events.iloc[0:0]).empty


def test_trade_series_leaves_gaps_for_missing_years(small):
    series = tables.trade_series(small.trade)
    az_tr = series[series["pair"] == "AZE–TUR"].set_index("year")
    assert list(az_tr.index) == list(range(2016, 2024))
    assert all(math.isnan(az_tr.loc[y, "value_usd"]) for y in range(2017, 2022))
    assert az_tr.loc[2023, "value_usd"] == 7.6e9
    assert tables.arc_years(series) == [2016, 2022, 2023, 2024]


def test_trade_series_never_includes_targets_investments_deals_or_alternative_claims(small):
    series = tables.trade_series(small.trade).dropna(subset=["value_usd"])
    assert set(series["kind"]) == {"actual", "estimate"}
    assert 7.5e9 not in set(series["value_usd"]) and 15e9 not in set(series["value_usd"])


def test_targets_and_deals_are_separate_tables(small):
    assert list(tables.trade_targets(small.trade)["value_usd"]) == [15e9]
    deals = tables.deals(small.trade)
    assert list(zip(deals["Kind"], deals["Value"], strict=True)) == [
        ("defence deal", "$1.5bn"),
        ("investment", "$1.6bn"),
    ]


def test_alternatives_stand_beside_the_shown_value(small):
    alt = tables.alternatives(small.trade).set_index(["Pair", "Year"])
    assert alt.loc[("AZE–TUR", 2023), "Shown"] == "$7.6bn"
    assert alt.loc[("AZE–TUR", 2023), "Other claim"] == "$7.5bn"
    assert alt.loc[("AZE–TUR", 2023), "Other claim's basis"] == "Press"


def test_every_source_is_indexed_with_its_citations(small):
    index = tables.source_index(small).set_index("id")
    assert list(index.index) == ["op", "stats", "news", "other"]
    assert index.loc["other", "Cited by"] == 2  # a trade row and a disagreement
    cites = tables.citations(small)
    assert {"corridors.geojson", "events.csv", "trade.csv", "disagreements.csv"} == set(cites["File"])
    assert set(tables.citing(cites, "other")["Record"]) == {"oil-length", "AZE–TUR 2023 estimate (total, alternative)"}
    assert tables.labels(tables.source_index(small), "Title")["news"] == "Leaders meet"


def test_search_is_literal_and_case_insensitive(small):
    index = tables.source_index(small)
    assert set(tables.search(index, "pipeline co")["id"]) == {"op"}
    assert tables.search(index, "(").empty  # a literal bracket, not a regular expression
    assert len(tables.search(index, "  ")) == len(index)


def test_disagreements_side_by_side(small):
    row = tables.disagreements_table(small).set_index("Topic").loc["Length of the Oil Line"]
    assert (row["Shown"], row["Claim A"], row["Claim B"], row["Sources B"]) == ("A", "1,400 km", "1,500 km", "other")


def test_tables_follow_the_filters(small):
    f = replace(Choices.of(small).default(), year_start=2021, year_end=2021, countries=("PAK",))
    assert set(tables.corridor_table(select_corridors(small, f))["id"]) == {"rail-line"}
    assert len(tables.event_table(select_events(small, f))) == 2
    assert set(trade_in_range(small, f)["year"]) == {2021}
