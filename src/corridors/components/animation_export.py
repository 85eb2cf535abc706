"""The years of a view as an animated GIF: made on request (it takes a while), then offered for download."""

from __future__ import annotations

import streamlit as st

from corridors import animate, play, state
from corridors.briefing import SavedView
from corridors.catalog import Dataset
from corridors.translations import translator
from corridors.userlayers import UserLayer


def show(ds: Dataset, view: SavedView, name: str, uploaded: tuple[UserLayer, ...] = ()) -> None:
    tr = translator(ds)
    key = state.animation(name)
    years = play.years(view.filters, ds.years)
    wanted = repr((view, [layer.name for layer in uploaded]))
    made = st.session_state.get(key)
    label = tr._("Make the years {start}–{end} as an animation (GIF)").format(start=years[0], end=years[-1])
    if st.button(label, key=f"{key}.make"):
        bar = st.progress(0.0, text=tr._("Drawing the years…"))
        data = animate.gif(
            ds,
            view,
            uploaded,
            lambda done, total: bar.progress(done / total, f"{tr.number(done)} / {tr.number(total)}"),
        )
        bar.empty()
        made = st.session_state[key] = (wanted, data)
    if made and made[0] == wanted:
        size = tr.number(round(len(made[1]) / 1e6, 1), digits=1)
        st.download_button(
            tr.ngettext(
                "Animation, {count} year (GIF, {size} MB)", "Animation, {count} years (GIF, {size} MB)", len(years)
            ).format(count=tr.number(len(years)), size=size),
            made[1],
            f"{name}-years.gif",
            "image/gif",
            key=f"{key}.download",
        )
