"""The sentences under maps, charts and slides, built from what is shown."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.filters import Filters, Selection
from corridors.legend import ATTRIBUTION_TEXT
from corridors.viewkinds import data_sources


def _publishers(ds: Dataset, ids: Iterable[str]) -> list[str]:
    """'publisher (date)' of each known source, each once, in the order given."""
    parts = []
    for source_id in ids:
        if source_id in ds.sources.index:
            s = ds.sources.loc[source_id]
            parts.append(f"{s['publisher']}" + (f" ({s['date']})" if s["date"] else ""))
    return list(dict.fromkeys(parts))


def source_line(ds: Dataset, view: SavedView) -> str:
    """'Sources: publisher (date); …' for the figures of a caption, then a chart's data sources ('Data: …')."""
    cited = _publishers(ds, view.sources)
    line = "Sources: " + "; ".join(cited) if cited else ""
    if view.kind != "map":
        ids = data_sources(ds, view.kind, view.filters, view.event_kinds, view.selected)
        data = [p for p in _publishers(ds, ids) if p not in cited]
        if data:
            line += (". " if line else "") + "Data: " + "; ".join(data)
    return line


def atlas(sel: Selection, filters: Filters) -> str:
    """What the Atlas shows and how to use it."""
    return (
        f"{len(sel.corridors)} corridors · {len(sel.events)} events · "
        f"years {filters.year_start}–{filters.year_end}. Hover for a summary; click a line, dot or arc for details."
    )


def corridor_table(table: pd.DataFrame) -> str:
    return f"{len(table)} corridors match the sidebar filters. Click a column header to sort."


def events(shown: pd.DataFrame, filters: Filters) -> str:
    return (
        f"{len(shown)} events from {filters.year_start} to {filters.year_end}. "
        "Hover a mark for its title, date, place and source; click it for details."
    )


def trade_chart(series: pd.DataFrame) -> str:
    """The trade chart's caption, naming each pair's statistical basis."""
    shown = series.dropna(subset=["value_usd"])
    bases = {str(pair): "; ".join(sorted(set(rows["basis"]))) for pair, rows in shown.groupby("pair")}
    return (
        "Bilateral goods trade (total of both directions), US$ billion; years without a figure are gaps. "
        "Dashed lines are official targets. Statistical basis — "
        + " · ".join(f"{pair}: {basis}" for pair, basis in bases.items())
    )


def trade_arcs(year: int) -> str:
    return f"Arc width follows the square root of {year}'s goods trade. " + ATTRIBUTION_TEXT


def position(step: int, total: int) -> str:
    """'3 / 7' for the zero-based ``step`` of ``total``."""
    return f"{step + 1} / {total}"


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}{'' if number == 1 else 's'}"


def play_step(sel: Selection, year: int) -> str:
    """The caption of one step of Play: the year, what is on the map, how many events that year."""
    f = sel.filters
    parts = [str(year)]
    if "corridors" in f.layers:
        parts.append(_count(len(sel.corridors), "corridor"))
    if "events" in f.layers:
        in_year = int(((sel.events["start"].dt.year <= year) & (sel.events["end"].dt.year >= year)).sum())
        ringed = f" ({in_year} in {year}, ringed)" if in_year else ""
        parts.append(f"{_count(len(sel.events), 'event')} {f.year_start}–{year}{ringed}")
    if "trade" in f.layers:
        parts.append(f"trade arcs: each pair's latest figure up to {year}")
    return " · ".join(parts) + "."


def slide_alt(view: SavedView) -> str:
    """The alt text of a slide's picture: its title and caption."""
    return f"Slide: {view.title}. {view.caption}".strip()
