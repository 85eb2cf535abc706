"""A briefing view's title with its position ("3 / 7")."""

from __future__ import annotations

import streamlit as st

from corridors import captions
from corridors.briefing import SavedView


def show(view: SavedView, step: int, total: int) -> None:
    head, position = st.columns([6, 1])
    head.title(view.title)
    position.markdown(
        # '3 / 7' reads left to right on a right-to-left page too (as on the slide picture)
        f"<div dir='ltr' style='text-align:right;font-size:2rem;padding-top:1rem'>{captions.position(step, total)}"
        "</div>",
        unsafe_allow_html=True,
    )
