"""What the reference pages that stand for the Atlas's map share: its default map and the frame it sits in."""

import pydeck as pdk
import streamlit as st

from corridors import deck
from corridors.catalog import load
from corridors.components import page_style
from corridors.components.atlas_map import HEIGHT
from corridors.filters import Choices, apply


def default_map() -> pdk.Deck:
    """The Atlas's map as it first opens (bundled data, the default filters)."""
    ds = load()
    return deck.build(ds, apply(ds, Choices.of(ds).default()))


def show(atlas: pdk.Deck) -> None:
    """``atlas`` in the Atlas's place and size: its title, a sidebar heading, the page's style (the sea's
    colour) and the map's column beside an empty legend column, but none of its widgets or text."""
    st.set_page_config(page_title="Corridors", layout="wide")
    page_style.show()
    st.sidebar.header("Filters")
    st.title("Corridors: Azerbaijan · Türkiye · Pakistan")
    map_column, _ = st.columns([4, 1])
    with map_column:
        st.pydeck_chart(atlas, on_select="rerun", selection_mode="single-object", key="atlas-map", height=HEIGHT)
