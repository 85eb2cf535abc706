"""Error page listing every problem found in the data files, one per line."""

from __future__ import annotations

import streamlit as st

from corridors.validate import Problem


def show(found: list[Problem]) -> None:
    st.error(
        f"The dataset has {len(found)} problem(s), so the map cannot be drawn. "
        "Fix the files below (or run `corridors validate`) and reload."
    )
    st.code("\n".join(str(p) for p in found), language=None)
