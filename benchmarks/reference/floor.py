"""The floor of first paint: a Streamlit page with one small pydeck ScatterplotLayer and no basemap.

Served the same way as the app, it measures what any pydeck map costs in this browser (Streamlit,
deck.gl, one layer program); benchmarks/perf.py reports the Atlas's first paint beside it.
"""

import pydeck as pdk
import streamlit as st

st.set_page_config(page_title="Floor", layout="wide")
st.title("One small layer")
places = [{"position": [49.87, 40.41]}, {"position": [32.86, 39.93]}, {"position": [73.05, 33.68]}]
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer(
                "ScatterplotLayer",
                places,
                id="dots",
                get_position="position",
                get_radius=60,
                radius_units="'pixels'",
                get_fill_color=[40, 40, 40],
            )
        ],
        initial_view_state=pdk.ViewState(latitude=36, longitude=52, zoom=3.4),
        map_provider=None,
    ),
    height=640,
)
