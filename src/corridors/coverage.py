"""Coverage of the record: events per kind and year, dates given to the day, trade years per pair.

Printed by ``corridors validate`` so that a gap is seen before a briefing finds it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from corridors.schema import EVENT_KINDS, Event

#: Years for which the record should hold a goods-trade figure for every pair.
TRADE_YEARS = range(2010, 2025)
#: The three pairs of the partnership, in the order used everywhere.
PAIRS: tuple[tuple[str, str], ...] = (("AZE", "TUR"), ("AZE", "PAK"), ("TUR", "PAK"))

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Coverage:
    """What the record covers; every field is plain data, ready to print or test."""

    events_by_kind_year: dict[str, dict[int, int]]
    events_total: int
    events_dated_to_day: int
    trade_years: dict[str, list[int]]
    trade_missing: dict[str, list[int]]

    @property
    def share_dated_to_day(self) -> float:
        return self.events_dated_to_day / self.events_total if self.events_total else 0.0


def dated_to_day(date_text: str) -> bool:
    """True when an event's date (or the start of its range) gives the day."""
    return bool(_DAY.match(date_text.split("/")[0].strip()))


def _pair_label(a: str, b: str) -> str:
    return f"{a}–{b}"


def trade_years(trade: pd.DataFrame, years: Iterable[int] = TRADE_YEARS) -> dict[str, list[int]]:
    """Years with a shown goods-trade figure (actual or estimate, any flow) for each pair, either side reporting."""
    wanted = set(years)
    goods = trade[trade["kind"].isin(["actual", "estimate"]) & (trade["claim"] == "shown")]
    result: dict[str, list[int]] = {}
    for a, b in PAIRS:
        pair = goods["reporter"].isin([a, b]) & goods["partner"].isin([a, b]) & (goods["reporter"] != goods["partner"])
        result[_pair_label(a, b)] = sorted({int(y) for y in goods.loc[pair, "year"]} & wanted)
    return result


def coverage(events: Sequence[Event], trade: pd.DataFrame, years: Iterable[int] = TRADE_YEARS) -> Coverage:
    """Count what the record holds: events per kind and year, day-precise dates, trade years per pair."""
    wanted = list(years)
    counts: Counter[tuple[str, int]] = Counter((e.kind, int(e.date[:4])) for e in events)
    by_kind = {kind: {year: n for (k, year), n in sorted(counts.items()) if k == kind} for kind in EVENT_KINDS}
    present = trade_years(trade, wanted)
    return Coverage(
        events_by_kind_year=by_kind,
        events_total=len(events),
        events_dated_to_day=sum(dated_to_day(e.date) for e in events),
        trade_years=present,
        trade_missing={pair: [y for y in wanted if y not in got] for pair, got in present.items()},
    )


def _spans(years: Sequence[int]) -> str:
    """'2010–2013, 2016' from a sorted list of years."""
    parts: list[str] = []
    start = prev = None
    for year in [*years, None]:
        if year is not None and prev is not None and year == prev + 1:
            prev = year
            continue
        if start is not None:
            parts.append(str(start) if start == prev else f"{start}–{prev}")
        start = prev = year
    return ", ".join(parts) or "none"


def format_coverage(cov: Coverage) -> list[str]:
    """The coverage report as lines of text (events per kind per year, dates to the day, trade years)."""
    all_years = sorted({y for per_year in cov.events_by_kind_year.values() for y in per_year})
    lines = [f"Coverage report: {cov.events_total} events, {cov.share_dated_to_day:.0%} dated to the day"]
    if all_years:
        recent = list(range(2017, max(all_years) + 1))  # every year shown, so an empty year stands out
        older = sum(n for per_year in cov.events_by_kind_year.values() for y, n in per_year.items() if y < 2017)
        header = "  " + f"{'events per kind':24s}" + (f"{'<2017':>6s}" if older else "")
        lines.append(header + "".join(f"{y:>6d}" for y in recent) + f"{'all':>6s}")
        for kind, per_year in cov.events_by_kind_year.items():
            early = sum(n for y, n in per_year.items() if y < 2017)
            row = "  " + f"{kind:24s}" + (f"{early or '·':>6}" if older else "")
            row += "".join(f"{per_year.get(y, 0) or '·':>6}" for y in recent)
            lines.append(row + f"{sum(per_year.values()):>6d}")
    first, last = min(TRADE_YEARS), max(TRADE_YEARS)
    lines.append(f"  goods trade {first}–{last} (shown actual/estimate figures):")
    for pair, years in cov.trade_years.items():
        missing = cov.trade_missing[pair]
        lines.append(f"    {pair}: {len(years)} of {last - first + 1} years; missing: {_spans(missing)}")
    return lines
