"""The app's pages, defined once: script path, sidebar label and icon, in the order of the sidebar links."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

#: The folder holding app.py and pages/ (a checkout of the project).
ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Page:
    script: str  # relative to ROOT, as st.page_link and AppTest.switch_page take it
    label: str
    icon: str

    @property
    def url_path(self) -> str:
        """The page's address relative to the app: 'Briefing' for pages/5_Briefing.py, '' for the Atlas."""
        return "" if self.script == "app.py" else Path(self.script).stem.split("_", 1)[1]


ATLAS = Page("app.py", "Atlas", ":material/map:")
CORRIDORS = Page("pages/1_Corridors.py", "Corridors", ":material/conversion_path:")
EVENTS = Page("pages/2_Events.py", "Events", ":material/event:")
TRADE = Page("pages/3_Trade.py", "Trade", ":material/monitoring:")
SOURCES = Page("pages/4_Sources_and_data.py", "Sources and data", ":material/menu_book:")
BRIEFING = Page("pages/5_Briefing.py", "Briefing", ":material/slideshow:")
PAGES = (ATLAS, CORRIDORS, EVENTS, TRADE, SOURCES, BRIEFING)
#: The script users open first: the Streamlit entry point.
APP = ROOT / ATLAS.script
