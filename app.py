"""Atlas: the main map of corridors, venues and trade flows (the page users land on)."""

import streamlit as st

from corridors import briefing, clicks, details, navigation, state
from corridors.components import (
    add_view,
    atlas_map,
    dataset,
    framing,
    language,
    panel,
    sidebar,
    user_layers,
    view_exports,
)
from corridors.components import details as details_panel
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.ATLAS))
tr = translator(ds)
chosen = sidebar.show(ds, "atlas")
uploaded = user_layers.show(tr)

st.title(tr._("Corridors: Azerbaijan · Türkiye · Pakistan"))
camera = framing.show(ds, chosen)
picked = atlas_map.show(ds, chosen, uploaded, camera)

selected = clicks.selected_corridor(picked)
add_view.show(ds, chosen, selected)
if box := panel.show(tr._("Export this view"), state.EXPORT_PANEL):
    with box:
        view_exports.show(
            ds, briefing.new_view(ds, tr._("Corridors — Atlas"), "", chosen, selected), "atlas-view", "", uploaded
        )
st.header(tr._("Details"), anchor=False)
if picked:
    details_panel.show(details.for_selection(ds, picked), link_from=ds, tr=tr)
else:
    st.info(tr._("Click a corridor, a venue or a trade arc on the map to see every field and its sources."))
