"""One order for countries: Azerbaijan, Türkiye, Pakistan, then the others alphabetically."""

from __future__ import annotations

from corridors.catalog import load
from corridors.participants import ordered, set_key
from tests.fixtures import write_geodata


def test_the_partners_come_first_then_the_others_alphabetically():
    assert ordered(["USA", "PAK", "GEO", "AZE", "TUR"]) == ["AZE", "TUR", "PAK", "GEO", "USA"]
    assert ordered(["PAK", "AZE", "PAK"]) == ["AZE", "PAK"]


def test_sets_sort_by_their_members_in_that_order():
    sets = [["TUR", "PAK"], ["PAK", "AZE"], ["AZE", "TUR"], ["AZE", "TUR", "PAK"], ["GEO", "AZE"]]
    assert [ordered(s) for s in sorted(sets, key=set_key)] == [
        ["AZE", "TUR"],
        ["AZE", "TUR", "PAK"],
        ["AZE", "PAK"],
        ["AZE", "GEO"],
        ["TUR", "PAK"],
    ]


def test_events_load_with_their_participants_in_the_one_order(tmp_path):
    root = write_geodata(tmp_path / "geodata")
    (root / "events.csv").write_text((root / "events.csv").read_text().replace("AZE;TUR", "TUR;GEO;AZE"))
    assert load(root).events.iloc[0]["participants"] == ["AZE", "TUR", "GEO"]
