"""The sentences under maps, charts and slides, built from what is shown."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.filters import Filters, Selection
from corridors.i18n import ENGLISH, Translator
from corridors.legend import ATTRIBUTION_TEXT
from corridors.translations import translator
from corridors.viewkinds import data_sources


def _publishers(ds: Dataset, ids: Iterable[str]) -> list[str]:
    """'publisher (date)' of each known source, each once, in the order given (dates in the dataset's language)."""
    tr = translator(ds)
    parts = []
    for source_id in ids:
        if source_id in ds.sources.index:
            s = ds.sources.loc[source_id]
            parts.append(f"{s['publisher']}" + (f" ({tr.date(s['date'])})" if s["date"] else ""))
    return list(dict.fromkeys(parts))


def source_line(ds: Dataset, view: SavedView) -> str:
    """'Sources: publisher (date); …' for the figures of a caption, then a chart's data sources ('Data: …')."""
    tr = translator(ds)
    cited = _publishers(ds, view.sources)
    line = tr._("Sources: {sources}").format(sources="; ".join(cited)) if cited else ""
    if view.kind != "map":
        ids = data_sources(ds, view.kind, view.filters, view.event_kinds, view.selected)
        data = [p for p in _publishers(ds, ids) if p not in cited]
        if data:
            line += (". " if line else "") + tr._("Data: {sources}").format(sources="; ".join(data))
    return line


def atlas(sel: Selection, filters: Filters, tr: Translator = ENGLISH) -> str:
    """What the Atlas shows and how to use it."""
    corridors = tr.ngettext("{count} corridor", "{count} corridors", len(sel.corridors)).format(
        count=len(sel.corridors)
    )
    events = tr.ngettext("{count} event", "{count} events", len(sel.events)).format(count=len(sel.events))
    return tr._(
        "{corridors} · {events} · years {start}–{end}. Hover for a summary; click a line, dot or arc for details."
    ).format(corridors=corridors, events=events, start=filters.year_start, end=filters.year_end)


def corridor_table(table: pd.DataFrame, tr: Translator = ENGLISH) -> str:
    return tr.ngettext(
        "{count} corridor matches the sidebar filters. Click a column header to sort.",
        "{count} corridors match the sidebar filters. Click a column header to sort.",
        len(table),
    ).format(count=len(table))


def events(shown: pd.DataFrame, filters: Filters, tr: Translator = ENGLISH) -> str:
    return tr.ngettext(
        "{count} event from {start} to {end}. "
        "Hover a mark for its title, date, place and source; click it for details.",
        "{count} events from {start} to {end}. "
        "Hover a mark for its title, date, place and source; click it for details.",
        len(shown),
    ).format(count=len(shown), start=filters.year_start, end=filters.year_end)


def trade_chart(series: pd.DataFrame, tr: Translator = ENGLISH) -> str:
    """The trade chart's caption, naming each pair's statistical basis."""
    shown = series.dropna(subset=["value_usd"])
    bases = {str(pair): "; ".join(sorted(set(rows["basis"]))) for pair, rows in shown.groupby("pair")}
    return tr._(
        "Bilateral goods trade (total of both directions), US$ billion; years without a figure are gaps. "
        "Dashed lines are official targets. Statistical basis — {bases}"
    ).format(bases=" · ".join(f"{pair}: {basis}" for pair, basis in bases.items()))


def trade_arcs(year: int, tr: Translator = ENGLISH) -> str:
    return (
        tr._("Arc width follows the square root of {year}'s goods trade.").format(year=year)
        + " "
        + tr._(ATTRIBUTION_TEXT)
    )


def position(step: int, total: int) -> str:
    """'3 / 7' for the zero-based ``step`` of ``total``."""
    return f"{step + 1} / {total}"


def play_step(sel: Selection, year: int, tr: Translator = ENGLISH) -> str:
    """The caption of one step of Play: the year, what is on the map, how many events that year."""
    f = sel.filters
    parts = [str(year)]
    if "corridors" in f.layers:
        count = len(sel.corridors)
        parts.append(tr.ngettext("{count} corridor", "{count} corridors", count).format(count=tr.number(count)))
    if "events" in f.layers:
        count = len(sel.events)
        in_year = int(((sel.events["start"].dt.year <= year) & (sel.events["end"].dt.year >= year)).sum())
        events = tr.ngettext("{count} event {start}–{end}", "{count} events {start}–{end}", count).format(
            count=tr.number(count), start=f.year_start, end=year
        )
        if in_year:
            events += " " + tr._("({count} in {year}, ringed)").format(count=tr.number(in_year), year=year)
        parts.append(events)
    if "trade" in f.layers:
        parts.append(tr._("trade arcs: each pair's latest figure up to {year}").format(year=year))
    return " · ".join(parts) + tr.stop


def slide_alt(view: SavedView, tr: Translator = ENGLISH) -> str:
    """The alt text of a slide's picture: its title and caption."""
    return tr._("Slide: {title}. {caption}").format(title=view.title, caption=view.caption).strip()
