"""Upload a briefing file for this session; a bad file gets its problems listed and changes nothing."""

from __future__ import annotations

import streamlit as st

from corridors import briefing, state
from corridors.catalog import Dataset
from corridors.i18n import N_
from corridors.safety import boundary
from corridors.translations import translator
from corridors.userlayers import clean_text

TODO = N_("Compare it with the bundled default.yaml, fix it and upload it again.")


def show(ds: Dataset) -> None:
    tr = translator(ds)
    upload = st.file_uploader(tr._("Upload a briefing file (YAML)"), type=["yaml", "yml"], key=state.BRIEFING_UPLOAD)
    if upload is None:
        return
    with boundary(f"'{clean_text(upload.name, 60)}'", st.error, TODO, tr) as outcome:
        loaded, problems = briefing.parse(upload.getvalue(), ds, upload.name)
    if outcome.failed:
        return
    if loaded is None:
        st.error(tr._("'{name}' was not loaded: nothing has changed.").format(name=upload.name))
        st.code("\n".join(str(p) for p in problems), language=None)
        return
    uploaded = dict(st.session_state.get(state.UPLOADED_BRIEFINGS, {}))
    uploaded[loaded.id] = loaded
    st.session_state[state.UPLOADED_BRIEFINGS] = uploaded
    count = len(loaded.views)
    st.success(
        tr.ngettext(
            "Loaded '{title}' ({count} view); pick it in the Briefing box.",
            "Loaded '{title}' ({count} views); pick it in the Briefing box.",
            count,
        ).format(title=loaded.title, count=count)
    )
