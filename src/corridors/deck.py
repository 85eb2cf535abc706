"""The scene as a pydeck Deck for the browser: one layer per record list, each with a stable id.

A stable id lets a click selection survive reruns; every pickable record carries a plain-text
``title`` and ``body`` for the hover tooltip.
"""

from __future__ import annotations

import json
from typing import Any

import pydeck as pdk

from corridors import borders, shapes, static
from corridors import scene as scenes
from corridors.camera import HOME, View, fit_view
from corridors.catalog import FOCUS_COUNTRIES, Dataset
from corridors.filters import Filters, Selection
from corridors.i18n import Translator
from corridors.labels import VENUE_COLOR as VENUE_TEXT
from corridors.palette import BORDER, FOCUS_LAND, HIGHLIGHT, LAND, VENUE, user_color
from corridors.records import POINT_RADIUS, POINT_RIM, RING_LINE
from corridors.shaping import visual
from corridors.userlayers import UserLayer, records

#: pydeck turns plain strings into accessor expressions: literal strings need quotes.
FONT = "'DejaVu Sans, Arial, sans-serif'"
#: Right-to-left labels: a Naskh font with every Arabic presentation form (served with the app, see i18n_page).
RTL_FONT = "'Noto Naskh Arabic, DejaVu Sans, Arial, sans-serif'"
#: The venues' dots: the venue colour, slightly see-through.
VENUE_FILL = [*VENUE, 230]
#: Width of the land borders, in pixels.
BORDER_WIDTH = 0.8

LAYER_IDS = (
    "countries",
    "borders",
    "trade-arcs",
    "corridors-built",
    "corridors-planned",
    "corridor-points",
    "venues",
    "venues-highlight",
    "labels",
)
PICKABLE = ("corridors-built", "corridors-planned", "corridor-points", "trade-arcs", "venues")

#: Streamlit escapes the values it puts into this template, so titles and bodies stay plain text.
TOOLTIP_STYLE = {"backgroundColor": "#1f2430", "color": "#f5f5f5", "fontSize": "13px", "maxWidth": "360px"}
TOOLTIP = {
    "html": '<b>{title}</b><div style="white-space:pre-line;margin-top:4px">{body}</div>',
    "style": TOOLTIP_STYLE,
}


def font(scene: scenes.Scene) -> str:
    return RTL_FONT if Translator(scene.lang).rtl else FONT


def tooltip(lang: str) -> dict:
    """The tooltip template; right to left (the browser shapes HTML text itself) for Urdu."""
    if not Translator(lang).rtl:
        return TOOLTIP
    style = TOOLTIP_STYLE | {"direction": "rtl", "textAlign": "right", "fontFamily": RTL_FONT.strip("'")}
    return {"html": TOOLTIP["html"], "style": style}


def _fill(focus: tuple[str, ...]) -> str | list[int]:
    """A deck.gl expression colouring the ``focus`` countries (ISO codes are [A-Z-] only: safe to quote).

    pydeck makes the string an accessor ("@@="); deck.gl's expression parser reads no method call on an
    array literal, hence one comparison per code.
    """
    tests = " || ".join(f"properties.iso_a3 == '{code}'" for code in focus if code.replace("-", "").isalnum())
    return f"{tests} ? {list(FOCUS_LAND)} : {list(LAND)}" if tests else list(LAND)


def basemap_layers(scene: scenes.Scene, inline: bool = False) -> list[pdk.Layer]:
    """Country polygons and land borders: a readable map with no tile server. The sea is the map's
    background colour (see :mod:`corridors.components.page_style`): no layer to draw on every frame.

    Polygons are filled, not stroked: only the borders between countries are lines, in deck.gl's plain
    LineLayer (see :mod:`corridors.borders`). Both are URLs the browser fetches once and caches (see
    :mod:`corridors.static`), unless ``inline`` or no served copy matches.
    """
    countries = None if inline else static.basemap_url(scene.countries)
    lines = None if inline else static.borders_url(scene.countries)
    return [
        pdk.Layer(
            "GeoJsonLayer",
            countries or scene.countries,
            id="countries",
            stroked=False,
            filled=True,
            get_fill_color=_fill(scene.focus),
            update_triggers={"getFillColor": ",".join(scene.focus)},
        ),
        pdk.Layer(
            "LineLayer",
            lines or borders.segments(borders.of(scene.countries)),
            id="borders",
            get_source_position="s",
            get_target_position="t",
            get_color=list(BORDER),
            get_width=BORDER_WIDTH,
            width_units="'pixels'",
        ),
    ]


#: What the browser needs of each record: its tooltip, what a click reports, and how it is drawn.
SENT = (
    "id",
    "kind",
    "title",
    "body",
    "color",
    "width",
    "path",
    "position",
    "radius",
    "place",
    "event_ids",
    "pair",
    "year",
)


def sent(records: list[dict]) -> list[dict]:
    """Records with only the fields the browser uses (:data:`SENT`), so every filter change sends less."""
    return [{key: record[key] for key in SENT if key in record} for record in records]


def planned_dashes(scene: scenes.Scene) -> list[dict]:
    """The planned corridors cut into dashes at the camera's zoom: one GeoJSON feature per corridor, its
    dashes one MultiLineString, so its tooltip travels once however many dashes it has (the fields are
    under ``properties``; see :func:`corridors.clicks.map_pick`).
    """
    features = []
    for record in sent(scene.planned):
        pieces = shapes.dashes(record.pop("path"), scene.camera.zoom)
        if pieces:
            geometry = {"type": "MultiLineString", "coordinates": pieces}
            features.append({"type": "Feature", "geometry": geometry, "properties": record})
    return features


def corridor_points(scene: scenes.Scene) -> list[dict]:
    """The point corridors' dots, each with its radius: both dot layers read colour and radius per record
    (one compiled program state in the browser, see :func:`layers`)."""
    return [{**record, "radius": POINT_RADIUS} for record in sent(scene.points)]


def venue_dots(scene: scenes.Scene) -> list[dict]:
    """The venues' dots, each with its colour (see :func:`corridor_points`)."""
    return [{**record, "color": VENUE_FILL} for record in sent(scene.venues)]


def label_records(scene: scenes.Scene) -> list[dict]:
    """Country names and venue labels for one text layer (one font atlas): text, place, size, colour, anchor.
    The text is as the TextLayer must draw it, glyph by glyph: Arabic-script text shaped (see :mod:`corridors.shaping`).
    """
    keys = ("position", "size", "anchor", "offset")
    names = [
        {"text": visual(label["text"]), **{k: label[k] for k in keys}, "color": label["color"]}
        for label in scene.country_labels
    ]
    venues = [
        {"text": visual(label["text"]), **{k: label[k] for k in keys}, "color": VENUE_TEXT}
        for label in scene.venue_labels
    ]
    return names + venues


def layers(scene: scenes.Scene, inline: bool = False) -> list[pdk.Layer]:
    """All dataset layers of the scene, in drawing order (see :data:`LAYER_IDS`).

    Five layer programs in all with the basemap (filled land, border lines, paths, dots, text), as few as
    a readable map needs: dashes and arcs are paths (see :mod:`corridors.shapes`; a planned corridor's
    dashes are one GeoJSON feature, drawn by the same path program), and every name shares one text
    layer. Software WebGL compiles a program again for each set of per-record attributes (a constant
    accessor is none; a pickable layer has one more), so the layers of one type drawn at first read the
    same fields and are pickable. Arcs lie under the corridors and every label on top, so nothing hides
    a line or a name.
    """
    lines: dict[str, Any] = dict(width_units="'pixels'", cap_rounded=True, joint_rounded=True)
    picked: dict[str, Any] = dict(pickable=True, auto_highlight=True)
    path_args = dict(get_path="path", get_color="color", get_width="width", **lines, **picked)
    # the GeoJSON layer's lines are the same path program, set by the same values under its own names
    dash_args = dict(get_line_color="properties.color", get_line_width="properties.width", **picked)
    dash_args |= {f"line_{name}": value for name, value in lines.items()}
    dot_args: dict[str, Any] = dict(
        get_position="position",
        get_radius="radius",
        get_fill_color="color",
        radius_units="'pixels'",
        get_line_color=[255, 255, 255],
        stroked=True,
        pickable=True,
        auto_highlight=True,
    )
    return basemap_layers(scene, inline) + [
        pdk.Layer("PathLayer", sent(scene.arcs), id="trade-arcs", **path_args),
        pdk.Layer("PathLayer", sent(scene.built), id="corridors-built", **path_args),
        pdk.Layer(
            "GeoJsonLayer", planned_dashes(scene), id="corridors-planned", stroked=True, filled=False, **dash_args
        ),
        pdk.Layer(
            "ScatterplotLayer",
            corridor_points(scene),
            id="corridor-points",
            line_width_min_pixels=POINT_RIM,
            **dot_args,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            venue_dots(scene),
            id="venues",
            line_width_min_pixels=1.5,
            **dot_args,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            scene.highlight,
            id="venues-highlight",
            get_position="position",
            get_radius="radius",
            radius_units="'pixels'",
            filled=False,
            stroked=True,
            get_line_color=list(HIGHLIGHT),
            line_width_min_pixels=RING_LINE,
        ),
        pdk.Layer(
            "TextLayer",
            label_records(scene),
            id="labels",
            get_position="position",
            get_text="text",
            get_size="size",
            get_color="color",
            get_text_anchor="anchor",
            get_alignment_baseline="'center'",
            get_pixel_offset="offset",
            font_family=font(scene),
            font_weight=600,
            outline_width=3,
            outline_color=[255, 255, 255, 230],
            font_settings={"sdf": True},
            character_set="'auto'",
        ),
    ]


def user_layers(uploaded: tuple[UserLayer, ...] = ()) -> list[pdk.Layer]:
    """Users' own layers (see :mod:`corridors.userlayers`), drawn above the dataset's layers."""
    out = []
    for number, layer in enumerate(uploaded):
        color = list(user_color(number))
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


def of(scene: scenes.Scene, inline: bool = False) -> pdk.Deck:
    """The whole map: offline basemap, corridors, venues and trade arcs, users' layers, with tooltips.

    ``inline`` carries the basemap in the deck (for a page with no server) instead of its URL.
    """
    view = scene.camera
    return CompactDeck(
        layers=layers(scene, inline) + user_layers(scene.uploaded),
        initial_view_state=pdk.ViewState(
            latitude=view.latitude, longitude=view.longitude, zoom=view.zoom, pitch=view.pitch, bearing=view.bearing
        ),
        # map_provider=None with pydeck's default map_style sentinel: Streamlit then draws no tiles
        map_provider=None,
        tooltip=tooltip(scene.lang),
    )


def build(
    ds: Dataset,
    sel: Selection,
    view: View = HOME,
    focus: tuple[str, ...] = FOCUS_COUNTRIES,
    uploaded: tuple[UserLayer, ...] = (),
    size: scenes.MapSize = scenes.ATLAS,
) -> pdk.Deck:
    """The deck of a selection (shorthand for ``of(scene.build(...))``)."""
    return of(scenes.build(ds, sel, view, focus, uploaded, size))


def profile_deck(ds: Dataset, corridor_id: str, filters: Filters) -> pdk.Deck:
    """A map framed on one corridor, the countries it crosses highlighted, with its events."""
    corridor = ds.corridors[ds.corridors["id"] == corridor_id]
    events = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)]
    geometry = corridor.iloc[0]["geometry"]
    west, south, east, north = geometry.buffer(0.5).bounds
    sel = Selection(corridors=corridor, events=events, trade=ds.trade.iloc[0:0], filters=filters)
    countries = tuple(corridor.iloc[0]["countries"])
    size = scenes.PROFILE
    view = fit_view((west, south, east, north), width=int(min(size.widths)), height=int(size.height))
    return build(ds, sel, view=view, focus=countries, size=size)


def place_deck(ds: Dataset, event_id: str, filters: Filters) -> pdk.Deck:
    """A small map centred on the place of one event."""
    events = ds.events[ds.events["id"] == event_id]
    lon, lat = float(events.iloc[0]["lon"]), float(events.iloc[0]["lat"])
    sel = Selection(corridors=ds.corridors.iloc[0:0], events=events, trade=ds.trade.iloc[0:0], filters=filters)
    size = scenes.PLACE
    return build(ds, sel, view=fit_view((lon - 6, lat - 4, lon + 6, lat + 4), 600, 320), size=size)
