"""The Atlas's map alone: its default map in the Atlas's place and size, and no widget.

The page keeps the Atlas's frame (its title, a sidebar, the map's column beside an empty legend
column, the page's style: the sea's colour) but none of its widgets or text. Measured beside the
Atlas and the floor page by benchmarks/perf.py, it tells what the map costs the first paint and what
the rest of the Atlas (the filters, the Play row, the legend) adds. ``static`` beside this file links
to the app's, so the basemap is fetched from the same URL.
"""

import streamlit as st

from corridors import deck
from corridors.catalog import load
from corridors.components import page_style
from corridors.components.atlas_map import HEIGHT
from corridors.filters import Choices, apply

st.set_page_config(page_title="Corridors", layout="wide")
page_style.show()
st.sidebar.header("Filters")
st.title("Corridors: Azerbaijan · Türkiye · Pakistan")
ds = load()
atlas = deck.build(ds, apply(ds, Choices.of(ds).default()))
map_column, _ = st.columns([4, 1])
with map_column:
    st.pydeck_chart(atlas, on_select="rerun", selection_mode="single-object", key="atlas-map", height=HEIGHT)
