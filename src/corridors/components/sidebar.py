"""Sidebar filters shared by every page, seeded from the URL on first load and kept in it, and the page links."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import streamlit as st

from corridors import navigation, state
from corridors.catalog import Dataset
from corridors.components import page_style
from corridors.filters import LAYERS, YEAR_RULE, Choices, Filters, from_query, to_query
from corridors.i18n import N_, Translator
from corridors.safety import boundary
from corridors.translations import translator

LAYER_LABELS = {
    "corridors": N_("Corridors"),
    "events": N_("Venues and events"),
    "trade": N_("Trade arcs"),
    "labels": N_("Place labels"),
}


def _seed_widgets(filters: Filters) -> None:
    st.session_state[state.CORRIDORS] = list(filters.corridors)
    st.session_state[state.MODES] = list(filters.modes)
    st.session_state[state.STATUSES] = list(filters.statuses)
    st.session_state[state.COUNTRIES] = list(filters.countries)
    st.session_state[state.YEARS] = (filters.year_start, filters.year_end)
    for layer, key in state.LAYER_SWITCHES.items():
        st.session_state[key] = layer in filters.layers


def _labeller(tr: Translator, vocabulary: str) -> Callable[[str], str]:
    """'label — meaning' of a code, as the Mode and Status boxes list them."""

    def label(code: str) -> str:
        return f"{tr.term(vocabulary, code)} — {tr.meaning(vocabulary, code)}"

    return label


def show(ds: Dataset, page: str, page_keys: tuple[str, ...] = ()) -> Filters:
    """The filters chosen. Streamlit resets widget values when the user moves to another page, so the
    filters are also kept under :data:`corridors.state.FILTERS` and restored whenever ``page`` changes.
    ``page_keys`` are URL parameters the calling page reads itself; they are kept in the URL.
    """
    choices = Choices.of(ds)
    tr = translator(ds)
    page_style.show(tr)  # every page draws the sidebar: its focus ring and language are shared here
    if state.FILTERS not in st.session_state:
        filters: Filters = choices.default()
        notices: list[str] = []
        todo = N_("The default view is shown instead; check the address you followed.")
        with boundary(tr._("the link"), st.error, todo, tr):
            filters, notices = from_query(st.query_params.to_dict(), choices, page_keys, tr)
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
        st.header(tr._("Filters"))
        st.multiselect(
            tr._("Corridors"),
            choices.corridors,
            key=state.CORRIDORS,
            format_func=names.__getitem__,
            placeholder=tr._("All corridors"),
        )
        st.multiselect(
            tr._("Mode"),
            choices.modes,
            key=state.MODES,
            format_func=_labeller(tr, "mode"),
            placeholder=tr._("All modes"),
        )
        st.multiselect(
            tr._("Status"),
            choices.statuses,
            key=state.STATUSES,
            format_func=_labeller(tr, "status"),
            placeholder=tr._("All statuses"),
        )
        st.multiselect(
            tr._("Countries (ISO codes)"), choices.countries, key=state.COUNTRIES, placeholder=tr._("All countries")
        )
        first, last = choices.years
        if first < last:
            st.slider(tr._("Year range"), first, last, key=state.YEARS, help=tr._(YEAR_RULE))
        else:  # a slider needs two years: a data folder whose records all fall in one year gets none
            st.caption(tr._("Years: every record is from {year}.").format(year=first))
        st.caption(tr._(YEAR_RULE))
        st.markdown("**" + tr._("Layers") + "**")
        for layer in LAYERS:
            st.toggle(tr._(LAYER_LABELS[layer]), key=state.LAYER_SWITCHES[layer])
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
        lang=ds.lang,
    )
    st.session_state[state.FILTERS] = filters
    shared = to_query(filters, choices)
    current = st.query_params.to_dict()
    query = shared | {k: v for k, v in current.items() if k in page_keys}
    if current != query:
        st.query_params.from_dict(query)
    with nav:
        for link in navigation.PAGES:
            st.page_link(link.script, label=tr._(link.label), icon=link.icon, query_params=shared)
    return filters
