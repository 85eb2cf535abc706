"""The boundary: whatever a user gives the app, an unexpected error is a short message and a logged traceback."""

from __future__ import annotations

import logging

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import StopException
from streamlit.testing.v1 import AppTest

from corridors import briefing, state
from corridors.navigation import APP, BRIEFING
from corridors.safety import boundary
from tests.fixtures import FILES, corridors_on_map, deck_of, run_app


def test_a_block_that_works_shows_nothing():
    shown: list[str] = []
    with boundary("'roads.zip'", shown.append) as outcome:
        value = 41 + 1
    assert value == 42 and not outcome.failed and shown == []


def test_an_unexpected_error_is_one_message_and_a_logged_traceback(caplog):
    shown: list[str] = []
    with caplog.at_level(logging.ERROR, logger="corridors"), boundary("'roads.zip'", shown.append, "Do X.") as outcome:
        {}["missing"]  # noqa: B018 - a bug deep inside a reader
    assert outcome.failed
    (message,) = shown
    assert message == (
        "Something unexpected went wrong while reading 'roads.zip', so nothing has changed. Do X. "
        f"If it keeps happening, give the operator this reference: {outcome.reference}."
    )
    assert "Traceback" not in message and "KeyError" not in message
    (record,) = caplog.records
    assert outcome.reference in record.getMessage() and record.exc_info[0] is KeyError


def test_streamlits_stop_and_rerun_signals_pass_through():
    shown: list[str] = []
    with pytest.raises(StopException), boundary("the link", shown.append):
        raise StopException()
    assert shown == []


# --- the boundary in the app (AppTest, on the small geodata folder) ----------------------------------------------


def upload(at: AppTest, name: str) -> AppTest:
    at.file_uploader(key=state.USER_UPLOAD).upload(name, (FILES / name).read_bytes()).run()
    assert not at.exception, at.exception
    return at


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def user_layers_drawn(at: AppTest) -> list[str]:
    return [layer["id"] for layer in deck_of(at)["layers"] if layer["id"].startswith("user-")]


def test_a_corrupt_archive_is_refused_and_the_other_layers_stay(small_app):
    at = upload(run_app(), "points.csv")
    assert user_layers_drawn(at) == ["user-0"]
    at = upload(at, "zip-version-damaged.zip")
    assert errors(at) == [
        "'zip-version-damaged.zip': The .zip file is damaged or not a zip archive (its headers cannot be read). "
        "Make the zip again (for example with 'Compress' in your file manager) and upload it."
    ]
    assert user_layers_drawn(at) == ["user-0"]
    assert any("points · 1 feature" in m.value for m in at.markdown)
    at.toggle[0].set_value(False).run()  # any later change: the refusal stays while the file is listed
    assert errors(at)[0].startswith("'zip-version-damaged.zip': The .zip file is damaged")


def test_an_unexpected_error_in_the_layer_reader_is_a_message_not_a_traceback(small_app, monkeypatch):
    def broken(name: str, data: bytes):
        raise RuntimeError("a bug the fuzzer has not found yet")

    at = upload(run_app(), "points.csv")
    monkeypatch.setattr("corridors.userlayers.read", broken)
    at = upload(at, "shapefile-ok.zip")
    (message,) = errors(at)
    assert message.startswith(
        "Something unexpected went wrong while reading 'shapefile-ok.zip', so nothing has changed."
    )
    assert "RuntimeError" not in message and user_layers_drawn(at) == ["user-0"]


def test_an_unexpected_error_in_the_briefing_reader_changes_nothing(small_app, monkeypatch):
    parse = briefing.parse

    def broken_for_uploads(text, ds, name="briefing.yaml"):
        return 1 / 0 if name == "mine.yaml" else parse(text, ds, name)

    monkeypatch.setattr("corridors.briefing.parse", broken_for_uploads)
    at = run_app(page=BRIEFING.script)
    title = at.title[0].value
    at.file_uploader(key=state.BRIEFING_UPLOAD).set_value(("mine.yaml", b"id: mine\n", "application/yaml")).run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading 'mine.yaml', so nothing has changed.")
    assert at.title[0].value == title


def test_an_unexpected_error_reading_the_link_shows_the_default_view(small_app, monkeypatch):
    def broken(*args):
        raise ValueError("unforeseen")

    monkeypatch.setattr("corridors.components.sidebar.from_query", broken)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["c"] = "oil-line"
    at.run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading the link")
    assert "The default view is shown instead" in message
    assert corridors_on_map(at) == corridors_on_map(run_app())


def test_an_unexpected_error_loading_the_data_folder_is_a_message(monkeypatch, tiny):
    def broken(root):
        raise OSError("disk went away")

    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    monkeypatch.setattr("corridors.components.dataset.load", broken)
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading the data files")
    assert "Run `corridors validate`" in message
    assert not at.title  # the page stopped before drawing anything


def test_a_broken_basemap_file_is_listed_as_problems_not_a_crash(monkeypatch, tiny):
    (tiny / "countries.geojson").write_text('{"type": "FeatureCollection", "features": [{"geometry": null}]}')
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert errors(at)[0].startswith("The dataset has 1 problem,")
    assert at.code[0].value == "countries.geojson: feature 1: properties: needs text fields name and iso_a3"


def test_a_bundled_briefing_that_breaks_the_reader_is_skipped_with_a_message(small_app, monkeypatch):
    monkeypatch.setattr("corridors.briefing.parse", lambda *a: 1 / 0)
    at = run_app(page=BRIEFING.script)
    assert errors(at) == ["Briefing 'small' was skipped because its file has problems:"]
    assert at.code[0].value.startswith(
        "briefings/small.yaml: -: -: Something unexpected went wrong while reading the briefing file 'small.yaml'"
    )
    assert at.info[0].value.startswith("There is no briefing to show yet")


TINY_BRIEFING = b"""id: mine
title: Mine
views:
- title: The line
  filters: {years: [2010, 2010]}
  camera: {latitude: 40.5, longitude: 49, zoom: 6}
"""


def test_a_data_folder_without_briefings_offers_to_upload_one(monkeypatch, tiny):
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    at = run_app(page=BRIEFING.script)
    assert at.info[0].value.startswith("There is no briefing to show yet") and not at.title
    at.file_uploader(key=state.BRIEFING_UPLOAD).set_value(("mine.yaml", TINY_BRIEFING, "application/yaml")).run()
    assert not at.exception
    assert at.title[0].value == "The line"


def test_a_data_folder_whose_records_all_fall_in_one_year_opens(monkeypatch, tiny):
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))  # everything in the tiny folder is from 2010
    at = run_app()
    assert "Years: every record is from 2010." in [c.value for c in at.sidebar.caption]
    assert corridors_on_map(at) == {"line"}
