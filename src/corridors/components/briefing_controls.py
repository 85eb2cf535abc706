"""The Briefing page's sidebar: which briefing, which projector size, and the presentation button."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.components import linked_choice, presenter_view
from corridors.i18n import ENGLISH, Translator


def show(available: dict[str, Briefing], tr: Translator = ENGLISH) -> tuple[str, str]:
    """The chosen briefing's id and screen size (both kept in the URL: ``?b=`` and ``?screen=``)."""
    with st.sidebar:
        st.header(tr._("Briefing"))
        chosen = linked_choice.show(
            tr._("Briefing"), briefing.titles(available, tr), key=state.BRIEFING_PICK, param="b"
        )
        screen = linked_choice.show(
            tr._("Screen"),
            list(briefing.SCREENS),
            key=state.SCREEN_PICK,
            param="screen",
            widget="radio",
            parse=briefing.screen_of,
            url_value=briefing.screen_param,
        )
        if st.button(
            tr._("Start presentation"), icon=":material/slideshow:", help=tr._("Hides the sidebar and page chrome.")
        ):
            st.query_params["present"] = "1"
            st.rerun()
        presenter_view.link(chosen, tr)
    return chosen, screen
