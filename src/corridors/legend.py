"""The one legend of the map: which entries it has for a selection, and their HTML swatches.

The Streamlit legend and the offline HTML page show :func:`html`; the PNG/PDF slides translate
the same entries into matplotlib handles (:mod:`corridors.render`).
"""

from __future__ import annotations

import html as html_text
from dataclasses import dataclass

from corridors.filters import Selection
from corridors.i18n import ENGLISH, N_, Translator
from corridors.palette import HIGHLIGHT, LINE_STYLE, MODE_COLORS, OTHER, PAIR_COLORS, RGB, VENUE, css, user_color
from corridors.schema import BUILT_STATUSES, STATUSES
from corridors.userlayers import UserLayer

ATTRIBUTION_TEXT = N_("Country borders: Natural Earth (public domain) · Data: see the Sources of each record")
#: Styles a swatch can have: they mirror how the map draws the layer.
STYLES = ("line", "dashed", "dot", "arc", "ring")


@dataclass(frozen=True)
class LegendEntry:
    group: str
    label: str
    color: RGB
    style: str  # one of STYLES
    note: str = ""


def entries(sel: Selection, uploaded: tuple[UserLayer, ...] = (), tr: Translator = ENGLISH) -> list[LegendEntry]:
    """Legend for what is on the map now: modes present, line styles, venues, arcs, users' layers."""
    found: list[LegendEntry] = [
        LegendEntry(tr._("Your layers"), layer.name, user_color(n), "line") for n, layer in enumerate(uploaded)
    ]
    for mode in sorted(set(sel.corridors["mode"])):
        style = "dot" if mode == "air" else "line"
        entry = LegendEntry(
            tr._("Corridors by mode"),
            tr.term("mode", mode),
            MODE_COLORS.get(mode, OTHER),
            style,
            tr.meaning("mode", mode),
        )
        found.append(entry)
    if not sel.corridors.empty:
        present = set(sel.corridors["status"])
        built = ", ".join(tr.term("status", s) for s in BUILT_STATUSES if s in present)
        other = ", ".join(tr.term("status", s) for s in STATUSES if s not in BUILT_STATUSES and s in present)
        if built:
            found.append(
                LegendEntry(tr._("Line style"), tr._("solid: {statuses}").format(statuses=built), LINE_STYLE, "line")
            )
        if other:
            label = tr._("dashed: {statuses}").format(statuses=other)
            found.append(LegendEntry(tr._("Line style"), label, LINE_STYLE, "dashed"))
    if not sel.events.empty:
        found.append(LegendEntry(tr._("Venues"), tr._("event place (size = number of events)"), VENUE, "dot"))
    for pair in sorted(set(sel.trade["pair"])):
        row = sel.trade[sel.trade["pair"] == pair].iloc[0]
        label = f"{pair} {row['year']}: {tr.money(float(row['value_usd']))}"
        found.append(LegendEntry(tr._("Trade arcs (width ∝ √value)"), label, PAIR_COLORS.get(pair, OTHER), "arc"))
    return found


def ring_entries(rings: list[dict], year: int | None, tr: Translator = ENGLISH) -> list[LegendEntry]:
    """The legend entry of the rings Play draws around the places of one year's events."""
    if not rings or year is None:
        return []
    return [LegendEntry(tr._("Play"), tr._("ring: events in {year}").format(year=year), HIGHLIGHT, "ring")]


def swatch(entry: LegendEntry) -> str:
    """An inline HTML mark drawn the way the map draws the entry: a line, a dashed line, a dot or an arc."""
    color = css(entry.color)
    if entry.style == "dot":
        return f'<span style="display:inline-block;width:12px;height:12px;border-radius:50%;background:{color}"></span>'
    if entry.style == "ring":
        return (
            f'<span style="display:inline-block;width:10px;height:10px;border-radius:50%;border:3px solid {color}">'
            "</span>"
        )
    if entry.style == "dashed":
        return (
            f'<span style="display:inline-block;width:28px;border-top:4px dashed {color};vertical-align:middle"></span>'
        )
    if entry.style == "arc":
        return (
            f'<span style="display:inline-block;width:28px;height:10px;border:3px solid {color};'
            'border-bottom:none;border-radius:14px 14px 0 0"></span>'
        )
    return f'<span style="display:inline-block;width:28px;border-top:5px solid {color};vertical-align:middle"></span>'


def html(found: list[LegendEntry]) -> str:
    """The legend as HTML: entries grouped under their heading, every label escaped."""
    rows, group = [], None
    for entry in found:
        if entry.group != group:
            group = entry.group
            rows.append(f'<div style="margin:10px 0 4px;font-weight:600">{html_text.escape(group)}</div>')
        title = f' title="{html_text.escape(entry.note)}"' if entry.note else ""
        rows.append(
            f'<div style="display:flex;gap:8px;align-items:center;margin:2px 0"{title}>{swatch(entry)}'
            f"<span>{html_text.escape(entry.label)}</span></div>"
        )
    return f'<div class="corridors-legend" style="font-size:0.9rem">{"".join(rows)}</div>'
