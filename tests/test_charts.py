"""Chart specifications: the data each chart carries and how it encodes it."""

from __future__ import annotations

import pandas as pd

from corridors import charts, tables
from corridors.schema import EVENT_KINDS


def spec(chart) -> dict:
    return chart.to_dict()


def rows(chart) -> list[dict]:
    return next(iter(spec(chart)["datasets"].values()))


def test_length_chart_is_in_km_and_skips_unknown_lengths(small):
    chart = charts.length_chart(tables.corridor_table(small.corridors))
    assert spec(chart)["encoding"]["x"]["title"] == "Published length (km)"
    assert {r["Corridor"] for r in rows(chart)} == {"Oil Line (Baku–Ceyhan)", "Gas Line"}


def test_capacity_charts_never_mix_units(small):
    table = tables.corridor_table(small.corridors)
    per_unit = dict(charts.capacity_charts(table))
    assert set(per_unit) == {"bcm per year", "million barrels per day", "million tonnes per year"}
    for unit, chart in per_unit.items():
        assert {r["Capacity unit"] for r in rows(chart)} == {unit}
        assert spec(chart)["encoding"]["x"]["title"] == unit


def test_timeline_has_every_event_with_a_hover_and_a_click_selection(small):
    chart = charts.timeline(small.events)
    s = spec(chart)
    assert len(rows(chart)) == len(small.events)
    assert s["params"][0]["name"] == "event" and s["params"][0]["select"]["type"] == "point"
    tooltip_fields = {t["field"] for t in s["layer"][0]["encoding"]["tooltip"]}
    assert {"title", "date", "place", "sources"} <= tooltip_fields


def test_timeline_colours_never_repeat_however_many_sets_of_participants(small):
    """A colour per set of participants repeated colours past ten sets (the bundled events have ~20):
    events are coloured by which partners took part, and the hover still names everyone."""
    sets = [["AZE", "TUR"], ["AZE", "TUR", "GEO"], ["AZE", "PAK", "IRN"], ["TUR", "PAK"], ["KAZ"]]
    sets += [["AZE", "TUR", "PAK", code] for code in ("ARE", "BHR", "CHN", "EGY", "HUN", "IDN", "MAR", "OMN")]
    events = pd.concat([small.events.iloc[[0]].assign(participants=[s], id=f"e{n}") for n, s in enumerate(sets)])
    chart = charts.timeline(events)
    scale = spec(chart)["layer"][0]["encoding"]["color"]["scale"]
    assert scale["domain"] == [
        "Azerbaijan · Türkiye · Pakistan",
        "Azerbaijan–Türkiye",
        "Azerbaijan–Pakistan",
        "Türkiye–Pakistan",
        "Other participants",
    ]
    assert len(set(scale["range"])) == len(scale["domain"])
    by_event = {r["participants"]: r["group"] for r in rows(chart)}
    assert by_event["AZE–TUR–PAK–CHN"] == "Azerbaijan · Türkiye · Pakistan"
    assert by_event["AZE–TUR–GEO"] == "Azerbaijan–Türkiye" and by_event["KAZ"] == "Other participants"


def test_timeline_rows_keep_their_height_beside_a_long_legend(ds):
    """Streamlit fits a chart's whole height, legend included, unless the chart says otherwise: with many
    participant sets the legend took most of it and the kind names on the axis ran into each other."""
    s = spec(charts.timeline(ds.events))
    kinds = s["layer"][0]["encoding"]["y"]["scale"]["domain"]
    assert s["autosize"] == {"type": "fit-x", "contains": "padding"}
    assert s["height"] >= charts.ROW_PX * len(kinds)


def test_trade_chart_draws_gaps_and_targets_as_rules(small):
    series = tables.trade_series(small.trade)
    s = spec(charts.trade_chart(series, tables.trade_targets(small.trade)))
    marks = [layer["mark"]["type"] if isinstance(layer["mark"], dict) else layer["mark"] for layer in s["layer"]]
    assert marks == ["line", "point", "rule"]
    assert s["layer"][2]["mark"]["strokeDash"] == [6, 4]
    assert s["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"
    assert s["layer"][1]["encoding"]["shape"]["scale"]["range"] == ["circle", "triangle"]
    datasets = list(s["datasets"].values())
    line_rows = next(d for d in datasets if any("kind" in r and r.get("year") == 2019 for r in d))
    gap = [r for r in line_rows if r["pair"] == "AZE–TUR" and r["year"] == 2019]
    assert gap and gap[0]["value_bn"] is None


def test_counts_chart_totals_match_the_events(small):
    counts = tables.event_counts(small.events)
    assert sum(r["Events"] for r in rows(charts.counts_chart(counts))) == len(small.events)


def test_counts_chart_is_tall_enough_to_list_every_kind_of_event_in_its_legend(small):
    chart = charts.counts_chart(tables.event_counts(small.events)).to_dict()
    assert chart["height"] >= 20 * len(EVENT_KINDS) + 40  # ~20 px per legend row, plus its title
