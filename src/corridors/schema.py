"""Record schemas and controlled vocabularies of the geodata files.

Every record type is a pydantic model, so a bad value is reported with the field it sits in.
The vocabularies double as the documentation shown in the app and in geodata/README.md.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Literal

import pycountry
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, field_validator, model_validator

MODES: dict[str, str] = {
    "oil": "crude oil or refined-products pipeline",
    "gas": "natural gas pipeline",
    "electricity": "power line or submarine cable",
    "rail": "railway",
    "road": "road route",
    "multimodal": "route combining rail, sea and road legs",
    "air": "airport or air route",
}

STATUSES: dict[str, str] = {
    "operating": "in commercial operation",
    "partial": "operating, with sections still missing",
    "intermittent": "built, but services run irregularly",
    "construction": "under construction",
    "planned": "agreed by governments or sponsors, not yet under construction",
    "proposed": "put forward, not yet agreed",
}

#: Statuses drawn as solid lines; every other status is drawn dashed.
BUILT_STATUSES = ("operating", "partial", "intermittent")

GEOMETRY_QUALITIES: dict[str, str] = {
    "schematic": "indicative line between the main nodes",
    "waypoints": "traced through the towns and terminals the route is known to pass",
    "surveyed": "digitised from a surveyed route map",
}

EVENT_KINDS: dict[str, str] = {
    "summit": "meeting of heads of state or government",
    "ministerial": "meeting of ministers",
    "parliamentary": "meeting of parliamentary speakers or delegations",
    "military_exercise": "joint military exercise",
    "agreement": "signing of a declaration, agreement or council outcome",
    "defence_deal": "defence procurement contract",
    "bilateral_visit": "official or state visit",
    "business_forum": "business forum or trade mission",
    "infrastructure_opening": "opening, first flow or groundbreaking of infrastructure",
    "diplomatic": "recognition or establishment of relations",
}

TRADE_FLOWS = ("total", "exports", "imports")
TRADE_KINDS: dict[str, str] = {
    "actual": "recorded goods trade",
    "estimate": "approximate or projected figure",
    "target": "official trade target",
    "investment": "investment stock or pledge",
    "defence_deal": "value of a defence contract",
}
CLAIMS = ("shown", "alternative")
SOURCE_TYPES = ("official", "operator", "statistics", "news", "analysis")

_ID = r"^[a-z0-9][a-z0-9-]*$"
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _split(value: object) -> object:
    """Turn 'a;b' cells into lists; leave lists alone."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(";") if part.strip()]
    return value


def _none_if_blank(value: object) -> object:
    return None if isinstance(value, str) and not value.strip() else value


def _iso3(code: str) -> str:
    if pycountry.countries.get(alpha_3=code) is None:
        raise ValueError(f"{code!r} is not an ISO 3166 alpha-3 country code")
    return code


def parse_partial_date(text: str) -> tuple[date, date]:
    """First and last day covered by an ISO 8601 date ('2022', '2024-02', '2025-05-28')."""
    if not _PARTIAL_DATE.match(text):
        raise ValueError(f"{text!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        first = date(parts[0], parts[1], 1)
        nxt = date(parts[0] + (parts[1] == 12), parts[1] % 12 + 1, 1)
        return first, date.fromordinal(nxt.toordinal() - 1)
    day = date(*parts)
    return day, day


def parse_date_range(text: str) -> tuple[date, date]:
    """Span of an ISO 8601 date or 'start/end' interval, raising ValueError if malformed."""
    start_text, _, end_text = text.partition("/")
    start, _ = parse_partial_date(start_text.strip())
    _, end = parse_partial_date((end_text or start_text).strip())
    if end < start:
        raise ValueError(f"{text!r} ends before it starts")
    return start, end


Iso3 = Annotated[str, Field(pattern=r"^[A-Z]{3}$"), BeforeValidator(str.strip)]
Year = Annotated[int, Field(ge=1800, le=2100)]
OptionalYear = Annotated[Year | None, BeforeValidator(_none_if_blank)]
SourceIds = Annotated[list[Annotated[str, Field(pattern=_ID)]], BeforeValidator(_split), Field(min_length=1)]
Text = Annotated[str, Field(min_length=1)]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Corridor(_Record):
    """Properties of one feature of corridors.geojson."""

    id: Annotated[str, Field(pattern=_ID)]
    name: Text
    short_name: Text
    mode: Literal[tuple(MODES)]  # type: ignore[valid-type]
    status: Literal[tuple(STATUSES)]  # type: ignore[valid-type]
    opened: OptionalYear = None
    planned: OptionalYear = None
    announced: OptionalYear = None
    length_km: Annotated[float | None, Field(gt=0)] = None
    capacity: Annotated[float | None, Field(gt=0)] = None
    capacity_unit: str = ""
    operator: Text
    countries: Annotated[list[Iso3], BeforeValidator(_split), Field(min_length=1)]
    description: Text
    geometry_quality: Literal[tuple(GEOMETRY_QUALITIES)]  # type: ignore[valid-type]
    sources: SourceIds
    note: str = ""

    _check_countries = field_validator("countries")(lambda cls, v: [_iso3(c) for c in v])

    @model_validator(mode="after")
    def _consistent(self) -> Corridor:
        if self.capacity is not None and not self.capacity_unit:
            raise ValueError("capacity_unit is required when capacity is given")
        if self.status in BUILT_STATUSES and self.opened is None and self.announced is None:
            raise ValueError(f"a {self.status!r} corridor needs 'opened' or 'announced'")
        if self.status not in BUILT_STATUSES and self.announced is None:
            raise ValueError(f"a {self.status!r} corridor needs 'announced' (the year it was agreed)")
        return self

    @property
    def since(self) -> int:
        """Year from which the corridor appears on the map."""
        return self.opened if self.opened is not None else self.announced  # type: ignore[return-value]


class Event(_Record):
    """One row of events.csv."""

    id: Annotated[str, Field(pattern=_ID)]
    date: Text
    kind: Literal[tuple(EVENT_KINDS)]  # type: ignore[valid-type]
    title: Text
    place: Text
    lat: Annotated[float, Field(ge=-90, le=90)]
    lon: Annotated[float, Field(ge=-180, le=180)]
    participants: Annotated[list[Iso3], BeforeValidator(_split), Field(min_length=1)]
    summary: Text
    figure_value: Annotated[float | None, BeforeValidator(_none_if_blank)] = None
    figure_unit: str = ""
    corridors: Annotated[list[str], BeforeValidator(_split)] = []
    sources: SourceIds
    note: str = ""

    _check_participants = field_validator("participants")(lambda cls, v: [_iso3(c) for c in v])

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        parse_date_range(value)
        return value

    @model_validator(mode="after")
    def _unit_with_figure(self) -> Event:
        if self.figure_value is not None and not self.figure_unit:
            raise ValueError("figure_unit is required when figure_value is given")
        return self


#: A checked ISO alpha-3 code as a field type of its own, so a table can be validated column by column.
Country = Annotated[Iso3, AfterValidator(_iso3)]
#: Harmonized System code (2, 4 or 6 digits); blank means all goods.
HsCode = Annotated[str, Field(pattern=r"^(\d{2}|\d{4}|\d{6})?$")]


class TradeRow(_Record):
    """One row of trade.csv: a pair, a year and a measure (optionally one product of it).

    It has no cross-field rules, so :func:`corridors.validate.parse_table` can check a large
    file one distinct value at a time with these same field types.
    """

    reporter: Country
    partner: Country
    year: Year
    flow: Literal[TRADE_FLOWS]  # type: ignore[valid-type]
    value_usd: Annotated[float, Field(gt=0)]
    basis: Text
    kind: Literal[tuple(TRADE_KINDS)]  # type: ignore[valid-type]
    claim: Literal[CLAIMS]  # type: ignore[valid-type]
    sources: SourceIds
    note: str = ""
    product: HsCode = ""


class Source(_Record):
    """One row of sources.csv."""

    id: Annotated[str, Field(pattern=_ID)]
    title: Text
    publisher: Text
    date: str = ""
    url: Annotated[str, Field(pattern=r"^(https?://\S+)?$")] = ""
    type: Literal[SOURCE_TYPES]  # type: ignore[valid-type]
    accessed: Text

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str) -> str:
        if value:
            parse_partial_date(value)
        return value

    @field_validator("accessed")
    @classmethod
    def _accessed(cls, value: str) -> str:
        date.fromisoformat(value)
        return value


class Disagreement(_Record):
    """One row of disagreements.csv: two claims side by side and which one the app shows."""

    id: Annotated[str, Field(pattern=_ID)]
    topic: Text
    record: Text
    claim_a: Text
    source_a: SourceIds
    claim_b: Text
    source_b: SourceIds
    shown: Literal["a", "b"]
    why: Text
