"""Check a geodata folder and report every problem as ``file: record: field: what is wrong``.

Nothing here raises on bad input: truncated JSON, binary junk, wrong encodings and
missing files all become :class:`Problem` entries, so the CLI and the app can show them.
One module per file or check: :mod:`.corridors`, :mod:`.countries`, :mod:`.readers` (CSV rows), :mod:`.table`
(the trade table), :mod:`.references` (ids across files), :mod:`.lengths` (the length report).
"""

from __future__ import annotations

from pathlib import Path

from corridors.schema import Disagreement, Event, Source, TradeRow
from corridors.validate.corridors import read_corridors
from corridors.validate.countries import read_countries
from corridors.validate.lengths import check_lengths
from corridors.validate.problems import (
    CORRIDORS,
    COUNTRIES,
    DISAGREEMENTS,
    EVENTS,
    LENGTH_BAND,
    MAX_FILE_BYTES,
    ROWS_NAMED,
    SOURCES,
    TRADE,
    TRANSLATIONS,
    LengthCheck,
    Problem,
    Report,
)
from corridors.validate.readers import parse_rows, read_csv_rows, read_json, read_text
from corridors.validate.references import check_references, check_unique
from corridors.validate.table import parse_table
from corridors.validate.translations import check_translations

__all__ = [
    "COUNTRIES",
    "CORRIDORS",
    "DISAGREEMENTS",
    "EVENTS",
    "LENGTH_BAND",
    "MAX_FILE_BYTES",
    "ROWS_NAMED",
    "SOURCES",
    "TRADE",
    "TRANSLATIONS",
    "LengthCheck",
    "Problem",
    "Report",
    "parse_table",
    "read_csv_rows",
    "read_json",
    "read_text",
    "validate",
]


def validate(root: Path) -> Report:
    """Read and check every file of a geodata folder."""
    report = Report()
    root = Path(root)
    if not root.is_dir():
        report.problems.append(Problem(str(root), "-", "-", "folder not found"))
        return report
    read_corridors(root, report)
    columns = {EVENTS: list(Event.model_fields), SOURCES: list(Source.model_fields)}
    columns[DISAGREEMENTS] = list(Disagreement.model_fields)
    report.events = parse_rows(
        EVENTS, read_csv_rows(root / EVENTS, report.problems, columns[EVENTS]), Event, report.problems
    )
    report.trade = parse_table(root / TRADE, TradeRow, report.problems)
    report.sources = parse_rows(
        SOURCES, read_csv_rows(root / SOURCES, report.problems, columns[SOURCES]), Source, report.problems
    )
    report.disagreements = parse_rows(
        DISAGREEMENTS,
        read_csv_rows(root / DISAGREEMENTS, report.problems, columns[DISAGREEMENTS]),
        Disagreement,
        report.problems,
    )
    report.countries = read_countries(root, report.problems)
    for file, records in ((CORRIDORS, report.corridors), (EVENTS, report.events), (TRADE, report.trade)):
        if len(records) == 0 and not any(p.file == file for p in report.problems):
            report.problems.append(Problem(file, "-", "-", "no records: the map needs at least one"))
    check_unique(CORRIDORS, [c.id for c, _ in report.corridors], report.problems)
    check_unique(EVENTS, [e.id for e in report.events], report.problems)
    check_unique(SOURCES, [s.id for s in report.sources], report.problems)
    check_unique(DISAGREEMENTS, [d.id for d in report.disagreements], report.problems)
    check_references(report)
    check_lengths(report)
    check_translations(root, report)
    return report
