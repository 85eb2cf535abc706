"""What the details panel shows for a clicked feature: every field, figures with units, sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from corridors.catalog import Dataset
from corridors.formatting import year_text
from corridors.translations import translator


@dataclass(frozen=True)
class SourceRef:
    id: str
    title: str
    publisher: str
    date: str
    url: str
    type: str


@dataclass(frozen=True)
class Details:
    kind: str
    id: str
    title: str
    fields: list[tuple[str, str]]
    sources: list[SourceRef]
    related: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    #: The record's own words: a corridor's description or an event's summary.
    text: str = ""

    def value(self, name: str) -> str:
        """The value of the field called ``name`` ('' if there is none)."""
        return dict(self.fields).get(name, "")


def source_refs(ds: Dataset, ids: list[str]) -> list[SourceRef]:
    """Sources by id, in the order cited; unknown ids are kept visible rather than dropped."""
    out = []
    for source_id in ids:
        if source_id in ds.sources.index:
            s = ds.sources.loc[source_id]
            out.append(
                SourceRef(
                    source_id, str(s["title"]), str(s["publisher"]), str(s["date"]), str(s["url"]), str(s["type"])
                )
            )
        else:
            title = translator(ds)._("(unknown source {id})").format(id=source_id)
            out.append(SourceRef(source_id, title, "", "", "", ""))
    return out


def _disputes(ds: Dataset, record: str) -> list[str]:
    tr = translator(ds)
    d = ds.disagreements
    rows = d[d["record"].str.startswith(record)]
    return [
        tr._("{topic}: shown “{shown}”; also claimed “{other}”. {why}").format(
            topic=r["topic"],
            shown=r["claim_a"] if r["shown"] == "a" else r["claim_b"],
            other=r["claim_b"] if r["shown"] == "a" else r["claim_a"],
            why=r["why"],
        )
        for r in rows.to_dict("records")
    ]


def corridor_details(ds: Dataset, corridor_id: str) -> Details | None:
    rows = ds.corridors[ds.corridors["id"] == corridor_id]
    if rows.empty:
        return None
    c = rows.iloc[0]
    tr = translator(ds)
    fields = [
        (tr._("Mode"), tr.labelled("mode", c["mode"])),
        (tr._("Status"), tr.labelled("status", c["status"])),
        (tr._("Opened"), year_text(c["opened"]) or "—"),
        (tr._("Planned completion"), year_text(c["planned"]) or "—"),
        (tr._("Agreed / announced"), year_text(c["announced"]) or "—"),
        (tr._("Length (published)"), tr.km(c["length_km"])),
        (tr._("Capacity"), tr.quantity(c["capacity"], c["capacity_unit"])),
        (tr._("Operator"), c["operator"]),
        (tr._("Countries"), ", ".join(c["countries"])),
        (tr._("Line drawn"), tr.labelled("geometry", c["geometry_quality"])),
        (tr._("Description"), c["description"]),
        (tr._("Note"), c["note"] or "—"),
    ]
    events = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)].sort_values("start")
    related = [f"{tr.date(str(e.date))} · {e.title} ({e.place})" for e in events.itertuples()]
    return Details(
        "corridor",
        corridor_id,
        c["name"],
        fields,
        source_refs(ds, c["sources"]),
        related,
        _disputes(ds, f"corridors.geojson:{corridor_id}"),
        text=c["description"],
    )


def key_figures(ds: Dataset, corridor_id: str) -> list[tuple[str, str]]:
    """The four figures at the top of a corridor profile, units in the labels."""
    c = ds.corridors[ds.corridors["id"] == corridor_id].iloc[0]
    tr = translator(ds)
    unit = c["capacity_unit"]
    opened = year_text(c["opened"])
    capacity = tr._("Capacity, {unit}").format(unit=unit) if unit else tr._("Capacity")
    return [
        (tr._("Length (published), km"), tr.number(c["length_km"], 0) if pd.notna(c["length_km"]) else "—"),
        (capacity, tr.quantity(c["capacity"]) if pd.notna(c["capacity"]) else "—"),
        (tr._("Status"), tr.term("status", c["status"])),
        (tr._("Opened"), opened) if opened else (tr._("Agreed"), year_text(c["announced"])),
    ]


def figure_rows(figures: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """Key figures laid out in rows: numbers two to a row, then each worded value (a status) alone,
    since a word needs more room than a number and is never cut short."""
    worded = [figure for figure in figures if any(ch.isalpha() for ch in figure[1])]
    numbers = [figure for figure in figures if figure not in worded]
    return [numbers[i : i + 2] for i in range(0, len(numbers), 2)] + [[figure] for figure in worded]


def event_details(ds: Dataset, event_id: str) -> Details | None:
    rows = ds.events[ds.events["id"] == event_id]
    if rows.empty:
        return None
    e = rows.iloc[0]
    tr = translator(ds)
    fields = [
        (tr._("Date"), tr.date(str(e["date"]))),
        (tr._("Kind"), tr.labelled("event_kind", e["kind"])),
        (tr._("Place"), f"{e['place']} ({tr.number(e['lat'], 3)}, {tr.number(e['lon'], 3)})"),
        (tr._("Participants"), ", ".join(e["participants"])),
        (tr._("Summary"), e["summary"]),
        (tr._("Figure"), tr.quantity(e["figure_value"], e["figure_unit"]) if e["figure_unit"] else "—"),
        (tr._("Corridors"), ", ".join(e["corridors"]) or "—"),
        (tr._("Note"), e["note"] or "—"),
    ]
    return Details(
        "event",
        event_id,
        e["title"],
        fields,
        source_refs(ds, e["sources"]),
        [],
        _disputes(ds, f"events.csv:{event_id}"),
        text=e["summary"],
    )


def venue_details(ds: Dataset, event_ids: list[str]) -> list[Details]:
    """Details of every event at a clicked venue."""
    return [d for d in (event_details(ds, i) for i in event_ids) if d is not None]


def trade_details(ds: Dataset, pair: str, year: int) -> Details | None:
    t = ds.trade
    rows = t[(t["pair"] == pair) & (t["year"] == year)]
    if rows.empty:
        return None
    tr = translator(ds)
    fields = [
        (
            f"{tr.term('flow', r['flow'])} · {tr.term('trade_kind', r['kind'])} · "
            + (tr._("shown") if r["claim"] == "shown" else tr._("alternative claim")),
            tr._("{value} (basis: {basis})").format(value=tr.money(float(r["value_usd"])), basis=r["basis"])
            + (f" — {r['note']}" if r["note"] else ""),
        )
        for r in rows.to_dict("records")
    ]
    ids = list(dict.fromkeys(s for ids in rows["sources"] for s in ids))
    return Details(
        "trade",
        f"{pair}:{year}",
        tr._("Trade {pair}, {year}").format(pair=pair, year=year),
        fields,
        source_refs(ds, ids),
        [],
        _disputes(ds, f"trade.csv:{pair.replace('–', '-')}"),
    )


def for_selection(ds: Dataset, obj: dict[str, Any]) -> list[Details]:
    """Details for an object returned by a map click (one of the pickable layers' records)."""
    nested = obj.get("properties")
    props: dict[str, Any] = nested if isinstance(nested, dict) else obj
    kind = props.get("kind")
    if kind == "user":
        pairs = (line.split(": ", 1) for line in str(props.get("body", "")).splitlines())
        fields = [(pair[0], pair[1]) for pair in pairs if len(pair) == 2]
        title = translator(ds)._("Your layer: {name}").format(name=props.get("title"))
        return [Details("user", str(props.get("title")), title, fields, [])]
    if kind == "corridor":
        found = corridor_details(ds, str(obj.get("id")))
        return [found] if found else []
    if kind == "venue":
        return venue_details(ds, [str(i) for i in obj.get("event_ids", [])])
    if kind == "trade":
        found = trade_details(ds, str(obj.get("pair")), int(obj.get("year", 0)))
        return [found] if found else []
    return []
