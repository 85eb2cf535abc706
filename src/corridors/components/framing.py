"""Buttons that frame the Atlas map: on what the filters show, on the Caucasus, or on the whole story.

Returns the camera the map is drawn with; without a click it stays the last one framed, so the map
stays where the user left it when filters change.
"""

from __future__ import annotations

import streamlit as st

from corridors import framing, state
from corridors.camera import CAUCASUS, HOME, View
from corridors.catalog import Dataset
from corridors.filters import Filters
from corridors.scene import ATLAS
from corridors.translations import translator


def show(ds: Dataset, filters: Filters) -> View:
    tr = translator(ds)
    narrowest = min(ATLAS.widths)
    chosen: View | None = None
    row = st.container(horizontal=True, gap="small")
    if row.button(
        tr._("Frame the selection"),
        key=state.FRAME_SELECTION,
        icon=":material/center_focus_strong:",
        help=tr._("Zoom the map to what the filters show: the chosen corridors, countries, places and trade arcs."),
    ):
        chosen = framing.frame(ds, filters, narrowest, ATLAS.height)
    if row.button(tr._("Caucasus"), key=state.FRAME_CAUCASUS, help=tr._("Zoom to the Caucasus (38–51°E, 38–44°N).")):
        chosen = CAUCASUS
    if row.button(tr._("Whole map"), key=state.FRAME_HOME, help=tr._("Back to the view from Türkiye to Pakistan.")):
        chosen = HOME
    if chosen is not None:
        clicks = st.session_state.get(state.FRAME_CLICKS, 0) + 1
        st.session_state[state.FRAME_CLICKS] = clicks
        st.session_state[state.ATLAS_CAMERA] = framing.nudged(chosen, clicks)
    camera: View = st.session_state.get(state.ATLAS_CAMERA, HOME)
    return camera
