"""The schema's controlled vocabularies by name, as the translations file and the interface refer to them.

Each code has an English label (the code, spaced) and, where the schema gives one, a meaning; their
translations are rows of ``geodata/translations.csv`` (record ``mode:oil``, fields ``label`` and
``description``).
"""

from __future__ import annotations

from corridors.schema import EVENT_KINDS, GEOMETRY_QUALITIES, MODES, SOURCE_TYPES, STATUSES, TRADE_KINDS

#: Vocabulary name -> {code: English meaning ('' where the schema gives none)}.
VOCABULARIES: dict[str, dict[str, str]] = {
    "mode": MODES,
    "status": STATUSES,
    "event_kind": EVENT_KINDS,
    "trade_kind": TRADE_KINDS,
    "flow": {
        "total": "both directions together",
        "exports": "exports of the reporter",
        "imports": "imports of the reporter",
    },
    "geometry": GEOMETRY_QUALITIES,
    "source_type": dict.fromkeys(SOURCE_TYPES, ""),
    "claim": {"shown": "the figure the app shows", "alternative": "a competing figure kept for the record"},
}


def vocabulary_meaning(vocabulary: str, code: str) -> str:
    """The English meaning of a code ('' if the schema gives none)."""
    return VOCABULARIES.get(vocabulary, {}).get(code, "")


def english_terms() -> dict[tuple[str, str], str]:
    """Every vocabulary text to translate, by (record, field): labels and the meanings the schema gives."""
    out: dict[tuple[str, str], str] = {}
    for name, codes in VOCABULARIES.items():
        for code, meaning in codes.items():
            out[(f"{name}:{code}", "label")] = code.replace("_", " ")
            if meaning:
                out[(f"{name}:{code}", "description")] = meaning
    return out
