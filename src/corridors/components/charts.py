"""A list of Altair charts, one under the other, each with its own key."""

from __future__ import annotations

import altair as alt
import streamlit as st


def show(charts: list[tuple[str, alt.Chart]], key: str) -> None:
    """``charts`` as (name, chart) pairs; each chart's key is ``key`` and its name."""
    for name, chart in charts:
        st.altair_chart(chart, key=f"{key}-{name}")
