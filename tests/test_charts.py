"""Chart specifications: the data each chart carries and how it encodes it."""

from __future__ import annotations

from corridors import charts, tables
from corridors.schema import EVENT_KINDS


def spec(chart) -> dict:
    return chart.to_dict()


def rows(chart) -> list[dict]:
    s = spec(chart)
    return next(iter(s["datasets"].values()))


def test_length_chart_is_in_km_and_skips_unknown_lengths(ds):
    chart = charts.length_chart(tables.corridor_table(ds.corridors))
    assert spec(chart)["encoding"]["x"]["title"] == "Published length (km)"
    names = {r["Corridor"] for r in rows(chart)}
    assert "Middle Corridor (Trans-Caspian International Transport Route)" not in names  # no published length
    assert len(names) == 11


def test_capacity_charts_never_mix_units(ds):
    table = tables.corridor_table(ds.corridors)
    per_unit = dict(charts.capacity_charts(table))
    assert set(per_unit) == set(table["Capacity unit"][table["Capacity"].notna()])
    for unit, chart in per_unit.items():
        assert {r["Capacity unit"] for r in rows(chart)} == {unit}
        assert spec(chart)["encoding"]["x"]["title"] == unit


def test_timeline_has_every_event_with_a_hover_and_a_click_selection(ds):
    chart = charts.timeline(ds.events)
    s = spec(chart)
    assert len(rows(chart)) == len(ds.events)
    assert s["params"][0]["name"] == "event" and s["params"][0]["select"]["type"] == "point"
    tooltip_fields = {t["field"] for t in s["layer"][0]["encoding"]["tooltip"]}
    assert {"title", "date", "place", "sources"} <= tooltip_fields


def test_trade_chart_draws_gaps_and_targets_as_rules(ds):
    series = tables.trade_series(ds.trade)
    chart = charts.trade_chart(series, tables.trade_targets(ds.trade))
    s = spec(chart)
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in s["layer"]]
    assert marks == ["line", "point", "rule"]
    assert s["layer"][2]["mark"]["strokeDash"] == [6, 4]
    assert s["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"
    assert s["layer"][1]["encoding"]["shape"]["scale"]["range"] == ["circle", "triangle"]
    datasets = list(s["datasets"].values())
    line_rows = next(d for d in datasets if any("kind" in r and r.get("year") == 2019 for r in d))
    gap = [r for r in line_rows if r["pair"] == "AZE–TUR" and r["year"] == 2019]
    assert gap and gap[0]["value_bn"] is None


def test_counts_chart_totals_match_the_events(ds):
    counts = tables.event_counts(ds.events)
    assert sum(r["Events"] for r in rows(charts.counts_chart(counts))) == len(ds.events)


def test_counts_chart_is_tall_enough_to_list_every_kind_of_event_in_its_legend(ds):
    chart = charts.counts_chart(tables.event_counts(ds.events)).to_dict()
    assert chart["height"] >= 20 * len(EVENT_KINDS) + 40  # ~20 px per legend row, plus its title
