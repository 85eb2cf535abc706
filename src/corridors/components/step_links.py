"""A direct link to every step of the briefing."""

from __future__ import annotations

import streamlit as st

from corridors import navigation


def show(briefing_id: str, total: int, current: int) -> None:
    st.caption("Steps")
    columns = st.columns(min(total, 12))
    for number in range(total):
        label = f"**{number + 1}**" if number == current else str(number + 1)
        columns[number % 12].page_link(
            navigation.BRIEFING.script, label=label, query_params={"b": briefing_id, "s": str(number + 1)}
        )
