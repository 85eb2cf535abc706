"""Briefing page through AppTest: stepping, direct links, presentation, and views added from the Atlas."""

from __future__ import annotations

import shutil

import yaml
from streamlit.testing.v1 import AppTest

from corridors import navigation
from tests.fixtures import DEFAULT_BRIEFING, deck_of, elements, ids_in, run_app, widget

PAGE = navigation.BRIEFING.script


def open_briefing(query: dict[str, str] | None = None) -> AppTest:
    return run_app(query, PAGE)


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_first_step_shows_title_position_caption_map_and_sources(small_app):
    at = open_briefing()
    assert at.title[0].value == "Energy lines"
    assert any("1 / 2" in m.value for m in at.markdown)
    assert any("The Oil Line carries 1 million barrels per day." in m.value for m in at.markdown)
    assert any(c.value == "Sources: Pipeline Co. (2020-01-02)" for c in at.caption)
    assert len(elements(at, "deck_gl_json_chart")) == 1
    assert ids_in(deck_of(at), "corridors-built") == {"oil-line", "gas-line"}


def test_next_and_previous_step_through_and_the_url_follows(small_app):
    at = open_briefing()
    button(at, "Next ▶").click().run()
    assert at.title[0].value == "Summits" and at.query_params["s"] == "2"
    deck = deck_of(at)
    assert ids_in(deck, "venues") == {"venue:Astana", "venue:Lachin"}
    assert deck["initialViewState"]["zoom"] == 3.5
    assert button(at, "Next ▶").disabled
    button(at, "◀ Previous").click().run()
    assert at.title[0].value == "Energy lines" and at.query_params["s"] == "1"
    assert button(at, "◀ Previous").disabled


def test_direct_link_to_a_step(small_app):
    at = open_briefing({"b": "small", "s": "2"})
    assert at.title[0].value == "Summits"
    assert button(at, "◀ Previous").disabled is False


def test_bad_step_in_a_link_gives_a_notice(small_app):
    at = open_briefing({"s": "42"})
    assert any(w.value.startswith("Ignored step '42': this briefing has steps 1 to 2.") for w in at.warning)
    assert at.title[0].value == "Energy lines"


def test_presentation_mode_hides_the_chrome_and_can_be_left(small_app):
    at = open_briefing({"present": "1"})
    assert any("stSidebar" in m.value for m in at.markdown)
    assert not list(at.get("download_button"))
    button(at, "Exit presentation").click().run()
    assert "present" not in at.query_params


def test_the_export_panel_offers_the_view_and_the_whole_briefing(small_app):
    labels = [b.label for b in open_briefing().get("download_button")]
    assert labels == [
        "PNG, 1920×1080",
        "Offline HTML map",
        "Data (zip: CSV + GeoJSON)",
        "Briefing pack (PDF, one page per view)",
        "Briefing file (YAML)",
    ]


def test_a_view_added_on_the_atlas_opens_in_my_briefing(small_app):
    at = run_app()
    widget(at.multiselect, "Corridor").set_value(["gas-line"]).run()
    next(t for t in at.text_input if t.label == "Title").set_value("Gas only")
    next(t for t in at.text_area if t.label.startswith("Caption")).set_value("Opened 2018.")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("My briefing has 1 view." in c.value for c in at.caption)
    at.switch_page(PAGE).run()
    at.query_params["b"] = "my-briefing"
    at.run()
    assert not at.exception
    assert widget(at.selectbox, "Briefing").value == "my-briefing"
    assert at.title[0].value == "Gas only"
    assert ids_in(deck_of(at), "corridors-built") == {"gas-line"}


def test_screen_size_from_the_link_is_kept(small_app):
    at = open_briefing({"screen": "720", "s": "2"})
    assert at.radio[0].value == "1280×720"
    assert at.query_params["screen"] == "720"
    at.radio[0].set_value("1920×1080").run()
    assert at.query_params["screen"] == "1080"


def test_a_broken_briefing_file_is_named_and_the_others_still_open(small_root, tmp_path, monkeypatch):
    root = tmp_path / "geodata"
    shutil.copytree(small_root, root)
    (root / "briefings" / "broken.yaml").write_text("views: [")
    monkeypatch.setenv("CORRIDORS_GEODATA", str(root))
    at = open_briefing()
    assert at.error[0].value == "Briefing 'broken' was skipped because its file has problems:"
    assert "not valid YAML" in at.code[0].value
    assert at.title[0].value == "Energy lines"


def test_the_bundled_default_briefing_opens():
    at = open_briefing({"b": "default"})
    first = yaml.safe_load(DEFAULT_BRIEFING.read_text())["views"][0]["title"]
    assert at.title[0].value == first
    assert len(elements(at, "deck_gl_json_chart")) == 1 and not at.error
