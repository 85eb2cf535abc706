"""geodata/README.md documents every value of every vocabulary of the schema, and no other."""

from __future__ import annotations

import re

import pytest

from corridors import schema
from tests.fixtures import GEODATA

README = (GEODATA / "README.md").read_text(encoding="utf-8")


def section(heading: str) -> str:
    """The text under a '## heading' or '### heading', up to the next heading of any level."""
    match = re.search(rf"^#+ {re.escape(heading)}\s*$(.*?)(?=^#)", README + "\n#", re.M | re.S)
    assert match, f"geodata/README.md has no section '{heading}'"
    return match.group(1)


def values(text: str) -> set[str]:
    return set(re.findall(r"`([^`]+)`", text))


def table_row(heading: str, field: str) -> set[str]:
    """Backticked values in the row of ``field`` in the section's table (the field's own name left out)."""
    row = re.search(rf"^\| `{re.escape(field)}` \|(.*)$", section(heading), re.M)
    assert row, f"no row for `{field}` under '{heading}'"
    return values(row.group(1))


def listed(heading: str, field: str) -> set[str]:
    """Backticked values in the parentheses after `field` in the section's prose."""
    found = re.search(rf"`{re.escape(field)}` \(([^)]*)\)", section(heading), re.S)
    assert found, f"no list for `{field}` under '{heading}'"
    return values(found.group(1))


def first_column(heading: str) -> set[str]:
    """Backticked values in the first column of the section's table (header row left out)."""
    return {m for m in re.findall(r"^\| `([^`]+)` \|", section(heading), re.M)}


CASES = {
    "corridor mode": (table_row("corridors.geojson — properties", "mode"), schema.MODES),
    "corridor status": (first_column("Status vocabulary"), schema.STATUSES),
    "geometry quality": (table_row("corridors.geojson — properties", "geometry_quality"), schema.GEOMETRY_QUALITIES),
    "event kind": (listed("events.csv — columns", "kind"), schema.EVENT_KINDS),
    "trade flow": (table_row("trade.csv — columns", "flow"), schema.TRADE_FLOWS),
    "trade kind": (table_row("trade.csv — columns", "kind"), schema.TRADE_KINDS),
    "trade claim": (table_row("trade.csv — columns", "claim"), schema.CLAIMS),
    "source type": (listed("sources.csv — columns", "type"), schema.SOURCE_TYPES),
}


@pytest.mark.parametrize("name", CASES)
def test_readme_lists_exactly_the_schemas_values(name):
    documented, vocabulary = CASES[name]
    assert documented == set(vocabulary), f"{name}: README has {sorted(documented)}, schema {sorted(vocabulary)}"
