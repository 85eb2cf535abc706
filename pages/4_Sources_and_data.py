"""Sources and data: who says what, where they disagree, and every download."""

from functools import partial

import streamlit as st

from corridors import exports, filters, state, tables
from corridors.components import dataset, sidebar

st.set_page_config(page_title="Corridors — Sources and data", page_icon="🗺️", layout="wide")

ds = dataset.show()
chosen = sidebar.show(ds, "sources")
sel = filters.apply(ds, chosen)

st.title("Sources and data")
query = st.text_input("Search sources and records", key=state.SOURCE_SEARCH, placeholder="e.g. TANAP, AZERTAC, 2025")

st.header("Sources", anchor=False)
index = tables.search(tables.source_index(ds), query)
st.dataframe(
    index,
    hide_index=True,
    column_config={"URL": st.column_config.LinkColumn("URL"), "id": st.column_config.TextColumn("Id")},
)
cites = tables.citations(ds)
if not index.empty:
    names = tables.labels(index, "Title")
    picked = st.selectbox("Records citing", list(names), format_func=names.get, key=state.SOURCE_PICK)
    st.dataframe(tables.citing(cites, picked), hide_index=True)

st.header("Every record and its sources", anchor=False)
st.dataframe(tables.search(cites, query), hide_index=True)

st.header("Where sources disagree", anchor=False)
st.caption("Both claims are kept; the map and charts show the one marked in 'Shown', for the reason given.")
st.dataframe(tables.search(tables.disagreements_table(ds), query), hide_index=True)

st.header("Downloads", anchor=False)
st.caption(exports.LICENCE_LINE)
trade = filters.trade_in_range(ds, chosen)
left, right = st.columns(2)
with left:
    st.markdown("**Filtered by the sidebar**")
    st.download_button(
        "All filtered data (zip: CSV + GeoJSON)",
        partial(exports.bundle, ds, sel.corridors, sel.events, trade),
        "corridors-filtered.zip",
        "application/zip",
    )
    st.download_button(
        "Corridors (GeoJSON)",
        partial(exports.corridors_geojson, sel.corridors),
        "corridors.geojson",
        "application/geo+json",
    )
    st.download_button(
        "Events (GeoJSON)", partial(exports.events_geojson, sel.events), "events.geojson", "application/geo+json"
    )
    st.download_button("Trade (CSV)", partial(exports.to_csv, trade), "trade.csv", "text/csv")
with right:
    st.markdown("**Whole dataset**")
    st.download_button(
        "Whole dataset (zip: CSV + GeoJSON)",
        partial(exports.bundle, ds, ds.corridors, ds.events, ds.trade),
        "corridors-dataset.zip",
        "application/zip",
    )
    st.download_button("Sources (CSV)", partial(exports.to_csv, ds.sources), "sources.csv", "text/csv")
