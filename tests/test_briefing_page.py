"""Briefing page through AppTest: stepping, direct links, uploads, and views added from the Atlas."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from streamlit.testing.v1 import AppTest

from tests.test_pages import chart_rows, elements, open_page

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


def test_chart_views_are_drawn_as_charts_and_profiles_with_their_figures():
    at = open_briefing({"s": "7"})
    assert at.title[0].value == "Trade by year against targets"
    chart = elements(at, "vega_lite_chart")[0]
    pairs = {r["pair"] for r in chart_rows(chart)}
    assert pairs == {"AZE–PAK", "AZE–TUR", "TUR–PAK"}
    assert not elements(at, "deck_gl_json_chart")
    at = open_briefing({"s": "3"})
    assert {m.label: m.value for m in at.metric}["Length (published), km"] == "1,850"
    deck = json.loads(elements(at, "deck_gl_json_chart")[0].proto.json)
    drawn = {r["id"] for layer in deck["layers"] if layer["id"].startswith("corridors-") for r in layer["data"]}
    assert drawn == {"tanap"}
    at = open_briefing({"s": "6"})
    timeline = elements(at, "vega_lite_chart")[0]
    assert "lachin-summit-2025" in {r["id"] for r in chart_rows(timeline)}


def test_the_whole_briefing_downloads_as_powerpoint_too():
    at = open_briefing()
    presenter_link = next(b for b in at.get("link_button") if b.proto.label == "Presenter view")
    assert presenter_link.proto.url == "Briefing?b=default&presenter=1"
    labels = [b.label for b in at.get("download_button")]
    assert "PowerPoint deck (16:9, speaker notes included)" in labels and "PNG, 1920×1080" in labels


def test_presenter_view_shows_notes_next_view_and_clock_and_moves_the_shared_position(monkeypatch, tmp_path):
    from corridors import presenter

    monkeypatch.setenv("CORRIDORS_STATE", str(tmp_path))
    at = open_briefing({"presenter": "1", "s": "2"})
    page = " ".join(m.value for m in at.markdown)
    assert "BTC and SCP share the route" in page  # view 2's notes
    assert "TANAP: Azerbaijani gas across Anatolia" in page  # the next view
    assert "Elapsed </span>0:0" in page
    assert presenter.read("default").step == 1
    button(at, "Next ▶").click().run()
    assert at.query_params["s"] == "3" and presenter.read("default").step == 2
    assert "Operated by TANAP" in " ".join(m.value for m in at.markdown)


def test_a_presentation_follows_the_presenter_and_never_shows_notes(monkeypatch, tmp_path):
    from corridors import presenter

    monkeypatch.setenv("CORRIDORS_STATE", str(tmp_path))
    presenter.attend("default", 4)
    at = open_briefing({"present": "1"})
    assert at.title[0].value == "Summits: Astana 2024 to Lachin 2025" and at.query_params["s"] == "5"
    shown = " ".join(m.value for m in at.markdown) + " ".join(c.value for c in at.caption)
    notes = [v["notes"] for v in yaml.safe_load((ROOT / "geodata" / "briefings" / "default.yaml").read_text())["views"]]
    assert all(notes) and not any(note[:40] in shown for note in notes)


def test_a_chart_added_on_the_trade_page_opens_in_my_briefing():
    at = open_page("pages/3_Trade.py", {"y": "2014-2025"})
    next(t for t in at.text_input if t.label == "Title").set_value("Trade 2014–2025")
    next(t for t in at.text_area if t.label.startswith("Speaker notes")).set_value("Say it slowly.")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("Added the trade chart 'Trade 2014–2025'" in s.value for s in at.success)
    at.switch_page(PAGE)
    at.query_params["b"] = "my-briefing"
    at.run()
    assert at.title[0].value == "Trade 2014–2025"
    assert elements(at, "vega_lite_chart")  # drawn as a chart, not a map
    assert "Say it slowly." not in " ".join(m.value for m in at.markdown)
    assert any("save it for the team first" in c.value for c in at.caption)  # another tab would not have it


def test_a_profile_and_a_timeline_can_be_added_from_their_pages():
    at = open_page("pages/1_Corridors.py", {"p": "btk"})
    next(t for t in at.text_input if t.label == "Title").set_value("BTK")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    at.switch_page("pages/2_Events.py").run()
    next(t for t in at.text_input if t.label == "Title").set_value("Events")
    next(b for b in at.button if b.label == "Add to My briefing").click().run()
    assert any("My briefing has 2 view(s)." in c.value for c in at.caption)
    mine = at.session_state["briefing.mine"]
    assert [(v.kind, v.selected is not None) for v in mine.views] == [("profile", True), ("timeline", True)]
    assert mine.views[0].selected == "btk"
