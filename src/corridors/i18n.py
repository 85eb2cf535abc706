"""The reader's language: interface text from gettext catalogs, numbers, dates and money formatted with Babel.

Interface strings are marked in the code with ``tr._("…")`` (or :func:`N_` where they are defined
before a language is known) and translated in ``locale/<lang>/LC_MESSAGES/corridors.po``; the data's
own words (names, titles, vocabularies) come from ``geodata/translations.csv`` as :attr:`Translator.terms`.
English is the source language: its catalog is the code itself.
"""

from __future__ import annotations

import datetime
import gettext
import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from babel.dates import format_date, format_skeleton
from babel.numbers import format_compact_decimal, format_decimal

from corridors import formatting

#: Languages offered, by code, with their names in their own language (the picker's labels).
LANGS: dict[str, str] = {"en": "English", "tr": "Türkçe", "az": "Azərbaycanca", "ur": "اردو"}
DEFAULT = "en"
#: Languages written right to left: the page flips and map labels are shaped.
RTL = frozenset({"ur"})
#: Punctuation that differs from English: comma, semicolon and full stop (Urdu's Arabic-script marks).
PUNCTUATION: dict[str, tuple[str, str, str]] = {"ur": ("،", "؛", "۔")}
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "corridors"


def N_(text: str) -> str:
    """Mark ``text`` for the catalog where it is defined; it is translated where it is shown (``tr._(text)``)."""
    return text


def lang_of(raw: object) -> str | None:
    """A language code from a link or a file ('tr'), or None if it is not one of :data:`LANGS`."""
    return raw if isinstance(raw, str) and raw in LANGS else None


def po_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def catalog(lang: str) -> gettext.NullTranslations:
    """The compiled catalog of ``lang``: the ``.mo`` file if it is newer than the ``.po``, else compiled now.

    ``make`` compiles the catalogs; compiling here too means a checkout run with ``pip install -e .``
    alone, or a ``.po`` edited since, is never shown stale or in English.
    """
    po = po_path(lang)
    if lang == DEFAULT or not po.is_file():
        return gettext.NullTranslations()
    mo = po.with_suffix(".mo")
    if mo.is_file() and mo.stat().st_mtime >= po.stat().st_mtime:
        with mo.open("rb") as handle:
            return gettext.GNUTranslations(handle)
    return gettext.GNUTranslations(io.BytesIO(compile_po(po)))


def compile_po(po: Path) -> bytes:
    """A ``.po`` file compiled to ``.mo`` bytes with Babel (fuzzy entries left out, as msgfmt does)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as handle:
        messages = read_po(handle)
    out = io.BytesIO()
    write_mo(out, messages)
    return out.getvalue()


def _turkic_upper(text: str) -> str:
    """Upper case with the dotted capital İ of Turkish and Azerbaijani ('Türkiye' -> 'TÜRKİYE')."""
    return text.replace("i", "İ").upper()


@dataclass(frozen=True)
class Translator:
    """Everything a function needs to speak the reader's language; ``Translator()`` is English.

    ``terms`` are the data's words by (record, field), e.g. ``("mode:oil", "label")`` (see
    :mod:`corridors.translations`).
    """

    lang: str = DEFAULT
    terms: Mapping[tuple[str, str], str] = field(default_factory=dict, compare=False, repr=False)

    # --- interface text -----------------------------------------------------------------------------------
    def _(self, message: str) -> str:
        return catalog(self.lang).gettext(message)

    def ngettext(self, singular: str, plural: str, count: int) -> str:
        return catalog(self.lang).ngettext(singular, plural, count)

    def pgettext(self, context: str, message: str) -> str:
        return catalog(self.lang).pgettext(context, message)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL

    def listing(self, items: list[str], strong: bool = False) -> str:
        """Items joined with the language's comma ('a, b'), or its semicolon with ``strong`` ('a; b')."""
        comma, semicolon, _ = PUNCTUATION.get(self.lang, (",", ";", "."))
        return f"{semicolon if strong else comma} ".join(items)

    @property
    def stop(self) -> str:
        """The language's full stop ('.', '۔' in Urdu)."""
        return PUNCTUATION.get(self.lang, (",", ";", "."))[2]

    # --- the data's vocabularies ----------------------------------------------------------------------------
    def term(self, vocabulary: str, code: str) -> str:
        """The label of a code of a vocabulary ('mode', 'oil' -> 'petrol'); English: the code, spaced."""
        found = self.terms.get((f"{vocabulary}:{code}", "label"))
        return found or str(code).replace("_", " ")

    def meaning(self, vocabulary: str, code: str) -> str:
        """What a code means ('crude oil or refined-products pipeline'), in the reader's language."""
        from corridors.vocabularies import vocabulary_meaning

        found = self.terms.get((f"{vocabulary}:{code}", "description"))
        return found or vocabulary_meaning(vocabulary, code)

    def place(self, name: str) -> str:
        """A place's name as the data files spell it ('Baku'), in the reader's language ('Bakı')."""
        return self.terms.get((f"place:{name}", "name")) or name

    def labelled(self, vocabulary: str, code: str) -> str:
        """'label (meaning)', as the details panel shows a code."""
        return f"{self.term(vocabulary, code)} ({self.meaning(vocabulary, code)})"

    # --- numbers, money, dates --------------------------------------------------------------------------------
    def number(self, value: Any, digits: int | None = None) -> str:
        """A number with the locale's separators ('1,768' / '1.768'); ``digits`` fixes the decimals."""
        if self.lang == DEFAULT:
            return f"{value:,.{digits}f}" if digits is not None else f"{value:,}"
        if digits is not None:
            return format_decimal(
                round(float(value), digits), format=f"#,##0.{'0' * digits}" if digits else "#,##0", locale=self.lang
            )
        return format_decimal(value, locale=self.lang)

    def quantity(self, value: Any, unit: str = "") -> str:
        """A figure with its unit ('1,768 km'), '—' if missing; text is shown as it is."""
        found = formatting.number(value) if isinstance(value, (int, float)) else value
        if found is None:
            return "—"
        text = self.number(found) if isinstance(found, (int, float)) else str(found)
        return f"{text} {unit}".strip()

    def km(self, value: Any) -> str:
        """A length in kilometres ('1,768 km')."""
        found = formatting.number(value)
        return "—" if found is None else self._("{value} km").format(value=self.number(round(found)))

    def money(self, value: float) -> str:
        """US dollars at a glance: '$1.4bn' in English, '1,4 milyar $' in Turkish."""
        if self.lang == DEFAULT:
            return formatting.money(value)
        if value >= 1e6:
            amount = format_compact_decimal(value, format_type="long", locale=self.lang, fraction_digits=1)
        else:
            amount = format_decimal(round(value), locale=self.lang)
        return self._("${amount}").format(amount=amount)

    def date(self, text: str) -> str:
        """An ISO date, month, year or 'start/end' range in the reader's words ('28 Mayıs 2025').

        English keeps the ISO form the data files use.
        """
        if self.lang == DEFAULT or not text:
            return text
        from corridors.schema import parse_date_range

        start_text, _, end_text = text.partition("/")
        try:
            start, end = parse_date_range(text)
        except ValueError:
            return text
        if not end_text:
            return self._date_part(start_text, start)
        if (
            start_text.count("-") == 2
            and end_text.count("-") == 2
            and (start.year, start.month) == (end.year, end.month)
        ):
            return f"{start.day}–{format_date(end, 'long', locale=self.lang)}"  # '12–20 Eylül 2021'
        return f"{self._date_part(start_text, start)} – {self._date_part(end_text, end)}"

    def _date_part(self, text: str, day: datetime.date) -> str:
        parts = text.strip().count("-")
        if parts == 0:
            return str(day.year)
        if parts == 1:
            return format_skeleton("yMMMM", day, locale=self.lang)
        return format_date(day, "long", locale=self.lang)

    def upper(self, text: str) -> str:
        """Capitals as the language writes them (Turkish and Azerbaijani dotted İ)."""
        return _turkic_upper(text) if self.lang in ("tr", "az") else text.upper()

    # --- drawing -----------------------------------------------------------------------------------------------
    def visual(self, text: str) -> str:
        """Text for renderers that draw characters one by one (deck.gl's TextLayer, matplotlib).

        Arabic-script text (Urdu, or a title typed in it) is shaped, each letter in its joined form, and
        put in display order, so it reads correctly; other text is returned unchanged.
        """
        from corridors.shaping import visual

        return visual(text)


ENGLISH = Translator()
