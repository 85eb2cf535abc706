"""Previous / next buttons (arrow keys too) through a briefing; the step lives in the URL (?s=, 1-based)."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.components.url import page_param
from corridors.i18n import ENGLISH, Translator


def show(total: int, tr: Translator = ENGLISH) -> int:
    """The zero-based step to show, read from the URL (a notice if the value was unusable)."""
    step, notice = briefing.step_of(page_param("s"), total, tr)
    if notice:
        st.warning(notice, icon=":material/warning:")
    row = st.container(horizontal=True, gap="small")  # each button as wide as its words, in every language
    moved = step
    if row.button(tr._("◀ Previous"), key=state.STEP_BACK, shortcut="Left", disabled=step == 0):
        moved = step - 1
    if row.button(tr._("Next ▶"), key=state.STEP_NEXT, shortcut="Right", disabled=step >= total - 1):
        moved = step + 1
    if page_param("present") == "1" and row.button(
        tr._("Exit presentation"), key=state.EXIT_PRESENTATION, shortcut="Esc"
    ):
        del st.query_params["present"]
        st.rerun()
    st.query_params["s"] = str(moved + 1)
    if moved != step:
        st.rerun()  # draw the new step with its buttons enabled or disabled for it
    return step
