"""translations.csv: the data's words in every language, complete for every record, field and language.

Rows are ``record,field,lang,text,english_hash`` (the hash of the English translated, so a correction of
the English asks for a new translation). Records are named by file and id (``corridors.geojson:btc``,
``events.csv:lachin-summit-2025``; a briefing view by its title: ``briefings/default.yaml:Energy corridors``),
or by kind for shared words (``place:Baku``, ``country:AZE``, ``mode:oil``). English lives in the data files.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import yaml

from corridors.validate.problems import TRANSLATIONS, Problem, Report
from corridors.validate.readers import read_csv_rows
from corridors.vocabularies import english_terms

COLUMNS = ["record", "field", "lang", "text", "english_hash"]
#: Languages the data is translated into (English is the data files), with their names for messages.
TARGETS = {"tr": "Turkish", "az": "Azerbaijani", "ur": "Urdu"}
#: Fields translated, per kind of record.
CORRIDOR_FIELDS = ("name", "short_name", "description", "capacity_unit")
EVENT_FIELDS = ("title", "summary", "figure_unit")
#: Places named on the map besides event venues: the capitals the trade arcs join (catalog.CAPITALS).
CAPITAL_PLACES = ("Baku", "Ankara", "Islamabad")


def _briefings(root: Path) -> dict[tuple[str, str], str]:
    """Titles and captions of the bundled briefings (best effort: a broken file is reported elsewhere)."""
    out: dict[tuple[str, str], str] = {}
    folder = root / "briefings"
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(data, dict):
            continue
        name = f"briefings/{path.name}"
        if isinstance(data.get("title"), str):
            out[(name, "title")] = data["title"]
        for view in data.get("views") or []:
            if not isinstance(view, dict) or not isinstance(view.get("title"), str):
                continue
            for key in ("title", "caption", "notes"):
                if isinstance(view.get(key), str) and view[key].strip():
                    out[(view_record(name, view["title"]), key)] = view[key]
    return out


def view_record(file: str, title: str) -> str:
    """A briefing view's record, named by its English title (a retitled view asks for a new translation)."""
    return f"{file}:{title.strip()}"


def english_texts(report: Report, root: Path) -> dict[tuple[str, str], str]:
    """Every text of the data that needs a translation, by (record, field), with its English."""
    out: dict[tuple[str, str], str] = {}
    for corridor, _ in report.corridors:
        for name in CORRIDOR_FIELDS:
            if getattr(corridor, name):
                out[(f"corridors.geojson:{corridor.id}", name)] = getattr(corridor, name)
    places = set(CAPITAL_PLACES)
    for event in report.events:
        for name in EVENT_FIELDS:
            if getattr(event, name):
                out[(f"events.csv:{event.id}", name)] = getattr(event, name)
        places.add(event.place)
    for place in sorted(places):
        out[(f"place:{place}", "name")] = place
    for feature in (report.countries or {}).get("features", []):
        props = feature.get("properties") or {}
        if props.get("iso_a3") and props.get("name"):
            out[(country_record(props), "name")] = props["name"]
    out.update(english_terms())
    out.update(_briefings(root))
    return out


def english_hash(text: str) -> str:
    """The fingerprint of the English a translation was made from: a changed English text asks for a new one."""
    return hashlib.sha1(text.strip().encode("utf-8")).hexdigest()[:8]


def country_record(props: dict) -> str:
    """A country's record: ``country:AZE`` (Natural Earth's '-99' codes are named by the country's name)."""
    iso = str(props.get("iso_a3"))
    return f"country:{iso}" if iso != "-99" else f"country:{props.get('name')}"


def check_translations(root: Path, report: Report) -> None:
    """Read translations.csv into ``report.translations`` and name every missing, unknown or doubled row."""
    path = root / TRANSLATIONS
    if not path.is_file():  # a folder without translations is shown in English in every language
        return
    rows = read_csv_rows(path, report.problems, COLUMNS)
    found: dict[str, dict[tuple[str, str], str]] = {lang: {} for lang in TARGETS}
    needed = english_texts(report, root)
    stale: set[tuple[str, str, str]] = set()
    for label, row in rows:
        record, name, lang, text, made_from = (row[c].strip() for c in COLUMNS)
        if lang not in TARGETS:
            report.problems.append(
                Problem(TRANSLATIONS, label, "lang", f"unknown language {lang!r} (expected {', '.join(TARGETS)})")
            )
        elif not text:
            report.problems.append(Problem(TRANSLATIONS, label, "text", "empty translation"))
        elif (record, name) in found[lang]:
            report.problems.append(
                Problem(TRANSLATIONS, label, "record", f"{record} {name} ({lang}) is translated twice")
            )
        else:
            found[lang][(record, name)] = text
            if (record, name) in needed and made_from and made_from != english_hash(needed[(record, name)]):
                stale.add((record, name, lang))
            if (record, name) not in needed:
                report.problems.append(
                    Problem(
                        TRANSLATIONS,
                        label,
                        name,
                        f"{record} has no field {name!r} to translate (renamed or removed?)",
                        "warning",
                    )
                )
    for (record, name), english in needed.items():
        for lang, language in TARGETS.items():
            if (record, name, lang) in stale:
                message = f"the {language} ({lang}) translation is of an older English text: now {english[:60]!r}"
                report.problems.append(Problem(TRANSLATIONS, record, name, message, "incomplete"))
            elif (record, name) not in found[lang]:
                report.problems.append(
                    Problem(
                        TRANSLATIONS,
                        record,
                        name,
                        f"no {language} ({lang}) translation of {english[:60]!r}",
                        "incomplete",
                    )
                )
    report.translations = found
    report.stale_translations = stale
