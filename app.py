"""Atlas: the main map of corridors, venues and trade flows (the page users land on)."""

import streamlit as st

from corridors import briefing, details, filters, layers, ui
from corridors.components import slideshow

st.set_page_config(page_title="Corridors — Atlas", page_icon="🗺️", layout="wide")

ds = ui.dataset()
chosen = ui.sidebar(ds, "atlas")
uploaded = ui.user_layer_panel()
selection = filters.apply(ds, chosen)

st.title("Corridors: Azerbaijan · Türkiye · Pakistan")
st.caption(
    f"{len(selection.corridors)} corridors · {len(selection.events)} events · "
    f"years {chosen.year_start}–{chosen.year_end}. Hover for a summary; click a line, dot or arc for details."
)
map_col, legend_col = st.columns([4, 1])
with map_col:
    event = st.pydeck_chart(
        layers.build_deck(ds, selection, uploaded=uploaded),
        on_select="rerun",
        selection_mode="single-object",
        key="atlas-map",
        height=640,
    )
with legend_col:
    ui.legend(layers.legend(selection, uploaded), layers.ATTRIBUTION_TEXT)

picked = [obj for objs in (event.selection.objects or {}).values() for obj in objs] if event else []
selected = picked[0].get("id") if picked and picked[0].get("kind") == "corridor" else None
slideshow.add_view_form(ds, chosen, selected)
with st.expander("Export this view"):
    ui.view_exports(ds, briefing.new_view(ds, "Corridors — Atlas", "", chosen, selected), "atlas-view", "", uploaded)
if picked:
    ui.details(details.for_selection(ds, picked[0]))
else:
    st.info("Click a corridor, a venue or a trade arc on the map to see every field and its sources.")
