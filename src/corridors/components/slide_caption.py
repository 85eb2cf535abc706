"""A briefing view's caption (plain text, large) with the sources of its figures under it."""

from __future__ import annotations

import html

import streamlit as st

from corridors import captions
from corridors.briefing import SavedView
from corridors.catalog import Dataset


def show(ds: Dataset, view: SavedView) -> None:
    st.markdown(f"<div style='font-size:1.25rem'>{html.escape(view.caption)}</div>", unsafe_allow_html=True)
    st.caption(captions.source_line(ds, view))
