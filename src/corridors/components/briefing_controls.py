"""The Briefing page's sidebar: which briefing, which projector size, and the presentation button."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.components import linked_choice, presenter_view


def show(available: dict[str, Briefing]) -> tuple[str, str]:
    """The chosen briefing's id and screen size (both kept in the URL: ``?b=`` and ``?screen=``)."""
    with st.sidebar:
        st.header("Briefing")
        chosen = linked_choice.show("Briefing", briefing.titles(available), key=state.BRIEFING_PICK, param="b")
        screen = linked_choice.show(
            "Screen",
            list(briefing.SCREENS),
            key=state.SCREEN_PICK,
            param="screen",
            widget="radio",
            parse=briefing.screen_of,
            url_value=briefing.screen_param,
        )
        if st.button("Start presentation", icon=":material/slideshow:", help="Hides the sidebar and page chrome."):
            st.query_params["present"] = "1"
            st.rerun()
        presenter_view.link(chosen)
    return chosen, screen
