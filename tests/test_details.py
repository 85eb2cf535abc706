"""The details panel: every field with units, related events, disagreements and sources."""

from __future__ import annotations

from corridors.details import (
    corridor_details,
    event_details,
    figure_rows,
    for_selection,
    key_figures,
    trade_details,
)


def test_corridor_details_have_figures_with_units_and_sources(small):
    d = corridor_details(small, "oil-line")
    assert d.value("Length (published)") == "1,400 km"
    assert d.value("Capacity") == "1 million barrels per day"
    assert (d.value("Opened"), d.value("Planned completion")) == ("2006", "—")
    assert d.value("Countries") == "AZE, GEO, TUR"
    assert [(s.id, s.publisher, s.url) for s in d.sources] == [("op", "Pipeline Co.", "https://example.org/op")]
    assert d.related == ["2006-07-13 · Oil Line opened (Ceyhan)"]
    assert d.disagreements == [
        "Length of the Oil Line: shown “1,400 km”; also claimed “1,500 km”. The operator measured it."
    ]


def test_key_figures_of_a_built_and_an_unbuilt_corridor(small):
    assert key_figures(small, "gas-line") == [
        ("Length (published), km", "1,250"),
        ("Capacity, bcm per year", "16"),
        ("Status", "operating"),
        ("Opened", "2018"),
    ]
    assert key_figures(small, "rail-line")[0] == ("Length (published), km", "—")
    assert key_figures(small, "rail-line")[3] == ("Agreed", "2020")


def test_event_details_show_the_figure_and_the_participants(small):
    d = event_details(small, "summit-2025")
    assert d.value("Figure") == "3 agreements"
    assert d.value("Participants") == "AZE, TUR, PAK"
    assert d.value("Kind").startswith("summit (")
    assert {s.publisher for s in d.sources} == {"Daily News"}


def test_trade_details_list_every_claim_for_the_pair_and_year(small):
    d = trade_details(small, "AZE–TUR", 2023)
    labels = [label for label, _ in d.fields]
    assert labels == ["total · actual · shown", "total · estimate · alternative claim", "total · target · shown"]
    assert d.fields[1][1] == "$7.5bn (basis: Press) — rounded"
    assert [s.id for s in d.sources] == ["stats", "other", "news"]


def test_unknown_sources_stay_visible(small):
    from corridors.details import source_refs

    (ref,) = source_refs(small, ["nobody"])
    assert ref.title == "(unknown source nobody)"


def test_selection_objects_map_to_details(small):
    assert for_selection(small, {"kind": "corridor", "id": "gas-line"})[0].title == "Gas Line"
    venue = for_selection(small, {"kind": "venue", "event_ids": ["eve-2025", "summit-2025"]})
    assert [d.title for d in venue] == ["Eve-of-summit meeting", "Summit in Lachin"]
    assert for_selection(small, {"kind": "trade", "pair": "TUR–PAK", "year": 2024})[0].title == "Trade TUR–PAK, 2024"
    user = for_selection(small, {"properties": {"kind": "user", "title": "mine", "body": "Name: Lachin\nNote: x"}})
    assert user[0].fields == [("Name", "Lachin"), ("Note", "x")]
    assert for_selection(small, {"kind": "corridor", "id": "nope"}) == []
    assert for_selection(small, {"kind": "something-else"}) == []


def test_figures_are_two_to_a_row_and_a_worded_value_has_a_row_of_its_own():
    figures = [("Length", "1,850"), ("Capacity", "16"), ("Status", "operating"), ("Opened", "2018")]
    rows = figure_rows(figures)
    assert rows == [[("Length", "1,850"), ("Capacity", "16")], [("Opened", "2018")], [("Status", "operating")]]
