"""The data in four languages: translations.csv checked for completeness, and the dataset shown in a language."""

from __future__ import annotations

import csv
import io

import pytest

from corridors import briefing, cli
from corridors.catalog import load
from corridors.translations import localize, missing, translator
from corridors.validate import validate
from corridors.validate.translations import english_hash
from tests.fixtures import GEODATA, with_translations


@pytest.fixture
def translated(small_root, tmp_path):
    return with_translations(small_root, tmp_path / "geodata")


def test_a_missing_translation_names_file_record_field_and_language(translated):
    report = validate(translated)
    assert report.ok  # the app still runs: what is missing is shown in English
    lines = {str(p) for p in report.problems if p.severity == "incomplete"}
    assert "translations.csv: corridors.geojson:gas-line: short_name: no Urdu (ur) translation of 'GAS-LINE'" in lines
    assert not any(line.startswith("translations.csv: corridors.geojson:gas-line: name:") for line in lines)


def test_every_field_the_issue_names_is_asked_for(translated):
    asked = {(p.record.split(":")[0], p.field) for p in validate(translated).problems if p.severity == "incomplete"}
    for wanted in [
        ("corridors.geojson", "name"),
        ("corridors.geojson", "short_name"),
        ("corridors.geojson", "description"),
        ("events.csv", "title"),
        ("events.csv", "summary"),
        ("place", "name"),
        ("country", "name"),
        ("mode", "label"),
        ("status", "label"),
        ("event_kind", "label"),
        ("briefings/small.yaml", "caption"),
    ]:
        assert wanted in asked, wanted


def test_bad_rows_are_named(translated):
    text = (translated / "translations.csv").read_text()
    rows = "".join(
        ["place:Baku,name,xx,Baku,\n", "place:Baku,name,tr,Bakı,\n", "place:Nowhere,name,tr,Hiçbir yer,\n"]
        + ["place:Ankara,name,az,,\n"]
    )
    (translated / "translations.csv").write_text(text + rows)
    problems = {(p.severity, p.message) for p in validate(translated).problems if p.file == "translations.csv"}
    assert ("error", "unknown language 'xx' (expected tr, az, ur)") in problems
    assert ("error", "place:Baku name (tr) is translated twice") in problems
    assert ("error", "empty translation") in problems
    assert ("warning", "place:Nowhere has no field 'name' to translate (renamed or removed?)") in problems


def test_a_translation_of_an_english_text_since_corrected_is_asked_for_again(translated):
    text = (translated / "translations.csv").read_text()
    old, new = english_hash("Gas Line (old name)"), english_hash("Gas Line")
    (translated / "translations.csv").write_text(
        text.replace(
            "corridors.geojson:gas-line,name,tr,Gaz Hattı,", f"corridors.geojson:gas-line,name,tr,Gaz Hattı,{old}"
        ).replace(
            "corridors.geojson:gas-line,name,az,Qaz Xətti,", f"corridors.geojson:gas-line,name,az,Qaz Xətti,{new}"
        )
    )
    report = validate(translated)
    lines = {str(p) for p in report.problems if p.severity == "incomplete" and p.record == "corridors.geojson:gas-line"}
    assert (
        "translations.csv: corridors.geojson:gas-line: name: the Turkish (tr) translation is of an older English "
        "text: now 'Gas Line'" in lines
    )
    assert not any("Azerbaijani (az)" in line and ": name:" in line for line in lines)
    assert ("corridors.geojson:gas-line", "name", "tr", "Gas Line", new) in missing(translated, report)


def test_a_folder_without_translations_is_english_and_valid(small_root):
    assert validate(small_root).problems == []


def test_the_dataset_in_a_language_keeps_ids_and_codes(translated):
    ds = load(translated)
    tr = localize(ds, "tr")
    row = tr.corridors.set_index("id").loc["gas-line"]
    assert (row["name"], row["short_name"], row["capacity_unit"], row["mode"]) == (
        "Gaz Hattı",
        "GH",
        "milyar m³/yıl",
        "gas",
    )
    assert tr.corridors.set_index("id").loc["oil-line", "name"] == "Oil Line (Baku–Ceyhan)"  # no translation: English
    assert set(tr.events["place"]) >= {"Bakü", "Laçin"} and "Baku" not in set(tr.events["place"])
    names = {f["properties"]["iso_a3"]: f["properties"]["name"] for f in tr.countries["features"]}
    assert names["TUR"] == "Türkiye" and names["GEO"] == "Georgia"
    assert ds.corridors.set_index("id").loc["gas-line", "name"] == "Gas Line"  # the loaded dataset is untouched
    assert localize(ds, "en") is ds


def test_the_translator_carries_the_vocabularies(translated):
    tr = translator(localize(load(translated), "tr"))
    assert tr.term("mode", "gas") == "doğal gaz" and tr.meaning("mode", "gas") == "doğal gaz boru hattı"
    assert tr.place("Baku") == "Bakü" and tr.place("Ankara") == "Ankara"


def test_bundled_briefings_are_shown_in_the_language(translated):
    ds = localize(load(translated), "tr")
    found, _ = briefing.available(translated, ds)
    small = found["small"]
    assert small.title == "Küçük hikâye"
    assert (small.views[0].title, small.views[0].caption) == (
        "Enerji hatları",
        "Petrol Hattı günde 1 milyon varil taşır.",
    )
    assert small.views[1].title == "Summits"  # untranslated view: English


def test_missing_lists_what_to_translate(translated, capsys):
    rows = missing(translated)
    assert ("corridors.geojson:gas-line", "short_name", "ur", "GAS-LINE", english_hash("GAS-LINE")) in rows
    assert cli.main(["translations", "--missing", "--lang", "az", str(translated)]) == 1
    listed = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert {r["lang"] for r in listed} == {"az"} and {"record", "field", "lang", "english"} <= set(listed[0])


def test_validate_fails_while_a_translation_is_missing(translated, capsys):
    assert cli.main(["validate", str(translated)]) == 1
    assert "missing translation: translations.csv: corridors.geojson:gas-line: short_name" in capsys.readouterr().out


def test_the_bundled_data_is_translated_completely():
    report = validate(GEODATA)
    assert [str(p) for p in report.problems if p.severity in ("error", "incomplete")] == []
    assert set(report.translations) == {"tr", "az", "ur"}
