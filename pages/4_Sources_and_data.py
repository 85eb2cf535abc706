"""Sources and data: who says what, where they disagree, and every download."""

from functools import partial

import streamlit as st

from corridors import exports, filters, navigation, state, tables
from corridors.components import dataset, language, sidebar
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.SOURCES))
tr = translator(ds)
chosen = sidebar.show(ds, "sources")
sel = filters.apply(ds, chosen)

st.title(tr._("Sources and data"))
query = st.text_input(
    tr._("Search sources and records"), key=state.SOURCE_SEARCH, placeholder=tr._("e.g. TANAP, AZERTAC, 2025")
)

st.header(tr._("Sources"), anchor=False)
index = tables.search(tables.source_index(ds, tr), query)
st.dataframe(
    tables.headed(index, tr),
    hide_index=True,
    column_config={
        tr._("URL"): st.column_config.LinkColumn(tr._("URL")),
        "id": st.column_config.TextColumn(tr._("id")),
    },
)
cites = tables.citations(ds, tr)
if not index.empty:
    names = tables.labels(index, "Title")
    picked = st.selectbox(tr._("Records citing"), list(names), format_func=names.get, key=state.SOURCE_PICK)
    st.dataframe(tables.headed(tables.citing(cites, picked), tr), hide_index=True)

st.header(tr._("Every record and its sources"), anchor=False)
st.dataframe(tables.headed(tables.search(cites, query), tr), hide_index=True)

st.header(tr._("Where sources disagree"), anchor=False)
st.caption(tr._("Both claims are kept; the map and charts show the one marked in 'Shown', for the reason given."))
st.dataframe(tables.headed(tables.search(tables.disagreements_table(ds), query), tr), hide_index=True)

st.header(tr._("Downloads"), anchor=False)
st.caption(exports.licence_line(tr))
trade = filters.trade_in_range(ds, chosen)
left, right = st.columns(2)
with left:
    st.markdown("**" + tr._("Filtered by the sidebar") + "**")
    st.download_button(
        tr._("All filtered data (zip: CSV + GeoJSON)"),
        partial(exports.bundle, ds, sel.corridors, sel.events, trade),
        "corridors-filtered.zip",
        "application/zip",
    )
    st.download_button(
        tr._("Corridors (GeoJSON)"),
        partial(exports.corridors_geojson, sel.corridors),
        "corridors.geojson",
        "application/geo+json",
    )
    st.download_button(
        tr._("Events (GeoJSON)"), partial(exports.events_geojson, sel.events), "events.geojson", "application/geo+json"
    )
    st.download_button(tr._("Trade (CSV)"), partial(exports.to_csv, trade, tr), "trade.csv", "text/csv")
with right:
    st.markdown("**" + tr._("Whole dataset") + "**")
    st.download_button(
        tr._("Whole dataset (zip: CSV + GeoJSON)"),
        partial(exports.bundle, ds, ds.corridors, ds.events, ds.trade),
        "corridors-dataset.zip",
        "application/zip",
    )
    st.download_button(tr._("Sources (CSV)"), partial(exports.to_csv, ds.sources, tr), "sources.csv", "text/csv")
