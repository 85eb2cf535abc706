"""Atlas: the main map of corridors, venues and trade flows (the page users land on)."""

import streamlit as st

from corridors import briefing, captions, clicks, deck, details, filters, navigation, scene, state
from corridors.components import add_view, dataset, deck_map, language, legend, sidebar, user_layers, view_exports
from corridors.components import details as details_panel
from corridors.translations import translator

st.set_page_config(page_title="Corridors", page_icon="🗺️", layout="wide")

ds = dataset.show(language.show(navigation.ATLAS))
tr = translator(ds)
chosen = sidebar.show(ds, "atlas")
uploaded = user_layers.show(tr)
selection = filters.apply(ds, chosen)
drawn = scene.build(ds, selection, uploaded=uploaded)

st.title(tr._("Corridors: Azerbaijan · Türkiye · Pakistan"))
st.caption(captions.atlas(selection, chosen, tr))
map_col, legend_col = st.columns([4, 1])
with map_col:
    picked = deck_map.show(deck.of(drawn), key=state.ATLAS_MAP, height=640, clickable=True)
with legend_col:
    legend.show(drawn.legend, tr)

selected = clicks.selected_corridor(picked)
add_view.show(ds, chosen, selected)
with st.expander(tr._("Export this view")):
    view_exports.show(
        ds, briefing.new_view(ds, tr._("Corridors — Atlas"), "", chosen, selected), "atlas-view", "", uploaded
    )
if picked:
    details_panel.show(details.for_selection(ds, picked), link_from=ds, tr=tr)
else:
    st.info(tr._("Click a corridor, a venue or a trade arc on the map to see every field and its sources."))
