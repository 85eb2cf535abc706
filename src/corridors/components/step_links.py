"""A direct link to every step of the briefing."""

from __future__ import annotations

import streamlit as st

from corridors import navigation
from corridors.filters import lang_query
from corridors.i18n import ENGLISH, Translator


def show(briefing_id: str, total: int, current: int, tr: Translator = ENGLISH) -> None:
    st.caption(tr._("Steps"))
    columns = st.columns(min(total, 12))
    for number in range(total):
        label = f"**{number + 1}**" if number == current else str(number + 1)
        columns[number % 12].page_link(
            navigation.BRIEFING.script,
            label=label,
            query_params={"b": briefing_id, "s": str(number + 1)} | lang_query(tr.lang),
        )
