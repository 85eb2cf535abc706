"""Filtering and the URL: which records each choice keeps, and how links are read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corridors.filters import (
    LAYERS,
    Choices,
    apply,
    from_query,
    one_year,
    select_corridors,
    select_events,
    select_trade,
    to_query,
)


@pytest.fixture(scope="module")
def choices(small):
    return Choices.of(small)


def ids(frame):
    return set(frame["id"])


def test_choices_come_from_the_data(choices):
    assert choices.corridors == ("oil-line", "gas-line", "rail-line", "airport")
    assert choices.modes == ("air", "gas", "oil", "rail")
    assert choices.countries == ("AZE", "GEO", "PAK", "TUR")
    assert choices.years == (2006, 2025)


def test_a_corridor_shows_from_the_year_it_opened(small, choices):
    f = replace(choices.default(), year_start=2010, year_end=2010)
    assert ids(select_corridors(small, f)) == {"oil-line"}


def test_a_planned_corridor_appears_from_the_year_it_was_agreed(small, choices):
    assert "rail-line" not in ids(select_corridors(small, replace(choices.default(), year_end=2019)))
    assert "rail-line" in ids(select_corridors(small, replace(choices.default(), year_end=2020)))


def test_corridor_choice_hides_other_corridors_openings_but_keeps_meetings(small, choices):
    events = ids(select_events(small, replace(choices.default(), corridors=("oil-line",))))
    assert "oil-opening" in events and "gas-opening" not in events
    assert "summit-2025" in events


def test_mode_status_and_country_filters(small, choices):
    default = choices.default()
    assert ids(select_corridors(small, replace(default, modes=("oil", "gas")))) == {"oil-line", "gas-line"}
    assert ids(select_corridors(small, replace(default, statuses=("planned",)))) == {"rail-line"}
    assert ids(select_corridors(small, replace(default, countries=("PAK",)))) == {"rail-line"}


def test_country_filter_keeps_events_and_trade_involving_that_country(small, choices):
    f = replace(choices.default(), countries=("PAK",))
    assert all("PAK" in p for p in select_events(small, f)["participants"])
    assert "oil-opening" not in ids(select_events(small, f))
    assert set(select_trade(small, f)["pair"]) == {"AZE–PAK", "TUR–PAK"}


def test_events_within_the_year_range(small, choices):
    events = select_events(small, replace(choices.default(), year_start=2024, year_end=2024))
    assert ids(events) == {"summit-2024"}


def test_a_multi_day_event_spans_its_days(small):
    week = small.events.set_index("id").loc["exercise-2021"]
    assert (week["start"].day, week["end"].day) == (12, 20)


def test_trade_arcs_show_the_latest_year_in_range_per_pair(small, choices):
    trade = select_trade(small, replace(choices.default(), year_start=2015, year_end=2022))
    assert dict(zip(trade["pair"], trade["year"], strict=True)) == {"AZE–PAK": 2022, "AZE–TUR": 2022}
    assert dict(zip(trade["pair"], trade["value_usd"], strict=True))["AZE–TUR"] == 5.8e9


def test_trade_arcs_never_use_targets_investments_or_alternative_claims(small, choices):
    trade = select_trade(small, choices.default())
    assert set(trade["kind"]) <= {"actual", "estimate"}
    assert set(trade["claim"]) == {"shown"} and set(trade["flow"]) == {"total"}
    assert dict(zip(trade["pair"], trade["value_usd"], strict=True))["AZE–TUR"] == 7.6e9  # not the 7.5bn claim


def test_a_range_without_data_gives_no_arc(small, choices):
    assert select_trade(small, replace(choices.default(), year_start=2006, year_end=2010)).empty


def test_switched_off_layers_are_empty(small, choices):
    selection = apply(small, replace(choices.default(), layers=("corridors",)))
    assert not selection.corridors.empty
    assert selection.events.empty and selection.trade.empty


def test_one_year_keeps_the_countries_and_shows_only_the_arcs(choices):
    f = one_year(replace(choices.default(), countries=("PAK",)), 2022)
    assert (f.year_start, f.year_end, f.layers, f.countries) == (2022, 2022, ("trade",), ("PAK",))


def test_query_round_trip(choices):
    f = replace(
        choices.default(),
        corridors=("gas-line", "oil-line"),
        modes=("rail",),
        year_start=2010,
        year_end=2020,
        layers=("corridors", "trade"),
    )
    query = to_query(f, choices)
    assert query == {"c": "gas-line,oil-line", "m": "rail", "y": "2010-2020", "l": "corridors,trade"}
    assert from_query(query, choices) == (f, [])


def test_default_filters_make_an_empty_query(choices):
    assert to_query(choices.default(), choices) == {}


def test_single_year_in_the_url(choices):
    f, notices = from_query({"y": "2010"}, choices)
    assert (f.year_start, f.year_end, notices) == (2010, 2010, [])


@pytest.mark.parametrize(
    ("params", "notice"),
    [
        ({"zoom": "9"}, "Ignored unknown link parameter 'zoom'."),
        ({"y": "twenty"}, "Ignored link parameter 'y=twenty': expected a year or a range"),
        ({"y": "2030-2010"}, "Ignored link parameter 'y=2030-2010'"),
        ({"c": "oil-line,atlantis"}, "Ignored unknown value(s) in link parameter 'c': atlantis."),
        ({"m": "../../etc/passwd"}, "Ignored unknown value(s) in link parameter 'm': ../../etc/passwd."),
        ({"s": "x" * 5000}, "Ignored link parameter 's': value too long."),
        ({"k": "AZE\x00\x1b"}, "Ignored unknown value(s) in link parameter 'k': AZE??."),
    ],
    ids=["unknown-key", "not-a-year", "reversed-range", "unknown-corridor", "path-like", "very-long", "control-chars"],
)
def test_bad_link_parameters_give_a_notice_and_defaults(choices, params, notice):
    f, notices = from_query(params, choices)
    assert any(n.startswith(notice) for n in notices), notices
    assert f.layers == LAYERS


def test_valid_part_of_a_partly_bad_value_is_kept(choices):
    f, _ = from_query({"c": "oil-line,atlantis"}, choices)
    assert f.corridors == ("oil-line",)


def test_page_parameters_are_left_to_the_page(choices):
    assert from_query({"p": "oil-line"}, choices, page_keys=("p",)) == (choices.default(), [])


def test_no_layers_is_a_valid_choice(choices):
    f, notices = from_query({"l": "none"}, choices)
    assert f.layers == () and notices == []
