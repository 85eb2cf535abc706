"""Events timeline: who met where and when, by kind and participants."""

import streamlit as st

from corridors import charts, details, filters, layers, tables, ui
from corridors.components import slideshow

st.set_page_config(page_title="Corridors — Events timeline", page_icon="🗺️", layout="wide")

ds = ui.dataset()
chosen = ui.sidebar(ds, "events", page_keys=("e",))
events = filters.select_events(ds, chosen)

st.title("Events timeline")
st.caption(
    f"{len(events)} events from {chosen.year_start} to {chosen.year_end}. "
    "Hover a mark for its title, date, place and source; click it for details."
)
if events.empty:
    st.info("No event matches these filters.")
    st.stop()

state = st.altair_chart(charts.timeline(events), on_select="rerun", selection_mode="event", key="timeline")
clicked = [p.get("id") for p in (state.selection.get("event") or [])] if state else []

st.subheader("Tracks at a glance", anchor=False)
st.dataframe(tables.tracks(events), hide_index=True)
st.altair_chart(charts.counts_chart(tables.event_counts(events)), key="counts")

st.subheader("Event details", anchor=False)
table = tables.event_table(events)
titles = dict(zip(table["id"], table["Date"] + " · " + table["Title"], strict=True))
ui.follow_link("e", "event-pick", list(titles))
if clicked and clicked[0] in titles and clicked[0] != st.session_state.get("event-pick.clicked"):
    st.session_state["event-pick"] = st.session_state["event-pick.clicked"] = clicked[0]
picked = st.selectbox("Event", list(titles), key="event-pick", format_func=titles.get)
ui.remember("e", "event-pick", picked)
one = events[events["id"] == picked]
map_col, info_col = st.columns([2, 3])
with map_col:
    st.pydeck_chart(layers.place_deck(ds, one, chosen), key="event-map", height=320)
with info_col:
    ui.details([details.event_details(ds, picked)])
slideshow.add_view_form(ds, chosen, picked, kind="timeline")

st.subheader("All events in the filter", anchor=False)
st.dataframe(table, hide_index=True, column_order=[c for c in table.columns if c != "id"])
st.download_button("Download events (CSV)", table.to_csv(index=False), "events.csv", "text/csv")
