"""Download buttons for one view: PNG slide, offline HTML map with Play, data, and the years as a GIF.

Each file is built only when asked for.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from corridors import exports, offline, render
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.components import animation_export
from corridors.translations import translator
from corridors.userlayers import UserLayer


def show(ds: Dataset, view: SavedView, name: str, position: str = "", uploaded: tuple[UserLayer, ...] = ()) -> None:
    """A map's PNG, offline HTML map and data; a chart view's PNG and the rows behind it (CSV); in the
    dataset's language."""
    tr = translator(ds)
    st.download_button(
        tr._("PNG, 1920×1080"), partial(render.png, ds, view, position, uploaded), f"{name}.png", "image/png"
    )
    if view.kind != "map":
        st.download_button(
            tr._("Data behind it (CSV)"), partial(exports.chart_data, ds, view), f"{name}.csv", "text/csv"
        )
        return
    st.download_button(
        tr._("Offline HTML map"), partial(offline.view_html, ds, view, uploaded), f"{name}.html", "text/html"
    )
    st.download_button(
        tr._("Data (zip: CSV + GeoJSON)"),
        partial(exports.view_data, ds, view, uploaded),
        f"{name}-data.zip",
        "application/zip",
    )
    animation_export.show(ds, view, name, uploaded)
