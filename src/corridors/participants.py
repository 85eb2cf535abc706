"""One order for countries everywhere: the three partners first (Azerbaijan, Türkiye, Pakistan), then the
others alphabetically. Events list their participants in this order, so a set such as AZE–PAK is one set
in every legend, table and filter, however a source or a data file happened to write it.
"""

from __future__ import annotations

from collections.abc import Iterable

#: The partners, in the order the app always names them.
LEAD = ("AZE", "TUR", "PAK")


def key(code: str) -> tuple[int, str]:
    """Sort key of one ISO code: the partners in :data:`LEAD` order, then the others alphabetically."""
    return (LEAD.index(code), "") if code in LEAD else (len(LEAD), code)


def ordered(codes: Iterable[str]) -> list[str]:
    """``codes`` once each, in the one order."""
    return sorted(dict.fromkeys(codes), key=key)


def set_key(codes: Iterable[str]) -> tuple[tuple[int, str], ...]:
    """Sort key of a set of countries (for legends): by its first member, then the next, and so on."""
    return tuple(key(code) for code in ordered(codes))
