"""The map's text alternative: a few sentences saying what is drawn, short however many records there are."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from corridors.describe import MAX_CORRIDORS, corridor_phrase, describe
from corridors.filters import Choices, apply
from corridors.userlayers import read
from tests.fixtures import ROOT


def text(ds, highlight=None, **changes) -> str:
    return describe(apply(ds, replace(Choices.of(ds).default(), **changes)), highlight=highlight)


def test_it_names_each_corridor_with_its_mode_status_and_year(small):
    found = text(small, layers=("corridors",))
    assert found.startswith("4 corridors shown: OIL-LINE — oil, operating since 2006; GAS-LINE — gas, operating")
    assert "RAIL-LINE — rail, planned for 2028 (agreed 2020)" in found
    assert "AIRPORT — air, operating since 2025" in found


def test_it_counts_events_and_names_the_busiest_places(small):
    found = text(small, layers=("events",))
    assert found == "7 events in 2006–2025 at 5 places, most in Baku (2), Lachin (2)."


def test_a_few_events_are_named_one_by_one(small):
    assert text(small, layers=("events",), year_start=2024, year_end=2024) == (
        "1 event in 2024: First summit (Astana)."
    )


def test_the_highlighted_years_events_are_named(small):
    found = text(small, highlight=2021, layers=("events",), year_end=2021)
    assert "2 in 2021 (ringed): Speakers meet; Joint exercise." in found
    assert "None in 2019." in text(small, highlight=2019, layers=("events",), year_end=2019)


def test_it_gives_each_trade_arcs_figure_and_year(small):
    assert text(small, layers=("trade",)) == (
        "Trade arcs (goods, both directions): AZE–PAK $30.0m in 2022; AZE–TUR $7.6bn in 2023; "
        "TUR–PAK $1.4bn in 2024 (estimate)."
    )


def test_switched_off_layers_are_not_described(small):
    assert text(small, layers=()) == "No layer is switched on: the map shows country borders only."
    assert "event" not in text(small, layers=("corridors", "trade"))


def test_users_layers_are_named_with_their_size(small):
    layer = read("points.csv", (ROOT / "tests" / "files" / "points.csv").read_bytes())
    sel = apply(small, replace(Choices.of(small).default(), layers=()))
    assert describe(sel, (layer,)).startswith(f"Your layers: points ({len(layer.frame)} feature")


def test_statuses_read_as_words():
    row = {"short_name": "X", "mode": "rail", "opened": None, "announced": 2021.0, "planned": 2029.0}
    assert corridor_phrase(row | {"status": "construction"}) == "X — rail, under construction, due 2029 (agreed 2021)"
    assert corridor_phrase(row | {"status": "partial", "opened": 2017.0}) == "X — rail, partly operating since 2017"
    assert corridor_phrase(row | {"status": "proposed"}) == "X — rail, proposed in 2021"


def test_it_stays_short_with_many_corridors_and_events(small):
    sel = apply(small, Choices.of(small).default())
    many_corridors = pd.concat([sel.corridors] * 10, ignore_index=True)
    events = pd.concat([sel.events] * 40, ignore_index=True)  # 280 events
    found = describe(replace(sel, corridors=many_corridors, events=events))
    assert "40 corridors shown:" in found and f"and {40 - MAX_CORRIDORS} more" in found
    assert "280 events in 2006–2025 at 5 places, most in Baku (80), Lachin (80), Ankara (40)." in found
    assert len(found) < 900
