"""The validated dataset, loaded once per change of the files; the error page if it is broken."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from corridors.catalog import DataError, Dataset, geodata_root, load, signature
from corridors.components import problems


@st.cache_resource(show_spinner="Loading the dataset…")
def _load(root: str, files: tuple[tuple[str, float], ...]) -> Dataset:
    return load(Path(root))


def show(root: Path | None = None) -> Dataset:
    """The dataset of ``root`` (default: :func:`corridors.catalog.geodata_root`); stops the page if broken."""
    root = root or geodata_root()
    try:
        return _load(str(root), signature(root))
    except DataError as exc:
        problems.show(exc.problems)
        st.stop()
        raise  # unreachable: st.stop() ends the script run
