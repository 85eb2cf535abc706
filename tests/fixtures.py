"""Test helpers shared by every test module: small geodata folders, and ways to open and read the app.

Tests import helpers from here only, never from each other. ``tiny`` is one record of each kind (to
corrupt); ``small`` is a few records of every kind, enough to describe the app's behaviour without
pinning the bundled data, which changes with every correction. The upload corpus and zip helpers
are at the end; ``fuzz`` is the mutation fuzzer (tests/fuzz/, ``make fuzz``).
"""

from __future__ import annotations

import io
import json
import re
import time
import zipfile
from pathlib import Path
from typing import Any

import pyarrow as pa
from PIL import Image
from streamlit.testing.v1 import AppTest

from corridors.navigation import APP
from tests import fuzz  # noqa: F401 - the mutation fuzzer, handed on to test_fuzz.py

ROOT = Path(__file__).resolve().parents[1]
GEODATA = ROOT / "geodata"
DEFAULT_BRIEFING = GEODATA / "briefings" / "default.yaml"

TINY_SOURCES = (
    "id,title,publisher,date,url,type,accessed\n"
    "op,Operator page,Pipeline Co.,2020-01-02,https://example.org/op,operator,2026-11-22\n"
)
TINY_EVENTS = (
    "id,date,kind,title,place,lat,lon,participants,summary,figure_value,figure_unit,corridors,sources,note\n"
    "opening,2010-05-01,infrastructure_opening,Line opened,Baku,40.4,49.9,AZE;TUR,Opened.,,,line,op,\n"
)
TINY_TRADE = (
    "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note\n"
    "AZE,TUR,2010,total,1000000,Customs,actual,shown,op,\n"
)
DISAGREEMENTS_HEADER = "id,topic,record,claim_a,source_a,claim_b,source_b,shown,why\n"


def tiny_corridor(**props: object) -> dict:
    base = {
        "id": "line",
        "name": "Test line",
        "short_name": "TL",
        "mode": "rail",
        "status": "operating",
        "opened": 2010,
        "announced": 2005,
        "length_km": 111,
        "capacity": 5,
        "capacity_unit": "million tonnes per year",
        "operator": "Rail Co.",
        "countries": ["AZE"],
        "description": "A line along one degree of latitude.",
        "geometry_quality": "schematic",
        "sources": ["op"],
    }
    base.update(props)
    return {
        "type": "Feature",
        "properties": base,
        "geometry": {"type": "LineString", "coordinates": [[49.0, 40.0], [49.0, 41.0]]},
    }


def _box(west: float, south: float, east: float, north: float) -> dict:
    return {
        "type": "Polygon",
        "coordinates": [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
    }


def _countries(*shapes: tuple[str, str, dict]) -> str:
    features = [
        {"type": "Feature", "properties": {"name": name, "iso_a3": iso}, "geometry": geometry}
        for name, iso, geometry in shapes
    ]
    return json.dumps({"type": "FeatureCollection", "features": features})


def write_geodata(root: Path, features: list[dict] | None = None) -> Path:
    """A minimal valid geodata folder in EPSG:4326: one corridor, event, trade row and source."""
    root.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features if features is not None else [tiny_corridor()]}
    (root / "corridors.geojson").write_text(json.dumps(collection))
    (root / "events.csv").write_text(TINY_EVENTS)
    (root / "trade.csv").write_text(TINY_TRADE)
    (root / "sources.csv").write_text(TINY_SOURCES)
    (root / "disagreements.csv").write_text(DISAGREEMENTS_HEADER)
    (root / "countries.geojson").write_text(_countries(("Azerbaijan", "AZE", _box(48, 39, 50, 42))))
    return root


def _corridor(cid: str, geometry: dict, **props: Any) -> dict:
    base = {
        "id": cid,
        "short_name": cid.upper(),
        "operator": "Operator Co.",
        "countries": ["AZE"],
        "description": f"The {cid} of the small fixture.",
        "geometry_quality": "schematic",
        "sources": ["op"],
    }
    return {"type": "Feature", "properties": base | props, "geometry": geometry}


def _line(*points: tuple[float, float]) -> dict:
    return {"type": "LineString", "coordinates": [list(p) for p in points]}


#: Four corridors: two built lines (oil, gas), a planned railway and an airport.
SMALL_CORRIDORS = [
    _corridor(
        "oil-line",
        _line((49.9, 40.4), (44.8, 41.7), (35.9, 37.0)),
        name="Oil Line (Baku–Ceyhan)",
        mode="oil",
        status="operating",
        opened=2006,
        announced=1998,
        length_km=1400,
        capacity=1,
        capacity_unit="million barrels per day",
        countries=["AZE", "GEO", "TUR"],
    ),
    _corridor(
        "gas-line",
        _line((41.3, 39.9), (26.5, 41.7)),
        name="Gas Line",
        mode="gas",
        status="operating",
        opened=2018,
        announced=2012,
        length_km=1250,
        capacity=16,
        capacity_unit="bcm per year",
        countries=["TUR"],
        sources=["op", "news"],
    ),
    _corridor(
        "rail-line",
        _line((49.9, 40.4), (73.0, 33.7)),
        name="Rail Line",
        mode="rail",
        status="planned",
        announced=2020,
        planned=2028,
        capacity=5,
        capacity_unit="million tonnes per year",
        countries=["AZE", "PAK"],
    ),
    _corridor(
        "airport",
        {"type": "Point", "coordinates": [46.55, 39.64]},
        name="Lachin airport",
        mode="air",
        status="operating",
        opened=2025,
        announced=2021,
        sources=["news"],
    ),
]
SMALL_SOURCES = (
    "id,title,publisher,date,url,type,accessed\n"
    "op,Operator page,Pipeline Co.,2020-01-02,https://example.org/op,operator,2026-11-22\n"
    "stats,Trade in 2023,Statistics Office,2024-02-01,https://example.org/stats,statistics,2026-11-22\n"
    "news,Leaders meet,Daily News,2025-05-28,https://example.org/news,news,2026-11-22\n"
    "other,A different figure,Other Paper,2024,,news,2026-11-22\n"
)
SMALL_EVENTS = (
    "id,date,kind,title,place,lat,lon,participants,summary,figure_value,figure_unit,corridors,sources,note\n"
    "oil-opening,2006-07-13,infrastructure_opening,Oil Line opened,Ceyhan,36.9,35.9,AZE;TUR,Opened.,,,oil-line,op,\n"
    "gas-opening,2018-06-12,infrastructure_opening,Gas Line opened,Ankara,39.9,32.9,AZE;TUR,Opened.,,,gas-line,op,\n"
    "exercise-2021,2021-09-12/2021-09-20,military_exercise,Joint exercise,Baku,40.4,49.9,AZE;TUR;PAK,Drills.,,,,news,\n"
    "speakers-2021,2021-07-27,parliamentary,Speakers meet,Baku,40.4,49.9,AZE;TUR;PAK,Speakers.,,,,news,\n"
    "summit-2024,2024-07-03,summit,First summit,Astana,51.1,71.4,AZE;TUR;PAK,Leaders.,,,,news,\n"
    "eve-2025,2025-05-27,bilateral_visit,Eve-of-summit meeting,Lachin,39.64,46.55,AZE;PAK,Talks.,,,,news,\n"
    "summit-2025,2025-05-28,summit,Summit in Lachin,Lachin,39.64,46.55,AZE;TUR;PAK,Leaders.,3,agreements,,news,\n"
)
SMALL_TRADE = (
    "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note\n"
    "AZE,TUR,2016,total,3900000000,Customs,actual,shown,stats,\n"
    "AZE,TUR,2022,total,5800000000,Customs,actual,shown,stats,\n"
    "AZE,TUR,2023,total,7600000000,Customs,actual,shown,stats,\n"
    "AZE,TUR,2023,total,7500000000,Press,estimate,alternative,other,rounded\n"
    "AZE,TUR,2023,total,15000000000,Leaders,target,shown,news,by 2030\n"
    "AZE,PAK,2022,total,30000000,Customs,actual,shown,stats,\n"
    "AZE,PAK,2024,total,1600000000,Ministry,investment,shown,news,pledge\n"
    "TUR,PAK,2021,total,1500000000,Ministry,defence_deal,shown,news,\n"
    "TUR,PAK,2024,total,1400000000,Presidency,estimate,shown,news,\n"
)
SMALL_DISAGREEMENTS = DISAGREEMENTS_HEADER + (
    'oil-length,Length of the Oil Line,corridors.geojson:oil-line,"1,400 km",op,"1,500 km",other,a,'
    "The operator measured it.\n"
)
SMALL_BRIEFING = """id: small
title: The small story
views:
- title: Energy lines
  caption: "The Oil Line carries 1 million barrels per day."
  sources: [op]
  filters: {modes: [oil, gas], years: [2006, 2025], layers: [corridors, labels]}
  camera: {latitude: 39.5, longitude: 40.0, zoom: 4.0}
- title: Summits
  caption: "Leaders met in Astana and Lachin."
  sources: [news, stats]
  filters: {years: [2024, 2025], layers: [events, labels]}
  camera: {latitude: 40.0, longitude: 55.0, zoom: 3.5}
  selected: summit-2025
"""


def write_small(root: Path) -> Path:
    """A small valid geodata folder: four corridors, seven events at four places, three trade pairs with a
    target, an alternative claim, an investment and a defence deal, one disagreement and a two-view briefing.
    """
    root.mkdir(parents=True, exist_ok=True)
    (root / "corridors.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": SMALL_CORRIDORS}))
    (root / "events.csv").write_text(SMALL_EVENTS)
    (root / "trade.csv").write_text(SMALL_TRADE)
    (root / "sources.csv").write_text(SMALL_SOURCES)
    (root / "disagreements.csv").write_text(SMALL_DISAGREEMENTS)
    (root / "countries.geojson").write_text(
        _countries(
            ("Azerbaijan", "AZE", _box(45, 38.5, 50, 43.5)),
            ("Turkey", "TUR", _box(26, 36, 36, 46)),
            ("Pakistan", "PAK", _box(62, 24, 74, 36)),
            ("Georgia", "GEO", _box(40, 41.5, 42, 43.5)),
            ("Iran", "IRN", _box(50, 28, 60, 38)),
        )
    )
    (root / "briefings").mkdir(exist_ok=True)
    (root / "briefings" / "small.yaml").write_text(SMALL_BRIEFING)
    return root


# --- the app through AppTest -------------------------------------------------------------------------------


def run_app(query: dict[str, str] | None = None, page: str | None = None) -> AppTest:
    """The app (or ``page``) opened from a link carrying ``query``, run once without an exception."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if page:
        at.switch_page(page)
    at.run()
    assert not at.exception, at.exception
    return at


def opened(at: AppTest, *panels: str) -> AppTest:
    """The page again with the given panels open (their content is drawn only then: components.panel)."""
    for key in panels:
        at.session_state[key] = True
    return at.run()


def elements(at: AppTest, kind: str) -> list:
    """Every element of ``kind`` (e.g. 'deck_gl_json_chart', 'vega_lite_chart') on the page, in order."""
    found = []

    def walk(node: Any) -> None:
        if type(node).__name__ == "UnknownElement" and node.type == kind:
            found.append(node)
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                walk(child)

    walk(at._tree)
    return found


def deck_of(at: AppTest, number: int = 0) -> dict:
    """The JSON of the ``number``-th map on the page (its tooltip template under ``tooltip``)."""
    proto = elements(at, "deck_gl_json_chart")[number].proto
    return json.loads(proto.json) | {"tooltip": json.loads(proto.tooltip or "{}")}


def layer_data(deck: dict, layer_id: str) -> list[dict]:
    return next(item for item in deck["layers"] if item["id"] == layer_id)["data"]


def layer_records(deck: dict, layer_id: str) -> list[dict]:
    """A layer's records as the tooltip and a click see them: a GeoJSON feature's properties."""
    return [record.get("properties", record) for record in layer_data(deck, layer_id)]


def ids_in(deck: dict, *layer_ids: str) -> set[str]:
    """Ids of the records drawn in the given layers of a deck's JSON."""
    return {record["id"] for layer_id in layer_ids for record in layer_records(deck, layer_id)}


def corridors_on_map(at: AppTest, number: int = 0) -> set[str]:
    return ids_in(deck_of(at, number), "corridors-built", "corridors-planned", "corridor-points")


def chart_rows(chart: Any) -> list[dict]:
    """Rows of the first dataset of a Vega-Lite chart element."""
    data = chart.proto.datasets[0].data.data
    return pa.ipc.open_stream(data).read_all().to_pylist()


def widget(items: Any, label: str) -> Any:
    """The first widget whose label contains ``label``."""
    return next(w for w in items if label in w.label)


# --- basemap sources ---------------------------------------------------------------------------------------


def square_topology() -> dict:
    """Two countries sharing one border (arc 0, x = 45 from 38°N to 43°N): Azerbaijan (id 031) east of it,
    an unnamed country with no id west of it, and a third far outside the basemap's region (Brazil, 076).
    """
    return {
        "type": "Topology",
        "arcs": [
            [[45, 38], [45, 43]],  # shared border, south to north
            [[45, 43], [50, 43], [50, 38], [45, 38]],  # Azerbaijan's other sides
            [[45, 38], [40, 38], [40, 43], [45, 43]],  # the western country's other sides
            [[-50, -10], [-45, -10], [-45, -5], [-50, -5], [-50, -10]],  # Brazil, off the region
        ],
        "objects": {
            "countries": {
                "type": "GeometryCollection",
                "geometries": [
                    {"type": "Polygon", "id": "031", "properties": {"name": "Azerbaijan"}, "arcs": [[0, 1]]},
                    {"type": "Polygon", "properties": {"name": "Westland"}, "arcs": [[~0, 2]]},
                    {"type": "Polygon", "id": "076", "properties": {"name": "Brazil"}, "arcs": [[3]]},
                ],
            }
        },
    }


def lake_topology() -> dict:
    """One lake, a 1° square inside Azerbaijan of :func:`square_topology`, in quantised form."""
    return {
        "type": "Topology",
        "transform": {"scale": [0.5, 0.5], "translate": [47, 40]},
        "arcs": [[[0, 0], [2, 0], [0, 2], [-2, 0], [0, -2]]],
        "objects": {"lakes": {"type": "GeometryCollection", "geometries": [{"type": "Polygon", "arcs": [[0]]}]}},
    }


def write_tarball(path: Path, member: str, data: dict) -> Path:
    """An npm-style tarball at ``path`` holding ``data`` as JSON under ``member``."""
    import io
    import tarfile

    raw = json.dumps(data).encode()
    with tarfile.open(path, "w:gz") as archive:
        info = tarfile.TarInfo(member)
        info.size = len(raw)
        archive.addfile(info, io.BytesIO(raw))
    return path


# --- labels ------------------------------------------------------------------------------------------------

#: Places as close together as the partnership's venues are: (place, lon, lat, events).
DENSE_PLACES = [
    ("Baku", 49.867, 40.409, 29),
    ("Azadliq Square, Baku", 49.853, 40.372, 1),
    ("Heydar Aliyev International Airport, Baku", 50.047, 40.467, 2),
    ("Sangachal terminal", 49.47, 40.18, 3),
    ("Port of Baku, Alat", 49.42, 39.95, 1),
    ("Gabala", 47.85, 40.98, 2),
    ("Ganja", 46.36, 40.68, 2),
    ("Nakhchivan", 45.41, 39.21, 4),
    ("Lachin", 46.55, 39.64, 2),
    ("Shusha", 46.75, 39.76, 1),
    ("Khankendi", 46.75, 39.82, 3),
    ("Fuzuli", 47.15, 39.6, 1),
    ("Zangilan", 46.65, 39.08, 1),
    ("Iğdır", 44.04, 39.92, 1),
    ("Kars", 43.1, 40.6, 1),
    ("Tbilisi", 44.79, 41.72, 1),
    ("Ankara", 32.86, 39.93, 20),
    ("Istanbul", 28.98, 41.01, 15),
    ("Izmir", 27.14, 38.42, 1),
    ("Konya", 32.49, 37.87, 3),
    ("Eskişehir", 30.52, 39.78, 1),
    ("Ceyhan", 35.82, 37.03, 2),
    ("Islamabad", 73.05, 33.68, 13),
    ("Rawalpindi", 73.05, 33.6, 3),
    ("Islamabad International Airport", 72.83, 33.55, 1),
    ("Tarbela", 72.7, 34.09, 1),
    ("Kamra", 72.4, 33.87, 1),
    ("Karachi", 67.0, 24.86, 5),
    ("Tehran", 51.39, 35.69, 1),
    ("Astana", 71.43, 51.13, 2),
]


def dense_venues() -> list[dict]:
    """Venue records (as corridors.records makes them) for :data:`DENSE_PLACES`."""
    return [
        {
            "place": place,
            "count": count,
            "label": place if count == 1 else f"{place} ({count})",
            "position": [lon, lat],
            "radius": round(5 + 3 * count**0.5, 1),
        }
        for place, lon, lat, count in DENSE_PLACES
    ]


def crowding(labels: list[dict], dots: list[dict], frame: Any) -> list[str]:
    """Every way the placed ``labels`` fail a reader on ``frame``'s maps: a label over another label or
    over a dot, or one cut by a map edge. Empty when all are legible.
    """
    from corridors.labels import covers_dot, label_box, overlaps

    zoom = frame.view.zoom
    boxes = [(label["text"], label_box(label, zoom)) for label in labels]
    found = [
        f"{a} overlaps {b}" for i, (a, box) in enumerate(boxes) for b, other in boxes[i + 1 :] if overlaps(box, other)
    ]
    found += [
        f"{text} covers the dot of {dot.get('place', dot['position'])}"
        for text, box in boxes
        for dot in dots
        if covers_dot(box, dot, zoom)
    ]
    found += [f"{text} is cut by a map edge" for (text, box) in boxes if not frame.shows(box)]
    return found


# --- the browser -------------------------------------------------------------------------------------------

CHROMIUM = "/usr/bin/chromium"
#: Requests a page may make: the local server and in-page data. Anything else is refused and recorded.
LOCAL_URLS = ("http://localhost", "http://127.0.0.1", "ws://localhost", "ws://127.0.0.1", "data:", "blob:")


def chromium(playwright: Any) -> Any:
    """Debian's headless Chromium, quiet (no background requests of its own)."""
    return playwright.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-default-apps",
        ],
    )


def guarded(browser: Any, width: int = 1600, height: int = 1000) -> tuple[Any, list[str]]:
    """A new browser context of ``width`` × ``height`` that refuses every non-local request; the refused
    URLs are collected in the list returned with it.
    """
    context = browser.new_context(viewport={"width": width, "height": height})
    refused: list[str] = []

    def guard(route: Any) -> None:
        if route.request.url.startswith(LOCAL_URLS):
            route.continue_()
        else:
            refused.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return context, refused


def settle(pg: Any, *expanders: str, tr: Any = None, timeout: float = 120_000) -> None:
    """Wait for the page's heading and elements to be drawn, open ``expanders`` (English names, shown in
    ``tr``'s language), and move the pointer away (a hover tooltip is not page content)."""
    pg.get_by_role("heading").first.wait_for()
    pg.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout)
    for name in expanders:  # a panel draws its content once opened (components.panel): one rerun each
        pg.locator("summary", has_text=tr._(name) if tr else name).first.click()
        pg.wait_for_timeout(400)
        pg.wait_for_function("() => !document.querySelector('[data-testid=stStatusWidget]')", timeout=timeout)
    pg.wait_for_timeout(2500)
    pg.mouse.move(0, 0)


def map_canvas(page: Any) -> tuple[Any, dict]:
    """The largest canvas on the page (the map) and its bounding box."""
    page.wait_for_selector("canvas", timeout=120_000)  # a loaded 2-core machine draws slowly
    canvases = page.locator("canvas")
    boxes = [(canvases.nth(i), canvases.nth(i).bounding_box()) for i in range(canvases.count())]
    return max(boxes, key=lambda item: (item[1] or {}).get("width", 0) * (item[1] or {}).get("height", 0))


def wait_painted(page: Any, timeout: float = 30) -> Any:
    """Screenshot of the map once it shows more than a blank fill."""
    canvas, _ = map_canvas(page)
    deadline = time.time() + timeout
    while True:
        image = Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")
        colours = image.getcolors(maxcolors=1_000_000) or []
        if len(colours) > 200 or time.time() > deadline:
            return image
        time.sleep(1)


def wait_settled(page: Any, timeout: float = 150) -> Any:
    """Screenshot of the map once it is painted and two screenshots a second apart are the same (the basemap
    fetched, every layer drawn)."""
    canvas, _ = map_canvas(page)
    deadline = time.time() + timeout
    previous = None
    while time.time() < deadline:
        shot = canvas.screenshot()
        image = Image.open(io.BytesIO(shot)).convert("RGB")
        if shot == previous and len(image.getcolors(maxcolors=1_000_000) or []) > 200:
            return image
        previous = shot
        time.sleep(1)
    return Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")


# --- the interface's text, for the language tests --------------------------------------------------------------

#: Proto fields that hold no reader-facing text.
_NOT_TEXT = {
    "id",
    "form_id",
    "json",
    "spec",
    "data",
    "url",
    "icon",
    "page",
    "page_script_hash",
    "raw_value",
    "set_value",
}
#: Keys of a deck's layer records and a chart's spec that hold reader-facing text.
_DECK_TEXT = ("title", "body", "name", "label", "text")


def _proto_strings(message: Any, out: list[str]) -> None:
    """Every string field of a protobuf message, nested messages included (the reader-facing ones)."""
    for field, value in message.ListFields():
        if field.name in _NOT_TEXT:
            continue
        items = (
            list(value)
            if getattr(field, "is_repeated", False)
            or isinstance(value, (list, tuple))
            or type(value).__name__.startswith("Repeated")
            else [value]
        )
        for item in items:
            if isinstance(item, str):
                out.append(item)
            elif hasattr(item, "ListFields"):
                _proto_strings(item, out)


def _strings(value: Any, out: list[str], skip: set[str] = _NOT_TEXT) -> None:
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                _strings(item, out, skip)
    elif isinstance(value, list):
        for item in value:
            _strings(item, out, skip)


def _chart_texts(spec: Any, out: list[str]) -> None:
    """Titles of a Vega-Lite spec (chart, axes, legends, tooltips)."""
    if isinstance(spec, dict):
        for key, item in spec.items():
            if key == "title" and isinstance(item, str):
                out.append(item)
            elif key != "datasets":
                _chart_texts(item, out)
    elif isinstance(spec, list):
        for item in spec:
            _chart_texts(item, out)


_SCRIPT_ELEMENT = re.compile(r"<script>.*?</script>", re.S)


def visible_texts(at: AppTest) -> list[str]:
    """Every text a reader sees on the page: labels, options, captions, markdown, buttons, table headers,
    chart titles, and the map's labels and tooltips."""
    out: list[str] = []

    def walk(node: Any) -> None:
        kind = getattr(node, "type", "")
        proto = getattr(node, "proto", None)
        if kind == "deck_gl_json_chart":
            deck = json.loads(proto.json)
            for layer in deck["layers"]:
                for record in layer.get("data") or [] if isinstance(layer.get("data"), list) else []:
                    out.extend(str(record[k]) for k in _DECK_TEXT if isinstance(record, dict) and k in record)
            _strings(json.loads(proto.tooltip or "{}"), out)
        elif kind in ("arrow_vega_lite_chart", "vega_lite_chart"):
            _chart_texts(json.loads(proto.spec), out)
        elif kind in ("arrow_data_frame", "dataframe") or type(node).__name__ == "Dataframe":
            configured = json.loads(proto.columns or "{}")  # st.column_config labels, by column
            shown = list(proto.column_order) or [str(c) for c in node.value.columns]
            out.extend(
                str(configured.get(c, {}).get("label") or c) for c in shown if not configured.get(c, {}).get("hidden")
            )
        elif proto is not None:
            _proto_strings(proto, out)
        children = getattr(node, "children", None)
        if isinstance(children, dict):
            for child in children.values():
                walk(child)

    walk(at._tree)
    shown = (_SCRIPT_ELEMENT.sub("", text) for text in out)  # a script's words are code, not what is shown
    return [text for text in shown if text.strip()]


def catalog_english(lang: str) -> set[str]:
    """Every English interface string (the msgids of the catalogs) that ``lang``'s translation changes."""
    from babel.messages.pofile import read_po

    from corridors.i18n import po_path

    with po_path(lang).open("rb") as handle:
        catalog = read_po(handle)
    found = set()
    for message in catalog:
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        found |= {i for i in ids if i and i not in strings}
    return found


#: A few translations of the small folder's records (a copy of the folder gets them with :func:`with_translations`).
SMALL_TRANSLATIONS = (
    "record,field,lang,text,english_hash\n"
    "corridors.geojson:gas-line,name,tr,Gaz Hattı,\n"
    "corridors.geojson:gas-line,name,az,Qaz Xətti,\n"
    "corridors.geojson:gas-line,name,ur,گیس لائن,\n"
    "corridors.geojson:gas-line,short_name,tr,GH,\n"
    "corridors.geojson:gas-line,capacity_unit,tr,milyar m³/yıl,\n"
    "events.csv:summit-2025,title,tr,Laçin'de zirve,\n"
    "events.csv:summit-2025,title,ur,لاچین میں سربراہی اجلاس,\n"
    "place:Baku,name,tr,Bakü,\n"
    "place:Baku,name,ur,باکو,\n"
    "place:Lachin,name,tr,Laçin,\n"
    "country:AZE,name,tr,Azerbaycan,\n"
    "country:TUR,name,tr,Türkiye,\n"
    "country:TUR,name,az,Türkiyə,\n"
    "country:PAK,name,ur,پاکستان,\n"
    "mode:gas,label,tr,doğal gaz,\n"
    "mode:gas,description,tr,doğal gaz boru hattı,\n"
    "status:operating,label,tr,işletmede,\n"
    "briefings/small.yaml,title,tr,Küçük hikâye,\n"
    "briefings/small.yaml:Energy lines,title,tr,Enerji hatları,\n"
    "briefings/small.yaml:Energy lines,caption,tr,Petrol Hattı günde 1 milyon varil taşır.,\n"
)


def with_translations(small_root: Path, target: Path, text: str = SMALL_TRANSLATIONS) -> Path:
    """A copy of the small folder with ``text`` as its translations.csv."""
    import shutil

    shutil.copytree(small_root, target)
    (target / "translations.csv").write_text(text, encoding="utf-8")
    return target


# --- the upload corpus and zip archives -----------------------------------------------------------------------------

#: Files users might upload, each with its outcome and message in expected.csv (tests/corpus.py makes the zips).
FILES = ROOT / "tests" / "files"
#: Signatures of a zip's local file headers and of its central directory entries.
LOCAL, CENTRAL = b"PK\x03\x04", b"PK\x01\x02"


def zipped(files: dict[str, bytes], method: int = zipfile.ZIP_STORED) -> bytes:
    """A zip of ``files`` (name -> bytes), dated 2026-01-01 so the same files give the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            zf.writestr(info, data, compress_type=method, compresslevel=9 if method == zipfile.ZIP_DEFLATED else None)
    return out.getvalue()


def shapefile_parts() -> dict[str, bytes]:
    """The four files of the good zipped Shapefile (a point layer): s.shp, s.shx, s.dbf, s.prj."""
    with zipfile.ZipFile(FILES / "shapefile-ok.zip") as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def headers(data: bytes, signature: bytes) -> list[int]:
    """Offsets of every zip header with this signature (:data:`LOCAL` or :data:`CENTRAL`)."""
    found, at = [], data.find(signature)
    while at >= 0:
        found.append(at)
        at = data.find(signature, at + 1)
    return found


def patched(data: bytes, patches: list[tuple[int, bytes]]) -> bytes:
    """``data`` with bytes overwritten at each (offset, value)."""
    out = bytearray(data)
    for offset, value in patches:
        out[offset : offset + len(value)] = value
    return bytes(out)


# --- briefing views of every kind ----------------------------------------------------------------------------


def one_view(**view: Any) -> str:
    """A briefing file (YAML) holding one view titled 'T' with the given fields."""
    import yaml

    return yaml.safe_dump({"id": "x", "title": "X", "views": [{"title": "T", **view}]}, allow_unicode=True)


def parsed_view(ds: Any, **view: Any) -> Any:
    """The view of :func:`one_view`, read and checked against ``ds`` without a problem."""
    from corridors import briefing

    loaded, problems = briefing.parse(one_view(**view), ds)
    assert problems == [], [str(p) for p in problems]
    return loaded.views[0]


# --- accessibility checks in the browser ---------------------------------------------------------------------------

#: The axe-core rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices.
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

_FOCUS = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const ring = (n) => { const s = getComputedStyle(n);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; };
  const seen = (n) => { const r = n.getBoundingClientRect(), s = getComputedStyle(n);
    return r.width >= 4 && r.height >= 4 && s.opacity !== '0' && s.visibility !== 'hidden'; };
  const holder = el.closest('label, [data-baseweb="select"]');
  const label = el.labels && el.labels.length ? el.labels[0].innerText : '';
  const name = (el.getAttribute('aria-label') || label || el.innerText || el.tagName).trim().slice(0, 60);
  return {name: name, ring: (seen(el) && ring(el)) || (holder !== null && ring(holder))};
}"""


def axe_violations(page: Any) -> list[str]:
    """What axe-core (shipped inside axe-playwright-python, run offline) finds on the page, one line each."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_AA}})
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(str(n['target']) for n in v['nodes'][:3])}"
        for v in results.response["violations"]
    ]


def focused(page: Any) -> dict | None:
    """The focused control's name and whether a focus ring is drawn on it (or on its label or box)."""
    found: dict | None = page.evaluate(_FOCUS)
    return found
