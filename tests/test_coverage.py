"""The coverage report: a gap in the record is seen before a briefing finds it."""

from __future__ import annotations

import pandas as pd

from corridors.coverage import coverage, dated_to_day, format_coverage
from corridors.schema import Event


def event(id: str, date: str, kind: str = "summit") -> Event:
    return Event(
        id=id, date=date, kind=kind, title="T", place="Baku", lat=40.4, lon=49.9,
        participants="AZE;TUR", summary="S", sources="op",
    )  # fmt: skip


def trade(*rows: tuple[str, str, int, str, str]) -> pd.DataFrame:
    return pd.DataFrame(
        [{"reporter": r, "partner": p, "year": y, "kind": k, "claim": c} for r, p, y, k, c in rows],
        columns=["reporter", "partner", "year", "kind", "claim"],
    )


def test_a_date_with_its_day_counts_as_precise_and_a_month_does_not():
    assert dated_to_day("2025-05-28")
    assert dated_to_day("2021-09-12/2021-09-20")
    assert not dated_to_day("2024-02")
    assert not dated_to_day("2022")


def test_events_are_counted_per_kind_and_year_with_the_share_dated_to_the_day():
    events = [event("a", "2021-01-13"), event("b", "2021-07", "parliamentary"), event("c", "2025-05-28")]
    cov = coverage(events, trade())
    assert cov.events_by_kind_year["summit"] == {2021: 1, 2025: 1}
    assert cov.events_by_kind_year["parliamentary"] == {2021: 1}
    assert cov.events_by_kind_year["defence_deal"] == {}
    assert cov.share_dated_to_day == 2 / 3


def test_trade_years_count_either_side_reporting_and_ignore_targets_and_alternatives():
    table = trade(
        ("AZE", "TUR", 2010, "actual", "shown"),
        ("TUR", "AZE", 2011, "actual", "shown"),
        ("AZE", "TUR", 2012, "target", "shown"),
        ("AZE", "TUR", 2013, "actual", "alternative"),
        ("TUR", "PAK", 2018, "estimate", "shown"),
    )
    cov = coverage([], table, years=range(2010, 2015))
    assert cov.trade_years["AZE–TUR"] == [2010, 2011]
    assert cov.trade_missing["AZE–TUR"] == [2012, 2013, 2014]
    assert cov.trade_years["AZE–PAK"] == []
    assert cov.trade_years["TUR–PAK"] == []


def test_the_printed_report_names_the_missing_years_as_spans():
    table = trade(("AZE", "TUR", 2016, "actual", "shown"), ("AZE", "TUR", 2021, "actual", "shown"))
    lines = format_coverage(coverage([event("a", "2021-01-13")], table))
    text = "\n".join(lines)
    assert "1 events, 100% dated to the day" in text
    assert "AZE–TUR: 2 of 15 years; missing: 2010–2015, 2017–2020, 2022–2024" in text
    assert "AZE–PAK: 0 of 15 years; missing: 2010–2024" in text
    summit_row = next(line for line in lines if line.strip().startswith("summit"))
    assert summit_row.split()[-1] == "1"
