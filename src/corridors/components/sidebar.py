"""Sidebar filters shared by every page, seeded from the URL on first load and kept in it, and the page links."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from corridors import navigation, state
from corridors.catalog import Dataset
from corridors.components import page_style
from corridors.filters import LAYERS, YEAR_RULE, Choices, Filters, from_query, to_query
from corridors.safety import boundary
from corridors.schema import MODES, STATUSES

LAYER_LABELS = {
    "corridors": "Corridors",
    "events": "Venues and events",
    "trade": "Trade arcs",
    "labels": "Place labels",
}


def _seed_widgets(filters: Filters) -> None:
    st.session_state[state.CORRIDORS] = list(filters.corridors)
    st.session_state[state.MODES] = list(filters.modes)
    st.session_state[state.STATUSES] = list(filters.statuses)
    st.session_state[state.COUNTRIES] = list(filters.countries)
    st.session_state[state.YEARS] = (filters.year_start, filters.year_end)
    for layer, key in state.LAYER_SWITCHES.items():
        st.session_state[key] = layer in filters.layers


def _mode_label(mode: str) -> str:
    return f"{mode} — {MODES[mode]}"


def _status_label(status: str) -> str:
    return f"{status} — {STATUSES[status]}"


def show(ds: Dataset, page: str, page_keys: tuple[str, ...] = ()) -> Filters:
    """The filters chosen. Streamlit resets widget values when the user moves to another page, so the
    filters are also kept under :data:`corridors.state.FILTERS` and restored whenever ``page`` changes.
    ``page_keys`` are URL parameters the calling page reads itself; they are kept in the URL.
    """
    page_style.show()  # every page draws the sidebar: its focus ring is shared here
    choices = Choices.of(ds)
    if state.FILTERS not in st.session_state:
        filters: Filters = choices.default()
        notices: list[str] = []
        with boundary("the link", st.error, "The default view is shown instead; check the address you followed."):
            filters, notices = from_query(st.query_params.to_dict(), choices, page_keys)
        _seed_widgets(filters)
        st.session_state[state.FILTERS] = filters
        for notice in notices:
            st.warning(notice, icon=":material/warning:")
    elif st.session_state.get(state.FILTERS_PAGE) != page:
        _seed_widgets(st.session_state[state.FILTERS])
    if state.YEARS_NEXT in st.session_state:  # set before the slider exists, so Streamlit accepts it
        st.session_state[state.YEARS] = st.session_state.pop(state.YEARS_NEXT)
    st.session_state[state.FILTERS_PAGE] = page
    names: dict[str, str] = dict(zip(ds.corridors["id"], ds.corridors["short_name"], strict=False))
    nav = st.sidebar.container()
    with st.sidebar:
        st.header("Filters")
        st.multiselect(
            "Corridors",
            choices.corridors,
            key=state.CORRIDORS,
            format_func=names.__getitem__,
            placeholder="All corridors",
        )
        st.multiselect("Mode", choices.modes, key=state.MODES, format_func=_mode_label, placeholder="All modes")
        st.multiselect(
            "Status", choices.statuses, key=state.STATUSES, format_func=_status_label, placeholder="All statuses"
        )
        st.multiselect("Countries (ISO codes)", choices.countries, key=state.COUNTRIES, placeholder="All countries")
        first, last = choices.years
        if first < last:
            st.slider("Year range", first, last, key=state.YEARS, help=YEAR_RULE)
        else:  # a slider needs two years: a data folder whose records all fall in one year gets none
            st.caption(f"Years: every record is from {first}.")
        st.caption(YEAR_RULE)
        st.markdown("**Layers**")
        for layer in LAYERS:
            st.toggle(LAYER_LABELS[layer], key=state.LAYER_SWITCHES[layer])
    start, end = st.session_state[state.YEARS]
    filters = replace(
        choices.default(),
        corridors=tuple(st.session_state[state.CORRIDORS]),
        modes=tuple(st.session_state[state.MODES]),
        statuses=tuple(st.session_state[state.STATUSES]),
        countries=tuple(st.session_state[state.COUNTRIES]),
        year_start=int(start),
        year_end=int(end),
        layers=tuple(layer for layer in LAYERS if st.session_state[state.LAYER_SWITCHES[layer]]),
    )
    st.session_state[state.FILTERS] = filters
    shared = to_query(filters, choices)
    current = st.query_params.to_dict()
    query = shared | {k: v for k, v in current.items() if k in page_keys}
    if current != query:
        st.query_params.from_dict(query)
    with nav:
        for link in navigation.PAGES:
            st.page_link(link.script, label=link.label, icon=link.icon, query_params=shared)
    return filters
