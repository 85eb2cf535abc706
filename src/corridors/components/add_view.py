"""'Add this view to a briefing': the current filters, a camera framing them, a title and caption."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, navigation, state
from corridors.catalog import Dataset
from corridors.filters import Filters, lang_query
from corridors.translations import translator


def show(ds: Dataset, filters: Filters, selected: str | None) -> None:
    tr = translator(ds)
    with st.expander(tr._("Add this view to a briefing")):
        with st.form(state.ADD_VIEW_FORM, clear_on_submit=True):
            title = st.text_input(tr._("Title"), max_chars=120)
            caption = st.text_area(tr._("Caption (cite the sources of its figures)"), max_chars=1200)
            added = st.form_submit_button(tr._("Add to My briefing"))
        if added:
            mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
            st.session_state[state.MY_BRIEFING] = mine.add(briefing.new_view(ds, title, caption, filters, selected))
        mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
        if mine.views:
            count = len(mine.views)
            st.caption(
                tr.ngettext("My briefing has {count} view.", "My briefing has {count} views.", count).format(
                    count=count
                )
            )
            st.page_link(
                navigation.BRIEFING.script,
                label=tr._("Open My briefing"),
                icon=":material/slideshow:",
                query_params={"b": mine.id, "s": str(count)} | lang_query(ds.lang),
            )
            st.download_button(
                tr._("Download My briefing (YAML)"), briefing.dump(mine), "my-briefing.yaml", "application/yaml"
            )
