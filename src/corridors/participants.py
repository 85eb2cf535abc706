"""One order for countries everywhere: the three partners first (Azerbaijan, Türkiye, Pakistan), then the
others alphabetically. Events list their participants in this order, so a set such as AZE–PAK is one set
in every legend, table and filter, however a source or a data file happened to write it.

Charts colour an event by which partners took part (:func:`group`): all three, one pair of them, or
others — five colours, the pairs' those of their trade arcs on the map. The bundled events have some
twenty sets of participants; a colour per set would repeat colours (a chart's palette has ten).
"""

from __future__ import annotations

from collections.abc import Iterable

from corridors.i18n import ENGLISH, N_, Translator
from corridors.palette import PAIR_COLORS

#: The partners, in the order the app always names them.
LEAD = ("AZE", "TUR", "PAK")


def key(code: str) -> tuple[int, str]:
    """Sort key of one ISO code: the partners in :data:`LEAD` order, then the others alphabetically."""
    return (LEAD.index(code), "") if code in LEAD else (len(LEAD), code)


def ordered(codes: Iterable[str]) -> list[str]:
    """``codes`` once each, in the one order."""
    return sorted(dict.fromkeys(codes), key=key)


#: The partners' names in English (the dataset's translations name them in other languages).
NAMES = {"AZE": "Azerbaijan", "TUR": "Türkiye", "PAK": "Pakistan"}
#: Who took part in an event, as charts colour it: all three partners, a pair of them, or others.
TRIO, OTHERS = "AZE·TUR·PAK", "other"
#: The groups in the order legends list them.
GROUPS = (TRIO, "AZE–TUR", "AZE–PAK", "TUR–PAK", OTHERS)
#: Colour of events all three partners took part in, and of events with one partner or none.
TRILATERAL = (213, 94, 0)
OTHER = (150, 150, 150)
OTHER_PARTICIPANTS = N_("Other participants")


def group(codes: Iterable[str]) -> str:
    """Who took part, as charts colour it: all three partners (:data:`TRIO`), one pair of them
    ('AZE–TUR'), or others (:data:`OTHERS`: one partner or none, with any other country)."""
    mine = [code for code in LEAD if code in set(codes)]
    if len(mine) == 3:
        return TRIO
    return "–".join(mine) if len(mine) == 2 else OTHERS


def group_color(name: str) -> tuple[int, int, int]:
    """The colour of a :func:`group`: the pairs' are their trade arcs' on the map."""
    return TRILATERAL if name == TRIO else PAIR_COLORS.get(name, OTHER)


def country_name(code: str, tr: Translator = ENGLISH) -> str:
    """A partner's name in the reader's language ('Azerbaycan')."""
    return tr.terms.get((f"country:{code}", "name")) or NAMES.get(code, code)


def pair_name(pair: str, tr: Translator = ENGLISH) -> str:
    """'Azerbaijan–Türkiye' for 'AZE–TUR', in the reader's language."""
    return "–".join(country_name(code, tr) for code in pair.split("–"))


def group_name(name: str, tr: Translator = ENGLISH) -> str:
    """'Azerbaijan · Türkiye · Pakistan', 'Azerbaijan–Türkiye' or 'Other participants', in the reader's language."""
    if name == TRIO:
        return " · ".join(country_name(code, tr) for code in LEAD)
    return tr._(OTHER_PARTICIPANTS) if name == OTHERS else pair_name(name, tr)
