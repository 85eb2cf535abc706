"""Atlas: the main map of corridors, venues and trade flows (the page users land on)."""

import streamlit as st

from corridors import briefing, clicks, details
from corridors.components import add_view, atlas_map, dataset, framing, sidebar, user_layers, view_exports
from corridors.components import details as details_panel

st.set_page_config(page_title="Corridors — Atlas", page_icon="🗺️", layout="wide")

ds = dataset.show()
chosen = sidebar.show(ds, "atlas")
uploaded = user_layers.show()

st.title("Corridors: Azerbaijan · Türkiye · Pakistan")
camera = framing.show(ds, chosen)
picked = atlas_map.show(ds, chosen, uploaded, camera)

selected = clicks.selected_corridor(picked)
add_view.show(ds, chosen, selected)
with st.expander("Export this view"):
    view_exports.show(ds, briefing.new_view(ds, "Corridors — Atlas", "", chosen, selected), "atlas-view", "", uploaded)
st.header("Details", anchor=False)
if picked:
    details_panel.show(details.for_selection(ds, picked), link_from=ds)
else:
    st.info("Click a corridor, a venue or a trade arc on the map to see every field and its sources.")
