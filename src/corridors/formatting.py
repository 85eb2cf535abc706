"""Numbers, years and money as the reader sees them: one wording for the map, tables, details and slides."""

from __future__ import annotations

import math
from typing import Any


def money(value: float) -> str:
    """US dollars in words a reader takes in at a glance: $1.4bn, $27.0m."""
    if value >= 1e9:
        return f"${value / 1e9:,.1f}bn"
    if value >= 1e6:
        return f"${value / 1e6:,.1f}m"
    return f"${value:,.0f}"


def number(value: Any) -> float | int | None:
    """A cell as a plain number (whole numbers as int), or None when missing (None or NaN)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value) if float(value).is_integer() else float(value)


def year_text(value: Any) -> str:
    """A year as text ('2006'), or '' if missing."""
    found = number(value)
    return "" if found is None else str(int(found))


def capacity_text(capacity: Any, unit: str) -> str:
    """Capacity with its unit ('16 bcm per year'), or '—'."""
    value = number(capacity)
    return f"{value:,} {unit}" if value is not None else "—"


def quantity(value: object, unit: str = "") -> str:
    """A figure with thousands separators and its unit ('1,768 km'), text as is, '—' if missing."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = f"{value:,}" if isinstance(value, (int, float)) else str(value)
    return f"{text} {unit}".strip()
