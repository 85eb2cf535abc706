"""What the user picked, how it travels in the URL, and which records it selects.

Year semantics (shown to users as :data:`YEAR_RULE`): a corridor is on the map from the
year it opened (or, if not yet built, the year it was agreed); an event is shown if it
happened within the range; a trade arc shows, for each pair, the latest year in the range
that has a recorded total (never a value carried from outside the range).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import pandas as pd

from corridors import participants
from corridors.catalog import Dataset
from corridors.i18n import DEFAULT, ENGLISH, LANGS, N_, Translator

LAYERS = ("corridors", "events", "trade", "labels")
YEAR_RULE = N_(
    "Corridors: in operation (or agreed, if not yet built) by the end year. "
    "Events: within the range. Trade arcs: for each pair, the latest year in the range with a "
    "recorded total (the arc says which year)."
)

#: URL keys, kept short so links stay readable.
KEYS = {"corridors": "c", "modes": "m", "statuses": "s", "countries": "k", "years": "y", "layers": "l", "lang": "lang"}
_MAX_PARAM = 500
_TOKEN = re.compile(r"^[A-Za-z0-9-]+$")


@dataclass(frozen=True)
class Filters:
    """The state that travels: sidebar choices, in the URL and between pages. Empty means all."""

    year_start: int
    year_end: int
    corridors: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    layers: tuple[str, ...] = LAYERS
    #: The reader's language (see :mod:`corridors.i18n`): it travels with the filters.
    lang: str = DEFAULT


@dataclass(frozen=True)
class Choices:
    """Valid values for every filter, taken from the dataset."""

    corridors: tuple[str, ...]
    modes: tuple[str, ...]
    statuses: tuple[str, ...]
    countries: tuple[str, ...]
    years: tuple[int, int]

    @classmethod
    def of(cls, ds: Dataset) -> Choices:
        countries = set(ds.corridors["countries"].explode()) | set(ds.events["participants"].explode())
        countries |= set(ds.trade["reporter"]) | set(ds.trade["partner"])
        return cls(
            corridors=tuple(ds.corridors["id"]),
            modes=tuple(sorted(set(ds.corridors["mode"]))),
            statuses=tuple(sorted(set(ds.corridors["status"]))),
            countries=tuple(participants.ordered(countries)),
            years=ds.years,
        )

    def default(self) -> Filters:
        return Filters(year_start=self.years[0], year_end=self.years[1])


@dataclass(frozen=True)
class Selection:
    """Records that pass the filters, one frame per layer."""

    corridors: pd.DataFrame
    events: pd.DataFrame
    trade: pd.DataFrame
    filters: Filters = field(repr=False)


def to_query(filters: Filters, choices: Choices) -> dict[str, str]:
    """URL query parameters for the filters; defaults are left out to keep links short."""
    out: dict[str, str] = {}
    for name in ("corridors", "modes", "statuses", "countries"):
        if getattr(filters, name):
            out[KEYS[name]] = ",".join(getattr(filters, name))
    if (filters.year_start, filters.year_end) != choices.years:
        out[KEYS["years"]] = f"{filters.year_start}-{filters.year_end}"
    if filters.layers != LAYERS:
        out[KEYS["layers"]] = ",".join(filters.layers) or "none"
    if filters.lang != DEFAULT:
        out[KEYS["lang"]] = filters.lang
    return out


def lang_query(lang: str) -> dict[str, str]:
    """The URL parameter of a language, for links that carry no filters (empty for English)."""
    return {KEYS["lang"]: lang} if lang != DEFAULT else {}


def _clean(text: str) -> str:
    """A parameter value made safe to repeat in a notice: printable and short."""
    printable = "".join(ch if ch.isprintable() else "?" for ch in text)
    return printable[:40] + ("…" if len(printable) > 40 else "")


def from_query(
    params: Mapping[str, str | list[str]],
    choices: Choices,
    page_keys: tuple[str, ...] = (),
    tr: Translator = ENGLISH,
) -> tuple[Filters, list[str]]:
    """Filters from URL parameters, plus a notice (in ``tr``'s language) for every parameter that was ignored.

    ``page_keys`` are parameters a page reads itself (such as the corridor of a profile).
    """
    filters = choices.default()
    notices: list[str] = []
    names = {v: k for k, v in KEYS.items()}
    for key, raw in params.items():
        value = raw[-1] if isinstance(raw, list) else raw
        if key in page_keys:
            continue
        name = names.get(key)
        if name is None:
            notices.append(tr._("Ignored unknown link parameter '{name}'.").format(name=_clean(key)))
            continue
        if not isinstance(value, str) or len(value) > _MAX_PARAM:
            notices.append(tr._("Ignored link parameter '{name}': value too long.").format(name=key))
            continue
        if name == "lang":
            if value in LANGS:
                filters = replace(filters, lang=value)
            else:
                notices.append(
                    tr._("Ignored link parameter '{name}': expected one of {values}.").format(
                        name=f"{key}={_clean(value)}", values=", ".join(LANGS)
                    )
                )
            continue
        if name == "years":
            years = _parse_years(value, choices.years)
            if years is None:
                notices.append(
                    tr._("Ignored link parameter '{name}': expected a year or a range such as {example}.").format(
                        name=f"{key}={_clean(value)}", example=f"{choices.years[0]}-{choices.years[1]}"
                    )
                )
            else:
                filters = replace(filters, year_start=years[0], year_end=years[1])
            continue
        allowed = LAYERS if name == "layers" else getattr(choices, name)
        items = [] if name == "layers" and value == "none" else [v.strip() for v in value.split(",") if v.strip()]
        valid = tuple(dict.fromkeys(v for v in items if _TOKEN.match(v) and v in allowed))
        unknown = [v for v in items if v not in valid]
        if unknown:
            notices.append(
                tr._("Ignored unknown value(s) in link parameter '{name}': {values}.").format(
                    name=key, values=_clean(", ".join(unknown))
                )
            )
        if valid or not items:
            chosen: dict[str, Any] = {name: valid}  # name is one of the tuple-valued fields
            filters = replace(filters, **chosen)
    return filters, notices


def _parse_years(value: str, bounds: tuple[int, int]) -> tuple[int, int] | None:
    match = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", value.strip())
    if not match:
        return None
    start = int(match.group(1))
    end = int(match.group(2) or start)
    if not (bounds[0] <= start <= end <= bounds[1]):
        return None
    return start, end


def _any_in(values: pd.Series, wanted: tuple[str, ...]) -> pd.Series:
    return values.map(lambda items: bool(set(items) & set(wanted)))


def select_corridors(ds: Dataset, f: Filters) -> pd.DataFrame:
    c = ds.corridors
    keep = c["since"] <= f.year_end
    if f.corridors:
        keep &= c["id"].isin(f.corridors)
    if f.modes:
        keep &= c["mode"].isin(f.modes)
    if f.statuses:
        keep &= c["status"].isin(f.statuses)
    if f.countries:
        keep &= _any_in(c["countries"], f.countries)
    return c[keep]


def select_events(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Events overlapping the year range; openings of corridors not chosen are left out."""
    e = ds.events
    keep = (e["start"].dt.year <= f.year_end) & (e["end"].dt.year >= f.year_start)
    if f.countries:
        keep &= _any_in(e["participants"], f.countries)
    if f.corridors:
        keep &= e["corridors"].map(lambda ids: not ids or bool(set(ids) & set(f.corridors)))
    return e[keep]


def select_trade(ds: Dataset, f: Filters, kinds: tuple[str, ...] = ("actual", "estimate")) -> pd.DataFrame:
    """For each pair, the displayed total trade of the latest year in the range that has one."""
    t = ds.trade
    keep = t["year"].between(f.year_start, f.year_end) & (t["flow"] == "total") & (t["claim"] == "shown")
    keep &= t["kind"].isin(kinds)
    if f.countries:
        keep &= t["reporter"].isin(f.countries) | t["partner"].isin(f.countries)
    rows = t[keep].sort_values("year")
    return rows.groupby("pair", sort=True).tail(1).sort_values("pair")


def trade_in_range(ds: Dataset, f: Filters) -> pd.DataFrame:
    """Every trade-file row (all kinds and claims) in the year range and chosen countries."""
    t = ds.trade
    keep = t["year"].between(f.year_start, f.year_end)
    if f.countries:
        keep &= t["reporter"].isin(f.countries) | t["partner"].isin(f.countries)
    return t[keep]


def one_year(f: Filters, year: int) -> Filters:
    """The filters narrowed to one year and the trade arcs alone (the Trade page's map)."""
    return replace(f, year_start=year, year_end=year, layers=("trade",))


def apply(ds: Dataset, f: Filters) -> Selection:
    """Every layer's records for the filters; layers switched off come back empty."""
    empty = ds.events.iloc[0:0]
    return Selection(
        corridors=select_corridors(ds, f) if "corridors" in f.layers else ds.corridors.iloc[0:0],
        events=select_events(ds, f) if "events" in f.layers else empty,
        trade=select_trade(ds, f) if "trade" in f.layers else ds.trade.iloc[0:0],
        filters=f,
    )
