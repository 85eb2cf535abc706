"""The Atlas's map with Play: controls, caption, map, legend and text description, redrawn alone at each step.

They sit in a fragment (``st.fragment``) that reruns on a timer while Play is on, so a step redraws
only this part of the page (no full-page rerun) and the map keeps the camera the user chose. Play
and Pause rerun the whole page once, to start or stop the timer; stopping writes the year shown into
the sidebar's range, so the address bar keeps it (see :mod:`corridors.play`).
"""

from __future__ import annotations

import html
import json
from functools import partial
from typing import Any

import streamlit as st

from corridors import captions, deck, play, scene, state
from corridors.camera import HOME, View
from corridors.catalog import Dataset
from corridors.components import deck_map, legend
from corridors.describe import describe
from corridors.filters import Choices, Filters, apply, to_query
from corridors.translations import translator
from corridors.userlayers import UserLayer

HEIGHT = 640
_YEAR_STYLE = "font-size:1.9rem;font-weight:700"
#: While a step runs, Streamlit dims what it is about to redraw; at one step a second that dimming
#: would flicker and, for a moment, lower the text's contrast: the map part stays steady instead.
_STEADY = (
    f'<style>.st-key-{state.ATLAS_STAGE} [data-stale="true"] '
    "{ opacity: 1 !important; transition: none !important; filter: none !important; }</style>"
)


def show(ds: Dataset, chosen: Filters, uploaded: tuple[UserLayer, ...], camera: View = HOME) -> dict[str, Any] | None:
    """Draw the map part of the Atlas seen through ``camera``; returns the record clicked on the map, if any."""
    playing = bool(st.session_state.get(state.PLAYING))
    speed = st.session_state.setdefault(state.PLAY_SPEED, play.DEFAULT_SPEED)
    st.session_state[state.PLAY_SPEED_RUNNING] = speed
    st.session_state[state.PLAY_FULL_RUN] = True
    stage = st.fragment(run_every=play.SPEEDS[speed] if playing else None)(_stage)
    picked: dict[str, Any] | None = stage(ds, chosen, uploaded, camera)
    return picked


def _selection_mark() -> str:
    """The map's selection as text, to tell a click on the map from a step of the timer."""
    return json.dumps(st.session_state.get(state.ATLAS_MAP), sort_keys=True, default=str)


def _stop_at(chosen: Filters, year: int) -> None:
    """End the sidebar's range at ``year`` when the whole page reruns next (the URL then keeps it)."""
    st.session_state[state.YEARS_NEXT] = (min(chosen.year_start, year), year)


def _stage(ds: Dataset, chosen: Filters, uploaded: tuple[UserLayer, ...], camera: View) -> dict[str, Any] | None:
    full_run = bool(st.session_state.pop(state.PLAY_FULL_RUN, False))
    playing = bool(st.session_state.get(state.PLAYING))
    pressed = bool(st.session_state.get(state.PLAY_BUTTON))
    speed_changed = st.session_state.get(state.PLAY_SPEED) != st.session_state.get(state.PLAY_SPEED_RUNNING)
    clicked = not full_run and _selection_mark() != st.session_state.get(state.ATLAS_SELECTION)
    tick = not (full_run or pressed or speed_changed or clicked)
    year = int(st.session_state.get(state.PLAY_YEAR, chosen.year_end))
    step = play.advance(chosen, ds.years, playing, year, pressed=pressed, tick=tick)
    st.session_state[state.PLAYING], st.session_state[state.PLAY_YEAR] = step.playing, step.year
    if clicked and step.playing:  # a click on the map pauses Play and opens the details under the map
        st.session_state[state.PLAYING] = False
        _stop_at(chosen, step.year)
    if step.restart and not step.playing:
        _stop_at(chosen, step.year)
    if step.restart or clicked or (speed_changed and step.playing):
        st.rerun(scope="app")

    shown = play.step(chosen, step.year) if step.playing else chosen
    sel = apply(ds, shown)
    highlight = step.year if step.playing else None
    drawn = scene.build(ds, sel, camera, uploaded=uploaded, highlight=highlight)
    if step.playing:
        st.query_params.from_dict(to_query(shown, Choices.of(ds)))
    tr = translator(ds)
    year_shown, heading = tr._("Year shown"), tr._("Map description.")

    with st.container(key=state.ATLAS_STAGE):
        st.html(_STEADY)
        button, year_col, speed_col = st.columns([1.2, 1, 4], vertical_alignment="center")
        button.button(
            tr._("Pause") if step.playing else tr._("Play"),
            key=state.PLAY_BUTTON,
            icon=":material/pause:" if step.playing else ":material/play_arrow:",
            type="primary",
            shortcut="P",
        )
        year_col.markdown(
            f'<div role="status" aria-label="{html.escape(year_shown)}" style="{_YEAR_STYLE}">{shown.year_end}</div>',
            unsafe_allow_html=True,
        )
        speed_col.radio(
            tr._("Speed"),
            list(play.SPEEDS),
            key=state.PLAY_SPEED,
            format_func=partial(play.speed_label, tr=tr),
            horizontal=True,
        )
        st.caption(captions.play_step(sel, step.year, tr) if step.playing else captions.atlas(sel, chosen, tr))
        map_col, legend_col = st.columns([4, 1])
        with map_col:
            picked = deck_map.show(deck.of(drawn), key=state.ATLAS_MAP, height=HEIGHT, clickable=True)
        with legend_col:
            legend.show(drawn.legend, tr)
        st.session_state[state.ATLAS_SELECTION] = _selection_mark()
        st.markdown(
            '<p class="map-description" style="font-size:0.9rem;margin:0">'
            f"<strong>{html.escape(heading)}</strong> {html.escape(describe(sel, uploaded, highlight, tr))}</p>",
            unsafe_allow_html=True,
        )
    return picked
