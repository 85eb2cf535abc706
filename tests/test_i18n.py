"""The reader's language: catalogs, numbers, money and dates formatted for the locale, Turkish capitals."""

from __future__ import annotations

import shutil

import pytest

from corridors import i18n
from corridors.i18n import ENGLISH, LANGS, Translator


def test_english_is_the_code_itself():
    assert ENGLISH._("Filters") == "Filters"
    assert ENGLISH.money(1.4e9) == "$1.4bn" and ENGLISH.money(27e6) == "$27.0m"
    assert ENGLISH.date("2025-05-28") == "2025-05-28"  # English keeps the data files' ISO dates
    assert ENGLISH.number(1768) == "1,768" and ENGLISH.km(1768.0) == "1,768 km"


@pytest.mark.parametrize(
    ("lang", "money", "number", "date"),
    [
        ("tr", "1,4 milyar $", "1.768", "28 Mayıs 2025"),
        ("az", "1,4 milyard $", "1.768", "28 may 2025"),
        ("ur", "1.4 ارب ڈالر", "1,768", "28 مئی، 2025"),
    ],
)
def test_money_numbers_and_dates_follow_the_locale(lang, money, number, date):
    tr = Translator(lang)
    assert tr.money(1.4e9) == money
    assert tr.number(1768) == number
    assert tr.date("2025-05-28") == date


def test_partial_dates_and_ranges_read_naturally():
    tr = Translator("tr")
    assert tr.date("2024-02") == "Şubat 2024"
    assert tr.date("2022") == "2022"
    assert tr.date("2021-09-12/2021-09-20") == "12–20 Eylül 2021"
    assert tr.date("2021/2023") == "2021 – 2023"
    assert tr.date("not a date") == "not a date"


def test_money_under_a_million_is_written_out():
    assert Translator("tr").money(500_000) == "500.000 $"


def test_turkish_and_azerbaijani_capitals_keep_the_dot_on_the_i():
    assert Translator("tr").upper("Türkiye") == "TÜRKİYE"
    assert Translator("az").upper("Azərbaycan") == "AZƏRBAYCAN"
    assert ENGLISH.upper("Türkiye") == "TÜRKIYE"


def test_interface_text_comes_from_the_catalogs():
    assert Translator("tr")._("Filters") == "Filtreler"
    assert Translator("az")._("Filters") == "Filtrlər"
    assert Translator("ur")._("Filters") == "فلٹر"
    assert Translator("ur").ngettext("{count} event", "{count} events", 2).format(count=2) == "2 واقعات"


def test_vocabulary_terms_fall_back_to_the_code_spaced():
    tr = Translator("tr", {("mode:oil", "label"): "petrol", ("mode:oil", "description"): "ham petrol"})
    assert tr.term("mode", "oil") == "petrol" and tr.meaning("mode", "oil") == "ham petrol"
    assert tr.term("event_kind", "military_exercise") == "military exercise"
    assert ENGLISH.meaning("mode", "gas") == "natural gas pipeline"


def test_only_urdu_reads_right_to_left():
    assert [lang for lang in LANGS if Translator(lang).rtl] == ["ur"]


def test_links_name_languages_by_code():
    assert i18n.lang_of("az") == "az" and i18n.lang_of("xx") is None and i18n.lang_of(None) is None


def test_a_catalog_without_a_compiled_file_is_compiled_when_loaded(tmp_path, monkeypatch):
    """A checkout run with pip alone (no `make`) or a .po edited since still speaks the language."""
    folder = tmp_path / "tr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(i18n.po_path("tr"), folder / "corridors.po")
    monkeypatch.setattr(i18n, "LOCALE_DIR", tmp_path)
    i18n.catalog.cache_clear()
    try:
        assert not (folder / "corridors.mo").exists()
        assert Translator("tr")._("Filters") == "Filtreler"
    finally:
        i18n.catalog.cache_clear()
