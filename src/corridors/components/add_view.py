"""'Add this … to a briefing': what a page shows — a map framed on the filters, the trade chart, the
events timeline or a corridor profile — with a title, a caption and speaker notes, into My briefing."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, navigation, state
from corridors.catalog import Dataset
from corridors.components import panel
from corridors.filters import Filters, lang_query
from corridors.i18n import N_
from corridors.translations import translator
from corridors.viewkinds import MAX_NOTES

#: The form's heading and its confirmation, by kind of view.
HEADINGS = {
    "map": N_("Add this view to a briefing"),
    "trade": N_("Add this chart to a briefing"),
    "timeline": N_("Add this timeline to a briefing"),
    "profile": N_("Add this profile to a briefing"),
}
ADDED = {
    "map": N_("Added the map '{title}' to My briefing."),
    "trade": N_("Added the trade chart '{title}' to My briefing."),
    "timeline": N_("Added the events timeline '{title}' to My briefing."),
    "profile": N_("Added the corridor profile '{title}' to My briefing."),
}


def show(ds: Dataset, filters: Filters, selected: str | None = None, kind: str = "map") -> None:
    tr = translator(ds)
    box = panel.show(tr._(HEADINGS[kind]), state.ADD_VIEW_PANEL)
    if box is None:
        return
    with box:
        with st.form(state.ADD_VIEW_FORM, clear_on_submit=True):
            title = st.text_input(tr._("Title"), max_chars=120)
            caption = st.text_area(tr._("Caption (cite the sources of its figures)"), max_chars=1200)
            notes = st.text_area(tr._("Speaker notes (only the presenter view shows them)"), max_chars=MAX_NOTES)
            added = st.form_submit_button(tr._("Add to My briefing"))
        if added:
            mine = st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING)
            view = briefing.new_view(ds, title, caption, filters, selected, kind, notes)
            st.session_state[state.MY_BRIEFING] = mine.add(view)
            st.success(tr._(ADDED[kind]).format(title=view.title))
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
