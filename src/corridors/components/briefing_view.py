"""A briefing view drawn on the page, whatever its kind: a map with its legend, the trade chart, the
events timeline, or a corridor profile (its map framed, key figures, description and sources)."""

from __future__ import annotations

import streamlit as st

from corridors import charts, deck, details, filters, scene
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.components import deck_map, key_figures, legend
from corridors.translations import translator
from corridors.viewkinds import profile_row, timeline_events, trade_data


def show(ds: Dataset, view: SavedView, key: str, height: int, size: scene.MapSize = scene.ATLAS) -> None:
    """Draw ``view`` ``height`` pixels high; a map's labels are placed for maps of ``size``."""
    tr = translator(ds)
    if view.kind == "map":
        drawn = scene.build(ds, filters.apply(ds, view.filters), view.camera, size=size)
        map_col, legend_col = st.columns([5, 1])
        with map_col:
            deck_map.show(deck.of(drawn), key=key, height=height)
        with legend_col:
            legend.show(drawn.legend, tr)
    elif view.kind == "trade":
        data = trade_data(ds, view.filters)
        st.altair_chart(
            charts.trade_chart(data.series, data.targets, tr).properties(height=height, autosize=charts.FIT), key=key
        )
    elif view.kind == "timeline":
        events = timeline_events(ds, view.filters, view.event_kinds)
        st.altair_chart(charts.timeline(events, tr).properties(height=height, autosize=charts.FIT), key=key)
    else:
        _profile(ds, view, key, height)


def _profile(ds: Dataset, view: SavedView, key: str, height: int) -> None:
    row = profile_row(ds, view.selected)
    if row is None:  # a validated view always names a corridor
        return
    map_col, facts_col = st.columns([3, 2])
    with map_col:
        deck_map.show(deck.profile_deck(ds, str(row["id"]), view.filters), key=key, height=height)
    with facts_col:  # its sources are named once, in the slide's line under the caption (captions.source_line)
        key_figures.show(details.key_figures(ds, str(row["id"])))
        st.write(row["description"])
