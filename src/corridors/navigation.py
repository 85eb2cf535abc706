"""The app's pages, defined once: script path, sidebar label and icon, in the order of the sidebar links."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corridors.i18n import N_

#: The folder holding app.py and pages/ (a checkout of the project).
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Page:
    script: str  # relative to ROOT, as st.page_link and AppTest.switch_page take it
    label: str  # English; shown as tr._(label)
    icon: str

    @property
    def url_path(self) -> str:
        """The page's address relative to the app: 'Briefing' for pages/5_Briefing.py, '' for the Atlas."""
        return "" if self.script == "app.py" else Path(self.script).stem.split("_", 1)[1]


ATLAS = Page("app.py", N_("Atlas"), ":material/map:")
CORRIDORS = Page("pages/1_Corridors.py", N_("Corridors"), ":material/conversion_path:")
EVENTS = Page("pages/2_Events.py", N_("Events"), ":material/event:")
TRADE = Page("pages/3_Trade.py", N_("Trade"), ":material/monitoring:")
SOURCES = Page("pages/4_Sources_and_data.py", N_("Sources and data"), ":material/menu_book:")
BRIEFING = Page("pages/5_Briefing.py", N_("Briefing"), ":material/slideshow:")
PAGES = (ATLAS, CORRIDORS, EVENTS, TRADE, SOURCES, BRIEFING)
#: The script users open first: the Streamlit entry point.
APP = ROOT / ATLAS.script
