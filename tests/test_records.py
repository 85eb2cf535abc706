"""Layer records: what each carries, venue sizes, arc widths and the plain-text tooltips."""

from __future__ import annotations

from dataclasses import replace

from corridors.filters import Choices, apply
from corridors.records import MAX_TOOLTIP_LINES, corridor_records, trade_records, venue_records


def selection(ds, **changes):
    return apply(ds, replace(Choices.of(ds).default(), **changes))


def test_venue_size_counts_the_events_in_the_filter(small):
    venues = {v["place"]: v for v in venue_records(selection(small).events)}
    assert (venues["Baku"]["count"], venues["Lachin"]["count"], venues["Astana"]["count"]) == (2, 2, 1)
    assert venues["Baku"]["label"] == "Baku (2)" and venues["Astana"]["label"] == "Astana"
    narrowed = {v["place"]: v for v in venue_records(selection(small, year_start=2025, year_end=2025).events)}
    assert set(narrowed) == {"Lachin"}
    assert venues["Lachin"]["event_ids"] == ["eve-2025", "summit-2025"]  # in date order
    assert narrowed["Lachin"]["radius"] == venues["Lachin"]["radius"] > venues["Astana"]["radius"]


def test_one_label_per_town_names_the_town_and_counts_its_events_in_every_place(small):
    events = selection(small).events.copy()
    events.loc[events["place"] == "Lachin", "place"] = ["Lachin (International Airport)", "Lachin"]
    venues = {v["place"]: v for v in venue_records(events)}
    assert venues["Lachin"]["label"] == "Lachin (2)"
    assert venues["Lachin (International Airport)"]["label"] == ""
    assert venues["Baku"]["label"] == "Baku (2)"


def test_trade_arc_width_grows_with_value_and_tooltip_names_value_basis_and_source(small):
    sel = selection(small)
    arcs = {a["pair"]: a for a in trade_records(sel.trade, small.sources)}
    assert arcs["AZE–TUR"]["width"] > arcs["TUR–PAK"]["width"] > arcs["AZE–PAK"]["width"] >= 2
    assert arcs["TUR–PAK"]["title"] == "Ankara–Islamabad · 2024"
    assert arcs["TUR–PAK"]["body"].splitlines() == [
        "$1.4bn estimate (total)",
        "basis: Presidency",
        "source: Daily News",
    ]
    assert arcs["AZE–TUR"]["body"].startswith("$7.6bn goods trade (total)")


def test_corridor_tooltip_has_name_mode_status_year_and_figures(small):
    built, planned, _ = corridor_records(selection(small).corridors, small.paths)
    oil = next(r for r in built if r["id"] == "oil-line")
    assert oil["title"] == "Oil Line (Baku–Ceyhan)"
    assert oil["body"].splitlines() == [
        "oil · operating · opened 2006",
        "1,400 km · 1 million barrels per day",
        "Click for details and sources",
    ]
    (rail,) = planned
    assert rail["body"].splitlines()[:2] == ["rail · planned · agreed 2020, planned 2028", "5 million tonnes per year"]
    assert oil["color"][3] == 255 and rail["color"][3] < 255  # unbuilt lines are a little lighter


def test_a_busy_place_lists_its_latest_events_and_counts_the_rest(small):
    events = small.events.iloc[[0] * 30].copy()
    events["id"] = [f"e{n}" for n in range(30)]
    events["title"] = [f"Meeting {n}" for n in range(30)]
    (venue,) = venue_records(events)
    lines = venue["body"].split("\n")
    assert len(lines) == MAX_TOOLTIP_LINES and lines[0] == "… 19 earlier (click for all)"
    assert venue["count"] == 30 and len(venue["event_ids"]) == 30
