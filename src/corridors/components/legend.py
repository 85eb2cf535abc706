"""Legend of what is on the map, grouped, with swatches matching the drawing style."""

from __future__ import annotations

import streamlit as st

from corridors import legend
from corridors.legend import ATTRIBUTION_TEXT, LegendEntry


def show(entries: list[LegendEntry], attribution: str = ATTRIBUTION_TEXT) -> None:
    if not entries:
        st.info("Nothing matches these filters.")
    st.markdown(legend.html(entries), unsafe_allow_html=True)
    st.caption(attribution)
