"""Kinds of briefing views — a map, a trade chart, an events timeline, a corridor profile — and what each shows.

Pure functions shared by the validator, the slide renderer, the page and the exports, so every
output of a view draws exactly the same records.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from corridors.catalog import Dataset
from corridors.filters import Filters, select_events, trade_in_range
from corridors.i18n import N_
from corridors.schema import EVENT_KINDS
from corridors.tables import trade_series, trade_targets

#: Every kind of view, with the words the app uses for it.
KINDS: dict[str, str] = {
    "map": N_("map"),
    "trade": N_("trade chart"),
    "timeline": N_("events timeline"),
    "profile": N_("corridor profile"),
}
#: Speaker notes: enough for a few paragraphs, short enough to read while speaking.
MAX_NOTES = 2000

#: The filter fields each kind uses; a field a kind ignores is refused, so a file never misleads its reader.
USES: dict[str, tuple[str, ...]] = {
    "map": ("corridors", "modes", "statuses", "countries", "years", "layers"),
    "trade": ("countries", "years"),
    "timeline": ("corridors", "countries", "years", "event_kinds"),
    "profile": (),
}


@dataclass(frozen=True)
class TradeData:
    """What a trade chart draws: the yearly series (gaps as empty rows) and the official targets."""

    series: pd.DataFrame
    targets: pd.DataFrame


def trade_data(ds: Dataset, filters: Filters) -> TradeData:
    """The Trade page's chart data for the filters' years and countries."""
    rows = trade_in_range(ds, filters)
    return TradeData(trade_series(rows), trade_targets(rows))


def timeline_events(ds: Dataset, filters: Filters, event_kinds: tuple[str, ...] = ()) -> pd.DataFrame:
    """Events on a timeline: the filters' years, countries and corridors, optionally only some kinds."""
    events = select_events(ds, filters)
    if event_kinds:
        events = events[events["kind"].isin(event_kinds)]
    return events.sort_values(["start", "id"])


def profile_row(ds: Dataset, corridor_id: str | None) -> pd.Series | None:
    """The corridor a profile shows, or None if the id is not a corridor."""
    rows = ds.corridors[ds.corridors["id"] == corridor_id]
    return None if rows.empty else rows.iloc[0]


def data_sources(ds: Dataset, kind: str, filters: Filters, event_kinds: tuple[str, ...], selected: str | None) -> list:
    """Source ids behind what a chart view draws (trade rows, events, the corridor), in first-cited order."""
    if kind == "trade":
        cited = list(_charted(ds, filters).sort_values(["pair", "year"])["sources"])
    elif kind == "timeline":
        cited = list(timeline_events(ds, filters, event_kinds)["sources"])
    elif kind == "profile":
        row = profile_row(ds, selected)
        cited = [row["sources"]] if row is not None else []
    else:
        cited = []
    return list(dict.fromkeys(s for ids in cited for s in ids))


def _charted(ds: Dataset, filters: Filters) -> pd.DataFrame:
    """The trade-file rows a trade chart draws: shown yearly totals (actual or estimated) and targets."""
    rows = trade_in_range(ds, filters)
    drawn = (rows["flow"] == "total") & (rows["claim"] == "shown") & rows["kind"].isin(["actual", "estimate"])
    return rows[drawn | (rows["kind"] == "target")]


def _range(filters: Filters) -> str:
    parts = [f"{filters.year_start}–{filters.year_end}"]
    if filters.countries:
        parts.append("countries " + ", ".join(filters.countries))
    if filters.corridors:
        parts.append("corridors " + ", ".join(filters.corridors))
    return "; ".join(parts)


def problems(
    ds: Dataset,
    kind: str,
    filters: Filters,
    given: set[str],
    event_kinds: tuple[str, ...],
    selected: str | None,
    has_camera: bool,
) -> list[tuple[str, str]]:
    """(field, problem) pairs for one view of ``kind``; ``given`` names the filter fields the file sets."""
    label = KINDS[kind]
    found: list[tuple[str, str]] = []
    if kind == "map":
        if not has_camera:
            found.append(("camera", "a map view needs a camera (latitude, longitude, zoom)"))
        if "years" not in given:
            found.append(("filters", "a map view needs filters (at least years: [start, end])"))
    elif has_camera:
        found.append(("camera", f"only map views have a camera; a {label} frames itself"))
    for name in sorted(given - set(USES[kind])):
        uses = ", ".join(f"filters.{u}" for u in USES[kind]) or "no filters"
        found.append((f"filters.{name}", f"a {label} uses {uses}; remove this field"))
    unknown = [k for k in event_kinds if k not in EVENT_KINDS]
    if unknown:
        found.append(("filters.event_kinds", f"unknown event kind(s): {', '.join(unknown)}"))
    if found:
        return found
    if kind == "trade":
        if selected:
            found.append(("selected", "a trade chart has no record to select; remove it"))
        if _charted(ds, filters).empty:
            found.append(
                ("filters", f"no trade figure or target matches ({_range(filters)}): the chart would be empty")
            )
    elif kind == "timeline":
        events = timeline_events(ds, filters, event_kinds)
        if events.empty:
            found.append(("filters", f"no event matches ({_range(filters)}): the timeline would be empty"))
        elif selected and selected not in set(events["id"]):
            found.append(("selected", f"event {selected!r} is not on this timeline (not in its filters)"))
    elif kind == "profile" and profile_row(ds, selected) is None:
        what = f"{selected!r} is not a corridor id" if selected else "a corridor profile needs the corridor's id"
        found.append(("selected", what))
    return found
