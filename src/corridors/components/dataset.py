"""The validated dataset, loaded once per change of the files; the error page if it is broken."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from corridors.catalog import DataError, Dataset, geodata_root, load, signature
from corridors.components import problems
from corridors.safety import boundary

TODO = "Run `corridors validate` on the data folder, fix what it lists and reload."


@st.cache_resource(show_spinner="Loading the dataset…")
def _load(root: str, files: tuple[tuple[str, float], ...]) -> Dataset:
    return load(Path(root))


def show(root: Path | None = None) -> Dataset:
    """The dataset of ``root`` (default: :func:`corridors.catalog.geodata_root`); stops the page if broken."""
    root = root or geodata_root()
    with boundary("the data files", st.error, TODO):
        try:
            return _load(str(root), signature(root))
        except DataError as exc:
            problems.show(exc.problems)
    st.stop()  # the data cannot be used: the page ends with the message above
