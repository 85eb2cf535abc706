"""pydeck layers, legend and camera for a selection: pure functions, JSON-safe output.

Every layer has a stable id (so a click selection survives reruns) and every pickable
record carries a plain-text ``title`` and ``body`` for the hover tooltip.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

import pandas as pd
import pydeck as pdk

from corridors.basemap import ATTRIBUTION, REGION
from corridors.catalog import CAPITALS, FOCUS_COUNTRIES, Dataset, screen_paths
from corridors.filters import Filters, Selection
from corridors.schema import BUILT_STATUSES, MODES, STATUSES

RGB = tuple[int, int, int]

#: Okabe–Ito colour-blind-safe palette, one colour per mode.
MODE_COLORS: dict[str, RGB] = {
    "oil": (213, 94, 0),
    "gas": (0, 114, 178),
    "electricity": (230, 159, 0),
    "rail": (0, 158, 115),
    "road": (86, 180, 233),
    "multimodal": (204, 121, 167),
    "air": (0, 0, 0),
}
PAIR_COLORS: dict[str, RGB] = {"AZE–TUR": (136, 34, 85), "AZE–PAK": (51, 34, 136), "TUR–PAK": (17, 119, 51)}
#: Oil lines are drawn wider so a gas line sharing the corridor (BTC and SCP) stays visible on top.
MODE_WIDTH = {"oil": 7, "gas": 4}
SEA: RGB = (205, 222, 234)
LAND: RGB = (243, 241, 236)
FOCUS_LAND: RGB = (255, 241, 204)
VENUE: RGB = (40, 40, 40)

#: pydeck turns plain strings into accessor expressions: literal strings need quotes.
FONT = "'DejaVu Sans, Arial, sans-serif'"

LAYER_IDS = (
    "sea",
    "countries",
    "country-labels",
    "corridors-built",
    "corridors-planned",
    "corridor-points",
    "trade-arcs",
    "venues",
    "venue-labels",
)
PICKABLE = ("corridors-built", "corridors-planned", "corridor-points", "trade-arcs", "venues")


@dataclass(frozen=True)
class View:
    latitude: float = 36.0
    longitude: float = 52.0
    zoom: float = 3.4
    pitch: float = 0.0
    bearing: float = 0.0


#: Frames Türkiye, Azerbaijan and Pakistan with the Caucasus corridors in between.
HOME = View()


def money(value: float) -> str:
    """US dollars in words a reader takes in at a glance: $1.4bn, $27.0m."""
    if value >= 1e9:
        return f"${value / 1e9:,.1f}bn"
    if value >= 1e6:
        return f"${value / 1e6:,.1f}m"
    return f"${value:,.0f}"


def _num(value: Any) -> float | int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value) if float(value).is_integer() else float(value)


def year_text(value: Any) -> str:
    """A year as text ('2006'), or '' if missing."""
    number = _num(value)
    return "" if number is None else str(int(number))


def capacity_text(row: Any) -> str:
    """Capacity with its unit ('16 bcm per year'), or '—'."""
    value = _num(row["capacity"])
    return f"{value:,} {row['capacity_unit']}" if value is not None else "—"


def corridor_tooltip(row: dict[str, Any]) -> tuple[str, str]:
    """Title and plain-text body of a corridor's hover tooltip."""
    since = f"opened {year_text(row['opened'])}" if _num(row["opened"]) else f"agreed {year_text(row['announced'])}"
    if _num(row["planned"]):
        since += f", planned {year_text(row['planned'])}"
    lines = [f"{row['mode']} · {row['status']} · {since}"]
    figures = []
    if _num(row["length_km"]):
        figures.append(f"{row['length_km']:,.0f} km")
    if _num(row["capacity"]):
        figures.append(capacity_text(row))
    if figures:
        lines.append(" · ".join(figures))
    lines.append("Click for details and sources")
    return row["name"], "\n".join(lines)


def corridor_records(corridors: pd.DataFrame, paths: dict[str, list]) -> tuple[list[dict], list[dict], list[dict]]:
    """Rows for the built-line, planned-line and point layers (``paths``: the dataset's drawing paths, by id)."""
    built, planned, points = [], [], []
    for row in corridors.to_dict("records"):
        built_status = row["status"] in BUILT_STATUSES
        base = {
            "id": row["id"],
            "kind": "corridor",
            "name": row["name"],
            "short_name": row["short_name"],
            "mode": row["mode"],
            "status": row["status"],
            "color": list(MODE_COLORS.get(row["mode"], (90, 90, 90))) + [255 if built_status else 210],
            "width": MODE_WIDTH.get(row["mode"], 5),
        }
        base["title"], base["body"] = corridor_tooltip(row)
        geometry = row["geometry"]
        if geometry.geom_type == "Point":
            points.append({**base, "position": [round(geometry.x, 4), round(geometry.y, 4)]})
            continue
        target = built if built_status else planned
        drawn = paths.get(row["id"]) or screen_paths(geometry)  # a frame edited after loading has no cached path
        for number, path in enumerate(drawn):
            target.append({**base, "part": number, "path": path})
    return built, planned, points


#: Lines of a venue's tooltip; a busier place shows its latest events and a count of the rest.
MAX_TOOLTIP_LINES = 12


def venue_records(events: pd.DataFrame) -> list[dict]:
    """One point per place, with how many of the selected events happened there."""
    out = []
    for (place, lat, lon), group in events.groupby(["place", "lat", "lon"], sort=True):
        group = group.sort_values("start")
        lines = [f"{d} · {t}" for d, t in zip(group["date"], group["title"], strict=True)]
        count = len(group)
        if count > MAX_TOOLTIP_LINES:  # the latest ones; the details panel lists them all
            lines = [f"… {count - MAX_TOOLTIP_LINES + 1:,} earlier (click for all)"] + lines[-MAX_TOOLTIP_LINES + 1 :]
        out.append(
            {
                "id": f"venue:{place}",
                "kind": "venue",
                "place": place,
                "count": count,
                "event_ids": list(group["id"]),
                "position": [round(float(lon), 4), round(float(lat), 4)],
                "radius": round(5 + 3 * math.sqrt(count), 1),
                "label": place if count == 1 else f"{place} ({count})",
                "title": f"{place} · {count} event{'s' * (count > 1)}",
                "body": "\n".join(lines),
            }
        )
    return out


def _pixel(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    scale = 512 * 2**zoom / (2 * math.pi)  # deck.gl's web-mercator tile size is 512 px
    x = scale * (math.radians(lon) + math.pi)
    y = scale * (math.pi - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))
    return x, y


def _placements(clearance: float, line_px: float) -> tuple[tuple[str, tuple[float, float]], ...]:
    """Label spots tried in order, clear of a dot of radius ``clearance``: right, left, above, below."""
    above = clearance + line_px / 2
    return (("start", (clearance, 0)), ("end", (-clearance, 0)), ("middle", (0, -above)), ("middle", (0, above)))


def _overlaps(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def declutter(venues: list[dict], zoom: float = HOME.zoom, char_px: float = 7.5, line_px: float = 16.0) -> list[dict]:
    """Labels placed at ``zoom`` so none overlaps another label or any dot: busiest places first, each in
    the first free spot beside its dot. A place whose label fits nowhere keeps its dot and tooltip.
    """
    dots = []
    for venue in venues:
        x, y = _pixel(*venue["position"], zoom)
        r = venue["radius"]
        dots.append((x - r, y - r, x + r, y + r))
    placed: list[tuple[float, float, float, float]] = []
    out = []
    for venue in sorted(venues, key=lambda v: (-v["count"], v["place"])):
        x, y = _pixel(*venue["position"], zoom)
        width = char_px * len(venue["label"])
        for anchor, (dx, dy) in _placements(venue["radius"] + 3, line_px):
            left = {"start": x + dx, "end": x + dx - width, "middle": x - width / 2}[anchor]
            box = (left, y + dy - line_px / 2, left + width, y + dy + line_px / 2)
            if not any(_overlaps(box, other) for other in placed + dots):
                placed.append(box)
                out.append({**venue, "anchor": anchor, "offset": [round(dx, 1), round(dy, 1)]})
                break
    return out


def trade_records(trade: pd.DataFrame, sources: pd.DataFrame) -> list[dict]:
    """One arc per pair between capitals; width on a square-root scale of the value."""
    if trade.empty:
        return []
    top = float(trade["value_usd"].max())
    out = []
    for row in trade.itertuples(index=False):
        a, b = CAPITALS.get(row.reporter), CAPITALS.get(row.partner)
        if a is None or b is None:
            continue
        cited = ", ".join(sources.loc[s, "publisher"] if s in sources.index else s for s in row.sources)
        label = "estimate" if row.kind == "estimate" else "goods trade"
        out.append(
            {
                "id": f"trade:{row.pair}:{row.year}",
                "kind": "trade",
                "pair": row.pair,
                "year": int(row.year),
                "value_usd": float(row.value_usd),
                "source": [a[2], a[1]],
                "target": [b[2], b[1]],
                "color": list(PAIR_COLORS.get(row.pair, (90, 90, 90))) + [170],
                "width": round(max(2.0, 14 * math.sqrt(row.value_usd / top)), 1),
                "title": f"{a[0]}–{b[0]} · {row.year}",
                "body": f"{money(row.value_usd)} {label} ({row.flow})\nbasis: {row.basis}\nsource: {cited}",
            }
        )
    return out


#: Current short names where Natural Earth's copy is older.
NAME_OVERRIDES = {"TUR": "Türkiye"}


def country_labels(countries: dict[str, Any], focus: tuple[str, ...] = FOCUS_COUNTRIES) -> list[dict]:
    """Names of the ``focus`` countries and the larger neighbours."""
    from shapely.geometry import shape

    out = []
    for feature in countries.get("features", []):
        geom = shape(feature["geometry"])
        if geom.area < 12 and feature["properties"]["iso_a3"] not in focus:
            continue
        point = geom.representative_point()
        iso = feature["properties"]["iso_a3"]
        name = NAME_OVERRIDES.get(iso, feature["properties"]["name"])
        highlighted = iso in focus
        out.append(
            {
                "name": name.upper() if highlighted else name,
                "position": [round(point.x, 2), round(point.y, 2)],
                "color": [90, 70, 20, 220] if highlighted else [120, 120, 120, 200],
                "size": 13 if highlighted else 11,
            }
        )
    return out


def styled_countries(countries: dict[str, Any], focus: tuple[str, ...] = FOCUS_COUNTRIES) -> dict[str, Any]:
    """Country polygons with their fill colour as a property (``focus`` countries highlighted)."""
    features = [
        {
            **f,
            "properties": {
                **f["properties"],
                "fill": list(FOCUS_LAND if f["properties"]["iso_a3"] in focus else LAND),
            },
        }
        for f in countries.get("features", [])
    ]
    return {"type": "FeatureCollection", "features": features}


def basemap_layers(ds: Dataset, focus: tuple[str, ...] = FOCUS_COUNTRIES) -> list[pdk.Layer]:
    """Sea, country polygons and names: a readable map with no tile server."""
    west, south, east, north = REGION
    sea = [{"polygon": [[west, south], [east, south], [east, north], [west, north]]}]
    return [
        pdk.Layer("PolygonLayer", sea, id="sea", get_polygon="polygon", get_fill_color=list(SEA), stroked=False),
        pdk.Layer(
            "GeoJsonLayer",
            styled_countries(ds.countries, focus),
            id="countries",
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color=[150, 150, 150],
            line_width_min_pixels=0.6,
        ),
        pdk.Layer(
            "TextLayer",
            country_labels(ds.countries, focus),
            id="country-labels",
            get_position="position",
            get_text="name",
            get_color="color",
            get_size="size",
            font_family=FONT,
            character_set="'auto'",
        ),
    ]


def build_layers(ds: Dataset, sel: Selection, focus: tuple[str, ...] = FOCUS_COUNTRIES) -> list[pdk.Layer]:
    """All layers of the map for a selection, in drawing order."""
    built, planned, points = corridor_records(sel.corridors, ds.paths)
    venues = venue_records(sel.events)
    show_labels = "labels" in sel.filters.layers
    layers = basemap_layers(ds, focus)
    path_args = dict(
        get_path="path",
        get_color="color",
        get_width="width",
        width_units="'pixels'",
        pickable=True,
        auto_highlight=True,
    )
    layers += [
        pdk.Layer("PathLayer", built, id="corridors-built", cap_rounded=True, joint_rounded=True, **path_args),
        pdk.Layer(
            "PathLayer",
            planned,
            id="corridors-planned",
            extensions=[{"@@type": "PathStyleExtension", "dash": True}],
            get_dash_array=[3, 2],
            dash_justified=True,
            **path_args,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            points,
            id="corridor-points",
            get_position="position",
            get_fill_color="color",
            get_line_color=[255, 255, 255],
            get_radius=7,
            radius_units="'pixels'",
            stroked=True,
            line_width_min_pixels=2,
            pickable=True,
        ),
        pdk.Layer(
            "ArcLayer",
            trade_records(sel.trade, ds.sources),
            id="trade-arcs",
            get_source_position="source",
            get_target_position="target",
            get_source_color="color",
            get_target_color="color",
            get_width="width",
            width_units="'pixels'",
            get_height=0.35,
            # tilted into the map plane, so arcs curve clear of the corridors in the flat view
            get_tilt=90,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            venues,
            id="venues",
            get_position="position",
            get_radius="radius",
            radius_units="'pixels'",
            get_fill_color=list(VENUE) + [230],
            get_line_color=[255, 255, 255],
            stroked=True,
            line_width_min_pixels=1.5,
            pickable=True,
            auto_highlight=True,
        ),
        pdk.Layer(
            "TextLayer",
            declutter(venues) if show_labels else [],
            id="venue-labels",
            get_position="position",
            get_text="label",
            get_size=13,
            get_color=[20, 20, 20],
            get_text_anchor="anchor",
            get_alignment_baseline="'center'",
            get_pixel_offset="offset",
            font_family=FONT,
            font_weight=600,
            outline_width=3,
            outline_color=[255, 255, 255],
            font_settings={"sdf": True},
            character_set="'auto'",
        ),
    ]
    return layers


#: Streamlit escapes the values it puts into this template, so titles and bodies stay plain text.
TOOLTIP = {
    "html": '<b>{title}</b><div style="white-space:pre-line;margin-top:4px">{body}</div>',
    "style": {"backgroundColor": "#1f2430", "color": "#f5f5f5", "fontSize": "13px", "maxWidth": "360px"},
}


def fit_view(bounds: tuple[float, float, float, float], width: int = 900, height: int = 420) -> View:
    """Camera that shows a lon/lat box with a margin, for a map of ``width`` × ``height`` pixels."""
    west, south, east, north = bounds
    x0, y1 = _pixel(west, south, 0)
    x1, y0 = _pixel(east, north, 0)
    span_x, span_y = max(x1 - x0, 1e-6), max(y1 - y0, 1e-6)
    zoom = math.log2(min(width * 0.8 / span_x, height * 0.8 / span_y))
    zoom = max(1.0, min(zoom, 9.0))
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    lon = math.degrees(cx / (512 / (2 * math.pi)) - math.pi)
    lat = math.degrees(2 * math.atan(math.exp(math.pi - cy / (512 / (2 * math.pi)))) - math.pi / 2)
    return View(latitude=round(lat, 4), longitude=round(lon, 4), zoom=round(zoom, 2))


#: Colours of users' own layers, in upload order (Okabe–Ito purple, then greys).
USER_COLORS: tuple[RGB, ...] = ((102, 51, 153), (80, 80, 80), (150, 150, 150))


def user_layers(uploaded: tuple = ()) -> list[pdk.Layer]:
    """Users' own layers (see :mod:`corridors.userlayers`), drawn above the dataset's layers."""
    from corridors.userlayers import records

    out = []
    for number, layer in enumerate(uploaded):
        color = list(USER_COLORS[number % len(USER_COLORS)])
        out.append(
            pdk.Layer(
                "GeoJsonLayer",
                records(layer),
                id=f"user-{number}",
                stroked=True,
                filled=True,
                get_fill_color=color + [70],
                get_line_color=color + [230],
                line_width_min_pixels=2,
                point_radius_min_pixels=5,
                pickable=True,
                auto_highlight=True,
            )
        )
    return out


class CompactDeck(pdk.Deck):
    """A pydeck Deck that serialises without indentation: same JSON, about 4× smaller and faster to send."""

    def to_json(self) -> str:
        from pydeck.bindings.json_tools import default_serialize

        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def build_deck(
    ds: Dataset, sel: Selection, view: View = HOME, focus: tuple[str, ...] = FOCUS_COUNTRIES, uploaded: tuple = ()
) -> pdk.Deck:
    """The whole map: offline basemap, corridors, venues and trade arcs, users' layers, with tooltips."""
    return CompactDeck(
        layers=build_layers(ds, sel, focus) + user_layers(uploaded),
        initial_view_state=pdk.ViewState(
            latitude=view.latitude, longitude=view.longitude, zoom=view.zoom, pitch=view.pitch, bearing=view.bearing
        ),
        # map_provider=None with pydeck's default map_style sentinel: Streamlit then draws no tiles
        map_provider=None,
        tooltip=TOOLTIP,
    )


@dataclass(frozen=True)
class LegendEntry:
    group: str
    label: str
    color: RGB
    style: str  # "line", "dashed", "dot", "arc"
    note: str = ""


def legend(sel: Selection, uploaded: tuple = ()) -> list[LegendEntry]:
    """Legend for what is on the map now: modes present, line styles, venues, arcs, users' layers."""
    entries: list[LegendEntry] = [
        LegendEntry("Your layers", layer.name, USER_COLORS[n % len(USER_COLORS)], "line")
        for n, layer in enumerate(uploaded)
    ]
    for mode in sorted(set(sel.corridors["mode"])):
        style = "dot" if mode == "air" else "line"
        entries.append(LegendEntry("Corridors by mode", mode, MODE_COLORS.get(mode, (90, 90, 90)), style, MODES[mode]))
    if not sel.corridors.empty:
        built = ", ".join(s for s in BUILT_STATUSES if s in set(sel.corridors["status"]))
        other = ", ".join(s for s in STATUSES if s not in BUILT_STATUSES and s in set(sel.corridors["status"]))
        if built:
            entries.append(LegendEntry("Line style", "solid: " + built, (60, 60, 60), "line"))
        if other:
            entries.append(LegendEntry("Line style", "dashed: " + other, (60, 60, 60), "dashed"))
    if not sel.events.empty:
        entries.append(LegendEntry("Venues", "event place (size = number of events)", VENUE, "dot"))
    for pair in sorted(set(sel.trade["pair"])):
        row = sel.trade[sel.trade["pair"] == pair].iloc[0]
        entries.append(
            LegendEntry(
                "Trade arcs (width ∝ √value)", f"{pair} {row.year}: {money(row.value_usd)}", PAIR_COLORS[pair], "arc"
            )
        )
    return entries


ATTRIBUTION_TEXT = ATTRIBUTION + " · Data: see the Sources of each record"


def profile_deck(ds: Dataset, corridor_id: str, filters: Filters) -> pdk.Deck:
    """A map framed on one corridor, the countries it crosses highlighted, with its events."""
    corridor = ds.corridors[ds.corridors["id"] == corridor_id]
    events = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)]
    geometry = corridor.iloc[0]["geometry"]
    west, south, east, north = geometry.buffer(0.5).bounds
    sel = Selection(corridors=corridor, events=events, trade=ds.trade.iloc[0:0], filters=filters)
    countries = tuple(corridor.iloc[0]["countries"])
    return build_deck(ds, sel, view=fit_view((west, south, east, north), width=600, height=420), focus=countries)


def place_deck(ds: Dataset, events: pd.DataFrame, filters: Filters) -> pdk.Deck:
    """A small map centred on the place of the given events."""
    lon, lat = float(events.iloc[0]["lon"]), float(events.iloc[0]["lat"])
    sel = Selection(corridors=ds.corridors.iloc[0:0], events=events, trade=ds.trade.iloc[0:0], filters=filters)
    return build_deck(ds, sel, view=fit_view((lon - 6, lat - 4, lon + 6, lat + 4), 600, 320))


def geometric_dashes(path: list[list[float]], dash: float = 0.4, gap: float = 0.25) -> list[list[list[float]]]:
    """A path cut into dashes ``dash`` degrees long with ``gap`` between them.

    Used where deck.gl's PathStyleExtension is not available (the standalone HTML export).
    """
    pieces: list[list[list[float]]] = []
    current: list[list[float]] = [path[0]]
    drawing, left = True, dash
    for (x0, y0), (x1, y1) in zip(path, path[1:], strict=False):
        seg = math.hypot(x1 - x0, y1 - y0)
        pos = 0.0
        while seg - pos > left:
            pos += left
            t = pos / seg
            point = [round(x0 + (x1 - x0) * t, 4), round(y0 + (y1 - y0) * t, 4)]
            if drawing:
                current.append(point)
                pieces.append(current)
            else:
                current = [point]
            drawing = not drawing
            left = dash if drawing else gap
        left -= seg - pos
        if drawing:
            current.append([x1, y1])
    if drawing and len(current) > 1:
        pieces.append(current)
    return pieces


def portable_spec(deck: pdk.Deck) -> dict[str, Any]:
    """The deck's JSON with dashed layers drawn as dash segments, for renderers without extensions."""
    spec = json.loads(deck.to_json())
    spec.pop("mapStyle", None)
    for layer in spec["layers"]:
        if any(ext.get("@@type") == "PathStyleExtension" for ext in layer.get("extensions", [])):
            layer["data"] = [
                {**record, "path": piece} for record in layer["data"] for piece in geometric_dashes(record["path"])
            ]
            for key in ("extensions", "getDashArray", "dashJustified"):
                layer.pop(key, None)
    return spec
