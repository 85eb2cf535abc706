"""Captions: the sentences under maps, charts and slides."""

from __future__ import annotations

from dataclasses import replace

from corridors import captions, tables
from corridors.briefing import SavedView
from corridors.filters import Choices, apply, trade_in_range


def test_atlas_caption_counts_what_is_shown(small):
    f = replace(Choices.of(small).default(), year_start=2010, year_end=2020)
    text = captions.atlas(apply(small, f), f)
    assert text.startswith("3 corridors · 1 event · years 2010–2020.")  # the airport opened in 2025


def test_trade_caption_names_each_pairs_basis(small):
    series = tables.trade_series(trade_in_range(small, Choices.of(small).default()))
    assert captions.trade_chart(series).endswith(
        "Statistical basis — AZE–PAK: Customs · AZE–TUR: Customs · TUR–PAK: Presidency"
    )


def test_source_line_names_publishers_and_dates_and_skips_unknown_ids(small):
    view = SavedView("t", Choices.of(small).default(), sources=("op", "other", "nobody"))
    assert captions.source_line(small, view) == "Sources: Pipeline Co. (2020-01-02); Other Paper (2024)"
    assert captions.source_line(small, replace(view, sources=())) == ""


def test_position_is_one_based():
    assert captions.position(2, 7) == "3 / 7"


def test_a_play_step_caption_says_the_year_and_what_it_adds(small):
    f = replace(Choices.of(small).default(), year_end=2018)
    assert captions.play_step(apply(small, f), 2018) == (
        "2018 · 2 corridors · 2 events 2006–2018 (1 in 2018, ringed) · "
        "trade arcs: each pair's latest figure up to 2018."
    )
    quiet = replace(f, year_end=2019, layers=("events",))
    assert captions.play_step(apply(small, quiet), 2019) == "2019 · 2 events 2006–2019."
