"""Altair chart specifications for the companion pages (pure: frames in, charts out)."""

from __future__ import annotations

from typing import cast

import altair as alt
import pandas as pd

from corridors.palette import MODE_COLORS, PAIR_COLORS


def _scale(colors: dict[str, tuple[int, int, int]], domain: list[str]) -> alt.Scale:
    return alt.Scale(domain=domain, range=[f"rgb{colors[d]}" for d in domain])


def length_chart(table: pd.DataFrame) -> alt.Chart:
    """Published length of each corridor, in km, coloured by mode."""
    data = table.dropna(subset=["Length (km)"])
    modes = sorted(set(data["Mode"]))
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X("Length (km):Q", title="Published length (km)"),
            y=alt.Y("Short name:N", sort="-x", title=None),
            color=alt.Color("Mode:N", scale=_scale(MODE_COLORS, modes)),
            tooltip=["Corridor", "Mode", "Status", alt.Tooltip("Length (km):Q", format=",.0f")],
        )
        .properties(title="Length by corridor (km)")
    )


def capacity_charts(table: pd.DataFrame) -> list[tuple[str, alt.Chart]]:
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
                color=alt.Color("Mode:N", scale=_scale(MODE_COLORS, modes)),
                tooltip=["Corridor", "Mode", "Status", "Capacity", "Capacity unit"],
            )
            .properties(title=f"Capacity ({unit})")
        )
        charts.append((unit, chart))
    return charts


def timeline(events: pd.DataFrame) -> alt.Chart:
    """Events over time by kind; multi-day events are bars, hover shows title, date, place and source."""
    data = pd.DataFrame(
        {
            "id": events["id"],
            "start": events["start"],
            "end": events["end"] + pd.Timedelta(days=1),
            "kind": events["kind"],
            "title": events["title"],
            "date": events["date"],
            "place": events["place"],
            "participants": events["participants"].map(lambda p: "–".join(p)),
            "sources": events["sources"].map(lambda s: ", ".join(s)),
        }
    )
    pick = alt.selection_point(name="event", fields=["id"], on="click")
    base = alt.Chart(data).encode(
        x=alt.X("start:T", title=None),
        y=alt.Y("kind:N", title=None, sort=sorted(set(data["kind"]))),
        color=alt.Color("participants:N", title="Participants", legend=alt.Legend(orient="bottom", columns=5)),
        tooltip=["title", "date", "place", "participants", alt.Tooltip("sources", title="source")],
    )
    return (
        (base.mark_point(size=120, filled=True, opacity=0.85) + base.mark_rule(strokeWidth=6).encode(x2="end:T"))
        .add_params(pick)
        .properties(height=320, title="Events by kind and participants")
    )


def counts_chart(counts: pd.DataFrame) -> alt.Chart:
    """Events per year, stacked by kind."""
    return (
        alt.Chart(counts)
        .mark_bar()
        .encode(
            x=alt.X("Year:O"),
            y=alt.Y("Events:Q", title="Events"),
            color=alt.Color("Kind:N"),
            tooltip=["Year", "Kind", "Events"],
        )
        .properties(height=280, title="Events per year")  # tall enough for a legend of all ten kinds
    )


def trade_chart(series: pd.DataFrame, targets: pd.DataFrame) -> alt.LayerChart:
    """Goods trade by year per pair (gaps where no data), targets as dashed reference lines."""
    pairs = sorted(set(series["pair"]) | set(targets["pair"]))
    color = alt.Color("pair:N", title="Pair", scale=_scale(PAIR_COLORS, pairs))
    data = series.assign(value_bn=series["value_usd"] / 1e9)
    tooltip = [
        "pair",
        "year",
        alt.Tooltip("value_bn:Q", title="US$ bn", format=",.3f"),
        "kind",
        alt.Tooltip("basis", title="basis"),
    ]
    x = alt.X("year:O", title="Year")
    y = alt.Y("value_bn:Q", title="Goods trade, US$ bn (log scale)", scale=alt.Scale(type="log"))
    line = alt.Chart(data).mark_line().encode(x=x, y=y, color=color)
    points = (
        alt.Chart(data.dropna(subset=["value_usd"]))
        .mark_point(filled=True, size=70)
        .encode(
            x=x,
            y=y,
            color=color,
            shape=alt.Shape(
                "kind:N", title="Figure", scale=alt.Scale(domain=["actual", "estimate"], range=["circle", "triangle"])
            ),
            tooltip=tooltip,
        )
    )
    rules = (
        alt.Chart(targets.assign(value_bn=targets["value_usd"] / 1e9))
        .mark_rule(strokeDash=[6, 4], strokeWidth=2)
        .encode(
            y="value_bn:Q",
            color=color,
            tooltip=[
                alt.Tooltip("pair", title="target for"),
                alt.Tooltip("value_bn:Q", title="US$ bn"),
                "year",
                "basis",
            ],
        )
    )
    layered = alt.layer(line, points, rules).properties(
        height=360, title="Bilateral goods trade (triangles: estimates; dashed: official targets)"
    )
    return cast(alt.LayerChart, layered)  # properties() of a LayerChart is a LayerChart
