"""Checks across files: unique ids, and every cited source and corridor id exists."""

from __future__ import annotations

import pandas as pd

from corridors.validate.problems import (
    CORRIDORS,
    DISAGREEMENTS,
    EVENTS,
    ROWS_NAMED,
    TRADE,
    Problem,
    Report,
    report_first,
)


def check_unique(file: str, ids: list[str], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            problems.append(Problem(file, value, "id", "duplicate id"))
        seen.add(value)


def _check_table_references(trade: pd.DataFrame, known: set[str], problems: list[Problem]) -> None:
    """Unknown source ids in the trade table, each named for its first few rows."""
    if trade.empty:
        return
    cited = trade["sources"].explode()
    unknown = cited[~cited.isin(known)]
    labels = trade["reporter"] + "-" + trade["partner"] + "-" + trade["year"].astype(str) + "-" + trade["kind"]
    for source_id, group in unknown.groupby(unknown, sort=True):
        rows = group.index.unique()
        named = [labels.iloc[row] for row in rows[:ROWS_NAMED]]
        report_first(TRADE, named, len(rows), "sources", f"unknown source id {source_id!r}", problems)


def check_references(report: Report) -> None:
    known = {s.id for s in report.sources}
    corridor_ids = {c.id for c, _ in report.corridors}
    cited: list[tuple[str, str, list[str]]] = [(CORRIDORS, c.id, c.sources) for c, _ in report.corridors]
    cited += [(EVENTS, e.id, e.sources) for e in report.events]
    cited += [(DISAGREEMENTS, d.id, d.source_a + d.source_b) for d in report.disagreements]
    for file, record, ids in cited:
        for source_id in ids:
            if source_id not in known:
                report.problems.append(Problem(file, record, "sources", f"unknown source id {source_id!r}"))
    _check_table_references(report.trade, known, report.problems)
    for event in report.events:
        for corridor_id in event.corridors:
            if corridor_id not in corridor_ids:
                report.problems.append(Problem(EVENTS, event.id, "corridors", f"unknown corridor id {corridor_id!r}"))
