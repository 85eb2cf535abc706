"""Briefing: a prepared sequence of views, one at a time, full screen, with exports that work offline."""

from functools import partial

import streamlit as st

from corridors import briefing, filters, layers, render, ui

st.set_page_config(page_title="Corridors — Briefing", page_icon="🗺️", layout="wide")

ds = ui.dataset()
ui.sidebar(ds, "briefing", page_keys=("b", "s", "present", "screen"))
available = ui.briefings(ds)
present = ui.page_param("present") == "1"
if present:
    ui.presentation_chrome()

ids = list(available)
ui.follow_link("b", "briefing-pick", ids)
with st.sidebar:
    st.header("Briefing")
    chosen_id = st.selectbox("Briefing", ids, key="briefing-pick", format_func=lambda i: available[i].title)
    ui.remember("b", "briefing-pick", chosen_id)
    screens = list(briefing.SCREENS)
    ui.follow_link("screen", "screen-pick", screens, parse=briefing.screen_of)
    screen = st.radio("Screen", screens, key="screen-pick", horizontal=True)
    ui.remember("screen", "screen-pick", screen.split("×")[1])
    if st.button("Start presentation", icon=":material/slideshow:", help="Hides the sidebar and page chrome."):
        st.query_params["present"] = "1"
        st.rerun()
deck_briefing = available[chosen_id]
total = len(deck_briefing.views)

step, notice = briefing.step_of(ui.page_param("s"), total)
if notice:
    st.warning(notice, icon=":material/warning:")
step = ui.stepper(step, total)
view = deck_briefing.views[step]

head, position = st.columns([6, 1])
head.title(view.title)
position.markdown(
    f"<div style='text-align:right;font-size:2rem;padding-top:1rem'>{step + 1} / {total}</div>", unsafe_allow_html=True
)
selection = filters.apply(ds, view.filters)
map_col, legend_col = st.columns([5, 1])
with map_col:
    st.pydeck_chart(
        layers.build_deck(ds, selection, view.camera),
        key=f"briefing-map-{chosen_id}-{step}",
        height=briefing.SCREENS[screen],
    )
with legend_col:
    ui.legend(layers.legend(selection), layers.ATTRIBUTION_TEXT)
st.markdown(f"<div style='font-size:1.25rem'>{ui.escape(view.caption)}</div>", unsafe_allow_html=True)
st.caption(render.source_line(ds, view))
ui.step_links(chosen_id, total, step)

if not present:
    with st.expander("Export and share", expanded=False):
        left, right = st.columns(2)
        with left:
            st.markdown("**This view**")
            ui.view_exports(ds, view, f"{chosen_id}-{step + 1}", f"{step + 1} / {total}")
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
        ui.briefing_upload(ds)
        ui.publish_form(ds, deck_briefing)
