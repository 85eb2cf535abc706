"""The scene as a pydeck Deck for the browser: one layer per record list, each with a stable id.

A stable id lets a click selection survive reruns; every pickable record carries a plain-text
``title`` and ``body`` for the hover tooltip.
"""

from __future__ import annotations

import json
from typing import Any

import pydeck as pdk

from corridors import scene as scenes
from corridors.camera import HOME, View, fit_view
from corridors.catalog import FOCUS_COUNTRIES, Dataset
from corridors.filters import Filters, Selection
from corridors.i18n import Translator
from corridors.palette import BORDER, HIGHLIGHT, SEA, VENUE, user_color
from corridors.shaping import visual
from corridors.userlayers import UserLayer, records

#: pydeck turns plain strings into accessor expressions: literal strings need quotes.
FONT = "'DejaVu Sans, Arial, sans-serif'"
#: Right-to-left labels: a Naskh font with every Arabic presentation form (served with the app, see i18n_page).
RTL_FONT = "'Noto Naskh Arabic, DejaVu Sans, Arial, sans-serif'"


def font(scene: scenes.Scene) -> str:
    return RTL_FONT if Translator(scene.lang).rtl else FONT


def drawn_text(records: list[dict], key: str) -> list[dict]:
    """Label records with their ``key`` text as the TextLayer must draw it: Arabic-script text shaped."""
    return [{**r, key: visual(r[key])} for r in records]


LAYER_IDS = (
    "sea",
    "countries",
    "country-labels",
    "corridors-built",
    "corridors-planned",
    "corridor-points",
    "trade-arcs",
    "venues",
    "venues-highlight",
    "venue-labels",
)
PICKABLE = ("corridors-built", "corridors-planned", "corridor-points", "trade-arcs", "venues")

#: Streamlit escapes the values it puts into this template, so titles and bodies stay plain text.
TOOLTIP_STYLE = {"backgroundColor": "#1f2430", "color": "#f5f5f5", "fontSize": "13px", "maxWidth": "360px"}
TOOLTIP = {
    "html": '<b>{title}</b><div style="white-space:pre-line;margin-top:4px">{body}</div>',
    "style": TOOLTIP_STYLE,
}


def tooltip(lang: str) -> dict:
    """The tooltip template; right to left (the browser shapes HTML text itself) for Urdu."""
    if not Translator(lang).rtl:
        return TOOLTIP
    style = TOOLTIP_STYLE | {"direction": "rtl", "textAlign": "right", "fontFamily": RTL_FONT.strip("'")}
    return {"html": TOOLTIP["html"], "style": style}


def basemap_layers(scene: scenes.Scene) -> list[pdk.Layer]:
    """Sea, country polygons and names: a readable map with no tile server."""
    return [
        pdk.Layer("PolygonLayer", scene.sea, id="sea", get_polygon="polygon", get_fill_color=list(SEA), stroked=False),
        pdk.Layer(
            "GeoJsonLayer",
            scene.countries,
            id="countries",
            stroked=True,
            filled=True,
            get_fill_color="properties.fill",
            get_line_color=list(BORDER),
            line_width_min_pixels=0.6,
        ),
        pdk.Layer(
            "TextLayer",
            drawn_text(scene.country_labels, "name"),
            id="country-labels",
            get_position="position",
            get_text="name",
            get_color="color",
            get_size="size",
            font_family=font(scene),
            character_set="'auto'",
        ),
    ]


def layers(scene: scenes.Scene) -> list[pdk.Layer]:
    """All dataset layers of the scene, in drawing order (see :data:`LAYER_IDS`)."""
    path_args: dict[str, Any] = dict(
        get_path="path",
        get_color="color",
        get_width="width",
        width_units="'pixels'",
        pickable=True,
        auto_highlight=True,
    )
    return basemap_layers(scene) + [
        pdk.Layer("PathLayer", scene.built, id="corridors-built", cap_rounded=True, joint_rounded=True, **path_args),
        pdk.Layer(
            "PathLayer",
            scene.planned,
            id="corridors-planned",
            extensions=[{"@@type": "PathStyleExtension", "dash": True}],
            get_dash_array=[3, 2],
            dash_justified=True,
            **path_args,
        ),
        pdk.Layer(
            "ScatterplotLayer",
            scene.points,
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
            scene.arcs,
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
            scene.venues,
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
            "ScatterplotLayer",
            scene.highlight,
            id="venues-highlight",
            get_position="position",
            get_radius="radius",
            radius_units="'pixels'",
            filled=False,
            stroked=True,
            get_line_color=list(HIGHLIGHT),
            line_width_min_pixels=3,
        ),
        pdk.Layer(
            "TextLayer",
            drawn_text(scene.venue_labels, "label"),
            id="venue-labels",
            get_position="position",
            get_text="label",
            get_size=13,
            get_color=[20, 20, 20],
            get_text_anchor="anchor",
            get_alignment_baseline="'center'",
            get_pixel_offset="offset",
            font_family=font(scene),
            font_weight=600,
            outline_width=3,
            outline_color=[255, 255, 255],
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


def of(scene: scenes.Scene) -> pdk.Deck:
    """The whole map: offline basemap, corridors, venues and trade arcs, users' layers, with tooltips."""
    view = scene.camera
    return CompactDeck(
        layers=layers(scene) + user_layers(scene.uploaded),
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
) -> pdk.Deck:
    """The deck of a selection (shorthand for ``of(scene.build(...))``)."""
    return of(scenes.build(ds, sel, view, focus, uploaded))


def profile_deck(ds: Dataset, corridor_id: str, filters: Filters) -> pdk.Deck:
    """A map framed on one corridor, the countries it crosses highlighted, with its events."""
    corridor = ds.corridors[ds.corridors["id"] == corridor_id]
    events = ds.events[ds.events["corridors"].map(lambda ids: corridor_id in ids)]
    geometry = corridor.iloc[0]["geometry"]
    west, south, east, north = geometry.buffer(0.5).bounds
    sel = Selection(corridors=corridor, events=events, trade=ds.trade.iloc[0:0], filters=filters)
    countries = tuple(corridor.iloc[0]["countries"])
    return build(ds, sel, view=fit_view((west, south, east, north), width=600, height=420), focus=countries)


def place_deck(ds: Dataset, event_id: str, filters: Filters) -> pdk.Deck:
    """A small map centred on the place of one event."""
    events = ds.events[ds.events["id"] == event_id]
    lon, lat = float(events.iloc[0]["lon"]), float(events.iloc[0]["lat"])
    sel = Selection(corridors=ds.corridors.iloc[0:0], events=events, trade=ds.trade.iloc[0:0], filters=filters)
    return build(ds, sel, view=fit_view((lon - 6, lat - 4, lon + 6, lat + 4), 600, 320))
