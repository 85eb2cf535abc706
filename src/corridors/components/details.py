"""Details panel: every field, figures with units, related events, disagreements, sources."""

from __future__ import annotations

import html

import streamlit as st

from corridors import navigation, state
from corridors.catalog import Dataset
from corridors.details import Details
from corridors.filters import Choices, to_query
from corridors.i18n import ENGLISH, Translator


def show(found: list[Details], link_from: Dataset | None = None, tr: Translator = ENGLISH) -> None:
    """With ``link_from`` (the dataset shown), a corridor gets a link to its profile on the Corridors page."""
    for item in found:
        with st.container(border=True):
            st.subheader(item.title, anchor=False)
            if link_from is not None and item.kind == "corridor":
                query = to_query(st.session_state[state.FILTERS], Choices.of(link_from)) | {"p": item.id}
                st.page_link(
                    navigation.CORRIDORS.script,
                    label=tr._("Open the corridor profile"),
                    icon=":material/arrow_forward:",
                    query_params=query,
                )
            st.table({tr._("Field"): [f for f, _ in item.fields], tr._("Value"): [v for _, v in item.fields]})
            if item.related:
                st.markdown("**" + tr._("Related events") + "**")
                for line in item.related:
                    st.text(line)
            if item.disagreements:
                st.markdown("**" + tr._("Where sources disagree") + "**")
                for line in item.disagreements:
                    st.text(line)
            st.markdown("**" + tr._("Sources") + "**")
            for s in item.sources:
                label = html.escape(f"{s.title} — {s.publisher}" + (f", {tr.date(s.date)}" if s.date else ""))
                anchor = (
                    f'<a href="{html.escape(s.url)}" target="_blank" rel="noopener">{label}</a>' if s.url else label
                )
                kind = tr.term("source_type", s.type) if s.type else ""
                st.markdown(f"- {anchor} ({html.escape(kind)})", unsafe_allow_html=True)
