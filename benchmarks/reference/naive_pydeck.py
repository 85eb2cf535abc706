"""Reference (a): the same map the way pydeck's and Streamlit's docs show it.

GeoDataFrames straight into layers, pydeck's default serialisation, every file read again on
each run. Measured beside the app by benchmarks/perf.py; not part of the app.
"""

import os

import geopandas as gpd
import pandas as pd
import pydeck as pdk
import streamlit as st

CAPITALS = {"AZE": (49.8671, 40.4093), "TUR": (32.8597, 39.9334), "PAK": (73.0479, 33.6844)}
root = os.environ["CORRIDORS_GEODATA"]
corridors = gpd.read_file(f"{root}/corridors.geojson")
countries = gpd.read_file(f"{root}/countries.geojson")
events = pd.read_csv(f"{root}/events.csv")
trade = pd.read_csv(f"{root}/trade.csv")

start, end = st.sidebar.slider("Year range", 1991, 2025, (1991, 2025), key="years")
modes = st.sidebar.multiselect("Mode", sorted(corridors["mode"].unique()), key="modes")

since = corridors["opened"].fillna(corridors["announced"])
shown = corridors[since <= end]
if modes:
    shown = shown[shown["mode"].isin(modes)]
year = events["date"].str[:4].astype(int)
venues = events[(year >= start) & (year <= end)]
flows = trade[trade["year"].between(start, end) & (trade["flow"] == "total") & (trade["kind"] == "actual")]
flows = flows.groupby(["reporter", "partner"], as_index=False)["value_usd"].sum()
flows["source"] = flows["reporter"].map(CAPITALS)
flows["target"] = flows["partner"].map(CAPITALS)

st.title("Corridors (reference: pydeck as documented)")
st.caption(f"{len(shown)} corridors · {len(venues)} events")
st.pydeck_chart(
    pdk.Deck(
        layers=[
            pdk.Layer("GeoJsonLayer", countries, get_fill_color=[240, 238, 230], get_line_color=[150, 150, 150]),
            pdk.Layer("GeoJsonLayer", shown, get_line_color=[0, 114, 178], line_width_min_pixels=3, pickable=True),
            pdk.Layer("ScatterplotLayer", venues, get_position=["lon", "lat"], get_radius=8000, pickable=True),
            pdk.Layer("ArcLayer", flows, get_source_position="source", get_target_position="target", get_width=4),
        ],
        initial_view_state=pdk.ViewState(latitude=36, longitude=52, zoom=3.4),
        tooltip={"text": "{name}{title}"},
    ),
    height=640,
)
