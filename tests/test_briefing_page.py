"""Briefing page through AppTest: stepping, direct links, uploads, and views added from the Atlas."""

from __future__ import annotations

import json
from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.test_pages import elements, open_page

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
PAGE = "pages/5_Briefing.py"


def open_briefing(query: dict[str, str] | None = None) -> AppTest:
    return open_page(PAGE, query)


def button(at: AppTest, label: str):
    return next(b for b in at.button if b.label == label)


def test_first_step_shows_title_position_caption_map_and_sources():
    at = open_briefing()
    assert at.title[0].value == "The partnership on one map"
    assert any("1 / 8" in m.value for m in at.markdown)
    assert any("first met as a trio in Astana" in m.value for m in at.markdown)
    assert any(c.value.startswith("Sources: A News (Anadolu)") for c in at.caption)
    assert len(elements(at, "deck_gl_json_chart")) == 1


def test_next_and_previous_step_through_and_the_url_follows():
    at = open_briefing()
    button(at, "Next ▶").click().run()
    assert at.title[0].value == "Energy corridors" and at.query_params["s"] == "2"
    deck = json.loads(elements(at, "deck_gl_json_chart")[0].proto.json)
    built = next(layer for layer in deck["layers"] if layer["id"] == "corridors-built")
    assert {r["id"] for r in built["data"]} == {"btc", "scp", "tanap", "tap"}
    assert deck["initialViewState"]["zoom"] == 3.55
    button(at, "◀ Previous").click().run()
    assert at.title[0].value == "The partnership on one map" and at.query_params["s"] == "1"
    assert button(at, "◀ Previous").disabled


def test_direct_link_to_a_step():
    at = open_briefing({"b": "default", "s": "7"})
    assert at.title[0].value == "Trade by year against targets"
    assert button(at, "Next ▶").disabled is False


def test_bad_step_in_a_link_gives_a_notice():
    at = open_briefing({"s": "42"})
    assert any(w.value.startswith("Ignored step '42'") for w in at.warning)
    assert at.title[0].value == "The partnership on one map"


def test_presentation_mode_hides_the_chrome_and_can_be_left():
    at = open_briefing({"present": "1"})
    assert any("stSidebar" in m.value for m in at.markdown)
    assert not [b for b in at.get("download_button")]
    button(at, "Exit presentation").click().run()
    assert "present" not in at.query_params


def test_a_view_added_on_the_atlas_opens_in_my_briefing():
    at = AppTest.from_file(APP, default_timeout=60).run()
    next(w for w in at.multiselect if "Corridor" in w.label).set_value(["btk"]).run()
    form_title = next(t for t in at.text_input if t.label == "Title")
    form_title.set_value("BTK only")
    next(t for t in at.text_area if t.label.startswith("Caption")).set_value("Opened 2017.")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("My briefing has 1 view(s)." in c.value for c in at.caption)
    at.switch_page(PAGE).run()
    at.query_params["b"] = "my-briefing"
    at.run()
    assert not at.exception
    assert at.selectbox[0].value == "my-briefing"
    assert at.title[0].value == "BTK only"
    deck = json.loads(elements(at, "deck_gl_json_chart")[0].proto.json)
    built = next(layer for layer in deck["layers"] if layer["id"] == "corridors-built")
    assert {r["id"] for r in built["data"]} == {"btk"}


def test_screen_size_from_the_link_is_kept():
    at = open_briefing({"screen": "720", "s": "2"})
    assert at.radio[0].value == "1280×720"
    assert at.query_params["screen"] == "720"
    at.radio[0].set_value("1920×1080").run()
    assert at.query_params["screen"] == "1080"
