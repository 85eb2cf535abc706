"""Play: the years it steps through, the filters of each step, and how Play, Pause and the timer move it."""

from __future__ import annotations

import pytest

from corridors import play
from corridors.filters import Filters
from corridors.play import Step, advance

BOUNDS = (1991, 2025)


def f(start: int, end: int) -> Filters:
    return Filters(year_start=start, year_end=end, modes=("gas",))


def test_a_step_moves_the_end_of_the_range_and_keeps_the_rest():
    assert play.step(f(2000, 2025), 2010) == Filters(year_start=2000, year_end=2010, modes=("gas",))
    assert play.step(f(2010, 2025), 2005) == f(2005, 2005)  # a range never ends before it starts


@pytest.mark.parametrize(
    ("start", "end", "first"),
    [(1991, 2025, 1991), (2000, 2025, 2000), (1991, 2008, 2009), (2025, 2025, 1991)],
    ids=["whole range: from the start", "from the range's start", "after a pause: carry on", "last year only"],
)
def test_play_starts_where_it_reads_best(start, end, first):
    assert play.first_year(f(start, end), BOUNDS) == first


def test_the_timer_steps_one_year_and_stops_on_the_last():
    assert advance(f(1991, 2025), BOUNDS, playing=True, year=2000, pressed=False, tick=True) == Step(2001, True, False)
    assert advance(f(1991, 2025), BOUNDS, playing=True, year=2024, pressed=False, tick=True) == Step(2025, False, True)


def test_play_and_pause_rerun_the_page_and_pause_keeps_the_year():
    assert advance(f(1991, 2025), BOUNDS, playing=False, year=2025, pressed=True, tick=False) == Step(1991, True, True)
    assert advance(f(1991, 2025), BOUNDS, playing=True, year=2003, pressed=True, tick=False) == Step(2003, False, True)


def test_without_the_timer_nothing_moves():
    assert advance(f(1991, 2010), BOUNDS, playing=False, year=2003, pressed=False, tick=False) == Step(
        2010, False, False
    )
    assert advance(f(1991, 2010), BOUNDS, playing=True, year=2003, pressed=False, tick=False) == Step(2003, True, False)


def test_exports_play_the_views_range_or_from_the_first_year():
    assert play.years(f(2020, 2023), BOUNDS) == [2020, 2021, 2022, 2023]
    assert play.years(f(1995, 1995), BOUNDS) == list(range(1991, 1996))


def test_speeds_read_as_seconds_a_year():
    assert play.speed_label(play.DEFAULT_SPEED) == "Normal — 1 s a year"
    assert sorted(play.SPEEDS.values()) == [0.5, 1.0, 2.0]
