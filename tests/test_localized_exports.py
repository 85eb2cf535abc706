"""Exports in the chosen language: PNG slides and PDF pack, offline HTML, data downloads' headers and notes."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from PIL import Image

from corridors import briefing, cli, exports, offline, render
from corridors.catalog import load
from corridors.translations import localize
from tests.fixtures import GEODATA, with_translations


@pytest.fixture(scope="module")
def default_ur(ds):
    """The bundled data and default briefing in Urdu."""
    urdu = localize(ds, "ur")
    found, _ = briefing.available(GEODATA, urdu)
    return urdu, found["default"]


def test_urdu_slide_is_drawn_with_the_translated_title_and_caption(default_ur, tmp_path):
    urdu, story = default_ur
    assert story.views[0].title == "شراکت داری ایک نقشے پر"
    data = render.png(urdu, story.views[0], "1 / 7")
    image = Image.open(io.BytesIO(data))
    assert image.size == (1920, 1080)
    (tmp_path / "ur.png").write_bytes(data)
    # the title is set flush right: ink in the top band sits on the right half only
    band = image.convert("L").crop((0, 20, 1920, 80))
    ink = [x for x in range(0, 1920, 4) if band.crop((x, 0, x + 4, 60)).getextrema()[0] < 100]
    assert ink and min(ink) > 700 and max(ink) > 1800


def test_urdu_pdf_pack_has_every_view(default_ur):
    urdu, story = default_ur
    data = render.pdf(urdu, story)
    assert data.startswith(b"%PDF") and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= len(story.views)
    assert b"NotoNaskhArabic" in data  # the Naskh font is embedded


def test_offline_html_reads_right_to_left_with_its_font_inlined(default_ur):
    urdu, story = default_ur
    page = offline.view_html(urdu, story.views[1])
    assert '<html lang="ur" dir="rtl">' in page
    assert "data:font/ttf;base64," in page and "http://" not in page.split("<script>")[0]
    assert story.views[1].title in page and "ملکی سرحدیں" in page


def test_turkish_offline_html_is_left_to_right_without_the_urdu_font(ds):
    found, _ = briefing.available(GEODATA, localize(ds, "tr"))
    page = offline.view_html(localize(ds, "tr"), found["default"].views[0])
    assert '<html lang="tr" dir="ltr">' in page and "data:font/ttf" not in page
    assert "Ülke sınırları: Natural Earth" in page


def test_data_downloads_have_translated_headers_and_notes(small_root, tmp_path):
    turkish = localize(load(with_translations(small_root, tmp_path / "geodata")), "tr")
    data = exports.bundle(turkish, turkish.corridors, turkish.events, turkish.trade)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("corridors.csv").decode())))
        licence = zf.read("LICENCE.txt").decode()
        geojson = zf.read("corridors.geojson").decode()
    assert {"kimlik", "ad", "kısa ad", "uzunluk (km)"} <= set(rows[0])
    assert "Gaz Hattı" in {r["ad"] for r in rows}
    assert licence.startswith("Corridors veri seti dışa aktarımı.") and "çevrilmiştir" in licence
    assert '"name": "Gaz Hattı"' in geojson  # GeoJSON keeps the data files' property names


def test_english_downloads_keep_the_data_files_columns(small):
    assert exports.to_csv(small.corridors).splitlines()[0].startswith("id,name,short_name,")
    assert exports.licence() == exports.LICENCE


def test_the_command_line_exports_in_a_language(tmp_path):
    assert cli.main(["export", "--format", "png", "--lang", "ur", "--out", str(tmp_path)]) == 0
    slides = sorted(tmp_path.glob("default-*.png"))
    assert slides and Image.open(slides[0]).size == (1920, 1080)
