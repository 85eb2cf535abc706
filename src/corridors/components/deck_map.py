"""A pydeck map on the page; returns the record the user clicked, if any."""

from __future__ import annotations

from typing import Any

import pydeck as pdk
import streamlit as st

from corridors import clicks


def show(deck: pdk.Deck, key: str, height: int, clickable: bool = False) -> dict[str, Any] | None:
    """Draw ``deck``; with ``clickable`` a click reruns the page and the clicked record is returned."""
    if not clickable:
        st.pydeck_chart(deck, key=key, height=height)
        return None
    event = st.pydeck_chart(deck, on_select="rerun", selection_mode="single-object", key=key, height=height)
    return clicks.map_pick(event.selection.objects) if event else None
