"""Save this session's briefing to the shared folder, never overwriting someone else's."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.catalog import geodata_root


def show(current: Briefing) -> None:
    root = geodata_root()
    if briefing.is_bundled(root, current):
        return
    with st.form(state.PUBLISH_FORM):
        new_id = st.text_input("Save to the shared briefings as (id)", max_chars=60, placeholder="e.g. board-2026-01")
        go = st.form_submit_button("Save for the team")
    if go:
        try:
            path = briefing.publish(current, root / briefing.BRIEFINGS, new_id.strip())
        except (briefing.NameTaken, ValueError) as exc:
            st.error(str(exc))
        else:
            st.success(f"Saved as '{path.stem}'; everyone can now pick it in the Briefing box.")
