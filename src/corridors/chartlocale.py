"""Charts in the reader's language: Vega's number and time formats (separators, month and day names) from Babel.

Vega formats axis labels itself (d3-format, d3-time-format) in English unless the chart's config
carries a locale; this builds one from the CLDR data Babel ships, so a Turkish timeline says 'Temmuz'.
"""

from __future__ import annotations

from functools import cache
from typing import Any, TypeVar

import altair as alt
from babel import Locale

from corridors.i18n import DEFAULT, Translator

ChartT = TypeVar("ChartT", alt.Chart, alt.LayerChart)


@cache
def vega_locale(lang: str) -> dict[str, Any]:
    """A Vega ``config.locale``: d3 number and time format definitions for ``lang``."""
    loc = Locale.parse(lang)
    symbols = loc.number_symbols.get("latn", loc.number_symbols)
    days = loc.days["format"]  # not "stand-alone": Babel resolves that alias across locales (wrong names)
    months = loc.months["format"]
    sunday_first = [6, 0, 1, 2, 3, 4, 5]  # Babel counts from Monday, d3 from Sunday
    periods = loc.day_periods["format"]["abbreviated"]
    return {
        "number": {
            "decimal": symbols["decimal"],
            "thousands": symbols["group"],
            "grouping": [3],
            "currency": ["", " $"],
        },
        "time": {
            "dateTime": "%x %X",
            "date": "%d.%m.%Y",
            "time": "%H:%M:%S",
            "periods": [periods.get("am", "AM"), periods.get("pm", "PM")],
            "days": [days["wide"][d] for d in sunday_first],
            "shortDays": [days["abbreviated"][d] for d in sunday_first],
            "months": [months["wide"][m] for m in range(1, 13)],
            "shortMonths": [months["abbreviated"][m] for m in range(1, 13)],
        },
    }


def localized(chart: ChartT, tr: Translator) -> ChartT:
    """``chart`` formatting numbers and dates in ``tr``'s language (English charts are left as they are)."""
    if tr.lang == DEFAULT:
        return chart
    return chart.configure(locale=vega_locale(tr.lang))
