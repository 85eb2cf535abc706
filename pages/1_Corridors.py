"""Corridor profiles: the table of all corridors, one corridor in depth, and comparisons."""

import streamlit as st

from corridors import captions, charts, deck, details, filters, navigation, state, tables
from corridors.components import add_view, dataset, deck_map, key_figures, language, linked_choice, sidebar
from corridors.components import charts as chart_list
from corridors.components import details as details_panel
from corridors.legend import ATTRIBUTION_TEXT
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.CORRIDORS))
tr = translator(ds)
chosen = sidebar.show(ds, "corridors", page_keys=("p",))
shown = filters.select_corridors(ds, chosen)
table = tables.corridor_table(shown, tr)
headed = tables.headed(table, tr)

st.title(tr._("Corridor profiles"))
st.caption(captions.corridor_table(table, tr))
st.dataframe(
    headed, hide_index=True, column_order=tables.column_order(headed, tr), key=state.CORRIDOR_TABLE, placeholder="—"
)

if table.empty:
    st.info(tr._("No corridor matches these filters."))
    st.stop()

st.header(tr._("Corridor profile"), anchor=False)
picked = linked_choice.show(tr._("Profile of"), tables.labels(table, "Corridor"), key=state.PROFILE, param="p")
profile = details.corridor_details(ds, picked)

map_col, facts_col = st.columns([3, 2])
with map_col:
    deck_map.show(deck.profile_deck(ds, picked, chosen), key=state.PROFILE_MAP, height=420)
    st.caption(tr._(ATTRIBUTION_TEXT))
with facts_col:
    key_figures.show(details.key_figures(ds, picked))
    st.write(profile.text)
details_panel.show([profile], tr=tr)
add_view.show(ds, chosen, picked, kind="profile")

st.header(tr._("Compare corridors"), anchor=False)
st.altair_chart(charts.length_chart(table, tr), key=state.LENGTH_CHART)
chart_list.show(charts.capacity_charts(table, tr), key=state.CAPACITY_CHARTS)
st.download_button(tr._("Download this table (CSV)"), headed.to_csv(index=False), "corridors.csv", "text/csv")
