"""Save this session's briefing to the shared folder, never overwriting someone else's."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.catalog import geodata_root
from corridors.i18n import ENGLISH, Translator


def show(current: Briefing, tr: Translator = ENGLISH) -> None:
    root = geodata_root()
    if briefing.is_bundled(root, current):
        return
    with st.form(state.PUBLISH_FORM):
        new_id = st.text_input(
            tr._("Save to the shared briefings as (id)"), max_chars=60, placeholder=tr._("e.g. board-2026-01")
        )
        go = st.form_submit_button(tr._("Save for the team"))
    if go:
        try:
            path = briefing.publish(current, root / briefing.BRIEFINGS, new_id.strip(), tr)
        except (briefing.NameTaken, ValueError) as exc:
            st.error(str(exc))
        else:
            st.success(tr._("Saved as '{id}'; everyone can now pick it in the Briefing box.").format(id=path.stem))
