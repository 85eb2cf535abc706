"""Briefing: a prepared sequence of views, one at a time, full screen, with exports that work offline."""

from functools import partial

import streamlit as st

from corridors import briefing, captions, deck, filters, render, scene, state
from corridors.components import (
    briefing_controls,
    briefing_list,
    briefing_upload,
    dataset,
    deck_map,
    legend,
    presentation,
    publish,
    sidebar,
    slide_caption,
    slide_title,
    step_links,
    stepper,
    view_exports,
)

st.set_page_config(page_title="Corridors — Briefing", page_icon="🗺️", layout="wide")

ds = dataset.show()
sidebar.show(ds, "briefing", page_keys=("b", "s", "present", "screen"))
available = briefing_list.show(ds)
present = presentation.show()
chosen_id, screen = briefing_controls.show(available)
deck_briefing = available[chosen_id]
total = len(deck_briefing.views)

step = stepper.show(total)
view = deck_briefing.views[step]

slide_title.show(view, step, total)
drawn = scene.build(ds, filters.apply(ds, view.filters), view.camera)
map_col, legend_col = st.columns([5, 1])
with map_col:
    deck_map.show(deck.of(drawn), key=state.briefing_map(chosen_id, step), height=briefing.SCREENS[screen])
with legend_col:
    legend.show(drawn.legend)
slide_caption.show(ds, view)
step_links.show(chosen_id, total, step)

if not present:
    with st.expander("Export and share", expanded=False):
        left, right = st.columns(2)
        with left:
            st.markdown("**This view**")
            view_exports.show(ds, view, f"{chosen_id}-{step + 1}", captions.position(step, total))
        with right:
            st.markdown("**The whole briefing**")
            st.download_button(
                "Briefing pack (PDF, one page per view)",
                partial(render.pdf, ds, deck_briefing),
                f"{chosen_id}.pdf",
                "application/pdf",
            )
            st.download_button(
                "Briefing file (YAML)", briefing.dump(deck_briefing), f"{chosen_id}.yaml", "application/yaml"
            )
        briefing_upload.show(ds)
        publish.show(deck_briefing)
