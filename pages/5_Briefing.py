"""Briefing: a prepared sequence of views, one at a time, full screen, with exports that work offline."""

from functools import partial

import streamlit as st

from corridors import briefing, captions, navigation, pptx_export, render, scene, state
from corridors.components import (
    briefing_controls,
    briefing_list,
    briefing_upload,
    briefing_view,
    dataset,
    language,
    presentation,
    presenter_view,
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
sidebar.show(ds, "briefing", page_keys=("b", "s", "present", "presenter", "screen"))
available = briefing_list.show(ds)
present = presentation.show()
chosen_id, screen = briefing_controls.show(available, tr)
deck_briefing = available[chosen_id]
total = len(deck_briefing.views)

if present or presenter_view.active():
    presenter_view.sync(chosen_id, total, presenter_view.active())
if presenter_view.active():
    presenter_view.show(ds, deck_briefing)
    st.stop()
step = stepper.show(total, tr)
view = deck_briefing.views[step]

slide_title.show(view, step, total)
size = scene.briefing_size(screen, present)
briefing_view.show(ds, view, state.briefing_map(chosen_id, step), briefing.SCREENS[screen], size)
slide_caption.show(ds, view)
step_links.show(chosen_id, total, step, tr)

if present:
    presenter_view.follow(chosen_id, step)  # last: polls for the presenter's moves once the page is drawn
else:
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
                tr._("PowerPoint deck (16:9, speaker notes included)"),
                partial(pptx_export.deck, ds, deck_briefing),
                f"{chosen_id}.pptx",
                pptx_export.MIME,
            )
            st.download_button(
                tr._("Briefing file (YAML)"), briefing.dump(deck_briefing), f"{chosen_id}.yaml", "application/yaml"
            )
        briefing_upload.show(ds)
        publish.show(deck_briefing, tr)
