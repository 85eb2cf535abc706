"""What the details panel shows for a clicked feature: every field, figures with units, sources."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from corridors.catalog import Dataset
from corridors.formatting import money, quantity, year_text
from corridors.schema import EVENT_KINDS, GEOMETRY_QUALITIES, MODES, STATUSES


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
            out.append(SourceRef(source_id, f"(unknown source {source_id})", "", "", "", ""))
    return out


def _disputes(ds: Dataset, record: str) -> list[str]:
    d = ds.disagreements
    rows = d[d["record"].str.startswith(record)]
    return [
        f"{r['topic']}: shown “{r['claim_a'] if r['shown'] == 'a' else r['claim_b']}”; "
        f"also claimed “{r['claim_b'] if r['shown'] == 'a' else r['claim_a']}”. {r['why']}"
        for r in rows.to_dict("records")
    ]


def corridor_details(ds: Dataset, corridor_id: str) -> Details | None:
    rows = ds.corridors[ds.corridors["id"] == corridor_id]
    if rows.empty:
        return None
    c = rows.iloc[0]
    fields = [
        ("Mode", f"{c['mode']} ({MODES[c['mode']]})"),
        ("Status", f"{c['status']} ({STATUSES[c['status']]})"),
        ("Opened", year_text(c["opened"]) or "—"),
        ("Planned completion", year_text(c["planned"]) or "—"),
        ("Agreed / announced", year_text(c["announced"]) or "—"),
        ("Length (published)", quantity(c["length_km"], "km")),
        ("Capacity", quantity(c["capacity"], c["capacity_unit"])),
        ("Operator", c["operator"]),
        ("Countries", ", ".join(c["countries"])),
        ("Line drawn", f"{c['geometry_quality']} ({GEOMETRY_QUALITIES[c['geometry_quality']]})"),
        ("Description", c["description"]),
        ("Note", c["note"] or "—"),
    ]
    events = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)].sort_values("start")
    related = [f"{e.date} · {e.title} ({e.place})" for e in events.itertuples()]
    return Details(
        "corridor",
        corridor_id,
        c["name"],
        fields,
        source_refs(ds, c["sources"]),
        related,
        _disputes(ds, f"corridors.geojson:{corridor_id}"),
    )


def key_figures(ds: Dataset, corridor_id: str) -> list[tuple[str, str]]:
    """The four figures at the top of a corridor profile, units in the labels."""
    c = ds.corridors[ds.corridors["id"] == corridor_id].iloc[0]
    unit = c["capacity_unit"]
    opened = year_text(c["opened"])
    return [
        ("Length (published), km", f"{c['length_km']:,.0f}" if pd.notna(c["length_km"]) else "—"),
        (f"Capacity, {unit}" if unit else "Capacity", f"{c['capacity']:,g}" if pd.notna(c["capacity"]) else "—"),
        ("Status", c["status"]),
        ("Opened", opened) if opened else ("Agreed", year_text(c["announced"])),
    ]


def event_details(ds: Dataset, event_id: str) -> Details | None:
    rows = ds.events[ds.events["id"] == event_id]
    if rows.empty:
        return None
    e = rows.iloc[0]
    fields = [
        ("Date", e["date"]),
        ("Kind", f"{e['kind']} ({EVENT_KINDS[e['kind']]})"),
        ("Place", f"{e['place']} ({e['lat']:.3f}, {e['lon']:.3f})"),
        ("Participants", ", ".join(e["participants"])),
        ("Summary", e["summary"]),
        ("Figure", quantity(e["figure_value"], e["figure_unit"]) if e["figure_unit"] else "—"),
        ("Corridors", ", ".join(e["corridors"]) or "—"),
        ("Note", e["note"] or "—"),
    ]
    return Details(
        "event",
        event_id,
        e["title"],
        fields,
        source_refs(ds, e["sources"]),
        [],
        _disputes(ds, f"events.csv:{event_id}"),
    )


def venue_details(ds: Dataset, event_ids: list[str]) -> list[Details]:
    """Details of every event at a clicked venue."""
    return [d for d in (event_details(ds, i) for i in event_ids) if d is not None]


def trade_details(ds: Dataset, pair: str, year: int) -> Details | None:
    t = ds.trade
    rows = t[(t["pair"] == pair) & (t["year"] == year)]
    if rows.empty:
        return None
    fields = [
        (
            f"{r['flow']} · {r['kind']} · {'shown' if r['claim'] == 'shown' else 'alternative claim'}",
            f"{money(float(r['value_usd']))} (basis: {r['basis']})" + (f" — {r['note']}" if r["note"] else ""),
        )
        for r in rows.to_dict("records")
    ]
    ids = list(dict.fromkeys(s for ids in rows["sources"] for s in ids))
    return Details(
        "trade",
        f"{pair}:{year}",
        f"Trade {pair}, {year}",
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
        return [Details("user", str(props.get("title")), f"Your layer: {props.get('title')}", fields, [])]
    if kind == "corridor":
        found = corridor_details(ds, str(obj.get("id")))
        return [found] if found else []
    if kind == "venue":
        return venue_details(ds, [str(i) for i in obj.get("event_ids", [])])
    if kind == "trade":
        found = trade_details(ds, str(obj.get("pair")), int(obj.get("year", 0)))
        return [found] if found else []
    return []
