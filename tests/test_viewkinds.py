"""Kinds of briefing views: each one read from YAML, checked with named problems, written back unchanged."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml

from corridors import briefing
from corridors.filters import Choices
from corridors.viewkinds import MAX_NOTES, data_sources, timeline_events, trade_data
from tests.fixtures import one_view, parsed_view

CAMERA = {"latitude": 40, "longitude": 50, "zoom": 4}


def refused(ds, **view) -> list[str]:
    loaded, problems = briefing.parse(one_view(**view), ds)
    assert loaded is None
    return [str(p) for p in problems]


def test_a_view_without_kind_is_a_map_as_before(small):
    view = parsed_view(small, filters={"years": [2010, 2020]}, camera=CAMERA)
    assert view.kind == "map" and view.notes == ""


def test_a_trade_chart_keeps_years_and_countries_and_draws_the_trade_pages_data(small):
    view = parsed_view(small, kind="trade", filters={"years": [2022, 2024], "countries": ["PAK"]})
    assert view.kind == "trade" and (view.filters.year_start, view.filters.year_end) == (2022, 2024)
    data = trade_data(small, view.filters)
    assert set(data.series.dropna(subset=["value_usd"])["pair"]) == {"AZE–PAK", "TUR–PAK"}
    assert data.targets.empty  # the only target is Azerbaijan–Türkiye's
    with_targets = parsed_view(small, kind="trade", filters={"years": [2016, 2023]})
    assert list(trade_data(small, with_targets.filters).targets["value_usd"]) == [15e9]


def test_a_chart_view_without_filters_covers_every_year(small):
    view = parsed_view(small, kind="trade")
    assert (view.filters.year_start, view.filters.year_end) == Choices.of(small).years


def test_a_timeline_can_keep_only_some_event_kinds(small):
    view = parsed_view(small, kind="timeline", filters={"years": [2020, 2025], "event_kinds": ["summit"]})
    assert list(timeline_events(small, view.filters, view.event_kinds)["id"]) == ["summit-2024", "summit-2025"]


def test_a_profile_names_its_corridor_and_cites_its_sources(small):
    view = parsed_view(small, kind="profile", selected="gas-line", notes="Say 16 bcm.")
    assert view.kind == "profile" and view.notes == "Say 16 bcm."
    assert data_sources(small, "profile", view.filters, (), "gas-line") == ["op", "news"]


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ({"kind": "chart"}, "briefing.yaml: view 1: kind: Input should be 'map', 'trade', 'timeline' or 'profile'"),
        (
            {"kind": "trade", "filters": {"years": [2006, 2012]}},
            "briefing.yaml: view 1 (T): filters: no trade figure or target matches (2006–2012)",
        ),
        (
            {"kind": "timeline", "filters": {"years": [2007, 2017]}},
            "briefing.yaml: view 1 (T): filters: no event matches (2007–2017): the timeline would be empty",
        ),
        (
            {"kind": "timeline", "filters": {"years": [2024, 2025], "event_kinds": ["summit"]}, "selected": "eve-2025"},
            "briefing.yaml: view 1 (T): selected: event 'eve-2025' is not on this timeline",
        ),
        (
            {"kind": "trade", "notes": "n" * (MAX_NOTES + 1)},
            f"briefing.yaml: view 1: notes: String should have at most {MAX_NOTES} characters",
        ),
        ({"kind": "trade", "camera": CAMERA}, "briefing.yaml: view 1 (T): camera: only map views have a camera"),
        (
            {"kind": "trade", "filters": {"years": [2020, 2024], "modes": ["gas"]}},
            "briefing.yaml: view 1 (T): filters.modes: a trade chart uses filters.countries, filters.years; remove",
        ),
        (
            {"kind": "timeline", "filters": {"years": [2020, 2024], "event_kinds": ["picnic"]}},
            "briefing.yaml: view 1 (T): filters.event_kinds: unknown event kind(s): picnic",
        ),
        ({"kind": "profile"}, "briefing.yaml: view 1 (T): selected: a corridor profile needs the corridor's id"),
        ({"kind": "profile", "selected": "summit-2025"}, "selected: 'summit-2025' is not a corridor id"),
        ({"kind": "trade", "selected": "oil-line"}, "briefing.yaml: view 1 (T): selected: a trade chart has no record"),
        ({"filters": {"years": [2010, 2020]}}, "briefing.yaml: view 1 (T): camera: a map view needs a camera"),
        ({"camera": CAMERA}, "briefing.yaml: view 1 (T): filters: a map view needs filters"),
    ],
    ids=[
        "unknown-kind",
        "trade-matches-nothing",
        "timeline-matches-nothing",
        "timeline-selection-off-the-chart",
        "notes-too-long",
        "camera-on-a-chart",
        "filter-a-chart-ignores",
        "unknown-event-kind",
        "profile-without-corridor",
        "profile-of-an-event",
        "selection-on-a-trade-chart",
        "map-without-camera",
        "map-without-filters",
    ],
)
def test_bad_views_are_refused_naming_file_view_and_field(small, view, expected):
    problems = refused(small, **view)
    assert any(expected in p for p in problems), problems


def test_every_kind_round_trips_through_yaml(small, tmp_path):
    text = yaml.safe_dump(
        {
            "id": "kinds",
            "title": "Kinds",
            "views": [
                {"title": "M", "notes": "map notes", "filters": {"years": [2010, 2020]}, "camera": CAMERA},
                {"title": "T", "kind": "trade", "filters": {"years": [2016, 2024], "countries": ["TUR"]}},
                {"title": "L", "kind": "timeline", "filters": {"years": [2021, 2025], "event_kinds": ["summit"]}},
                {"title": "P", "kind": "profile", "selected": "oil-line", "notes": "Oil."},
            ],
        }
    )
    story, problems = briefing.parse(text, small)
    assert problems == []
    briefing.save(story, tmp_path / "kinds.yaml")
    again, problems = briefing.load(tmp_path / "kinds.yaml", small)
    assert problems == [] and again == story
    assert [v.kind for v in again.views] == ["map", "trade", "timeline", "profile"]
    written = yaml.safe_load((tmp_path / "kinds.yaml").read_text())["views"]
    assert "camera" not in written[1] and "filters" not in written[3] and written[0]["notes"] == "map notes"


def test_views_added_from_pages_keep_what_their_kind_uses(small):
    sidebar = replace(Choices.of(small).default(), year_start=2020, countries=("PAK",), modes=("gas",))
    trade = briefing.new_view(small, "Trade", "", sidebar, "oil-line", kind="trade", notes=" n ")
    assert (trade.kind, trade.selected, trade.notes) == ("trade", None, "n")
    assert trade.filters.countries == ("PAK",) and trade.filters.modes == () and trade.filters.year_start == 2020
    profile = briefing.new_view(small, "Gas", "", sidebar, "gas-line", kind="profile")
    assert profile.filters == Choices.of(small).default() and profile.selected == "gas-line"
    mine = briefing.Briefing("mine", "Mine", (trade, profile))
    again, problems = briefing.parse(briefing.dump(mine), small)
    assert problems == [] and again == mine
