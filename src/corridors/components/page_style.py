"""What every page shares for keyboard and screen-reader users (WCAG 2.2 AA).

- A focus ring keyboard users always see (2.4.7 Focus Visible): Streamlit draws none on some
  controls (page links, select boxes, toggles and radio buttons whose input is hidden), so the ring
  is drawn around the control, or around its label when the input is hidden; a heading's link,
  shown only on hover, also shows when it has the focus.
- Streamlit's file-upload drop zone is marked ``role="presentation"`` yet is focusable and labelled,
  which screen readers handle inconsistently (axe: presentation-role-conflict); it becomes a
  labelled group. The script is this module's own constant text, never user input.
"""

from __future__ import annotations

import streamlit as st

#: Dark blue: at least 3:1 against white, the sidebar's grey and the red of primary buttons.
RING = "#1a3d6d"

_STYLE = f"""<style>
:focus-visible {{ outline: 3px solid {RING} !important; outline-offset: 2px !important; }}
label:has(input:focus-visible), [data-baseweb="select"]:has(input:focus-visible) {{
  outline: 3px solid {RING} !important; outline-offset: 2px !important; border-radius: 4px; }}
[data-baseweb="select"] input:focus-visible {{ outline: none !important; }}
[data-testid="stDeckGlJsonChart"] :focus-visible {{ outline-offset: -3px !important; }}
[data-testid="stHeaderActionElements"] :focus-visible {{ visibility: visible !important; opacity: 1 !important;
  transition: none !important; }}
</style>"""

_SCRIPT = """<script>
(() => {
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  const fix = () => doc.querySelectorAll('[data-testid="stFileUploaderDropzone"][role="presentation"]')
    .forEach((zone) => zone.setAttribute("role", "group"));
  fix();
  new MutationObserver(fix).observe(doc.body, {childList: true, subtree: true});
})();
</script>"""


def show() -> None:
    st.html(_STYLE)
    st.sidebar.html(_SCRIPT, unsafe_allow_javascript=True)
