"""The briefings on offer: bundled files, this session's uploads and My briefing; broken files are named."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.briefing import Briefing
from corridors.catalog import Dataset, geodata_root
from corridors.translations import translator


def show(ds: Dataset) -> dict[str, Briefing]:
    """Briefings by id; a bundled file with problems is skipped with its problems listed."""
    found, skipped = briefing.available(
        geodata_root(),
        ds,
        st.session_state.get(state.UPLOADED_BRIEFINGS, {}),
        st.session_state.get(state.MY_BRIEFING, briefing.MY_BRIEFING),
    )
    for bad in skipped:
        st.error(translator(ds)._("Briefing '{name}' was skipped because its file has problems:").format(name=bad.name))
        st.code("\n".join(str(p) for p in bad.problems), language=None)
    return found
