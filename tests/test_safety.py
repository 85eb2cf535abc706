"""The boundary: whatever a user gives the app, an unexpected error is a short message and a logged traceback."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import StopException
from streamlit.testing.v1 import AppTest

from corridors.safety import boundary
from tests.conftest import write_geodata

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
FILES = ROOT / "tests" / "files"


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


# --- the boundary in the app (AppTest) ----------------------------------------------------------


def atlas() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    return at


def upload(at: AppTest, name: str) -> AppTest:
    at.file_uploader(key="user-upload").upload(name, (FILES / name).read_bytes()).run()
    assert not at.exception, at.exception
    return at


def errors(at: AppTest) -> list[str]:
    return [e.value for e in at.error]


def deck_layer_ids(at: AppTest) -> list[str]:
    import json

    (chart,) = at.get("deck_gl_json_chart")
    return [layer["id"] for layer in json.loads(chart.proto.json)["layers"]]


def test_a_corrupt_archive_is_refused_and_the_other_layers_stay():
    at = upload(atlas(), "points.csv")
    assert "user-0" in deck_layer_ids(at)
    at = upload(at, "zip-version-damaged.zip")
    assert errors(at) == [
        "'zip-version-damaged.zip': The .zip file is damaged or not a zip archive (its headers cannot be read). "
        "Make the zip again (for example with 'Compress' in your file manager) and upload it."
    ]
    assert "user-0" in deck_layer_ids(at) and "user-1" not in deck_layer_ids(at)
    assert any("points · 1 feature(s)" in m.value for m in at.markdown)
    at.toggle[0].set_value(False).run()  # any later change: the refusal stays while the file is listed
    assert errors(at)[0].startswith("'zip-version-damaged.zip': The .zip file is damaged")


def test_an_unexpected_error_in_the_layer_reader_is_a_message_not_a_traceback(monkeypatch):
    def broken(name: str, data: bytes):
        raise RuntimeError("a bug the fuzzer has not found yet")

    at = upload(atlas(), "points.csv")
    monkeypatch.setattr("corridors.userlayers.read", broken)
    at = upload(at, "shapefile-ok.zip")
    (message,) = errors(at)
    assert message.startswith(
        "Something unexpected went wrong while reading 'shapefile-ok.zip', so nothing has changed."
    )
    assert "RuntimeError" not in message and "user-0" in deck_layer_ids(at)


def test_an_unexpected_error_in_the_briefing_reader_changes_nothing(monkeypatch):
    monkeypatch.setattr("corridors.ui.parse_briefing", lambda *a: 1 / 0)
    at = AppTest.from_file(APP, default_timeout=60)
    at.switch_page("pages/5_Briefing.py")
    at.run()
    at.file_uploader(key="briefing-upload").set_value(("mine.yaml", b"id: mine\n", "application/yaml")).run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading 'mine.yaml', so nothing has changed.")
    assert at.title[0].value == "The partnership on one map"


def test_an_unexpected_error_reading_the_link_shows_the_default_view(monkeypatch):
    def broken(*args):
        raise ValueError("unforeseen")

    monkeypatch.setattr("corridors.ui.from_query", broken)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["c"] = "btk"
    at.run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading the link")
    assert "The default view is shown instead" in message
    assert at.title[0].value.startswith("Corridors")


def test_an_unexpected_error_loading_the_data_folder_is_a_message(monkeypatch, tmp_path):
    def broken(root):
        raise OSError("disk went away")

    monkeypatch.setenv("CORRIDORS_GEODATA", str(write_geodata(tmp_path / "geodata")))
    monkeypatch.setattr("corridors.ui.load", broken)
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    (message,) = errors(at)
    assert message.startswith("Something unexpected went wrong while reading the data files")
    assert "Run `corridors validate`" in message
    assert not at.title  # the page stopped before drawing anything


def test_a_broken_basemap_file_is_listed_as_problems_not_a_crash(monkeypatch, tmp_path):
    root = write_geodata(tmp_path / "geodata")
    (root / "countries.geojson").write_text('{"type": "FeatureCollection", "features": [{"geometry": null}]}')
    monkeypatch.setenv("CORRIDORS_GEODATA", str(root))
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception
    assert errors(at)[0].startswith("The dataset has 1 problem(s)")
    assert at.code[0].value == "countries.geojson: feature 1: properties: needs text fields name and iso_a3"
