"""Presentation mode: the sidebar and Streamlit's chrome hidden for a clean full-screen view."""

from __future__ import annotations

import streamlit as st

from corridors.components.url import page_param

_HIDE_CHROME = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
.block-container { padding-top: 1rem !important; padding-bottom: 0 !important; max-width: 100% !important; }
h1 { padding-top: 0.2rem !important; padding-bottom: 0.2rem !important; }
</style>"""


def show() -> bool:
    """True in presentation mode (``?present=1``), with the chrome hidden (in the presenter view too)."""
    present = page_param("present") == "1"
    if present or page_param("presenter") == "1":  # the presenter view is uncluttered too
        st.markdown(_HIDE_CHROME, unsafe_allow_html=True)
    return present
