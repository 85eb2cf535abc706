"""The Atlas page through AppTest: widgets in, deck and URL out (on the small geodata folder)."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from corridors import state
from corridors.navigation import APP
from tests.fixtures import corridors_on_map, deck_of, ids_in, opened, run_app, widget

ALL = {"oil-line", "gas-line", "rail-line", "airport"}


def test_atlas_runs_and_draws_every_corridor_with_a_legend(small_app):
    at = run_app()
    assert at.title[0].value.startswith("Corridors")
    assert corridors_on_map(at) == ALL
    assert at.caption[0].value.startswith("4 corridors · 7 events · years 2006–2025.")
    legend = " ".join(m.value for m in at.markdown)
    assert "Corridors by mode" in legend and "Trade arcs" in legend and "AZE–TUR 2023: $7.6bn" in legend
    assert any("Natural Earth" in c.value for c in at.caption)


def test_choosing_one_corridor_leaves_it_alone_and_updates_the_url(small_app):
    at = run_app()
    widget(at.multiselect, "Corridor").set_value(["gas-line"]).run()
    assert corridors_on_map(at) == {"gas-line"}
    assert at.query_params["c"] == "gas-line"


def test_year_slider_shows_what_had_opened_by_then(small_app):
    at = run_app()
    widget(at.slider, "Year").set_value((2010, 2010)).run()
    assert corridors_on_map(at) == {"oil-line"}
    assert at.query_params["y"] == "2010-2010"


def test_mode_status_and_country_widgets_filter_the_map(small_app):
    at = run_app()
    widget(at.multiselect, "Mode").set_value(["oil", "gas"]).run()
    assert corridors_on_map(at) == {"oil-line", "gas-line"}
    widget(at.multiselect, "Countries").set_value(["GEO"]).run()
    assert corridors_on_map(at) == {"oil-line"}
    widget(at.multiselect, "Mode").set_value([]).run()
    widget(at.multiselect, "Countries").set_value([]).run()
    widget(at.multiselect, "Status").set_value(["planned"]).run()
    assert corridors_on_map(at) == {"rail-line"}


def test_layer_toggles_empty_their_layers(small_app):
    at = run_app()
    widget(at.toggle, "Trade arcs").set_value(False).run()
    assert ids_in(deck_of(at), "trade-arcs") == set()
    widget(at.toggle, "Venues").set_value(False).run()
    assert ids_in(deck_of(at), "venues") == set()
    assert at.query_params["l"] == "corridors,labels"


def test_a_link_reopens_the_same_view(small_app):
    at = run_app({"c": "oil-line,gas-line", "y": "2015-2020", "l": "corridors,events"})
    assert corridors_on_map(at) == {"oil-line", "gas-line"}
    assert widget(at.multiselect, "Corridor").value == ["oil-line", "gas-line"]
    assert widget(at.slider, "Year").value == (2015, 2020)
    assert ids_in(deck_of(at), "trade-arcs") == set()
    assert not at.warning


@pytest.mark.parametrize(
    ("query", "notice"),
    [
        ({"zoom": "12"}, "Ignored unknown link parameter 'zoom'."),
        ({"y": "yesterday"}, "Ignored link parameter 'y=yesterday'"),
        ({"c": "<script>alert(1)</script>"}, "Ignored unknown value(s) in link parameter 'c'"),
        ({"m": "../../etc/passwd"}, "Ignored unknown value(s) in link parameter 'm': ../../etc/passwd."),
        ({"k": "AZE\x00\x1b[31m"}, "Ignored unknown value(s) in link parameter 'k': AZE??[31m."),
        ({"s": "planned," * 200}, "Ignored link parameter 's': value too long."),
        ({"y": "2010-1999"}, "Ignored link parameter 'y=2010-1999'"),
    ],
)
def test_bad_link_parameters_show_a_notice_not_an_exception(small_app, query, notice):
    at = run_app(query)
    assert any(w.value.startswith(notice) for w in at.warning)
    assert corridors_on_map(at) == ALL


def test_broken_data_shows_an_error_page_listing_the_problems(tiny, monkeypatch):
    (tiny / "events.csv").write_text("")
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    assert not at.exception
    assert "1 problem," in at.error[0].value
    assert "events.csv: -: -: file is empty" in at.code[0].value
    assert not at.get("deck_gl_json_chart")


def test_atlas_offers_exports_of_the_current_view(small_app):
    at = opened(run_app({"c": "gas-line"}), state.EXPORT_PANEL)
    labels = [b.label for b in at.get("download_button")]
    assert labels[:3] == ["PNG, 1920×1080", "Offline HTML map", "Data (zip: CSV + GeoJSON)"]


def test_the_panels_below_the_map_are_drawn_once_opened(small_app):
    """Closed, the export and briefing panels draw nothing, so the browser loads none of their scripts
    before the map's; opened, they stay open across reruns."""
    at = run_app()
    assert {"Add this view to a briefing", "Export this view"} <= {e.label for e in at.expander}
    assert not at.get("download_button") and not at.text_input and not at.text_area
    at = opened(at, state.ADD_VIEW_PANEL)
    assert [t.label for t in at.text_input] == ["Title"] and not at.get("download_button")
    at = opened(at, state.EXPORT_PANEL)
    widget(at.multiselect, "Corridor").set_value(["gas-line"]).run()  # a rerun keeps both open
    assert [t.label for t in at.text_input] == ["Title"] and at.get("download_button")


def test_the_atlas_draws_the_bundled_data(ds):
    at = run_app()
    assert corridors_on_map(at) == set(ds.corridors["id"])
    assert not at.warning and not at.error
