"""Play on the Atlas through AppTest: Play starts at the range's start, Pause keeps the year in the URL."""

from __future__ import annotations

from corridors import state
from tests.fixtures import corridors_on_map, deck_of, ids_in, opened, run_app, widget


def play_button(at):
    return next(b for b in at.button if b.label in ("Play", "Pause"))


def test_play_starts_from_the_first_year_and_rings_its_events(small_app):
    at = run_app()
    play_button(at).click().run()
    assert not at.exception
    assert at.session_state[state.PLAYING] is True
    assert play_button(at).label == "Pause"
    assert at.caption[0].value.startswith("2006 · 1 corridor · 1 event 2006–2006 (1 in 2006, ringed)")
    assert corridors_on_map(at) == {"oil-line"}
    assert ids_in(deck_of(at), "venues-highlight") == {"ring:Ceyhan"}
    assert at.query_params["y"] == "2006-2006"
    assert any(
        "Map description." in m.value and "1 event in 2006: Oil Line opened (Ceyhan)" in m.value for m in at.markdown
    )


def test_pause_leaves_the_year_in_the_sidebar_and_the_url(small_app):
    at = run_app({"y": "2006-2012"})
    play_button(at).click().run()  # carries on after 2012
    assert at.caption[0].value.startswith("2013 ·")
    at.session_state[state.PLAY_YEAR] = 2019  # as if the timer had stepped six times
    play_button(at).click().run()
    assert at.session_state[state.PLAYING] is False
    assert play_button(at).label == "Play"
    assert widget(at.slider, "Year").value == (2006, 2019)
    assert at.query_params["y"] == "2006-2019"
    assert at.caption[0].value.startswith("2 corridors · 2 events · years 2006–2019.")
    assert ids_in(deck_of(at), "venues-highlight") == set()


def test_the_speed_choice_is_offered_with_normal_chosen(small_app):
    at = run_app()
    speed = widget(at.radio, "Speed")
    assert speed.value == "Normal" and speed.options == [
        "Slow — 2 s a year",
        "Normal — 1 s a year",
        "Fast — 0.5 s a year",
    ]


def test_the_map_is_described_in_words(small_app):
    at = run_app({"l": "corridors"})
    described = next(m.value for m in at.markdown if "Map description." in m.value)
    assert "4 corridors shown: OIL-LINE — oil, operating since 2006;" in described


def test_the_export_panel_makes_the_years_as_a_gif(small_app):
    at = opened(run_app({"y": "2020-2022"}), state.EXPORT_PANEL)
    make = next(b for b in at.button if b.label.startswith("Make the years 2020–2022"))
    make.click().run()
    assert not at.exception
    gif = next(b for b in at.get("download_button") if "GIF" in b.label)
    assert gif.label.startswith("Animation, 3 years (GIF")
