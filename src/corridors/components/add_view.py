"""'Add this view to a briefing': the current filters, a camera framing them, a title and caption."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, navigation, state
from corridors.catalog import Dataset
from corridors.filters import Filters


def show(ds: Dataset, filters: Filters, selected: str | None) -> None:
    with st.expander("Add this view to a briefing"):
        with st.form(state.ADD_VIEW_FORM, clear_on_submit=True):
            title = st.text_input("Title", max_chars=120)
            caption = st.text_area("Caption (cite the sources of its figures)", max_chars=1200)
            added = st.form_submit_button("Add to My briefing")
        if added:
            mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
            st.session_state[state.MY_BRIEFING] = mine.add(briefing.new_view(ds, title, caption, filters, selected))
        mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
        if mine.views:
            st.caption(f"My briefing has {len(mine.views)} view(s).")
            st.page_link(
                navigation.BRIEFING.script,
                label="Open My briefing",
                icon=":material/slideshow:",
                query_params={"b": mine.id, "s": str(len(mine.views))},
            )
            st.download_button(
                "Download My briefing (YAML)", briefing.dump(mine), "my-briefing.yaml", "application/yaml"
            )
