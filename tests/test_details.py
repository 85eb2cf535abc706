"""The details panel: every field with units, related events, disagreements and sources."""

from __future__ import annotations

from corridors.details import corridor_details, event_details, for_selection, trade_details


def test_corridor_details_have_figures_with_units_and_sources(ds):
    d = corridor_details(ds, "btc")
    fields = dict(d.fields)
    assert fields["Length (published)"] == "1,768 km"
    assert fields["Capacity"] == "1 million barrels per day"
    assert fields["Opened"] == "2006"
    assert fields["Countries"] == "AZE, GEO, TUR"
    assert [s.id for s in d.sources][:2] == ["agenda-btc-2022", "bbc-btc-2006"]
    assert d.sources[1].url.startswith("http://news.bbc.co.uk/")
    assert any("BTC oil pipeline formally opened" in line for line in d.related)
    assert any(line.startswith("Length of BTC: shown “1,768 km”") for line in d.disagreements)


def test_event_details_show_the_figure_and_the_note(ds):
    d = event_details(ds, "hlscc-7-2025")
    fields = dict(d.fields)
    assert fields["Figure"] == "24 agreements"
    assert fields["Participants"] == "TUR, PAK"
    assert {s.publisher for s in d.sources} >= {"A News (Anadolu)", "TRT World"}


def test_trade_details_list_every_claim_for_the_pair_and_year(ds):
    d = trade_details(ds, "AZE–TUR", 2023)
    labels = [label for label, _ in d.fields]
    assert "total · estimate · alternative claim" in labels
    assert "total · target · shown" in labels
    assert any("$7.5bn" in value for _, value in d.fields)


def test_selection_objects_map_to_details(ds):
    assert for_selection(ds, {"kind": "corridor", "id": "tap"})[0].title == "Trans Adriatic Pipeline"
    venue = for_selection(ds, {"kind": "venue", "event_ids": ["lachin-summit-2025", "sharif-aliyev-lachin-2025"]})
    assert [d.title for d in venue] == [
        "Trilateral summit in Lachin",
        "PM Sharif meets President Aliyev on the eve of the summit",
    ]
    assert for_selection(ds, {"kind": "corridor", "id": "nope"}) == []
    assert for_selection(ds, {"kind": "something-else"}) == []
