"""Play through the years: which years a play steps through, and the filters of each step.

Play moves the *end* of the year range, one year at a time, and keeps its start: corridors appear
as they open or are agreed, events pile up (the step's own events are ringed), and each trade arc
shows its pair's latest figure up to that year. A moving one-year window would leave most frames
almost empty (few years have more than a handful of events) and make arcs blink out in years
without a figure; a growing range shows the partnership build up, which is what a briefing tells.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from corridors.filters import Filters
from corridors.i18n import ENGLISH, N_, Translator

#: Seconds each year stays on screen, by the (English) name of the speed choice.
SPEEDS: dict[str, float] = {N_("Slow"): 2.0, N_("Normal"): 1.0, N_("Fast"): 0.5}
DEFAULT_SPEED = "Normal"


def speed_label(name: str, tr: Translator = ENGLISH) -> str:
    """'Normal — 1 s a year' for the speed choice, in the reader's language ('Normal — yılda 1 sn')."""
    seconds = SPEEDS[name]
    return tr._("{speed} — {seconds} s a year").format(
        speed=tr._(name), seconds=tr.number(seconds if seconds % 1 else int(seconds))
    )


def first_year(f: Filters, bounds: tuple[int, int]) -> int:
    """The year Play shows first: the one after the range's end (carry on from a pause), or, once the
    end is the last year, the range's start again (or the first year, if the range is that last year).
    """
    first, last = bounds
    if f.year_end < last:
        return f.year_end + 1
    return f.year_start if f.year_start < last else first


def next_year(year: int, bounds: tuple[int, int]) -> int | None:
    """The year after ``year``, or None after the last one."""
    return year + 1 if year < bounds[1] else None


def step(f: Filters, year: int) -> Filters:
    """The filters of the step showing ``year``: the range ends there (and starts no later)."""
    return replace(f, year_start=min(f.year_start, year), year_end=year)


def years(f: Filters, bounds: tuple[int, int]) -> list[int]:
    """The years an export plays: the view's range, or from the first year if the view is a single year."""
    start = f.year_start if f.year_start < f.year_end else bounds[0]
    return list(range(start, f.year_end + 1))


@dataclass(frozen=True)
class Step:
    """What one run of the Atlas's map shows while Play is on or off."""

    year: int  # the year shown (the end of the range)
    playing: bool  # whether Play is on after this run
    restart: bool  # rerun the whole page: Play started or stopped, so the step timer changes


def advance(f: Filters, bounds: tuple[int, int], playing: bool, year: int, pressed: bool, tick: bool) -> Step:
    """The next state of Play. ``pressed``: Play/Pause was pressed; ``tick``: the step timer fired.

    Pressing Play starts at :func:`first_year`; each tick shows the next year; the last year stops
    Play there; pressing Pause stops at the year shown. Stopping leaves that year as the range's end.
    """
    if pressed:
        return Step(first_year(f, bounds), True, True) if not playing else Step(year, False, True)
    if not playing:
        return Step(f.year_end, False, False)
    if not tick:
        return Step(year, True, False)
    following = next_year(year, bounds)
    if following is None or following == bounds[1]:
        return Step(following or year, False, True)
    return Step(following, True, False)
