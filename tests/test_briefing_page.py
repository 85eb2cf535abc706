"""Briefing page through AppTest: stepping, direct links, presentation, and views added from the Atlas."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from corridors import navigation, state
from tests.fixtures import DEFAULT_BRIEFING, chart_rows, deck_of, elements, ids_in, opened, run_app, widget

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
        "PowerPoint deck (16:9, speaker notes included)",
        "Briefing file (YAML)",
    ]


def test_a_view_added_on_the_atlas_opens_in_my_briefing(small_app):
    at = opened(run_app(), state.ADD_VIEW_PANEL)
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


KINDS = """id: kinds
title: Every kind
views:
- title: Energy lines
  caption: The Oil Line.
  sources: [op]
  notes: Start with the oil.
  filters: {modes: [oil, gas], years: [2006, 2025]}
  camera: {latitude: 39.5, longitude: 40.0, zoom: 4.0}
- title: Trade against the target
  kind: trade
  caption: $7.6bn in 2023 against a $15bn target.
  sources: [stats, news]
  notes: The target is for 2023.
- title: Three tracks
  kind: timeline
  caption: Speakers, then leaders.
  sources: [news]
  notes: Mention Lachin.
  filters: {years: [2021, 2025], event_kinds: [parliamentary, summit]}
- title: The Gas Line
  kind: profile
  caption: 16 bcm a year.
  sources: [op]
  selected: gas-line
"""


@pytest.fixture
def kinds_app(small_root: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app on a copy of the small folder with a briefing of every kind; presenter state in tmp_path."""
    root = tmp_path / "geodata"
    shutil.copytree(small_root, root)
    (root / "briefings" / "kinds.yaml").write_text(KINDS)
    monkeypatch.setenv("CORRIDORS_GEODATA", str(root))
    monkeypatch.setenv("CORRIDORS_STATE", str(tmp_path / "state"))
    return tmp_path / "state"


def test_chart_views_are_drawn_as_charts_and_profiles_with_their_figures(kinds_app):
    at = open_briefing({"b": "kinds", "s": "2"})
    assert at.title[0].value == "Trade against the target"
    assert {r["pair"] for r in chart_rows(elements(at, "vega_lite_chart")[0])} == {"AZE–TUR", "AZE–PAK", "TUR–PAK"}
    assert not elements(at, "deck_gl_json_chart")
    assert any(c.value.startswith("Sources: Statistics Office (2024-02-01); Daily News") for c in at.caption)
    at = open_briefing({"b": "kinds", "s": "3"})
    assert {r["id"] for r in chart_rows(elements(at, "vega_lite_chart")[0])} == {
        "speakers-2021",
        "summit-2024",
        "summit-2025",
    }
    at = open_briefing({"b": "kinds", "s": "4"})
    assert {m.label: m.value for m in at.metric}["Length (published), km"] == "1,250"
    # the corridor's sources are named once, in the slide's line, not listed again beside the figures
    lines = [c.value for c in at.caption if c.value.startswith("Sources:")]
    assert len(lines) == 1 and "Data: " in lines[0]
    assert not [t.value for t in at.text if t.value.startswith("•")]
    assert ids_in(deck_of(at), "corridors-built") == {"gas-line"}
    labels = [b.label for b in at.get("download_button")]
    assert "Data behind it (CSV)" in labels and "Offline HTML map" not in labels


def test_the_presenter_view_link_is_offered_for_shared_briefings(kinds_app):
    at = open_briefing({"b": "kinds"})
    link = next(b for b in at.get("link_button") if b.proto.label == "Presenter view")
    assert link.proto.url == "Briefing?b=kinds&presenter=1"


def test_presenter_view_shows_notes_next_view_and_clock_and_moves_the_shared_position(kinds_app):
    from corridors import presenter

    at = open_briefing({"b": "kinds", "presenter": "1", "s": "2"})
    page = " ".join(m.value for m in at.markdown)
    assert "The target is for 2023." in page and "**Three tracks** · events timeline" in page
    assert "Elapsed </span>0:0" in page
    assert presenter.read("kinds").step == 1
    button(at, "Next ▶").click().run()
    assert at.query_params["s"] == "3" and presenter.read("kinds").step == 2
    assert "Mention Lachin." in " ".join(m.value for m in at.markdown)


def test_a_presentation_follows_the_presenter_and_never_shows_notes(kinds_app):
    from corridors import presenter

    presenter.attend("kinds", 2)
    at = open_briefing({"b": "kinds", "present": "1"})
    assert at.title[0].value == "Three tracks" and at.query_params["s"] == "3"
    shown = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    assert not any(note in shown for note in ("Start with the oil.", "The target is for 2023.", "Mention Lachin."))


def test_a_chart_added_on_the_trade_page_opens_in_my_briefing(small_app):
    at = opened(run_app({"y": "2016-2024"}, navigation.TRADE.script), state.ADD_VIEW_PANEL)
    next(t for t in at.text_input if t.label == "Title").set_value("Trade 2016–2024")
    widget(at.text_area, "Speaker notes").set_value("Say it slowly.")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("Added the trade chart 'Trade 2016–2024'" in s.value for s in at.success)
    at.switch_page(PAGE)
    at.query_params["b"] = "my-briefing"
    at.run()
    assert at.title[0].value == "Trade 2016–2024"
    assert elements(at, "vega_lite_chart")  # drawn as a chart, not a map
    assert "Say it slowly." not in " ".join(m.value for m in at.markdown)
    assert any("save it for the team first" in c.value for c in at.caption)  # another tab would not have it


def test_a_profile_and_a_timeline_can_be_added_from_their_pages(small_app):
    at = opened(run_app({"p": "gas-line"}, navigation.CORRIDORS.script), state.ADD_VIEW_PANEL)
    next(t for t in at.text_input if t.label == "Title").set_value("Gas")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    at = opened(at.switch_page(navigation.EVENTS.script).run(), state.ADD_VIEW_PANEL)
    next(t for t in at.text_input if t.label == "Title").set_value("Events")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("My briefing has 2 views." in c.value for c in at.caption)
    mine = at.session_state[state.MY_BRIEFING]
    assert [v.kind for v in mine.views] == ["profile", "timeline"]
    assert mine.views[0].selected == "gas-line" and mine.views[1].selected is not None
