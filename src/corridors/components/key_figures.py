"""The key figures of a corridor profile as metrics, in the rows of :func:`corridors.details.figure_rows`."""

from __future__ import annotations

import streamlit as st

from corridors.details import figure_rows


def show(figures: list[tuple[str, str]]) -> None:
    for row in figure_rows(figures):
        if len(row) == 1:
            st.metric(*row[0])
            continue
        for column, (label, value) in zip(st.columns(2, vertical_alignment="bottom"), row, strict=True):
            column.metric(label, value)  # bottom: values level when a label wraps
