"""Altair chart specifications for the companion pages (pure: frames in, charts out)."""

from __future__ import annotations

from typing import cast

import altair as alt
import pandas as pd

from corridors import participants
from corridors.chartlocale import localized
from corridors.i18n import ENGLISH, Translator
from corridors.palette import MODE_COLORS, PAIR_COLORS
from corridors.schema import EVENT_KINDS

#: The whole chart — axes, legend and title too — in its width and height: a briefing view has a fixed height.
FIT = alt.AutoSizeParams(type="fit", contains="padding")

#: Height of one kind's row on the timeline, in pixels: room for its name on the axis.
ROW_PX = 34


def _scale(
    colors: dict[str, tuple[int, int, int]], domain: list[str], labels: dict[str, str] | None = None
) -> alt.Scale:
    """Colours by code; ``labels`` maps each label shown in the data to its code (translated values)."""
    codes = labels or {d: d for d in domain}
    return alt.Scale(domain=domain, range=[f"rgb{colors.get(codes.get(d, d), (90, 90, 90))}" for d in domain])


def _mode_labels(tr: Translator) -> dict[str, str]:
    return {tr.term("mode", code): code for code in MODE_COLORS}


def length_chart(table: pd.DataFrame, tr: Translator = ENGLISH) -> alt.Chart:
    """Published length of each corridor, in km, coloured by mode (a :func:`corridors.tables.corridor_table`)."""
    data = table.dropna(subset=["Length (km)"])
    modes = sorted(set(data["Mode"]))
    chart = (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("Length (km):Q", title=tr._("Published length (km)")),
            y=alt.Y("Short name:N", sort="-x", title=None),
            color=alt.Color("Mode:N", title=tr._("Mode"), scale=_scale(MODE_COLORS, modes, _mode_labels(tr))),
            tooltip=[
                alt.Tooltip("Corridor", title=tr._("Corridor")),
                alt.Tooltip("Mode", title=tr._("Mode")),
                alt.Tooltip("Status", title=tr._("Status")),
                alt.Tooltip("Length (km):Q", title=tr._("Length (km)"), format=",.0f"),
            ],
        )
        .properties(title=tr._("Length by corridor (km)"))
    )
    return localized(chart, tr)


def capacity_charts(table: pd.DataFrame, tr: Translator = ENGLISH) -> list[tuple[str, alt.Chart]]:
    """One capacity chart per unit, so different units never share an axis."""
    data = table.dropna(subset=["Capacity"])
    charts = []
    for key, rows in data.groupby("Capacity unit", sort=True):
        unit = str(key)
        modes = sorted(set(rows["Mode"]))
        chart = (
            alt.Chart(rows)
            .mark_bar()
            .encode(
                x=alt.X("Capacity:Q", title=unit),
                y=alt.Y("Short name:N", sort="-x", title=None),
                color=alt.Color("Mode:N", title=tr._("Mode"), scale=_scale(MODE_COLORS, modes, _mode_labels(tr))),
                tooltip=[
                    alt.Tooltip(name, title=tr._(name))
                    for name in ("Corridor", "Mode", "Status", "Capacity", "Capacity unit")
                ],
            )
            .properties(title=tr._("Capacity ({unit})").format(unit=unit))
        )
        charts.append((unit, localized(chart, tr)))
    return charts


def timeline(events: pd.DataFrame, tr: Translator = ENGLISH) -> alt.Chart:
    """Events over time by kind; multi-day events are bars, hover shows title, date, place and source.

    Every kind of event in the filter has its row, named on the axis; an event is coloured by which
    partners took part (see :func:`corridors.participants.group`), the hover names every participant.
    """
    data = pd.DataFrame(
        {
            "id": events["id"],
            "start": events["start"],
            "end": events["end"] + pd.Timedelta(days=1),
            "kind": events["kind"].map(lambda k: tr.term("event_kind", k)),
            "title": events["title"],
            "date": events["date"].map(tr.date),
            "place": events["place"],
            "participants": events["participants"].map(lambda p: "–".join(participants.ordered(p))),
            "group": events["participants"].map(lambda p: participants.group_name(participants.group(p), tr)),
            "sources": events["sources"].map(lambda s: ", ".join(s)),
        }
    )
    present = set(events["kind"])
    kinds = [tr.term("event_kind", kind) for kind in EVENT_KINDS if kind in present]
    groups = [g for g in participants.GROUPS if participants.group_name(g, tr) in set(data["group"])]
    pick = alt.selection_point(name="event", fields=["id"], on="click")
    base = alt.Chart(data).encode(
        x=alt.X("start:T", title=None),
        y=alt.Y(
            "kind:N",
            title=None,
            sort=kinds,
            scale=alt.Scale(domain=kinds),
            axis=alt.Axis(labelOverlap=False, labelLimit=220),
        ),
        color=alt.Color(
            "group:N",
            title=tr._("Participants"),
            scale=alt.Scale(
                domain=[participants.group_name(g, tr) for g in groups],
                range=[f"rgb{participants.group_color(g)}" for g in groups],
            ),
            legend=alt.Legend(orient="bottom", columns=3, labelLimit=300),
        ),
        tooltip=[
            alt.Tooltip("title", title=tr._("Title")),
            alt.Tooltip("date", title=tr._("Date")),
            alt.Tooltip("place", title=tr._("Place")),
            alt.Tooltip("participants", title=tr._("Participants")),
            alt.Tooltip("sources", title=tr._("source")),
        ],
    )
    chart = (
        (base.mark_point(size=120, filled=True, opacity=0.85) + base.mark_rule(strokeWidth=6).encode(x2="end:T"))
        .add_params(pick)
        .properties(
            height=max(320, ROW_PX * len(kinds)),
            title=tr._("Events by kind and participants"),
            # the height is the rows' own: Streamlit's default ("fit") would take the long legend out of it
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        )
    )
    return localized(chart, tr)


def counts_chart(counts: pd.DataFrame, tr: Translator = ENGLISH) -> alt.Chart:
    """Events per year, stacked by kind (a :func:`corridors.tables.event_counts`)."""
    chart = (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("Year:O", title=tr._("Year")),
            y=alt.Y("Events:Q", title=tr._("Events")),
            color=alt.Color("Kind:N", title=tr._("Kind")),
            tooltip=[alt.Tooltip(name, title=tr._(name)) for name in ("Year", "Kind", "Events")],
        )
        .properties(height=280, title=tr._("Events per year"))  # tall enough for a legend of all ten kinds
    )
    return localized(chart, tr)


def trade_chart(series: pd.DataFrame, targets: pd.DataFrame, tr: Translator = ENGLISH) -> alt.LayerChart:
    """Goods trade by year per pair (gaps where no data), targets as dashed reference lines."""
    pairs = sorted(set(series["pair"]) | set(targets["pair"]))
    color = alt.Color("pair:N", title=tr._("Pair"), scale=_scale(PAIR_COLORS, pairs))
    kinds = {code: tr.term("trade_kind", code) for code in ("actual", "estimate")}
    data = series.assign(value_bn=series["value_usd"] / 1e9, kind=series["kind"].map(lambda k: kinds.get(k, k)))
    bn = tr._("US$ bn")
    tooltip = [
        alt.Tooltip("pair", title=tr._("Pair")),
        alt.Tooltip("year", title=tr._("Year")),
        alt.Tooltip("value_bn:Q", title=bn, format=",.3f"),
        alt.Tooltip("kind", title=tr._("Kind")),
        alt.Tooltip("basis", title=tr._("basis")),
    ]
    x = alt.X("year:O", title=tr._("Year"))
    y = alt.Y("value_bn:Q", title=tr._("Goods trade, US$ bn (log scale)"), scale=alt.Scale(type="log"))
    line = alt.Chart(data).mark_line().encode(x=x, y=y, color=color)
    shapes = alt.Scale(domain=list(kinds.values()), range=["circle", "triangle"])
    points = (
        alt.Chart(data.dropna(subset=["value_usd"]))
        .mark_point(filled=True, size=70)
        .encode(x=x, y=y, color=color, shape=alt.Shape("kind:N", title=tr._("Figure"), scale=shapes), tooltip=tooltip)
    )
    rules = (
        alt.Chart(targets.assign(value_bn=targets["value_usd"] / 1e9))
        .mark_rule(strokeDash=[6, 4], strokeWidth=2)
        .encode(
            y="value_bn:Q",
            color=color,
            tooltip=[
                alt.Tooltip("pair", title=tr._("target for")),
                alt.Tooltip("value_bn:Q", title=bn),
                alt.Tooltip("year", title=tr._("Year")),
                alt.Tooltip("basis", title=tr._("basis")),
            ],
        )
    )
    layered = alt.layer(line, points, rules).properties(
        height=360, title=tr._("Bilateral goods trade (triangles: estimates; dashed: official targets)")
    )
    return localized(cast(alt.LayerChart, layered), tr)  # properties() of a LayerChart is a LayerChart
