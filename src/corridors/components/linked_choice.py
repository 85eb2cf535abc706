"""A choice kept in the URL: a select box, radio or slider that a link can open on a given value."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import streamlit as st

from corridors import clicks, state
from corridors.components.url import follow, remember


def _labeller(labels: Mapping[Any, str] | None) -> Callable[[Any], str]:
    """The text shown for a value: its label, or the value itself."""

    def label(value: Any) -> str:
        return str(labels[value]) if labels is not None else str(value)

    return label


def show(
    label: str,
    options: Mapping[Any, str] | Sequence[Any],
    key: str,
    param: str,
    widget: str = "selectbox",
    parse: Callable[[str], Any] = str,
    url_value: Callable[[Any], str] = str,
    default: Any = None,
    clicked: list[str] | None = None,
) -> Any:
    """The chosen value. ``options`` maps values to their labels (or lists values shown as they are);
    ``param`` is the URL parameter that carries the choice (written back with ``url_value``);
    ``clicked`` are ids clicked on a chart, which select that value once.
    """
    values = list(options)
    labels = options if isinstance(options, Mapping) else None
    follow(param, key, values, parse)
    picked = clicks.new_click(clicked or [], values, st.session_state.get(state.last_click(key)))
    if picked is not None:
        st.session_state[key] = st.session_state[state.last_click(key)] = picked
    if default is not None:
        st.session_state.setdefault(key, default)
    if widget == "radio":
        value = st.radio(label, values, key=key, horizontal=True)
    elif widget == "select_slider":
        value = st.select_slider(label, values, key=key)
    else:
        value = st.selectbox(label, values, key=key, format_func=_labeller(labels))
    remember(param, key, url_value(value))
    return value
