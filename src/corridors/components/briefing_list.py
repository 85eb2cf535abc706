"""The briefings on offer: bundled files, this session's uploads and My briefing; broken files are named."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.catalog import Dataset, geodata_root
from corridors.components import briefing_upload
from corridors.translations import translator


def show(ds: Dataset) -> dict[str, Briefing]:
    """Briefings by id; a bundled file with problems is skipped with its problems listed."""
    tr = translator(ds)
    found, skipped = briefing.available(
        geodata_root(),
        ds,
        st.session_state.get(state.UPLOADED_BRIEFINGS, {}),
        st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING),
    )
    for bad in skipped:
        st.error(tr._("Briefing '{name}' was skipped because its file has problems:").format(name=bad.name))
        st.code("\n".join(str(p) for p in bad.problems), language=None)
    if not found:  # a data folder without (usable) briefings, and nothing added in this session
        st.info(
            tr._(
                "There is no briefing to show yet: add views on the Atlas with *Add this view to a briefing*, "
                "or upload a briefing file here."
            )
        )
        briefing_upload.show(ds)
        if st.session_state.get(state.UPLOADED_BRIEFINGS):
            st.rerun()  # show the briefing just uploaded
        st.stop()
    return found
