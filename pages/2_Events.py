"""Events timeline: who met where and when, by kind and participants."""

import streamlit as st

from corridors import captions, charts, deck, details, filters, navigation, state, tables
from corridors.components import add_view, dataset, deck_map, language, linked_choice, sidebar, timeline
from corridors.components import details as details_panel
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.EVENTS))
tr = translator(ds)
chosen = sidebar.show(ds, "events", page_keys=("e",))
events = filters.select_events(ds, chosen)

st.title(tr._("Events timeline"))
st.caption(captions.events(events, chosen, tr))
if events.empty:
    st.info(tr._("No event matches these filters."))
    st.stop()

clicked = timeline.show(charts.timeline(events, tr), key=state.TIMELINE)

st.header(tr._("Tracks at a glance"), anchor=False)
st.dataframe(tables.headed(tables.tracks(events, tr), tr), hide_index=True)
st.altair_chart(charts.counts_chart(tables.event_counts(events, tr), tr), key=state.COUNTS_CHART)

st.header(tr._("Event details"), anchor=False)
table = tables.event_table(events, tr)
headed = tables.headed(table, tr)
picked = linked_choice.show(tr._("Event"), tables.event_titles(table), key=state.EVENT_PICK, param="e", clicked=clicked)
map_col, info_col = st.columns([2, 3])
with map_col:
    deck_map.show(deck.place_deck(ds, picked, chosen), key=state.EVENT_MAP, height=320)
with info_col:
    details_panel.show([details.event_details(ds, picked)], tr=tr)
add_view.show(ds, chosen, picked, kind="timeline")

st.header(tr._("All events in the filter"), anchor=False)
st.dataframe(headed, hide_index=True, column_order=tables.column_order(headed, tr))
st.download_button(tr._("Download events (CSV)"), headed.to_csv(index=False), "events.csv", "text/csv")
