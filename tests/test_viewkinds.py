"""Kinds of briefing views: each one read from YAML, checked with named problems, written back unchanged."""

from __future__ import annotations

import pytest
import yaml

from corridors import briefing
from corridors.filters import Choices
from corridors.viewkinds import MAX_NOTES, data_sources, timeline_events, trade_data

CAMERA = {"latitude": 40, "longitude": 50, "zoom": 4}


def one_view(**view) -> str:
    return yaml.safe_dump({"id": "x", "title": "X", "views": [{"title": "T", **view}]}, allow_unicode=True)


def parsed(ds, **view):
    loaded, problems = briefing.parse(one_view(**view), ds)
    assert problems == [], [str(p) for p in problems]
    return loaded.views[0]


def refused(ds, **view) -> list[str]:
    loaded, problems = briefing.parse(one_view(**view), ds)
    assert loaded is None
    return [str(p) for p in problems]


def test_a_view_without_kind_is_a_map_as_before(ds):
    view = parsed(ds, filters={"years": [2010, 2020]}, camera=CAMERA)
    assert view.kind == "map" and view.notes == ""


def test_a_trade_chart_keeps_years_and_countries_and_draws_the_trade_pages_data(ds):
    view = parsed(ds, kind="trade", filters={"years": [2020, 2024], "countries": ["PAK"]})
    assert view.kind == "trade" and (view.filters.year_start, view.filters.year_end) == (2020, 2024)
    data = trade_data(ds, view.filters)
    assert set(data.series["pair"]) == {"AZE–PAK", "TUR–PAK"}
    assert set(data.series.dropna(subset=["value_usd"])["year"]) <= set(range(2020, 2025))
    assert data.targets.empty  # both Pakistan targets are for 2025, outside the years
    with_targets = parsed(ds, kind="trade", filters={"years": [2020, 2025], "countries": ["PAK"]})
    assert set(trade_data(ds, with_targets.filters).targets["pair"]) == {"AZE–PAK", "TUR–PAK"}


def test_a_chart_view_without_filters_covers_every_year(ds):
    view = parsed(ds, kind="trade")
    assert (view.filters.year_start, view.filters.year_end) == Choices.of(ds).years


def test_a_timeline_can_keep_only_some_event_kinds(ds):
    view = parsed(ds, kind="timeline", filters={"years": [2017, 2025], "event_kinds": ["summit"]})
    events = timeline_events(ds, view.filters, view.event_kinds)
    assert list(events["id"]) == ["astana-trilateral-2024", "lachin-summit-2025"]


def test_a_profile_names_its_corridor_and_cites_its_sources(ds):
    view = parsed(ds, kind="profile", selected="tanap", notes="Say 16 bcm.")
    assert view.kind == "profile" and view.notes == "Say 16 bcm."
    assert data_sources(ds, "profile", view.filters, (), "tanap")[:2] == ["xinhua-tanap-2018", "yenisafak-tanap-2018"]


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        ({"kind": "chart"}, "briefing.yaml: view 1: kind: Input should be 'map', 'trade', 'timeline' or 'profile'"),
        (
            {"kind": "trade", "filters": {"years": [1991, 2000]}},
            "briefing.yaml: view 1 (T): filters: no trade figure or target matches (1991–2000)",
        ),
        (
            {"kind": "timeline", "filters": {"years": [1992, 1999]}},
            "briefing.yaml: view 1 (T): filters: no event matches (1992–1999): the timeline would be empty",
        ),
        (
            {"kind": "timeline", "filters": {"years": [2024, 2025], "event_kinds": ["parliamentary"]}, "selected": "x"},
            "briefing.yaml: view 1 (T): selected: event 'x' is not on this timeline",
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
        ({"kind": "profile", "selected": "lachin-summit-2025"}, "selected: 'lachin-summit-2025' is not a corridor id"),
        ({"kind": "trade", "selected": "btc"}, "briefing.yaml: view 1 (T): selected: a trade chart has no record"),
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
def test_bad_views_are_refused_naming_file_view_and_field(ds, view, expected):
    problems = refused(ds, **view)
    assert any(expected in p for p in problems), problems


def test_a_refused_upload_changes_nothing_in_the_dataset(ds):
    before = (len(ds.events), len(ds.trade))
    refused(ds, kind="trade", filters={"years": [1991, 2000]})
    assert (len(ds.events), len(ds.trade)) == before


def test_every_kind_round_trips_through_yaml(ds, tmp_path):
    text = yaml.safe_dump(
        {
            "id": "kinds",
            "title": "Kinds",
            "views": [
                {"title": "M", "notes": "map notes", "filters": {"years": [2010, 2020]}, "camera": CAMERA},
                {"title": "T", "kind": "trade", "filters": {"years": [2014, 2025], "countries": ["TUR"]}},
                {"title": "L", "kind": "timeline", "filters": {"years": [2021, 2025], "event_kinds": ["summit"]}},
                {"title": "P", "kind": "profile", "selected": "btk", "notes": "Rail."},
            ],
        }
    )
    story, problems = briefing.parse(text, ds)
    assert problems == []
    briefing.save(story, tmp_path / "kinds.yaml")
    again, problems = briefing.load(tmp_path / "kinds.yaml", ds)
    assert problems == [] and again == story
    assert [v.kind for v in again.views] == ["map", "trade", "timeline", "profile"]
    written = yaml.safe_load((tmp_path / "kinds.yaml").read_text())["views"]
    assert "camera" not in written[1] and "filters" not in written[3] and written[0]["notes"] == "map notes"


def test_views_added_from_pages_keep_what_their_kind_uses(ds):
    from dataclasses import replace

    sidebar = replace(Choices.of(ds).default(), year_start=2020, countries=("PAK",), modes=("gas",), layers=("trade",))
    trade = briefing.new_view(ds, "Trade", "", sidebar, "btc", kind="trade", notes=" n ")
    assert (trade.kind, trade.selected, trade.notes) == ("trade", None, "n")
    assert trade.filters.countries == ("PAK",) and trade.filters.modes == () and trade.filters.year_start == 2020
    profile = briefing.new_view(ds, "BTK", "", sidebar, "btk", kind="profile")
    assert profile.filters == Choices.of(ds).default() and profile.selected == "btk"
    mine = briefing.Briefing("mine", "Mine", (trade, profile))
    again, problems = briefing.parse(briefing.dump(mine), ds)
    assert problems == [] and again == mine
