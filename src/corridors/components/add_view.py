"""'Add this … to a briefing': what a page shows — a map framed on the filters, the trade chart, the
events timeline or a corridor profile — with a title, a caption and speaker notes, into My briefing."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, navigation, state
from corridors.catalog import Dataset
from corridors.filters import Filters
from corridors.viewkinds import KINDS, MAX_NOTES

#: What the form calls the thing it adds, by kind of view.
NOUNS = {"map": "view", "trade": "chart", "timeline": "timeline", "profile": "profile"}


def show(ds: Dataset, filters: Filters, selected: str | None = None, kind: str = "map") -> None:
    with st.expander(f"Add this {NOUNS[kind]} to a briefing"):
        with st.form(state.ADD_VIEW_FORM, clear_on_submit=True):
            title = st.text_input("Title", max_chars=120)
            caption = st.text_area("Caption (cite the sources of its figures)", max_chars=1200)
            notes = st.text_area("Speaker notes (only the presenter view shows them)", max_chars=MAX_NOTES)
            added = st.form_submit_button("Add to My briefing")
        if added:
            mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
            view = briefing.new_view(ds, title, caption, filters, selected, kind, notes)
            st.session_state[state.MY_BRIEFING] = mine.add(view)
            st.success(f"Added the {KINDS[kind]} '{view.title}' to My briefing.")
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
