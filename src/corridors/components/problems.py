"""Error page listing every problem found in the data files, one per line."""

from __future__ import annotations

import streamlit as st

from corridors.i18n import DEFAULT, Translator
from corridors.validate import Problem


def show(found: list[Problem], lang: str = DEFAULT) -> None:
    """The problems as the validator names them (file: record: field: message), under a notice in ``lang``."""
    tr = Translator(lang)
    st.error(
        tr.ngettext(
            "The dataset has {count} problem, so the map cannot be drawn. "
            "Fix the files below (or run `corridors validate`) and reload.",
            "The dataset has {count} problems, so the map cannot be drawn. "
            "Fix the files below (or run `corridors validate`) and reload.",
            len(found),
        ).format(count=len(found))
    )
    st.code("\n".join(str(p) for p in found), language=None)
