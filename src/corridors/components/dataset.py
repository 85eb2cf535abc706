"""The validated dataset, loaded once per change of the files and kept per language; the error page if broken."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from corridors.catalog import DataError, Dataset, geodata_root, load, signature
from corridors.components import problems
from corridors.i18n import DEFAULT, N_, Translator
from corridors.safety import boundary
from corridors.translations import localize

TODO = N_("Run `corridors validate` on the data folder, fix what it lists and reload.")


@st.cache_resource(show_spinner=False)
def _load(root: str, files: tuple[tuple[str, float], ...]) -> Dataset:
    return load(Path(root))


@st.cache_resource(show_spinner=False)
def _localized(root: str, files: tuple[tuple[str, float], ...], lang: str) -> Dataset:
    return localize(_load(root, files), lang)


def show(lang: str = DEFAULT, root: Path | None = None) -> Dataset:
    """The dataset of ``root`` (default: :func:`corridors.catalog.geodata_root`) with its text in ``lang``;
    stops the page with the list of problems if the files are broken.
    """
    root = root or geodata_root()
    tr = Translator(lang)
    with boundary(tr._("the data files"), st.error, TODO, tr):
        try:
            return _localized(str(root), signature(root), lang)
        except DataError as exc:
            problems.show(exc.problems, lang)
    st.stop()  # the data cannot be used: the page ends with the message above
