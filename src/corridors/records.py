"""What each map layer holds: JSON-safe records with a plain-text ``title`` and ``body`` for the tooltip.

Every renderer draws these same records (see :mod:`corridors.scene`).
"""

from __future__ import annotations

import math
from collections import Counter
from itertools import groupby
from typing import Any

import pandas as pd

from corridors.catalog import CAPITALS, screen_paths
from corridors.formatting import number, year_text
from corridors.i18n import ENGLISH, Translator
from corridors.palette import MODE_COLORS, MODE_WIDTH, OTHER, PAIR_COLORS
from corridors.schema import BUILT_STATUSES
from corridors.shapes import arc

#: Lines of a venue's tooltip; a busier place shows its latest events and a count of the rest.
MAX_TOOLTIP_LINES = 12
#: Radius of a corridor that is a place (an airport), in pixels, and of its white rim.
POINT_RADIUS = 7
POINT_RIM = 2
#: Width of the ring Play draws around the places of the year shown, in pixels.
RING_LINE = 3
#: Widest trade arc, in pixels (the largest value in the selection), and the arcs' opacity: arcs are drawn
#: under the corridors and names, thin and see-through, so they never hide them.
ARC_MAX_WIDTH = 9.0
ARC_ALPHA = 150


def corridor_tooltip(row: dict[str, Any], tr: Translator = ENGLISH) -> tuple[str, str]:
    """Title and plain-text body of a corridor's hover tooltip."""
    if number(row["opened"]):
        since = tr._("opened {year}").format(year=year_text(row["opened"]))
    else:
        since = tr._("agreed {year}").format(year=year_text(row["announced"]))
    if number(row["planned"]):
        since = tr._("{since}, planned {year}").format(since=since, year=year_text(row["planned"]))
    lines = [f"{tr.term('mode', row['mode'])} · {tr.term('status', row['status'])} · {since}"]
    figures = []
    if number(row["length_km"]):
        figures.append(tr.km(row["length_km"]))
    if number(row["capacity"]):
        figures.append(tr.quantity(row["capacity"], row["capacity_unit"]))
    if figures:
        lines.append(" · ".join(figures))
    lines.append(tr._("Click for details and sources"))
    return row["name"], "\n".join(lines)


def corridor_records(
    corridors: pd.DataFrame, paths: dict[str, list[list[list[float]]]], tr: Translator = ENGLISH
) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows for the built-line, planned-line and point layers (``paths``: the dataset's drawing paths, by id)."""
    built: list[dict] = []
    planned: list[dict] = []
    points: list[dict] = []
    for row in corridors.to_dict("records"):
        built_status = row["status"] in BUILT_STATUSES
        base: dict[str, Any] = {
            "id": row["id"],
            "kind": "corridor",
            "name": row["name"],
            "short_name": row["short_name"],
            "mode": row["mode"],
            "status": row["status"],
            "color": list(MODE_COLORS.get(row["mode"], OTHER)) + [255 if built_status else 210],
            "width": MODE_WIDTH.get(row["mode"], 5),
        }
        base["title"], base["body"] = corridor_tooltip({str(k): v for k, v in row.items()}, tr)
        geometry = row["geometry"]
        if geometry.geom_type == "Point":
            points.append({**base, "position": [round(geometry.x, 4), round(geometry.y, 4)]})
            continue
        target = built if built_status else planned
        drawn = paths.get(row["id"]) or screen_paths(geometry)  # a frame edited after loading has no cached path
        for part, path in enumerate(drawn):
            target.append({**base, "part": part, "path": path})
    return built, planned, points


def locality(place: str) -> str:
    """The town a place is in: places are written 'Town (facility)', e.g. 'Karachi (PN Dockyard)'."""
    return place.split(" (")[0].strip()


def venue_records(events: pd.DataFrame, tr: Translator = ENGLISH) -> list[dict]:
    """One point per place, with how many of the selected events happened there.

    Only the busiest place of each town carries a label, naming the town and its events in all places
    ('Karachi (8)'), so the map never repeats a town's name beside its port, airport and shipyard.
    (Translated places keep the 'Town (facility)' form, so this holds in every language.)
    """
    out = []
    columns = ["place", "lat", "lon", "start", "date", "title", "id"]
    rows = events[columns].sort_values(["place", "lat", "lon", "start"], kind="stable").to_dict("records")
    for (place, lat, lon), found in groupby(rows, key=lambda r: (str(r["place"]), float(r["lat"]), float(r["lon"]))):
        group = list(found)
        lines = [f"{tr.date(r['date'])} · {r['title']}" for r in group]
        count = len(group)
        if count > MAX_TOOLTIP_LINES:  # the latest ones; the details panel lists them all
            earlier = count - MAX_TOOLTIP_LINES + 1
            more = tr.ngettext("… {count} earlier (click for all)", "… {count} earlier (click for all)", earlier)
            lines = [more.format(count=tr.number(earlier))] + lines[-MAX_TOOLTIP_LINES + 1 :]
        out.append(
            {
                "id": f"venue:{place}",
                "kind": "venue",
                "place": place,
                "count": count,
                "event_ids": [r["id"] for r in group],
                "position": [round(lon, 4), round(lat, 4)],
                "radius": round(5 + 3 * math.sqrt(count), 1),
                "label": "",
                "title": tr.ngettext("{place} · {count} event", "{place} · {count} events", count).format(
                    place=place, count=tr.number(count)
                ),
                "body": "\n".join(lines),
            }
        )
    towns: dict[str, list[dict]] = {}
    for venue in out:
        towns.setdefault(locality(str(venue["place"])), []).append(venue)
    for town, venues in towns.items():
        total = sum(v["count"] for v in venues)
        busiest = max(venues, key=lambda v: (v["count"], v["place"] == town))
        busiest["label"] = town if total == 1 else f"{town} ({tr.number(total)})"
    return out


def _publishers(sources: pd.DataFrame, ids: list[str]) -> str:
    return ", ".join(str(sources.loc[s, "publisher"]) if s in sources.index else s for s in ids)


def trade_records(trade: pd.DataFrame, sources: pd.DataFrame, tr: Translator = ENGLISH) -> list[dict]:
    """One arc per pair between capitals; width on a square-root scale of the value."""
    if trade.empty:
        return []
    top = float(trade["value_usd"].max())
    out = []
    for row in trade.to_dict("records"):
        a, b = CAPITALS.get(row["reporter"]), CAPITALS.get(row["partner"])
        if a is None or b is None:
            continue
        value = float(row["value_usd"])
        label = tr._("estimate") if row["kind"] == "estimate" else tr._("goods trade")
        body = tr._("{value} {label} ({flow})\nbasis: {basis}\nsource: {sources}").format(
            value=tr.money(value),
            label=label,
            flow=tr.term("flow", row["flow"]),
            basis=row["basis"],
            sources=_publishers(sources, row["sources"]),
        )
        out.append(
            {
                "id": f"trade:{row['pair']}:{row['year']}",
                "kind": "trade",
                "pair": row["pair"],
                "year": int(row["year"]),
                "value_usd": value,
                "source": [a[2], a[1]],
                "target": [b[2], b[1]],
                "path": arc([a[2], a[1]], [b[2], b[1]]),
                "color": list(PAIR_COLORS.get(row["pair"], OTHER)) + [ARC_ALPHA],
                "width": round(max(2.0, ARC_MAX_WIDTH * math.sqrt(value / top)), 1),
                "title": f"{tr.place(a[0])}–{tr.place(b[0])} · {row['year']}",
                "body": body,
            }
        )
    return out


def highlight_records(venues: list[dict], events: pd.DataFrame, year: int) -> list[dict]:
    """A ring around each venue where an event of ``year`` happened (Play makes that year's events stand out)."""
    in_year = events[(events["start"].dt.year <= year) & (events["end"].dt.year >= year)]
    places = Counter(in_year["place"])
    return [
        {
            "id": f"ring:{v['place']}",
            "place": v["place"],
            "position": v["position"],
            "radius": v["radius"] + 5,
            "count": places[v["place"]],
        }
        for v in venues
        if v["place"] in places
    ]
