"""What every page shares: the maps' sea colour, and what keyboard and screen-reader users need (WCAG 2.2 AA).

- Every map's background is the sea (the basemap draws land only: one layer less on every frame).

- A metric's label and value wrap instead of being cut short with an ellipsis (a corridor's
  "Capacity, million tonnes per year" in a half-width column, in every language).

- A focus ring keyboard users always see (2.4.7 Focus Visible): Streamlit draws none on some
  controls (page links, select boxes, toggles and radio buttons whose input is hidden), so the ring
  is drawn around the control, or around its label when the input is hidden; a heading's link,
  shown only on hover, also shows when it has the focus.
- Streamlit's file-upload drop zone is marked ``role="presentation"`` yet is focusable and labelled,
  which screen readers handle inconsistently (axe: presentation-role-conflict); it becomes a
  labelled group. The script is this module's own constant text, never user input.
- The page says its language (3.1.1 Language of Page: ``<html lang="ur">``), and the words Streamlit
  writes itself (the skip link, the file uploaders' button and limits, the names screen readers say
  for its own controls) are put in that language from the catalogs (see :func:`words`), so a screen
  reader speaks the right language and no English is left on a Turkish, Azerbaijani or Urdu page.
"""

from __future__ import annotations

import json

import streamlit as st

from corridors.i18n import ENGLISH, N_, Translator
from corridors.palette import SEA

#: Dark blue: at least 3:1 against white, the sidebar's grey and the red of primary buttons.
RING = "#1a3d6d"

_STYLE = f"""<style>
[data-testid="stDeckGlJsonChart"] {{ background: rgb{SEA}; }}
:focus-visible {{ outline: 3px solid {RING} !important; outline-offset: 2px !important; }}
label:has(input:focus-visible), [data-baseweb="select"]:has(input:focus-visible) {{
  outline: 3px solid {RING} !important; outline-offset: 2px !important; border-radius: 4px; }}
[data-baseweb="select"] input:focus-visible {{ outline: none !important; }}
[data-testid="stDeckGlJsonChart"] :focus-visible {{ outline-offset: -3px !important; }}
[data-testid="stHeaderActionElements"] :focus-visible {{ visibility: visible !important; opacity: 1 !important;
  transition: none !important; }}
[data-testid="stMetricLabel"], [data-testid="stMetricLabel"] *, [data-testid="stMetricValue"],
[data-testid="stMetricValue"] * {{ white-space: normal !important; overflow: visible !important;
  text-overflow: clip !important; height: auto !important; }}
</style>"""

#: Streamlit's own words on the page, as it writes them (1.67), by the text node that holds each.
STREAMLIT_WORDS = (
    N_("Skip to main content"),
    N_("Upload"),
    N_("Drag and drop a file here"),
    N_("Drag and drop files here"),
    N_("File type not allowed."),
)
#: A file uploader's limit ('200MB per file'), with the size kept.
PER_FILE = N_("{size} per file")
#: Streamlit's own names of controls (aria-label, title, placeholder) that screen readers say.
STREAMLIT_LABELS = (
    N_("Choose an option"),
    N_("Collapse sidebar"),
    N_("Expand sidebar"),
    N_("Sidebar"),
    N_("App pages"),
    N_("Main menu"),
    N_("Link to heading"),
    N_("Open"),
    N_("Close"),
    N_("Clear all"),
    N_("Selected values"),
    N_("file upload"),
    N_("Running..."),
    N_("Fullscreen"),
    N_("Close fullscreen"),
    N_("Download as CSV"),
    N_("Search"),
    N_("translate icon"),
)
#: Streamlit's names made from a label or key ('Help for Year range'), as patterns and their translations.
STREAMLIT_PATTERNS = {
    "^Help for (.+)$": N_("Help for {label}"),
    "^(.+) — start$": N_("{label} — start"),
    "^(.+) — end$": N_("{label} — end"),
    "^Shortcut (.+)$": N_("Shortcut {key}"),
    "^Remove (.+)$": N_("Remove {name}"),
}

_SCRIPT = """<script>
(() => {
  const win = window.parent && window.parent.document ? window.parent : window;
  const doc = win.document;
  win.corridorsWords = WORDS;  // the page's language now: a later run replaces it, one observer reads it
  const text = (node) => {
    const words = win.corridorsWords, value = node.nodeValue;
    const found = words.texts[value] ||
      (/^\\S+ per file$/.test(value) ? words.perFile.replace("{size}", value.slice(0, -9)) : null);
    if (found && found !== value) node.nodeValue = found;
  };
  const name = (element, attribute) => {
    const words = win.corridorsWords, value = element.getAttribute(attribute);
    let found = words.labels[value];
    for (const [pattern, template] of Object.entries(words.patterns)) {
      const match = found ? null : value.match(new RegExp(pattern));
      if (match) found = template.replace(/{\\w+}/, match[1]);
    }
    found = (found || value).replace(/:material\\/\\w+:\\s*/g, "");  // a label's icon, written out by Streamlit
    if (found !== value) element.setAttribute(attribute, found);
  };
  const fix = () => {
    doc.querySelectorAll('[data-testid="stFileUploaderDropzone"][role="presentation"]')
      .forEach((zone) => zone.setAttribute("role", "group"));
    if (doc.documentElement.lang !== win.corridorsWords.lang) doc.documentElement.lang = win.corridorsWords.lang;
    doc.querySelectorAll('[data-testid="stSkipToContent"], [data-testid="stFileUploader"]').forEach((place) => {
      const walker = doc.createTreeWalker(place, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) text(walker.currentNode);
    });
    for (const attribute of ["aria-label", "title", "placeholder"]) {
      doc.querySelectorAll(`[${attribute}]`).forEach((element) => name(element, attribute));
    }
  };
  let queued = false;
  const later = () => { if (!queued) { queued = true; setTimeout(() => { queued = false; fix(); }, 50); } };
  fix();
  if (!win.corridorsObserved) {
    win.corridorsObserved = true;
    new MutationObserver(later).observe(doc.body, {childList: true, subtree: true, characterData: true,
      attributes: true, attributeFilter: ["aria-label", "title", "placeholder"]});
  }
})();
</script>"""


def words(tr: Translator = ENGLISH) -> dict[str, object]:
    """What the page script needs: the language code, and Streamlit's words and names of controls in it."""
    return {
        "lang": tr.lang,
        "texts": {text: tr._(text) for text in STREAMLIT_WORDS},
        "perFile": tr._(PER_FILE),
        "labels": {text: tr._(text) for text in STREAMLIT_LABELS},
        "patterns": {pattern: tr._(template) for pattern, template in STREAMLIT_PATTERNS.items()},
    }


def show(tr: Translator = ENGLISH) -> None:
    st.html(_STYLE)
    script = _SCRIPT.replace("WORDS", json.dumps(words(tr), ensure_ascii=False).replace("</", "<\\/"), 1)
    st.sidebar.html(script, unsafe_allow_javascript=True)
