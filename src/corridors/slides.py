"""Drawings of the chart kinds of briefing views on a 1920×1080 matplotlib slide.

A trade chart (pairs by year on a log scale, estimates marked, official targets dashed, as on the
Trade page), an events timeline (events by kind, coloured by who took part) and a corridor profile
(its map framed, key figures, description, related events and sources). Each fills the same band
of the slide as a map view, so title, caption, sources and attribution sit where they always do.
"""

from __future__ import annotations

import math
import textwrap
from typing import Any

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.ticker import FixedLocator, FuncFormatter, NullLocator
from matplotlib.transforms import Bbox

from corridors import participants
from corridors import scene as scenes
from corridors.briefing import SavedView
from corridors.camera import View, fit_view
from corridors.catalog import Dataset
from corridors.details import key_figures, source_refs
from corridors.filters import Selection
from corridors.i18n import DEFAULT, ENGLISH, Translator
from corridors.palette import PAIR_COLORS
from corridors.participants import OTHER, pair_name
from corridors.render import DPI, HEIGHT, MAP_BOX, WIDTH, _rgb, draw_map, halo, map_size
from corridors.translations import translator
from corridors.viewkinds import profile_row, timeline_events, trade_data

CHART_BOX = (0.065, 0.27, 0.70, 0.62)  # left, bottom, width, height: room for tick labels below and left
SIDE_BOX = (0.79, 0.17, 0.2, 0.74)
GREY = (0.35, 0.35, 0.35)


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """The rows of a frame as plain dicts."""
    return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]


def draw(fig: Figure, ds: Dataset, view: SavedView) -> None:
    """The drawing of a chart view (``trade``, ``timeline`` or ``profile``) on a slide."""
    {"trade": trade, "timeline": timeline, "profile": profile}[view.kind](fig, ds, view)


def short_money(value: float, tr: Translator = ENGLISH) -> str:
    """$27m, $1.02bn, $15bn: three significant figures at most, for labels on a chart ('1,02 Mr $' in Turkish)."""
    if tr.lang != DEFAULT:
        from babel.numbers import format_compact_decimal

        amount = format_compact_decimal(value, format_type="short", locale=tr.lang, fraction_digits=2)
        return tr._("${amount}").format(amount=amount)
    for unit, scale in (("bn", 1e9), ("m", 1e6)):
        if value >= scale:
            return f"${value / scale:.3g}{unit}"
    return f"${value:,.0f}"


def _side_legend(fig: Figure, handles: list, title: str = "Legend") -> None:
    side = fig.add_axes(SIDE_BOX)
    side.axis("off")
    side.legend(handles=handles, loc="upper left", fontsize=13, frameon=False, title=title, title_fontsize=15)


def _log_ticks(low: float, high: float) -> list[float]:
    ticks = []
    for exponent in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1):
        ticks += [m * 10**exponent for m in (1, 2, 5) if low <= m * 10**exponent <= high]
    return ticks


def trade(fig: Figure, ds: Dataset, view: SavedView) -> None:
    """Goods trade by year for each pair on a log scale: gaps where no figure, triangles for estimates,
    dashed lines for official targets, each point labelled with its value."""
    data = trade_data(ds, view.filters)
    series, targets = data.series, data.targets
    ax = fig.add_axes((CHART_BOX[0], CHART_BOX[1], 0.62, CHART_BOX[3]))  # targets are named right of it
    values = list(series["value_usd"].dropna()) + list(targets["value_usd"])
    low, high = min(values) / 2.2, max(values) * 2.2
    years = [int(y) for y in list(series["year"]) + list(targets["year"])]
    first, last = min(years), max(years)
    tr = translator(ds)
    for pair, rows in series.groupby("pair", sort=True):
        color = _rgb(PAIR_COLORS.get(str(pair), OTHER))
        ax.plot(rows["year"], rows["value_usd"], color=color, lw=3, zorder=3)
        for row in _records(rows.dropna(subset=["value_usd"])):
            estimate = row["kind"] == "estimate"
            ax.scatter(
                [row["year"]],
                [row["value_usd"]],
                marker="^" if estimate else "o",
                s=170 if estimate else 90,
                color=color,
                edgecolors="white",
                linewidths=1.5,
                zorder=4,
            )
            label = short_money(row["value_usd"], tr)  # the triangle says it is an estimate
            ax.annotate(
                label,
                (row["year"], row["value_usd"]),
                xytext=(0, 11),
                textcoords="offset points",
                ha="center",
                fontsize=12,
                color=color,
                weight="bold",
                zorder=5,
                path_effects=[halo()],  # a target's dashed line may pass under a figure
            )
    ax.set_yscale("log")
    ax.set_ylim(low, high)
    ax.yaxis.set_major_locator(FixedLocator(_log_ticks(low, high)))
    ax.yaxis.set_minor_locator(NullLocator())
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: short_money(v, tr)))
    _targets(ax, targets, tr)
    ax.set_xlim(first - 0.5, last + 0.5)
    ax.set_xticks(range(first, last + 1))
    ax.tick_params(labelsize=13)
    ax.set_ylabel(tr._("Goods trade, US$ (log scale)"), fontsize=14)
    ax.grid(axis="y", color=(0.88, 0.88, 0.88))
    ax.spines[["top", "right"]].set_visible(False)
    shown = series.dropna(subset=["value_usd"])
    bases = shown.groupby("pair")["basis"].agg(lambda b: "; ".join(sorted(set(b))))
    joined = " · ".join(f"{pair}: {b}" for pair, b in bases.items())
    basis = tr._("Statistical basis — {bases}").format(bases=joined)
    fig.text(
        0.02,
        0.205,
        "\n".join(textwrap.wrap(basis, 190, max_lines=2, placeholder=" …")),
        fontsize=11,
        color=GREY,
        va="top",
    )
    handles = [
        Line2D([], [], color=_rgb(PAIR_COLORS.get(p, OTHER)), lw=4, label=pair_name(p, tr))
        for p in sorted(set(series["pair"]) | set(targets["pair"]))
    ]
    handles += [
        Line2D([], [], marker="o", ls="", color=GREY, markersize=10, label=tr._("reported figure")),
        Line2D([], [], marker="^", ls="", color=GREY, markersize=12, label=tr._("estimate")),
        Line2D([], [], color=GREY, lw=2.2, ls=(0, (6, 4)), label=tr._("official target")),
    ]
    _side_legend(fig, handles, tr._("Pairs (both directions)"))


def _targets(ax: Axes, targets: pd.DataFrame, tr: Translator = ENGLISH) -> None:
    """Each target (a pair and a value, with the years it was set for) as a dashed line, named in the margin
    right of the chart where no data point can be under it; names that would overlap are moved apart."""
    years_of: dict[tuple[str, float], set[int]] = {}
    for row in _records(targets):
        years_of.setdefault((str(row["pair"]), float(row["value_usd"])), set()).add(int(row["year"]))
    gap = 36.0  # display pixels: two lines of 11-point text and a little air
    placed: list[float] = []
    for (pair, value), years in sorted(years_of.items(), key=lambda item: item[0][1]):
        color = _rgb(PAIR_COLORS.get(pair, OTHER))
        ax.axhline(value, color=color, lw=2.2, ls=(0, (6, 4)), zorder=2)
        at = float(ax.transData.transform((0, value))[1])
        wanted = max([at, *(p + gap for p in placed)])
        placed.append(wanted)
        ax.annotate(
            tr._("{pair} target").format(pair=pair) + f"\n{short_money(value, tr)} ({_span(sorted(years))})",
            (1.0, value),
            xycoords=("axes fraction", "data"),
            xytext=(8, (wanted - at) * 72 / DPI),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=11,
            color=color,
            weight="bold",
            annotation_clip=False,
        )


def _span(years: list[int]) -> str:
    """'2020', '2020, 2025' or '2023–2025' for the years a target was set for."""
    return f"{years[0]}–{years[-1]}" if len(years) > 2 else ", ".join(map(str, years))


def _kind_label(kind: str, tr: Translator = ENGLISH) -> str:
    """'Ministerial': an event kind as a row's name, with a capital as the language writes it."""
    label = tr.term("event_kind", kind).replace("_", " ")
    return tr.upper(label[:1]) + label[1:]


def timeline(fig: Figure, ds: Dataset, view: SavedView) -> None:
    """Events by kind over time, coloured by participants; each labelled where its label fits."""
    tr = translator(ds)
    events = timeline_events(ds, view.filters, view.event_kinds)
    kinds = sorted(set(events["kind"]), key=lambda k: list(events["kind"]).index(k))
    rows = {kind: number for number, kind in enumerate(reversed(kinds))}
    ax = fig.add_axes((0.11, *CHART_BOX[1:]))  # room for the kinds' names on the left
    start, end = events["start"].min(), events["end"].max()
    margin = max((end - start) * 0.06, pd.Timedelta(days=45))
    ax.set_xlim(start - margin, end + margin)
    ax.set_ylim(-0.7, len(kinds) - 0.3)
    ax.set_yticks(range(len(kinds)), [_kind_label(k, tr) for k in reversed(kinds)], fontsize=14)
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.tick_params(axis="x", labelsize=13)
    ax.grid(axis="x", color=(0.9, 0.9, 0.9))
    for y in rows.values():
        ax.axhline(y, color=(0.85, 0.85, 0.85), lw=1, zorder=1)
    ax.spines[["top", "right", "left"]].set_visible(False)
    drawn: set[str] = set()
    for e in _records(events):
        group = participants.group(e["participants"])
        drawn.add(group)
        color = _rgb(participants.group_color(group))
        y = rows[e["kind"]]
        if e["end"] > e["start"]:  # a multi-day event, or one known only to the month or year: a lighter bar
            ax.plot([e["start"], e["end"] + pd.Timedelta(days=1)], [y, y], color=color, lw=8, alpha=0.35, zorder=3)
        ax.scatter([e["start"]], [y], s=160, color=color, edgecolors="white", linewidths=1.5, zorder=4)
        if e["id"] == view.selected:
            ax.scatter([e["start"]], [y], s=700, facecolors="none", edgecolors=(0.85, 0.1, 0.1), linewidths=3, zorder=5)
    _label_events(fig, ax, events, rows, view.selected, tr)
    handles = [
        Line2D(
            [],
            [],
            marker="o",
            ls="",
            color=_rgb(participants.group_color(g)),
            markersize=12,
            label=participants.group_name(g, tr),
        )
        for g in participants.GROUPS
        if g in drawn
    ]
    if view.selected:
        handles.append(
            Line2D(
                [],
                [],
                marker="o",
                ls="",
                markersize=16,
                markerfacecolor="none",
                markeredgecolor=(0.85, 0.1, 0.1),
                markeredgewidth=2.5,
                label=tr._("highlighted event"),
            )
        )
    _side_legend(fig, handles, tr._("Participants"))


def _label_events(
    fig: Figure, ax: Axes, events: pd.DataFrame, rows: dict[str, int], selected: str | None, tr: Translator = ENGLISH
) -> None:
    """Date and title beside each dot, in the first spot clear of other labels and dots (the highlighted
    event first); an event whose label fits nowhere keeps its dot."""
    canvas = fig.canvas
    assert isinstance(canvas, FigureCanvasAgg)  # slides are drawn with Agg (see corridors.render)
    renderer = canvas.get_renderer()
    placed: list[Bbox] = []
    for e in _records(events):
        x, y = ax.transData.transform((mdates.date2num(e["start"]), rows[e["kind"]]))
        placed.append(Bbox.from_extents(x - 9, y - 9, x + 9, y + 9))  # the dots
    frame = ax.get_window_extent(renderer)
    order = sorted(_records(events), key=lambda e: (e["id"] != selected, e["start"]))
    spots = [
        ((0, 14), "center", "bottom"),
        ((0, -14), "center", "top"),
        ((14, 0), "left", "center"),
        ((-14, 0), "right", "center"),
    ]
    for e in order:
        title = "\n".join(textwrap.wrap(e["title"], 30, max_lines=2, placeholder=" …"))
        date = e["date"].replace("/", " – ") if tr.lang == DEFAULT else tr.date(e["date"])  # English: ISO dates
        text = date + "\n" + title
        for offset, ha, va in spots:
            label = ax.annotate(
                text,
                (e["start"], rows[e["kind"]]),
                xytext=offset,
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=11,
                weight="bold" if e["id"] == selected else "normal",
                zorder=6,
            )
            box = label.get_window_extent(renderer)
            inside = frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
            if inside and not any(box.overlaps(other) for other in placed):
                placed.append(box)
                break
            label.remove()


def _profile_camera(row: pd.Series, box: tuple[float, ...]) -> View:
    """A camera framing the corridor (half a degree around it) in the map area ``box``."""
    west, south, east, north = row["geometry"].buffer(0.5).bounds
    return fit_view((west, south, east, north), width=int(box[2] * WIDTH), height=int(box[3] * HEIGHT))


def profile(fig: Figure, ds: Dataset, view: SavedView) -> None:
    """One corridor: its map framed (countries crossed highlighted, related venues), key figures,
    description, related events and sources."""
    from dataclasses import replace

    row = profile_row(ds, view.selected)
    if row is None:  # a validated profile always names a corridor
        return
    corridor_id = str(row["id"])
    related = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)].sort_values("start")
    box = (MAP_BOX[0], MAP_BOX[1], 0.5, MAP_BOX[3])
    sel = Selection(
        corridors=ds.corridors[ds.corridors["id"] == corridor_id],
        events=related,
        trade=ds.trade.iloc[0:0],
        filters=view.filters,
    )
    framed = replace(view, camera=_profile_camera(row, box), selected=None)
    drawn = scenes.build(ds, sel, framed.camera, focus=tuple(row["countries"]), size=map_size(box))
    draw_map(fig.add_axes(box), ds, framed, drawn, box=box)
    left, top = 0.55, 0.9
    for number, (label, value) in enumerate(key_figures(ds, corridor_id)):
        x, y = left + (number % 2) * 0.22, top - (number // 2) * 0.1
        fig.text(x, y, label, fontsize=13, color=GREY, va="top")
        fig.text(x, y - 0.028, value, fontsize=26, weight="bold", va="top")
    y = top - 0.21
    description = "\n".join(textwrap.wrap(row["description"], 78, max_lines=4, placeholder=" …"))
    fig.text(left, y, description, fontsize=13, va="top", linespacing=1.35)
    y -= 0.03 * (description.count("\n") + 1) + 0.02
    tr = translator(ds)
    lines = [f"{tr.date(str(e.date))} · {e.title} ({e.place})" for e in related.itertuples()]
    y = _listing(fig, left, y, tr._("Related events"), lines, tr)
    refs = [
        f"{s.title} — {s.publisher}" + (f", {tr.date(s.date)}" if s.date else "")
        for s in source_refs(ds, row["sources"])
    ]
    _listing(fig, left, y, tr._("Sources"), refs, tr)


def _listing(
    fig: Figure, left: float, top: float, heading: str, lines: list[str], tr: Translator = ENGLISH, most: int = 4
) -> float:
    """A heading and up to ``most`` one-line items (with a count of the rest); returns the next free height."""
    if not lines:
        return top
    fig.text(left, top, heading, fontsize=14, weight="bold", va="top")
    shown = [textwrap.shorten(line, 90, placeholder=" …") for line in lines[:most]]
    if len(lines) > most:
        shown.append(tr._("… and {count} more").format(count=tr.number(len(lines) - most)))
    fig.text(left, top - 0.03, "\n".join(f"• {line}" for line in shown), fontsize=12, va="top", linespacing=1.45)
    return top - 0.03 - 0.026 * len(shown) - 0.02
