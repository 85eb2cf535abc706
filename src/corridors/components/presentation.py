"""Presentation mode: the sidebar and Streamlit's chrome hidden for a clean full-screen view, with the
spacing tighter and the legend smaller, so that a map view, its caption and its sources fit a 1280×720
projector without scrolling."""

from __future__ import annotations

import streamlit as st

from corridors.components.url import page_param

_HIDE_CHROME = """<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
[data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
.block-container { padding-top: 0.5rem !important; padding-bottom: 0 !important; max-width: 100% !important; }
h1 { padding-top: 0.2rem !important; padding-bottom: 0.2rem !important; }
[data-testid="stMain"] [data-testid="stVerticalBlock"] { gap: 0.5rem !important; }
.corridors-legend { font-size: 0.8rem !important; line-height: 1.3 !important; }
</style>"""


def show() -> bool:
    """True in presentation mode (``?present=1``), with the chrome hidden (in the presenter view too)."""
    present = page_param("present") == "1"
    if present or page_param("presenter") == "1":  # the presenter view is uncluttered too
        st.markdown(_HIDE_CHROME, unsafe_allow_html=True)
    return present
