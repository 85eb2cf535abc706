"""Every interface string is in every catalog, translated, with the same placeholders."""

from __future__ import annotations

import ast
import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from corridors.i18n import LANGS, po_path
from tests.fixtures import ROOT

PLACEHOLDER = re.compile(r"{(\w*)}")
TARGETS = [lang for lang in LANGS if lang != "en"]


def extracted() -> set[str | tuple[str, str]]:
    """The msgids the code marks now (the same extraction as `make messages`)."""
    found: set[str | tuple[str, str]] = set()
    for folder in ("pages", "src/corridors"):
        for _, _, message, _, _ in extract_from_dir(ROOT / folder, method_map=[("**.py", "python")]):
            found.add(message if isinstance(message, str) else tuple(message[:2]))
    for _, _, message, _, _ in extract_from_dir(ROOT, method_map=[("app.py", "python")]):
        found.add(message if isinstance(message, str) else tuple(message[:2]))
    return found


@pytest.fixture(scope="module")
def marked() -> set[str | tuple[str, str]]:
    return extracted()


@pytest.mark.parametrize("lang", TARGETS)
def test_every_marked_string_is_translated(marked, lang):
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle)
    translated = {}
    for message in catalog:
        if (
            message.id
            and not message.fuzzy
            and all(message.string if isinstance(message.string, tuple) else [message.string])
        ):
            translated[message.id if isinstance(message.id, str) else tuple(message.id)] = message.string
    missing = sorted(str(m) for m in marked if m not in translated)
    assert missing == [], f"{lang}: untranslated (run `make messages` and translate): {missing[:10]}"


@pytest.mark.parametrize("lang", TARGETS)
def test_translations_keep_the_placeholders(lang):
    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle)
    for message in catalog:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(PLACEHOLDER.findall(ids[-1]))
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, (lang, message.id, text)


def _marked_in_f_strings(source: str) -> list[int]:
    """Lines where a ``tr._``/``ngettext``/``pgettext`` call sits inside an f-string's braces."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Call)
                    and isinstance(inner.func, ast.Attribute)
                    and inner.func.attr in ("_", "ngettext", "pgettext")
                ):
                    lines.append(inner.lineno)
    return lines


def test_no_string_is_marked_inside_an_f_string():
    """Extraction cannot see a call inside an f-string: ``f"**{tr._('x')}**"`` would stay English."""
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in [ROOT / "app.py", *(ROOT / "pages").glob("*.py"), *(ROOT / "src").rglob("*.py")]
        for number in _marked_in_f_strings(path.read_text())
    ]
    assert offenders == []


def test_the_f_string_check_sees_a_call_anywhere_in_the_braces():
    assert _marked_in_f_strings("""x = f'<b title="{html.escape(tr._("Year"))}">'""") == [1]
    assert _marked_in_f_strings("""y = tr._("Year") + f"{n}" """) == []
