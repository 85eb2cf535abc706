"""Legend of what is on the map, grouped, with swatches matching the drawing style."""

from __future__ import annotations

import streamlit as st

from corridors import legend
from corridors.i18n import ENGLISH, Translator
from corridors.legend import ATTRIBUTION_TEXT, LegendEntry


def show(entries: list[LegendEntry], tr: Translator = ENGLISH) -> None:
    if not entries:
        st.info(tr._("Nothing matches these filters."))
    st.markdown(legend.html(entries), unsafe_allow_html=True)
    st.caption(tr._(ATTRIBUTION_TEXT))
