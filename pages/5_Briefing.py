"""Briefing: a prepared sequence of views, one at a time, full screen, with exports that work offline."""

import streamlit as st

from corridors import briefing, render, ui
from corridors.components import presenting, slideshow

st.set_page_config(page_title="Corridors — Briefing", page_icon="🗺️", layout="wide")

ds = ui.dataset()
ui.sidebar(ds, "briefing", page_keys=("b", "s", "present", "presenter", "screen"))
available = ui.briefings(ds)
present = ui.page_param("present") == "1"
presenting_now = ui.page_param("presenter") == "1"
if present or presenting_now:
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
    presenting.presenter_button(chosen_id)
deck_briefing = available[chosen_id]
total = len(deck_briefing.views)

step, notice = briefing.step_of(ui.page_param("s"), total)
if notice:
    st.warning(notice, icon=":material/warning:")
if present or presenting_now:
    step = presenting.sync(chosen_id, step, total, presenting_now)
if presenting_now:
    presenting.presenter_view(ds, deck_briefing, step)
    st.stop()
step = ui.stepper(step, total)
view = deck_briefing.views[step]

head, position = st.columns([6, 1])
head.title(view.title)
position.markdown(
    f"<div style='text-align:right;font-size:2rem;padding-top:1rem'>{step + 1} / {total}</div>", unsafe_allow_html=True
)
slideshow.show_view(ds, view, f"briefing-map-{chosen_id}-{step}", briefing.SCREENS[screen])
st.markdown(f"<div style='font-size:1.25rem'>{ui.escape(view.caption)}</div>", unsafe_allow_html=True)
st.caption(render.source_line(ds, view))
ui.step_links(chosen_id, total, step)

if present:
    presenting.follow(chosen_id, step)  # last: polls for the presenter's moves once the page is drawn
else:
    with st.expander("Export and share", expanded=False):
        left, right = st.columns(2)
        with left:
            st.markdown("**This view**")
            slideshow.view_downloads(ds, view, f"{chosen_id}-{step + 1}", f"{step + 1} / {total}")
        with right:
            st.markdown("**The whole briefing**")
            slideshow.briefing_downloads(ds, deck_briefing, chosen_id)
        ui.briefing_upload(ds)
        ui.publish_form(ds, deck_briefing)
