"""Frames of the years: one scene per year with its caption and description, records pooled once."""

from __future__ import annotations

from dataclasses import replace

from corridors import yearframes
from corridors.briefing import SavedView
from corridors.filters import Choices


def test_one_frame_a_year_with_that_years_events_ringed(small):
    view = SavedView("t", replace(Choices.of(small).default(), year_start=2018, year_end=2021))
    frames = list(yearframes.frames(small, view))
    assert [f.year for f in frames] == [2018, 2019, 2020, 2021]
    assert [r["place"] for r in frames[0].scene.highlight] == ["Ankara"]
    assert frames[1].scene.highlight == []
    assert [r["place"] for r in frames[3].scene.highlight] == ["Baku"]
    assert {r["id"] for r in frames[0].scene.planned} == set()
    assert {r["id"] for r in frames[2].scene.planned} == {"rail-line"}  # agreed in 2020
    assert frames[3].caption.startswith("2021 · 3 corridors · 3 events 2018–2021 (2 in 2021, ringed)")
    assert "2 in 2021 (ringed)" in frames[3].description


def test_pooled_writes_each_record_once():
    a, b = {"id": "a"}, {"id": "b"}
    pool, indices = yearframes.pooled([{"x": [a]}, {"x": [a, b]}, {"x": [b], "y": []}])
    assert pool == {"x": [a, b], "y": []}
    assert indices == [{"x": [0]}, {"x": [0, 1]}, {"x": [1], "y": []}]
