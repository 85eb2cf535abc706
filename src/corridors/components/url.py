"""A page's own URL parameters, shared by the components that keep a choice in the link."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from corridors import state


def page_param(name: str) -> str | None:
    """A page's own URL parameter (e.g. the corridor of a profile), or None."""
    value = st.query_params.get(name)
    return value if isinstance(value, str) and value else None


def follow(name: str, key: str, options: Sequence[Any], parse: Callable[[str], Any] = str) -> None:
    """Point widget ``key`` at the URL parameter ``name`` when it came from a link.

    A value this page wrote itself (see :func:`remember`) is not applied again, so the
    user's own later choices are never overridden.
    """
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]  # the filters no longer offer the remembered choice
    raw = page_param(name)
    if raw is None or raw == st.session_state.get(state.url_echo(key)):
        return
    try:
        value = parse(raw)
    except ValueError:
        return
    if value in options:
        st.session_state[key] = value


def remember(name: str, key: str, text: str) -> None:
    """Write the widget's value to the URL parameter ``name``, so a link reopens it."""
    st.session_state[state.url_echo(key)] = text
    if st.query_params.get(name) != text:
        st.query_params[name] = text
