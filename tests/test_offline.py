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


def test_a_view_of_several_years_plays_in_the_page(small):
    import json

    f = replace(Choices.of(small).default(), year_start=2018, year_end=2021)
    page = offline.view_html(small, SavedView("Years", f))
    assert 'id="play"' in page and 'type="range"' in page and 'max="3"' in page and "updateDeck" in page
    data = json.loads(page.split("const PLAY = ", 1)[1].split(";\n", 1)[0])
    assert [frame["year"] for frame in data["frames"]] == [2018, 2019, 2020, 2021]
    rings = data["frames"][3]["layers"]["venues-highlight"]
    assert [data["pool"]["venues-highlight"][i]["place"] for i in rings] == ["Baku"]
    assert "2 in 2021 (ringed): Speakers meet; Joint exercise." in data["frames"][3]["description"]
    assert "ring: events in 2021" in data["frames"][3]["legend"]


def test_the_frames_hold_what_the_deck_draws(small):
    drawn = scene.build(small, apply(small, Choices.of(small).default()), highlight=2025)
    spec = offline.portable_spec(offline.decks.of(drawn))
    by_id = {layer["id"]: layer["data"] for layer in spec["layers"]}
    for layer_id, records in offline.layer_data(drawn).items():
        assert by_id[layer_id] == records, layer_id


def test_a_single_year_view_has_no_player_but_says_what_the_map_shows(small):
    f = replace(Choices.of(small).default(), year_start=2006, year_end=2006, layers=("corridors",))
    page = offline.view_html(small, SavedView("One year", f))
    assert 'id="play"' not in page and "const PLAY = null;" in page
    assert 'role="img" aria-label="Map. 1 corridor shown: OIL-LINE — oil, operating since 2006."' in page
    assert "<figcaption" in page and "Text description of the map" in page
