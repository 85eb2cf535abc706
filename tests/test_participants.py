"""One order for countries: Azerbaijan, Türkiye, Pakistan, then the others alphabetically."""

from __future__ import annotations

from corridors.catalog import load
from corridors.palette import PAIR_COLORS
from corridors.participants import GROUPS, OTHERS, TRIO, group, group_color, ordered
from tests.fixtures import write_geodata


def test_the_partners_come_first_then_the_others_alphabetically():
    assert ordered(["USA", "PAK", "GEO", "AZE", "TUR"]) == ["AZE", "TUR", "PAK", "GEO", "USA"]
    assert ordered(["PAK", "AZE", "PAK"]) == ["AZE", "PAK"]


def test_an_event_is_grouped_by_which_partners_took_part():
    assert group(["PAK", "TUR", "AZE", "GEO"]) == TRIO
    assert group(["PAK", "AZE", "CHN"]) == "AZE–PAK"
    assert group(["TUR", "PAK"]) == "TUR–PAK"
    assert group(["AZE", "GEO"]) == group(["KAZ"]) == OTHERS


def test_each_group_has_a_colour_of_its_own_and_pairs_keep_their_trade_arcs_colour():
    colours = [group_color(g) for g in GROUPS]
    assert len(set(colours)) == len(GROUPS) == 5
    assert all(group_color(pair) == PAIR_COLORS[pair] for pair in PAIR_COLORS)


def test_events_load_with_their_participants_in_the_one_order(tmp_path):
    root = write_geodata(tmp_path / "geodata")
    (root / "events.csv").write_text((root / "events.csv").read_text().replace("AZE;TUR", "TUR;GEO;AZE"))
    assert load(root).events.iloc[0]["participants"] == ["AZE", "TUR", "GEO"]
