"""Briefing: a prepared sequence of views, one at a time, full screen, with exports that work offline."""

from functools import partial

import streamlit as st

from corridors import briefing, captions, deck, filters, navigation, render, scene, state
from corridors.components import (
    briefing_controls,
    briefing_list,
    briefing_upload,
    dataset,
    deck_map,
    language,
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
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.BRIEFING))
tr = translator(ds)
sidebar.show(ds, "briefing", page_keys=("b", "s", "present", "screen"))
available = briefing_list.show(ds)
present = presentation.show()
chosen_id, screen = briefing_controls.show(available, tr)
deck_briefing = available[chosen_id]
total = len(deck_briefing.views)

step = stepper.show(total, tr)
view = deck_briefing.views[step]

slide_title.show(view, step, total)
drawn = scene.build(ds, filters.apply(ds, view.filters), view.camera)
map_col, legend_col = st.columns([5, 1])
with map_col:
    deck_map.show(deck.of(drawn), key=state.briefing_map(chosen_id, step), height=briefing.SCREENS[screen])
with legend_col:
    legend.show(drawn.legend, tr)
slide_caption.show(ds, view)
step_links.show(chosen_id, total, step, tr)

if not present:
    with st.expander(tr._("Export and share"), expanded=False):
        left, right = st.columns(2)
        with left:
            st.markdown("**" + tr._("This view") + "**")
            view_exports.show(ds, view, f"{chosen_id}-{step + 1}", captions.position(step, total))
        with right:
            st.markdown("**" + tr._("The whole briefing") + "**")
            st.download_button(
                tr._("Briefing pack (PDF, one page per view)"),
                partial(render.pdf, ds, deck_briefing),
                f"{chosen_id}.pdf",
                "application/pdf",
            )
            st.download_button(
                tr._("Briefing file (YAML)"), briefing.dump(deck_briefing), f"{chosen_id}.yaml", "application/yaml"
            )
        briefing_upload.show(ds)
        publish.show(deck_briefing, tr)
