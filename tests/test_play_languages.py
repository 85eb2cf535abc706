"""Play, the map's description, the GIF and the offline player in Turkish, Azerbaijani and Urdu."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from PIL import Image

from corridors import animate, captions, offline, play, scene
from corridors.briefing import SavedView
from corridors.catalog import load
from corridors.describe import describe
from corridors.filters import Choices, apply
from corridors.shaping import is_shaped, visual
from corridors.translations import localize, translator
from tests.fixtures import with_translations


@pytest.fixture(scope="module")
def translated_root(small_root, tmp_path_factory):
    return with_translations(small_root, tmp_path_factory.mktemp("play-languages") / "geodata")


@pytest.fixture(scope="module")
def speaks(translated_root):
    """The small dataset in a language: ``speaks("tr")``."""
    loaded = load(translated_root)
    return lambda lang: localize(loaded, lang)


def _until(ds, year: int, **changes):
    return apply(ds, replace(Choices.of(ds).default(), year_end=year, **changes))


def test_the_map_description_is_turkish_with_turkish_numbers_and_money(speaks):
    turkish = speaks("tr")
    found = describe(apply(turkish, Choices.of(turkish).default()), tr=translator(turkish))
    assert found.startswith("Gösterilen 4 koridor: OIL-LINE — oil, 2006 yılından beri işletmede; GH — doğal gaz")
    assert "RAIL-LINE — rail, 2028 yılı için planlanan (2020 yılında kararlaştırıldı)" in found
    assert "2006–2025: 7 olay 5 yerde, en çok Bakü (2), Laçin (2)." in found
    assert "AZE–TUR 2023 yılında 7,6 milyar $" in found and "1,4 milyar $ (tahmin)" in found
    assert not {"shown", "events", "places", "operating", "estimate"} & set(found.replace(".", " ").split())


def test_the_highlighted_year_is_described_in_azerbaijani(speaks):
    azerbaijani = speaks("az")
    found = describe(_until(azerbaijani, 2021, layers=("events",)), highlight=2021, tr=translator(azerbaijani))
    assert found.endswith("2021 ilində 2 (halqa ilə): Speakers meet; Joint exercise.")


def test_the_urdu_description_has_urdu_punctuation(speaks):
    urdu = speaks("ur")
    found = describe(_until(urdu, 2021), highlight=2021, tr=translator(urdu))
    assert "3 راہداریاں دکھائی گئیں:" in found and "2006 سے چالو؛ " in found and "سب سے زیادہ باکو (2) میں۔" in found
    assert ";" not in found and found.endswith("۔")
    assert "3.9 ارب ڈالر" in found  # Urdu money, in the digits Urdu uses in Pakistan


def test_a_play_step_caption_in_each_language(speaks):
    expected = {
        "tr": "2021 · 3 koridor · 2006–2021 arası 4 olay (2021 yılında 2, halkalı) · "
        "ticaret yayları: her çiftin 2021 yılına kadarki en son rakamı.",
        "az": "2021 · 3 dəhliz · 2006–2021 arası 4 hadisə (2021 ilində 2, halqa ilə) · "
        "ticarət qövsləri: hər cütün 2021 ilinə qədərki ən son rəqəmi.",
        "ur": "2021 · 3 راہداریاں · 2006–2021 میں 4 واقعات (2021 میں 2، دائرے میں) · "
        "تجارتی قوسیں: ہر جوڑے کا 2021 تک کا تازہ ترین عدد۔",
    }
    for lang, caption in expected.items():
        ds = speaks(lang)
        assert captions.play_step(_until(ds, 2021), 2021, translator(ds)) == caption


def test_the_speeds_read_in_the_language_with_its_decimal_comma(speaks):
    labels = [play.speed_label(name, translator(speaks("tr"))) for name in play.SPEEDS]
    assert labels == ["Yavaş — yılda 2 sn", "Orta — yılda 1 sn", "Hızlı — yılda 0,5 sn"]
    assert play.speed_label("Fast") == "Fast — 0.5 s a year"


def test_the_ring_has_a_translated_legend_entry(speaks):
    azerbaijani = speaks("az")
    drawn = scene.build(azerbaijani, _until(azerbaijani, 2021), highlight=2021)
    ring = next(entry for entry in drawn.legend if entry.style == "ring")
    assert (ring.group, ring.label) == ("Başlat", "halqa: 2021 ilindəki hadisələr")


def _frames(page: str) -> dict:
    return json.loads(page.split("const PLAY = ", 1)[1].split(";\n", 1)[0])


def test_the_offline_player_speaks_turkish(speaks):
    turkish = speaks("tr")
    f = replace(Choices.of(turkish).default(), year_start=2018, year_end=2021)
    page = offline.view_html(turkish, SavedView("Yıllar", f))
    assert '<div id="player" role="group" aria-label="Yılları sırayla oynat">' in page
    assert ">Oynat</button>" in page and '<label for="year">Yıl</label>' in page and ">Hızlı — yılda 0,5 sn<" in page
    assert '"pause": "Duraklat"' in page and "Haritanın metin açıklaması" in page and 'aria-label="Lejant"' in page
    assert 'aria-label="Harita. Gösterilen' in page
    last = _frames(page)["frames"][-1]
    assert "2021 yılında 2 (halkalı)" in last["description"] and "halka: 2021 yılındaki olaylar" in last["legend"]
    for english in (">Play<", "Text description of the map", '"Map. ', ">Speed<", "s a year"):
        assert english not in page


def test_the_offline_player_in_urdu_reads_right_to_left_with_shaped_labels(speaks):
    urdu = speaks("ur")
    f = replace(Choices.of(urdu).default(), year_start=2018, year_end=2021)
    page = offline.view_html(urdu, SavedView("سال", f))
    assert '<html lang="ur" dir="rtl">' in page and "#describe { right: auto; left: 12px; }" in page
    assert ">چلائیں</button>" in page and '"pause": "روکیں"' in page
    data = _frames(page)
    labels = [data["pool"]["labels"][i]["text"] for frame in data["frames"] for i in frame["layers"]["labels"]]
    assert visual("باکو (2)") in labels and all(is_shaped(label) for label in labels)


def test_an_urdu_gif_has_urdu_words_and_the_year_on_the_left(speaks):
    urdu = speaks("ur")
    f = replace(Choices.of(urdu).default(), year_start=2020, year_end=2021)
    title = "گیس اور تیل کی پائپ لائنیں، سال بہ سال"
    data = animate.gif(urdu, SavedView(title, f))
    picture = Image.open(io.BytesIO(data))
    assert picture.n_frames == 2
    comment = picture.info["comment"].decode("utf-8")
    assert comment.startswith(f"{title}: ہر سال کا ایک فریم، 2020–2021۔ 2021 میں:") and "one frame" not in comment
    top = picture.convert("L").crop((0, 10, picture.width, 60))  # the year is set left, the title flush right
    ink = [x / picture.width for x in range(0, picture.width, 4) if top.crop((x, 0, x + 4, 50)).getextrema()[0] < 80]
    assert min(ink) < 0.1 and max(ink) > 0.9
    assert not [x for x in ink if 0.15 < x < 0.4]
