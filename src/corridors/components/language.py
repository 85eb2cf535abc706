"""The language picker at the top of the sidebar (kept in the URL as ``?lang=tr``), and the page set for it.

A right-to-left language (Urdu) flips the page with CSS and sets its text in the Naskh font the app
serves itself (static/fonts), so nothing is fetched from the network.
"""

from __future__ import annotations

import streamlit as st

from corridors import fonts, state
from corridors.components.url import follow
from corridors.i18n import DEFAULT, LANGS, Translator
from corridors.navigation import Page

#: Page-wide right-to-left layout: the sidebar moves to the right, text, tables and widgets read from the right.
_RTL = """
:root { --rtl-font: "Noto Naskh Arabic", "Source Sans Pro", "DejaVu Sans", sans-serif; }
.stApp, .stApp input, .stApp textarea, .stApp button, .stApp select,
.stApp :is(p, li, label, h1, h2, h3, h4, h5, h6, td, th, a, small, summary, div[data-testid="stMarkdownContainer"]) {
  font-family: var(--rtl-font);
}
[data-testid="stAppViewContainer"], [data-testid="stSidebar"], [data-testid="stSidebarContent"],
[data-testid="stMain"], [data-baseweb="popover"], .deck-tooltip { direction: rtl; }
[data-testid="stAppViewContainer"] :is(p, li, h1, h2, h3, label, td, th, caption) { text-align: right; }
[data-testid="stSidebar"] { left: auto; right: 0; }
[data-testid="stIconMaterial"], .material-symbols-rounded { font-family: "Material Symbols Rounded" !important; }
code, pre { direction: ltr; text-align: left; }
/* charts lay out their own text (Vega): right to left would push legend labels under their symbols */
[data-testid="stVegaLiteChart"], .vega-embed { direction: ltr; }
"""


def current() -> str:
    """The language chosen so far in this session, or from the link (before the picker is drawn)."""
    raw = st.query_params.get("lang")
    kept = st.session_state.get(state.LANGUAGE_KEPT)
    return kept or (raw if isinstance(raw, str) and raw in LANGS else DEFAULT)


def show(page: Page | None = None) -> str:
    """The chosen language code, with the page's title in it and the page flipped for right-to-left.

    A link's ``?lang=`` opens the page in that language; the user's later choice is never overridden
    by the link it came from (the sidebar writes the choice back to the URL).
    """
    follow("lang", state.LANGUAGE, list(LANGS))
    # seeded on every run: Streamlit would reset the picker to English on another page
    st.session_state[state.LANGUAGE] = st.session_state.get(state.LANGUAGE) or current()
    tr = Translator(st.session_state[state.LANGUAGE])
    lang = st.sidebar.selectbox(
        ":material/translate: " + tr._("Language"), list(LANGS), key=state.LANGUAGE, format_func=LANGS.__getitem__
    )
    st.session_state[state.LANGUAGE_KEPT] = lang
    st.session_state[state.url_echo(state.LANGUAGE)] = lang if lang != DEFAULT else None
    tr = Translator(lang)
    if page is not None:
        st.set_page_config(page_title=tr._("Corridors — {page}").format(page=tr._(page.label)))
    if tr.rtl:
        st.html(f"<style>{fonts.font_face()}\n{_RTL}</style>")
    return lang
