"""The years of a view as an animated GIF: made on request (it takes a while), then offered for download."""

from __future__ import annotations

import streamlit as st

from corridors import animate, play, state
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.userlayers import UserLayer


def show(ds: Dataset, view: SavedView, name: str, uploaded: tuple[UserLayer, ...] = ()) -> None:
    key = state.animation(name)
    years = play.years(view.filters, ds.years)
    wanted = repr((view, [layer.name for layer in uploaded]))
    made = st.session_state.get(key)
    if st.button(f"Make the years {years[0]}–{years[-1]} as an animation (GIF)", key=f"{key}.make"):
        bar = st.progress(0.0, text="Drawing the years…")
        data = animate.gif(ds, view, uploaded, lambda done, total: bar.progress(done / total, f"{done} / {total}"))
        bar.empty()
        made = st.session_state[key] = (wanted, data)
    if made and made[0] == wanted:
        st.download_button(
            f"Animation, {len(years)} years (GIF, {len(made[1]) / 1e6:.1f} MB)",
            made[1],
            f"{name}-years.gif",
            "image/gif",
            key=f"{key}.download",
        )
