"""Every page in Turkish, Azerbaijani and Urdu (AppTest, bundled data): no English interface text is left,
the map's labels are translated, Urdu is right to left, and the language travels with the filters."""

from __future__ import annotations

import re

import pytest
import yaml

from corridors import briefing, navigation, play, state
from corridors.i18n import Translator
from corridors.records import locality
from corridors.shaping import is_shaped, visual
from corridors.translations import localize
from tests.fixtures import catalog_english, deck_of, layer_data, opened, run_app, visible_texts, widget

LANGS = ("tr", "az", "ur")
PAGES = navigation.PAGES


@pytest.fixture(scope="module")
def data_words(ds) -> set[str]:
    """Text that comes from the data in English and may stay so (source titles as published, names, codes)."""
    words: set[str] = set()
    for frame in (ds.corridors.drop(columns="geometry"), ds.events, ds.sources, ds.disagreements, ds.trade):
        for column in frame.columns:
            words |= {str(v) for v in frame[column] if isinstance(v, str)}
    words |= {str(f["properties"]["name"]) for f in ds.countries["features"]}
    for texts in ds.translations.values():
        words |= set(texts.values())
    return words | {locality(word) for word in words}  # map labels name the town of a 'Town (facility)'


#: The panels below a map draw their content once opened: the checks open them to read it.
PANELS = (state.ADD_VIEW_PANEL, state.EXPORT_PANEL)


def _english_left(at, lang: str, where: str) -> None:
    english = catalog_english(lang)
    texts = visible_texts(at)
    equal = sorted({t for t in texts if t in english})
    assert equal == [], f"English left on {where} ({lang}): {equal[:10]}"
    sentences = [m for m in english if len(m.split()) >= 3]
    inside = sorted({m for t in texts for m in sentences if m in t})
    assert inside == [], f"English sentences left on {where} ({lang}): {inside[:5]}"
    assert not at.error and not at.exception


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("page", PAGES, ids=[p.label for p in PAGES])
def test_no_english_interface_text_is_left(page, lang):
    _english_left(opened(run_app({"lang": lang}, page.script), *PANELS), lang, page.label)


@pytest.mark.parametrize("lang", LANGS)
def test_no_english_is_left_on_the_atlas_while_it_plays(lang):
    """Play's controls, step caption, ringed places' legend entry and the map's description."""
    tr = Translator(lang)
    at = run_app({"lang": lang, "y": "2016-2020"})
    next(b for b in at.button if b.label == tr._("Play")).click().run()
    assert at.session_state[state.PLAYING] is True
    assert [b.label for b in at.button if b.label in (tr._("Play"), tr._("Pause"))] == [tr._("Pause")]
    assert at.caption[0].value.startswith("2021 · ")
    assert widget(at.radio, tr._("Speed")).options[1] == play.speed_label("Normal", tr)
    legend = " ".join(m.value for m in at.markdown if "corridors-legend" in m.value)
    assert tr._("ring: events in {year}").format(year=2021) in legend
    assert any(tr._("Map description.") in m.value for m in at.markdown)
    _english_left(at, lang, "the Atlas while it plays")


def _interface(texts: list[str], data_words: set[str]) -> set[str]:
    """Texts that can only be interface text: words, not data, not codes or the language names."""
    keep = set()
    for text in texts:
        if (
            re.sub(r" \(\d[\d.,]*\)$", "", text) in data_words
            or text.startswith("<")
            or not re.search(r"[A-Za-z]{3,}", text)
        ):
            continue
        if re.fullmatch(r"[a-z.]+|[A-Z_]+", text) or text in {"English", "Türkçe", "Azərbaycanca", "اردو"}:
            continue  # file types, layout enums and ISO codes in the protos; the picker's own names
        keep.add(text)
    return keep


@pytest.mark.parametrize("page", PAGES, ids=[p.label for p in PAGES])
def test_nothing_reads_the_same_as_in_english_but_data(page, data_words):
    """Catches text that never reached the catalogs (not marked for translation): it would read the same."""
    same_ok = {"Atlas", "PNG, 1920×1080"}  # the same in Turkish
    english = _interface(visible_texts(opened(run_app({}, page.script), *PANELS)), data_words)
    turkish = _interface(visible_texts(opened(run_app({"lang": "tr"}, page.script), *PANELS)), data_words)
    assert sorted((english & turkish) - same_ok) == []


def test_the_atlas_map_speaks_the_language(ds):
    deck = deck_of(run_app({"lang": "tr"}))
    names = {label["text"].split(" (")[0] for label in layer_data(deck, "labels")}
    assert {"TÜRKİYE", "AZERBAYCAN", "PAKİSTAN", "İran"} <= names
    assert "Bakü" in names and "Baku" not in names
    corridor = next(r for r in layer_data(deck, "corridors-built") if r["id"] == "btk")
    assert (
        corridor["title"] == "Bakü-Tiflis-Kars Demiryolu"
        and "Ayrıntılar ve kaynaklar için tıklayın" in corridor["body"]
    )
    assert "Click" not in deck["tooltip"]["html"]


def test_urdu_map_labels_are_shaped_for_the_text_layer():
    deck = deck_of(run_app({"lang": "ur"}))
    labels = [label["text"] for label in layer_data(deck, "labels")]
    assert visual("پاکستان") in labels and any(visual("باکو") in label for label in labels)
    assert all(is_shaped(label) for label in labels)
    text_layers = [layer for layer in deck["layers"] if layer["@@type"] == "TextLayer"]
    assert all("Noto Naskh Arabic" in layer["fontFamily"] for layer in text_layers)
    assert all(layer["characterSet"] == "auto" for layer in text_layers)  # the presentation forms are in the atlas
    # tooltips are HTML: the browser shapes them, so they stay as written, right to left
    assert deck["tooltip"]["style"]["direction"] == "rtl"
    corridor = next(r for r in layer_data(deck, "corridors-built") if r["id"] == "btc")
    assert corridor["title"] == "باکو–تبلیسی–جیحان تیل پائپ لائن"


def _styles(at) -> str:
    return " ".join(t for t in visible_texts(at) if "<style" in t)


def test_urdu_pages_flip_right_to_left_with_the_naskh_font():
    styles = _styles(run_app({"lang": "ur"}, navigation.TRADE.script))
    assert "direction: rtl" in styles and "Noto Naskh Arabic" in styles
    assert "app/static/fonts/NotoNaskhArabic-Regular.ttf" in styles
    assert "direction: rtl" not in _styles(run_app({"lang": "tr"}, navigation.TRADE.script))


def test_urdu_tables_read_from_the_right_when_they_fit():
    at = run_app({"lang": "ur"}, navigation.EVENTS.script)
    order = list(at.dataframe[-1].proto.column_order)  # all events: six columns
    assert order[-1] == Translator("ur")._("Date") and order[0] == Translator("ur")._("Sources")
    wide = list(run_app({"lang": "ur"}, navigation.CORRIDORS.script).dataframe[0].proto.column_order)
    assert wide[0] == Translator("ur")._("Corridor")  # twelve columns: kept in order, opening on the name


def test_the_language_travels_with_the_filters_across_pages():
    at = run_app({"lang": "az", "m": "rail"})
    links = at.get("page_link")
    assert len(links) >= len(navigation.PAGES) and all("lang=az" in link.proto.query_string for link in links)
    at.switch_page(navigation.EVENTS.script).run()
    assert at.title[0].value == "Hadisələrin xronologiyası"
    assert at.query_params["lang"] == "az" and at.query_params["m"] == "rail"


def test_choosing_a_language_in_the_sidebar_changes_the_page_and_the_link():
    at = run_app()
    picker = widget(at.selectbox, "Language")
    picker.set_value("tr").run()
    assert at.title[0].value == "Koridorlar: Azerbaycan · Türkiye · Pakistan"
    assert at.query_params["lang"] == "tr"
    widget(at.selectbox, "Dil").set_value("en").run()
    assert at.title[0].value.startswith("Corridors") and "lang" not in at.query_params


def test_a_bad_language_in_a_link_gets_a_notice():
    at = run_app({"lang": "fr"})
    assert at.title[0].value.startswith("Corridors")
    assert any("lang=fr" in w.value for w in at.warning)


def test_a_saved_view_remembers_its_language(ds):
    at = opened(run_app({"lang": "tr"}), state.ADD_VIEW_PANEL)
    next(t for t in at.text_input if t.label == "Başlık").set_value("Enerji")
    next(b for b in at.button if b.label == "Brifingime ekle").click().run()
    assert any(b.proto.label == "Brifingimi indir (YAML)" for b in at.get("download_button"))
    view = at.session_state[state.MY_BRIEFING].views[0]
    assert view.filters.lang == "tr"
    assert yaml.safe_load(briefing.dump(at.session_state[state.MY_BRIEFING]))["views"][0]["filters"]["lang"] == "tr"
    link = next(link for link in at.get("page_link") if "b=my-briefing" in link.proto.query_string)
    assert "lang=tr" in link.proto.query_string
    assert localize(ds, "tr").lang == "tr"


def test_briefing_step_links_keep_the_language():
    at = run_app({"lang": "ur", "b": "default"}, navigation.BRIEFING.script)
    steps = [link for link in at.get("page_link") if "s=" in link.proto.query_string]
    assert steps and all("lang=ur" in link.proto.query_string for link in steps)
    assert at.title[0].value == "شراکت داری ایک نقشے پر"


def test_streamlits_own_words_go_to_the_page_in_its_language():
    """The skip link and the uploaders' words, which Streamlit writes itself, and the page's lang attribute."""
    from corridors.components import page_style

    words = page_style.words(Translator("az"))
    assert words["lang"] == "az" and words["texts"]["Skip to main content"] == "Əsas məzmuna keç"
    assert words["texts"]["Upload"] == "Yüklə" and str(words["perFile"]).format(size="200MB") == "hər fayl üçün 200MB"
    assert set(page_style.words()["texts"].items()) == {(text, text) for text in page_style.STREAMLIT_WORDS}
    labels, patterns = words["labels"], words["patterns"]
    assert isinstance(labels, dict) and labels["Collapse sidebar"] == "Yan paneli yığ"
    assert isinstance(patterns, dict) and patterns["^Help for (.+)$"] == "{label} üçün kömək"
