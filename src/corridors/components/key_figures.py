"""The key figures of a corridor profile as metrics: figures two to a row, a worded value (its status)
on a row of its own, so that no label or value is cut in any language."""

from __future__ import annotations

import streamlit as st


def show(figures: list[tuple[str, str]]) -> None:
    worded = [(label, value) for label, value in figures if any(ch.isalpha() for ch in value)]
    numbers = [figure for figure in figures if figure not in worded]
    for pair in (numbers[i : i + 2] for i in range(0, len(numbers), 2)):
        for column, (label, value) in zip(st.columns(2, vertical_alignment="bottom"), pair, strict=False):
            column.metric(label, value)  # bottom: values level when a label wraps
    for label, value in worded:
        st.metric(label, value)
