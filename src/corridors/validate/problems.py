"""What validation finds: problems named by file, record and field, the length report, the parsed records."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd
from shapely.geometry.base import BaseGeometry

from corridors.schema import Corridor, Disagreement, Event, Source, TradeRow

CORRIDORS = "corridors.geojson"
EVENTS = "events.csv"
TRADE = "trade.csv"
SOURCES = "sources.csv"
DISAGREEMENTS = "disagreements.csv"
COUNTRIES = "countries.geojson"
TRANSLATIONS = "translations.csv"

#: Band of the traced length around the published one, beyond which the report flags a corridor: a line traced
#: through its stations runs a little short (curves between them are not drawn), never much long.
LENGTH_BAND = (-0.10, 0.15)
#: Largest data file read (a guard against a wrong file, well above a million-row trade table).
MAX_FILE_BYTES = 250_000_000
#: Rows named for one bad value in a large table; the rest are counted in one more line.
ROWS_NAMED = 5


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    message: str
    #: "error" stops the app; "warning" is reported; "incomplete" (a missing translation) fails
    #: ``corridors validate`` but the app runs, showing English for what is missing.
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}: {self.message}"


@dataclass(frozen=True)
class LengthCheck:
    id: str
    computed_km: float
    published_km: float | None

    @property
    def gap(self) -> float | None:
        if not self.published_km:
            return None
        return (self.computed_km - self.published_km) / self.published_km

    @property
    def flagged(self) -> bool:
        return self.gap is not None and not LENGTH_BAND[0] <= self.gap <= LENGTH_BAND[1]


@dataclass
class Report:
    """Outcome of :func:`validate`: the parsed records and everything wrong with them."""

    problems: list[Problem] = field(default_factory=list)
    lengths: list[LengthCheck] = field(default_factory=list)
    corridors: list[tuple[Corridor, BaseGeometry]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trade: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(TradeRow.model_fields)))
    sources: list[Source] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    countries: dict[str, Any] | None = None
    #: Translations of the data, by language: {(record, field): text} (see :mod:`corridors.translations`).
    translations: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict)
    #: Translations made from an English text that has changed since: (record, field, lang).
    stale_translations: set[tuple[str, str, str]] = field(default_factory=set)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


def report_first(file: str, first: list[str], total: int, where: str, message: str, problems: list[Problem]) -> None:
    """One problem for each of the ``first`` few records named, then one line counting the rest of ``total``."""
    for record in first[:ROWS_NAMED]:
        problems.append(Problem(file, record, where, message))
    if total > ROWS_NAMED:
        problems.append(Problem(file, f"{total - ROWS_NAMED:,} more rows", where, message))


def name_rows(
    file: str, label: Callable[[int], str], rows: np.ndarray, where: str, message: str, problems: list[Problem]
) -> None:
    """Bad rows named by line and ``label(i)``, the first few of them; the rest counted."""
    named = [f"row {row + 2} ({label(row)})" for row in rows[:ROWS_NAMED]]
    report_first(file, named, len(rows), where, message, problems)
