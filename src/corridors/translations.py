"""The data in the reader's language: a dataset's names, titles and summaries from geodata/translations.csv.

:func:`localize` returns the dataset with its text columns translated (English where a translation
is missing), so every table, map and export built from it speaks that language; :func:`translator`
gives the matching :class:`corridors.i18n.Translator` for interface text and vocabularies.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd

from corridors.catalog import Dataset
from corridors.i18n import Translator
from corridors.validate import Report, validate
from corridors.validate.translations import (
    CORRIDOR_FIELDS,
    EVENT_FIELDS,
    TARGETS,
    country_record,
    english_hash,
    english_texts,
)

Texts = dict[tuple[str, str], str]


def _column(frame: pd.DataFrame, file: str, name: str, texts: Texts) -> list[str]:
    return [texts.get((f"{file}:{i}", name)) or v for i, v in zip(frame["id"], frame[name], strict=True)]


def localize(ds: Dataset, lang: str) -> Dataset:
    """``ds`` with its corridors', events', places' and countries' text in ``lang`` (English if missing)."""
    if lang == ds.lang:
        return ds
    texts = ds.translations.get(lang, {})
    corridors = ds.corridors.copy()
    for name in CORRIDOR_FIELDS:
        corridors[name] = _column(corridors, "corridors.geojson", name, texts)
    events = ds.events.copy()
    for name in EVENT_FIELDS:
        events[name] = _column(events, "events.csv", name, texts)
    events["place"] = [texts.get((f"place:{p}", "name")) or p for p in events["place"]]
    countries = {
        **ds.countries,
        "features": [
            {
                **f,
                "properties": {
                    **f["properties"],
                    "name": texts.get((country_record(f["properties"]), "name")) or f["properties"]["name"],
                },
            }
            for f in ds.countries.get("features", [])
        ],
    }
    return replace(ds, corridors=corridors, events=events, countries=countries, lang=lang)


def translator(ds: Dataset) -> Translator:
    """Interface text and the data's vocabularies in the dataset's language."""
    return Translator(ds.lang, ds.translations.get(ds.lang, {}))


def place(ds: Dataset, name: str) -> str:
    """A place's name (as the data files spell it) in the dataset's language."""
    return ds.translations.get(ds.lang, {}).get((f"place:{name}", "name")) or name


def missing(root: Path, report: Report | None = None) -> list[tuple[str, str, str, str, str]]:
    """Every (record, field, lang, English, English hash) with no translation, or one of an older English text."""
    report = report or validate(root)
    return [
        (record, name, lang, english, english_hash(english))
        for (record, name), english in english_texts(report, root).items()
        for lang in TARGETS
        if (record, name) not in report.translations.get(lang, {}) or (record, name, lang) in report.stale_translations
    ]
