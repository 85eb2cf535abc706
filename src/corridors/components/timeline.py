"""An Altair chart whose marks can be clicked; returns the ids of the marks clicked."""

from __future__ import annotations

import altair as alt
import streamlit as st

from corridors import clicks


def show(chart: alt.Chart | alt.LayerChart, key: str) -> list[str]:
    state = st.altair_chart(chart, on_select="rerun", selection_mode="event", key=key)
    return clicks.chart_ids(state.selection) if state else []
