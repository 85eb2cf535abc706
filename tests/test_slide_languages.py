"""Chart slides (trade, timeline, profile) in Turkish, Azerbaijani and Urdu: every word drawn is translated,
money is written the local way, and the sources never run into the caption."""

from __future__ import annotations

import re

import matplotlib.pyplot as plt
import pytest
from matplotlib.text import Text

from corridors import briefing, participants, render, slides, slidetext
from corridors.i18n import Translator
from corridors.translations import localize
from tests.fixtures import GEODATA, catalog_english

LANGS = ("tr", "az", "ur")


@pytest.fixture(scope="module", params=LANGS)
def spoken(request, ds):
    """The bundled data and default briefing in one language."""
    translated = localize(ds, request.param)
    found, _ = briefing.available(GEODATA, translated)
    return request.param, translated, found["default"]


def _drawn_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(Text) if t.get_text().strip()]


@pytest.mark.parametrize("kind", ["trade", "timeline", "profile"])
def test_a_chart_slide_draws_no_english(spoken, kind):
    lang, translated, story = spoken
    view = next(v for v in story.views if v.kind == kind)
    fig = render.figure(translated, view, "1 / 8")
    try:
        texts = _drawn_texts(fig)
    finally:
        plt.close(fig)
    english = catalog_english(lang)
    assert sorted({t for t in texts if t in english}) == []
    # the words the slides add themselves (data such as source titles and statistical bases stay as published)
    made = re.compile(r"\btarget\b|… and \d+ more|\$\d|\d(bn|m)\b|^(Ministerial|Parliamentary|Summit)$")
    assert [t for t in texts if made.search(t)] == []


def test_chart_money_is_short_and_local():
    assert slides.short_money(7.6e9, Translator("tr")) == "7,6\xa0Mr $"
    assert slides.short_money(27e6, Translator("az")) == "27\xa0mln $"
    assert slides.short_money(1.02e9, Translator("ur")) == "1.02\xa0ارب ڈالر"
    assert slides.short_money(7.6e9) == "$7.6bn"


def test_who_took_part_is_named_in_the_language(ds):
    turkish = Translator("tr", localize(ds, "tr").translations["tr"])
    assert participants.group_name(participants.group(["PAK", "AZE", "TUR"]), turkish) == (
        "Azerbaycan · Türkiye · Pakistan"
    )
    assert participants.group_name(participants.group(["AZE", "PAK", "CHN"]), turkish) == "Azerbaycan–Pakistan"
    assert participants.group_name(participants.group(["KAZ"]), turkish) == "Diğer katılımcılar"
    assert participants.group_name(participants.group(["TUR", "PAK"])) == "Türkiye–Pakistan"


def test_the_sources_are_shortened_to_clear_the_caption():
    fig = plt.figure(figsize=(19.2, 10.8), dpi=100)
    try:
        caption = fig.text(0.02, 0.145, "one\ntwo\nthree", fontsize=15, va="top")
        sources = fig.text(0.02, 0.012, "\n".join(["Source, 2025"] * 8), fontsize=10, va="bottom")
        slidetext.keep_apart(fig, caption, sources)
        renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
        assert sources.get_window_extent(renderer).y1 < caption.get_window_extent(renderer).y0
        assert sources.get_text().endswith(" …") and 1 <= sources.get_text().count("\n") < 7
    finally:
        plt.close(fig)
