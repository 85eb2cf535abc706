"""Filtering and the URL: which records each choice keeps, and how links are read."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corridors.filters import (
    LAYERS,
    Choices,
    apply,
    from_query,
    select_corridors,
    select_events,
    select_trade,
    to_query,
)


@pytest.fixture(scope="module")
def choices(ds):
    return Choices.of(ds)


def ids(frame):
    return set(frame["id"])


def test_year_2010_shows_btc_but_not_tanap(ds, choices):
    f = replace(choices.default(), year_start=2010, year_end=2010)
    shown = ids(select_corridors(ds, f))
    assert "btc" in shown
    assert "tanap" not in shown


def test_planned_corridor_appears_from_the_year_it_was_agreed(ds, choices):
    before = replace(choices.default(), year_end=2024)
    after = replace(choices.default(), year_end=2025)
    assert "tripp" not in ids(select_corridors(ds, before))
    assert "tripp" in ids(select_corridors(ds, after))


def test_choosing_only_btk_leaves_btk_alone(ds, choices):
    f = replace(choices.default(), corridors=("btk",))
    assert ids(select_corridors(ds, f)) == {"btk"}


def test_corridor_choice_hides_other_corridors_openings_but_keeps_meetings(ds, choices):
    events = ids(select_events(ds, replace(choices.default(), corridors=("btk",))))
    assert "btk-opening-2017" in events
    assert "tanap-opening-2018" not in events
    assert "lachin-summit-2025" in events


def test_mode_status_and_country_filters(ds, choices):
    default = choices.default()
    assert ids(select_corridors(ds, replace(default, modes=("gas",)))) == {"scp", "tanap", "tap"}
    assert ids(select_corridors(ds, replace(default, statuses=("construction",)))) == {"kars-nakhchivan"}
    assert ids(select_corridors(ds, replace(default, countries=("PAK",)))) == {"iti-rail", "white-oil-pipeline"}


def test_country_filter_keeps_events_and_trade_involving_that_country(ds, choices):
    f = replace(choices.default(), countries=("PAK",))
    assert all("PAK" in p for p in select_events(ds, f)["participants"])
    assert set(select_trade(ds, f)["pair"]) == {"AZE–PAK", "TUR–PAK"}


def test_events_within_the_year_range(ds, choices):
    events = select_events(ds, replace(choices.default(), year_start=2021, year_end=2021))
    assert ids(events) == {
        "fm-trilateral-2021-islamabad",
        "shusha-declaration-2021",
        "speakers-trilateral-2021-baku",
        "three-brothers-2021",
        "iti-relaunch-2021",
    }


def test_multi_day_event_overlapping_the_range_is_kept(ds, choices):
    assert "three-brothers-2021" in ids(select_events(ds, replace(choices.default(), year_start=2021, year_end=2022)))


def test_trade_arcs_show_latest_year_in_range_per_pair(ds, choices):
    trade = select_trade(ds, replace(choices.default(), year_start=2015, year_end=2022))
    assert dict(zip(trade["pair"], trade["year"], strict=False)) == {"AZE–PAK": 2022, "AZE–TUR": 2022, "TUR–PAK": 2022}
    assert dict(zip(trade["pair"], trade["value_usd"], strict=False))["AZE–TUR"] == 5.8e9


def test_trade_arcs_never_use_targets_investments_or_alternative_claims(ds, choices):
    trade = select_trade(ds, choices.default())
    assert set(trade["kind"]) <= {"actual", "estimate"}
    assert set(trade["claim"]) == {"shown"}
    assert set(trade["flow"]) == {"total"}


def test_a_year_without_data_gives_no_arc(ds, choices):
    assert select_trade(ds, replace(choices.default(), year_start=2000, year_end=2010)).empty


def test_empty_result(ds, choices):
    f = replace(choices.default(), modes=("air",), year_start=1991, year_end=2000)
    assert select_corridors(ds, f).empty


def test_switched_off_layers_are_empty(ds, choices):
    selection = apply(ds, replace(choices.default(), layers=("corridors",)))
    assert not selection.corridors.empty
    assert selection.events.empty and selection.trade.empty


def test_query_round_trip(choices):
    f = replace(
        choices.default(),
        corridors=("btk", "btc"),
        modes=("rail",),
        year_start=2010,
        year_end=2020,
        layers=("corridors", "trade"),
    )
    query = to_query(f, choices)
    assert query == {"c": "btk,btc", "m": "rail", "y": "2010-2020", "l": "corridors,trade"}
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
        ({"c": "btk,atlantis"}, "Ignored unknown value(s) in link parameter 'c': atlantis."),
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
    f, _ = from_query({"c": "btk,atlantis"}, choices)
    assert f.corridors == ("btk",)


def test_no_layers_is_a_valid_choice(choices):
    f, notices = from_query({"l": "none"}, choices)
    assert f.layers == () and notices == []
