"""Urdu for renderers that draw glyph by glyph: letters joined, the line in display order."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

from matplotlib.ft2font import FT2Font, LoadFlags  # noqa: E402

from corridors import fonts  # noqa: E402
from corridors.shaping import has_arabic, is_shaped, visual  # noqa: E402

BAKU = "باکو"


def test_urdu_is_shaped_into_presentation_forms_and_reversed_for_display():
    shown = visual(BAKU)
    assert is_shaped(shown) and not is_shaped(BAKU)
    # ب (initial) ا (final) ک (initial) و (final), drawn left to right: و ک ا ب
    assert shown == "\ufeee\ufb90\ufe8e\ufe91"


def test_numbers_and_latin_keep_their_direction_and_brackets_are_mirrored():
    assert visual("باکو (6)").startswith("(6) ")
    assert "BTC" in visual("پائپ لائن (BTC)")
    assert visual("Baku (6), 2006.") == "Baku (6), 2006."  # no Arabic script: unchanged


def test_each_line_is_shaped_on_its_own():
    assert visual(f"{BAKU}\n{BAKU}").split("\n") == [visual(BAKU)] * 2


def test_has_arabic():
    assert has_arabic("اسلام آباد") and not has_arabic("Islamabad")


def test_the_shipped_font_has_every_presentation_form_urdu_uses():
    font = FT2Font(str(fonts.path()))
    charmap = font.get_charmap()
    sample = "راہداریاں: آذربائیجان · ترکیہ · پاکستان، باکو–تبلیسی–جیحان تیل پائپ لائن، ٹرین، ڈالر، گیس، بڑی"
    arabic = [ch for ch in visual(sample) if 0x600 <= ord(ch) <= 0x6FF or 0xFB50 <= ord(ch) <= 0xFEFF]
    missing = [hex(ord(ch)) for ch in arabic if ord(ch) not in charmap]
    assert missing == []


def test_matplotlib_shapes_urdu_itself_the_same_way():
    """Matplotlib 3.11 lays text out with libraqm: the glyphs it draws for the logical text are the glyphs of
    the shaped, display-ordered text (what deck.gl draws), so PNG/PDF slides need no pre-shaping."""
    font = FT2Font(str(fonts.path()))
    font.set_size(20, 72)
    text = "پاکستان ترکیہ آذربائیجان"  # (lam-alef aside: the font ligates it in another, equivalent way)
    drawn = [item.glyph_index for item in font._layout(text, LoadFlags.NO_HINTING, language="ur")]
    charmap = font.get_charmap()
    expected = [charmap[ord(ch)] for ch in visual(text) if ch != " "]
    assert [g for g in drawn if g != charmap[ord(" ")]] == expected
