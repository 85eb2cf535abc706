"""The offline HTML map: data and deck.gl inlined, nothing fetched, dashes drawn as segments, the same legend."""

from __future__ import annotations

import re
from dataclasses import replace

from corridors import legend, offline, scene
from corridors.briefing import SavedView
from corridors.filters import Choices, apply


def test_offline_html_holds_the_data_and_no_external_script_or_style(small):
    drawn = scene.build(small, apply(small, Choices.of(small).default()))
    page = offline.page(drawn, "<img src=x onerror=alert(1)>", "caption & more", "src")
    assert "Oil Line (Baku–Ceyhan)" in page and "createDeck" in page
    markup = re.sub(r"(?s)<script>.*?</script>", "<script></script>", page)  # tags only, not inlined code
    assert not re.search(r"<script[^>]*\ssrc=", markup)
    assert not re.search(r"<link[^>]*>", markup)
    assert not re.search(r"<[^>]+\s(?:src|href)=|@import|url\(", markup)
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<img src=x" not in page
    assert "PathStyleExtension" not in page.split("createDeck({", 1)[1]  # dashes drawn as segments


def test_the_page_shows_the_same_legend_as_the_app(small):
    drawn = scene.build(small, apply(small, Choices.of(small).default()))
    page = offline.page(drawn, "t")
    assert legend.html(drawn.legend) in page
    assert "border-radius:50%" in page and "border-radius:14px 14px 0 0" in page  # dots and arcs, not lines


def test_a_saved_view_becomes_a_page_with_its_title_caption_and_sources(small):
    f = replace(Choices.of(small).default(), modes=("gas",), layers=("corridors",))
    page = offline.view_html(small, SavedView("Gas only", f, caption="One line.", sources=("op",)))
    assert "<title>Gas only</title>" in page and "One line." in page and "Pipeline Co. (2020-01-02)" in page
    assert "Gas Line" in page and "Oil Line" not in page


def test_dashes_cover_the_path_with_gaps():
    pieces = offline.geometric_dashes([[0.0, 0.0], [2.0, 0.0]], dash=0.4, gap=0.25)
    assert pieces[0] == [[0.0, 0.0], [0.4, 0.0]]
    assert pieces[1][0] == [0.65, 0.0]
    assert all(0 <= x <= 2 for piece in pieces for x, _ in piece)
    assert len(pieces) == 4
