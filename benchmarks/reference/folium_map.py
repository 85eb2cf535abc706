"""Reference (b): the same map in folium, shown through streamlit-folium.

Measured beside the app by benchmarks/perf.py; not part of the app.
"""

import os

import folium
import geopandas as gpd
import pandas as pd
import streamlit as st
from streamlit_folium import st_folium

CAPITALS = {"AZE": (40.4093, 49.8671), "TUR": (39.9334, 32.8597), "PAK": (33.6844, 73.0479)}
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

st.title("Corridors (reference: folium)")
st.caption(f"{len(shown)} corridors · {len(venues)} events")
m = folium.Map(location=[36, 52], zoom_start=4, tiles=None)
folium.GeoJson(
    countries[["name", "geometry"]], style_function=lambda _: {"fillColor": "#f0eee6", "color": "#999"}
).add_to(m)
folium.GeoJson(shown[["name", "mode", "geometry"]], tooltip=folium.GeoJsonTooltip(["name", "mode"])).add_to(m)
for row in venues.itertuples():
    folium.CircleMarker([row.lat, row.lon], radius=5, tooltip=row.title).add_to(m)
for row in flows.itertuples():
    folium.PolyLine([CAPITALS[row.reporter], CAPITALS[row.partner]], weight=4).add_to(m)
st_folium(m, key="map", height=640, returned_objects=[])
