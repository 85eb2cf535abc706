"""Numbers as the reader sees them."""

from __future__ import annotations

import math

from corridors.formatting import capacity_text, money, number, quantity, year_text


def test_money_reads_at_a_glance():
    assert [money(v) for v in (7.6e9, 27e6, 950)] == ["$7.6bn", "$27.0m", "$950"]


def test_missing_values_read_as_blank_or_a_dash():
    assert number(math.nan) is None and number(None) is None and number(2006.0) == 2006
    assert year_text(2006.0) == "2006" and year_text(math.nan) == ""
    assert capacity_text(math.nan, "bcm per year") == "—" and quantity(None) == "—"


def test_figures_keep_their_unit_and_thousands_separators():
    assert capacity_text(16.0, "bcm per year") == "16 bcm per year"
    assert quantity(1768.0, "km") == "1,768 km" and quantity(0.5, "GW") == "0.5 GW"
    assert quantity("BTC Co.") == "BTC Co."
