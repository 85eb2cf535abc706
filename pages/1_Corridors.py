"""Corridor profiles: the table of all corridors, one corridor in depth, and comparisons."""

import streamlit as st

from corridors import captions, charts, deck, details, filters, state, tables
from corridors.components import add_view, dataset, deck_map, key_figures, linked_choice, sidebar
from corridors.components import charts as chart_list
from corridors.components import details as details_panel
from corridors.legend import ATTRIBUTION_TEXT

st.set_page_config(page_title="Corridors — Corridor profiles", page_icon="🗺️", layout="wide")

ds = dataset.show()
chosen = sidebar.show(ds, "corridors", page_keys=("p",))
shown = filters.select_corridors(ds, chosen)
table = tables.corridor_table(shown)

st.title("Corridor profiles")
st.caption(captions.corridor_table(table))
st.dataframe(
    table, hide_index=True, column_order=tables.visible_columns(table), key=state.CORRIDOR_TABLE, placeholder="—"
)

if table.empty:
    st.info("No corridor matches these filters.")
    st.stop()

st.header("Corridor profile", anchor=False)
picked = linked_choice.show("Profile of", tables.labels(table, "Corridor"), key=state.PROFILE, param="p")
profile = details.corridor_details(ds, picked)

map_col, facts_col = st.columns([3, 2])
with map_col:
    deck_map.show(deck.profile_deck(ds, picked, chosen), key=state.PROFILE_MAP, height=420)
    st.caption(ATTRIBUTION_TEXT)
with facts_col:
    key_figures.show(details.key_figures(ds, picked))
    st.write(profile.value("Description"))
details_panel.show([profile])
add_view.show(ds, chosen, picked, kind="profile")

st.header("Compare corridors", anchor=False)
st.altair_chart(charts.length_chart(table), key=state.LENGTH_CHART)
chart_list.show(charts.capacity_charts(table), key=state.CAPACITY_CHARTS)
st.download_button("Download this table (CSV)", table.to_csv(index=False), "corridors.csv", "text/csv")
