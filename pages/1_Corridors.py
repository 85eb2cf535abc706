"""Corridor profiles: the table of all corridors, one corridor in depth, and comparisons."""

import streamlit as st

from corridors import charts, details, filters, layers, tables, ui
from corridors.components import slideshow

st.set_page_config(page_title="Corridors — Corridor profiles", page_icon="🗺️", layout="wide")

ds = ui.dataset()
chosen = ui.sidebar(ds, "corridors", page_keys=("p",))
shown = filters.select_corridors(ds, chosen)
table = tables.corridor_table(shown)

st.title("Corridor profiles")
st.caption(f"{len(table)} corridors match the sidebar filters. Click a column header to sort.")
st.dataframe(
    table, hide_index=True, column_order=[c for c in table.columns if c != "id"], key="corridor-table", placeholder="—"
)

if table.empty:
    st.info("No corridor matches these filters.")
    st.stop()

names = dict(zip(table["id"], table["Corridor"], strict=True))
ui.follow_link("p", "profile", list(names))
picked = st.selectbox("Profile of", list(names), key="profile", format_func=names.get)
ui.remember("p", "profile", picked)

map_col, facts_col = st.columns([3, 2])
with map_col:
    st.pydeck_chart(
        layers.profile_deck(ds, picked, chosen),
        key="profile-map",
        height=420,
    )
    st.caption(layers.ATTRIBUTION_TEXT)
with facts_col:
    for column, (label, value) in zip(st.columns(2) * 2, details.key_figures(ds, picked), strict=True):
        column.metric(label, value)
    profile = details.corridor_details(ds, picked)
    st.write(dict(profile.fields)["Description"])
ui.details([profile], link=False)
slideshow.add_view_form(ds, chosen, picked, kind="profile")

st.header("Compare corridors", anchor=False)
st.altair_chart(charts.length_chart(table), key="length-chart")
for unit, chart in charts.capacity_charts(table):
    st.altair_chart(chart, key=f"capacity-{unit}")
st.download_button("Download this table (CSV)", table.to_csv(index=False), "corridors.csv", "text/csv")
