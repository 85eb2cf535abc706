"""A text alternative of the map: a few sentences that say what is drawn, for screen readers and alt text.

The same sentences are shown under the Atlas map, written into exported PNGs and GIFs as their
description, and placed in the offline HTML map. They stay short however many records there are:
corridors are listed up to :data:`MAX_CORRIDORS`, events are counted and their busiest places named.
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from corridors.filters import Selection
from corridors.formatting import money, year_text
from corridors.userlayers import UserLayer

#: Corridors named one by one; the rest are counted.
MAX_CORRIDORS = 8
#: Busiest places named for the events; events of the highlighted year named one by one.
MAX_PLACES = 3
MAX_TITLES = 3


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def corridor_phrase(row: dict) -> str:
    """'BTC — oil, operating since 2006' or 'Rail — rail, planned for 2028 (agreed 2020)'."""
    status, opened, agreed = row["status"], year_text(row.get("opened")), year_text(row.get("announced"))
    planned = year_text(row.get("planned"))
    if status in ("operating", "partial", "intermittent"):
        state = {"operating": "operating", "partial": "partly operating", "intermittent": "running intermittently"}
        since = opened or agreed
        text = state[status] + (f" since {since}" if since else "")
    elif status == "construction":
        text = (
            "under construction" + (f", due {planned}" if planned else "") + (f" (agreed {agreed})" if agreed else "")
        )
    elif status == "planned":
        text = "planned" + (f" for {planned}" if planned else "") + (f" (agreed {agreed})" if agreed else "")
    else:
        text = status + (f" in {agreed}" if agreed else "")
    return f"{row['short_name']} — {row['mode']}, {text}"


def corridors_sentence(corridors: pd.DataFrame, limit: int = MAX_CORRIDORS) -> str:
    if corridors.empty:
        return "No corridor shown."
    rows = corridors.sort_values(["since", "short_name"]).to_dict("records")
    listed = "; ".join(corridor_phrase(r) for r in rows[:limit])
    more = f"; and {len(rows) - limit:,} more" if len(rows) > limit else ""
    return f"{_plural(len(rows), 'corridor')} shown: {listed}{more}."


def _places(events: pd.DataFrame, limit: int) -> str:
    """' at 20 places, most in Baku (6), Ankara (4)': the busiest places (two events or more), ties by name."""
    counts = sorted(Counter(events["place"]).items(), key=lambda item: (-item[1], item[0]))
    busiest = ", ".join(f"{place} ({count})" for place, count in counts[:limit] if count > 1)
    return f" at {_plural(len(counts), 'place')}" + (f", most in {busiest}" if busiest else "")


def events_sentence(events: pd.DataFrame, start: int, end: int, highlight: int | None = None) -> str:
    span = str(start) if start == end else f"{start}–{end}"
    if events.empty:
        return f"No event in {span}."
    text = f"{_plural(len(events), 'event')} in {span}"
    if len(events) <= MAX_TITLES:
        ordered = events.sort_values("start")
        text += ": " + "; ".join(f"{t} ({p})" for t, p in zip(ordered["title"], ordered["place"], strict=True))
    else:
        text += _places(events, MAX_PLACES)
    text += "."
    if highlight is not None and start != end:
        this_year = events[(events["start"].dt.year <= highlight) & (events["end"].dt.year >= highlight)]
        if this_year.empty:
            text += f" None in {highlight}."
        else:
            titles = "; ".join(this_year.sort_values("start")["title"].head(MAX_TITLES))
            rest = len(this_year) - MAX_TITLES
            text += f" {len(this_year):,} in {highlight} (ringed): {titles}" + (
                f"; and {rest:,} more." if rest > 0 else "."
            )
    return text


def trade_sentence(trade: pd.DataFrame) -> str:
    if trade.empty:
        return "No trade figure in these years."
    parts = []
    for row in trade.sort_values("pair").to_dict("records"):
        estimate = " (estimate)" if row["kind"] == "estimate" else ""
        parts.append(f"{row['pair']} {money(float(row['value_usd']))} in {int(row['year'])}{estimate}")
    return "Trade arcs (goods, both directions): " + "; ".join(parts) + "."


def users_sentence(uploaded: tuple[UserLayer, ...]) -> str:
    listed = "; ".join(f"{layer.name} ({_plural(len(layer.frame), 'feature')})" for layer in uploaded)
    return f"Your layers: {listed}."


def describe(sel: Selection, uploaded: tuple[UserLayer, ...] = (), highlight: int | None = None) -> str:
    """What the map of ``sel`` shows, in a few sentences (``highlight``: the year whose events are ringed)."""
    f = sel.filters
    parts = []
    if "corridors" in f.layers:
        parts.append(corridors_sentence(sel.corridors))
    if "events" in f.layers:
        parts.append(events_sentence(sel.events, f.year_start, f.year_end, highlight))
    if "trade" in f.layers:
        parts.append(trade_sentence(sel.trade))
    if uploaded:
        parts.append(users_sentence(uploaded))
    return " ".join(parts) or "No layer is switched on: the map shows country borders only."
