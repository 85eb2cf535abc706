"""Events timeline: who met where and when, by kind and participants."""

import streamlit as st

from corridors import captions, charts, deck, details, filters, state, tables
from corridors.components import add_view, dataset, deck_map, linked_choice, sidebar, timeline
from corridors.components import details as details_panel

st.set_page_config(page_title="Corridors — Events timeline", page_icon="🗺️", layout="wide")

ds = dataset.show()
chosen = sidebar.show(ds, "events", page_keys=("e",))
events = filters.select_events(ds, chosen)

st.title("Events timeline")
st.caption(captions.events(events, chosen))
if events.empty:
    st.info("No event matches these filters.")
    st.stop()

clicked = timeline.show(charts.timeline(events), key=state.TIMELINE)

st.header("Tracks at a glance", anchor=False)
st.dataframe(tables.tracks(events), hide_index=True)
st.altair_chart(charts.counts_chart(tables.event_counts(events)), key=state.COUNTS_CHART)

st.header("Event details", anchor=False)
table = tables.event_table(events)
picked = linked_choice.show("Event", tables.event_titles(table), key=state.EVENT_PICK, param="e", clicked=clicked)
map_col, info_col = st.columns([2, 3])
with map_col:
    deck_map.show(deck.place_deck(ds, picked, chosen), key=state.EVENT_MAP, height=320)
with info_col:
    details_panel.show([details.event_details(ds, picked)])
add_view.show(ds, chosen, picked, kind="timeline")

st.header("All events in the filter", anchor=False)
st.dataframe(table, hide_index=True, column_order=tables.visible_columns(table))
st.download_button("Download events (CSV)", table.to_csv(index=False), "events.csv", "text/csv")
