"""The key figures of a corridor profile as metrics, two to a row."""

from __future__ import annotations

import streamlit as st


def show(figures: list[tuple[str, str]]) -> None:
    columns = st.columns(2)
    for number, (label, value) in enumerate(figures):
        columns[number % 2].metric(label, value)
