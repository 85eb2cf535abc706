"""A collapsed panel whose content is drawn only once it is opened.

The forms and download buttons below a map are not needed to read it: drawn closed, the browser loads
none of their scripts before the map's, and the map paints sooner (see README, First paint).
"""

from __future__ import annotations

import streamlit as st
from streamlit.delta_generator import DeltaGenerator


def show(label: str, key: str) -> DeltaGenerator | None:
    """An expander that reruns the page when opened or closed: the container to draw into while it is
    open, else None (it stays open across reruns, its state kept under ``key``)."""
    panel = st.expander(label, key=key, on_change="rerun")
    return panel if panel.open else None
