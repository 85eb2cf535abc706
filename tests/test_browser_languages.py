"""In headless Chromium, in Turkish, Azerbaijani and Urdu: axe-core finds nothing, the page says its language,
Streamlit's own words are translated, and the Urdu Atlas (right to left) works by keyboard with Play; in
all four languages, no word is cut short in the narrowest supported window.
"""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Page

from corridors.i18n import Translator
from tests.fixtures import axe_violations, focused, settle

pytestmark = pytest.mark.browser
TIMEOUT = 180_000  # the machine is shared: waits are generous, never a measure of speed


PAGES = [
    ("", ("Add this view to a briefing", "Export this view", "Your layers")),
    ("Corridors?p=btk", ()),
    ("Events", ()),
    ("Trade", ("Table behind the chart",)),
    ("Sources_and_data", ()),
    ("Briefing", ("Export and share",)),
    ("Briefing?presenter=1", ()),
]


@pytest.mark.parametrize("lang", ["tr", "az", "ur"])
@pytest.mark.parametrize(("path", "expanders"), PAGES, ids=[p or "Atlas" for p, _ in PAGES])
def test_axe_finds_no_violation_on_every_page_in_each_language(server, page, path, expanders, lang):
    pg, refused = page
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{server}/{path}{'&' if '?' in path else '?'}lang={lang}")
    settle(pg, *expanders, tr=Translator(lang), timeout=TIMEOUT)
    pg.wait_for_function(f"() => document.documentElement.lang === '{lang}'")
    assert axe_violations(pg) == []
    assert english_names(pg) == []
    assert refused == []


#: Names Streamlit gives its own controls in English (aria-label, title, placeholder), as screen readers say them.
_ENGLISH_NAMES = """() => [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
  .flatMap((e) => ['aria-label', 'title', 'placeholder'].map((a) => e.getAttribute(a)))
  .filter((v) => v && (/^(Help for|Shortcut|Choose an|Collapse|Expand|Main menu|Link to|Sidebar|file upload)/.test(v)
    || /^(Open|Close)$|— (start|end)$|:material/.test(v)))"""


def english_names(pg: Page) -> list[str]:
    """Streamlit's English names of controls left on the page (a short wait lets the page script run)."""
    pg.wait_for_timeout(500)
    found: list[str] = pg.evaluate(_ENGLISH_NAMES)
    return found


@pytest.mark.parametrize("lang", ["tr", "az", "ur"])
def test_axe_finds_no_violation_while_the_atlas_plays(server, page, lang):
    pg, refused = page
    tr = Translator(lang)
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{server}/?lang={lang}&y=1991-1992")  # Play then runs some thirty years
    settle(pg, "Your layers", tr=tr, timeout=TIMEOUT)
    pg.get_by_role("button", name=tr._("Play")).click()
    pg.get_by_role("button", name=tr._("Pause")).wait_for()
    pg.mouse.move(0, 0)
    assert axe_violations(pg) == []
    # Streamlit's own words in the language: the skip link and the layer uploader's button and limit
    assert pg.locator("[data-testid=stSkipToContent]").inner_text() == tr._("Skip to main content")
    uploader = pg.locator("[data-testid=stFileUploader]").first
    assert uploader.get_by_role("button", name=tr._("Upload"), exact=True).count() == 1
    limit = uploader.locator("[data-testid=stFileUploaderDropzoneInstructions]").inner_text()
    assert "per file" not in limit and tr._("{size} per file").replace("{size}", "").strip() in limit
    pg.wait_for_function(f"() => document.documentElement.lang === '{lang}'")
    assert english_names(pg) == []
    assert refused == []


def test_the_urdu_atlas_by_keyboard_with_play(server, page):
    """Right to left, every Tab stop still shows its focus ring; Play starts and pauses from the keyboard."""
    pg, refused = page
    tr = Translator("ur")
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{server}/?lang=ur&y=1991-2015")
    settle(pg, tr=tr, timeout=TIMEOUT)
    pg.locator("[data-testid=stDeckGlJsonChart] canvas").first.wait_for()
    stops: list[str] = []
    for _ in range(60):
        pg.keyboard.press("Tab")
        pg.wait_for_timeout(150)
        now = focused(pg) or {"name": "(page)", "ring": True}
        if stops and now["name"] == stops[0]:
            break
        assert now["ring"], f"no visible focus on {now['name']!r} (after {stops[-3:]})"
        stops.append(now["name"])
        if pg.evaluate("() => document.activeElement.tagName") == "BUTTON" and tr._("Play") in now["name"]:
            break  # the Play button (the page's main part, also a stop, holds the word too)
    assert stops[0] == tr._("Skip to main content"), stops
    assert any(tr._("Play") in name for name in stops), stops
    year = pg.locator("[role=status]").filter(has_text="2015")
    pg.keyboard.press("Enter")  # Play, from the keyboard
    pg.get_by_role("button", name=tr._("Pause")).wait_for()
    deadline = time.monotonic() + 120
    while year.count() and time.monotonic() < deadline:
        pg.wait_for_timeout(250)
    shown = pg.locator(f"[role=status][aria-label='{tr._('Year shown')}']").inner_text().strip()
    assert int(shown) > 2015
    pg.keyboard.press("p")  # and Pause, with its shortcut
    pg.get_by_role("button", name=tr._("Play")).wait_for()
    assert refused == []


#: Words Streamlit cuts short with an ellipsis when their box is too narrow: buttons, labels, page links, metrics.
_CUT = """() => [...document.querySelectorAll(`button, label, [data-testid=stPageLink], summary,
  [data-testid=stMetricValue], [data-testid=stMetricLabel]`)]
  .filter((e) => e.offsetParent !== null).flatMap((e) => [e, ...e.querySelectorAll('p, span, div')])
  .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).textOverflow === 'ellipsis')
  .map((e) => e.textContent.trim()).filter((text) => text)"""


@pytest.mark.parametrize("lang", ["en", "tr", "az", "ur"])
def test_no_word_is_cut_short_in_the_narrowest_window(server, page, lang):
    """At 1280×800, the narrowest supported window: the Briefing's step buttons, a corridor profile's
    figures (a long capacity label, a long status word) and the Atlas's controls show their whole words."""
    pg, refused = page
    pg.set_default_timeout(TIMEOUT)
    pg.set_viewport_size({"width": 1280, "height": 800})
    cut = {}
    for path in ("", "Corridors?p=btk", "Corridors?p=tripp", "Briefing?s=2"):
        pg.goto(f"{server}/{path}{'&' if '?' in path else '?'}lang={lang}")
        settle(pg, tr=Translator(lang), timeout=TIMEOUT)
        if found := pg.evaluate(_CUT):
            cut[path or "Atlas"] = found
    assert cut == {}
    assert refused == []
