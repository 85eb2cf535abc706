"""A text alternative of the map: a few sentences that say what is drawn, for screen readers and alt text.

The same sentences are shown under the Atlas map, written into exported PNGs and GIFs as their
description, and placed in the offline HTML map. They stay short however many records there are:
corridors are listed up to :data:`MAX_CORRIDORS`, events are counted and their busiest places named.
They are in the reader's language (``tr``), with its numbers and money; the data's names come
translated from the dataset (see :func:`corridors.translations.localize`).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from corridors.filters import Selection
from corridors.formatting import year_text
from corridors.i18n import ENGLISH, N_, Translator
from corridors.userlayers import UserLayer

#: Corridors named one by one; the rest are counted.
MAX_CORRIDORS = 8
#: Busiest places named for the events; events of the highlighted year named one by one.
MAX_PLACES = 3
MAX_TITLES = 3

#: How a running corridor's status reads, without and with the year it opened.
_RUNNING = {
    "operating": (N_("operating"), N_("operating since {year}")),
    "partial": (N_("partly operating"), N_("partly operating since {year}")),
    "intermittent": (N_("running intermittently"), N_("running intermittently since {year}")),
}


def _more(count: int, tr: Translator) -> str:
    return tr._("and {count} more").format(count=tr.number(count))


def _state(row: dict, tr: Translator) -> str:
    """'operating since 2006', 'planned for 2028 (agreed 2020)', 'proposed in 2021'."""
    status, opened, agreed = row["status"], year_text(row.get("opened")), year_text(row.get("announced"))
    planned = year_text(row.get("planned"))
    agreed_text = " " + tr._("(agreed {year})").format(year=agreed) if agreed else ""
    if status in _RUNNING:
        bare, dated = _RUNNING[status]
        since = opened or agreed
        return tr._(dated).format(year=since) if since else tr._(bare)
    if status == "construction":
        due = tr._("under construction, due {year}").format(year=planned) if planned else tr._("under construction")
        return due + agreed_text
    if status == "planned":
        return (tr._("planned for {year}").format(year=planned) if planned else tr._("planned")) + agreed_text
    named = tr.term("status", status)
    return tr._("{status} in {year}").format(status=named, year=agreed) if agreed else named


def corridor_phrase(row: dict, tr: Translator = ENGLISH) -> str:
    """'BTC — oil, operating since 2006' or 'Rail — rail, planned for 2028 (agreed 2020)'."""
    return f"{row['short_name']} — " + tr.listing([tr.term("mode", row["mode"]), _state(row, tr)])


def corridors_sentence(corridors: pd.DataFrame, limit: int = MAX_CORRIDORS, tr: Translator = ENGLISH) -> str:
    if corridors.empty:
        return tr._("No corridor shown.")
    rows = corridors.sort_values(["since", "short_name"]).to_dict("records")
    listed = [corridor_phrase(r, tr) for r in rows[:limit]]
    if len(rows) > limit:
        listed.append(_more(len(rows) - limit, tr))
    return tr.ngettext(
        "{count} corridor shown: {corridors}.", "{count} corridors shown: {corridors}.", len(rows)
    ).format(count=tr.number(len(rows)), corridors=tr.listing(listed, strong=True))


def _places(events: pd.DataFrame, limit: int, tr: Translator) -> str:
    """' at 20 places, most in Baku (6), Ankara (4)': the busiest places (two events or more), ties by name."""
    counts = sorted(Counter(events["place"]).items(), key=lambda item: (-item[1], item[0]))
    busiest = tr.listing([f"{place} ({tr.number(count)})" for place, count in counts[:limit] if count > 1])
    text = tr.ngettext("at {count} place", "at {count} places", len(counts)).format(count=tr.number(len(counts)))
    return " " + (tr.listing([text, tr._("most in {places}").format(places=busiest)]) if busiest else text)


def _highlighted(events: pd.DataFrame, year: int, tr: Translator) -> str:
    """' 2 in 2021 (ringed): Speakers meet; Joint exercise.' or ' None in 2019.'"""
    this_year = events[(events["start"].dt.year <= year) & (events["end"].dt.year >= year)]
    if this_year.empty:
        return " " + tr._("None in {year}.").format(year=year)
    titles = list(this_year.sort_values("start")["title"].head(MAX_TITLES))
    rest = len(this_year) - MAX_TITLES
    if rest > 0:
        titles.append(_more(rest, tr))
    return " " + tr._("{count} in {year} (ringed): {titles}.").format(
        count=tr.number(len(this_year)), year=year, titles=tr.listing(titles, strong=True)
    )


def events_sentence(
    events: pd.DataFrame, start: int, end: int, highlight: int | None = None, tr: Translator = ENGLISH
) -> str:
    span = str(start) if start == end else f"{start}–{end}"
    if events.empty:
        return tr._("No event in {span}.").format(span=span)
    text = tr.ngettext("{count} event in {span}", "{count} events in {span}", len(events)).format(
        count=tr.number(len(events)), span=span
    )
    if len(events) <= MAX_TITLES:
        ordered = events.sort_values("start")
        named = [f"{t} ({p})" for t, p in zip(ordered["title"], ordered["place"], strict=True)]
        text += ": " + tr.listing(named, strong=True)
    else:
        text += _places(events, MAX_PLACES, tr)
    text += tr.stop
    if highlight is not None and start != end:
        text += _highlighted(events, highlight, tr)
    return text


def trade_sentence(trade: pd.DataFrame, tr: Translator = ENGLISH) -> str:
    if trade.empty:
        return tr._("No trade figure in these years.")
    parts = []
    for row in trade.sort_values("pair").to_dict("records"):
        figure = tr._("{pair} {money} in {year}").format(
            pair=row["pair"], money=tr.money(float(row["value_usd"])), year=int(row["year"])
        )
        parts.append(figure + (" " + tr._("(estimate)") if row["kind"] == "estimate" else ""))
    return tr._("Trade arcs (goods, both directions): {arcs}.").format(arcs=tr.listing(parts, strong=True))


def users_sentence(uploaded: tuple[UserLayer, ...], tr: Translator = ENGLISH) -> str:
    listed = tr.listing(
        [
            f"{layer.name} ("
            + tr.ngettext("{count} feature", "{count} features", len(layer.frame)).format(
                count=tr.number(len(layer.frame))
            )
            + ")"
            for layer in uploaded
        ],
        strong=True,
    )
    return tr._("Your layers: {layers}.").format(layers=listed)


def describe(
    sel: Selection, uploaded: tuple[UserLayer, ...] = (), highlight: int | None = None, tr: Translator = ENGLISH
) -> str:
    """What the map of ``sel`` shows, in a few sentences (``highlight``: the year whose events are ringed)."""
    f = sel.filters
    parts = []
    if "corridors" in f.layers:
        parts.append(corridors_sentence(sel.corridors, tr=tr))
    if "events" in f.layers:
        parts.append(events_sentence(sel.events, f.year_start, f.year_end, highlight, tr))
    if "trade" in f.layers:
        parts.append(trade_sentence(sel.trade, tr))
    if uploaded:
        parts.append(users_sentence(uploaded, tr))
    return " ".join(parts) or tr._("No layer is switched on: the map shows country borders only.")
