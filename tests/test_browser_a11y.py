"""In headless Chromium: axe-core finds nothing on any page, the Atlas works by keyboard alone (Play included),
Play changes the map and caption, and the offline HTML map plays from a file with no server.
"""

from __future__ import annotations

import io
import time
from dataclasses import replace

import pytest
from PIL import Image, ImageChops
from playwright.sync_api import Page

from corridors import offline
from corridors.briefing import SavedView
from corridors.filters import Choices
from tests.fixtures import axe_violations, focused, settle

pytestmark = pytest.mark.browser
TIMEOUT = 120_000  # the machine is shared: waits are generous, never a measure of speed


PAGES = [
    ("", ("Add this view to a briefing", "Export this view", "Your layers")),
    ("Corridors?p=gas-line", ()),
    ("Events?e=summit-2025", ()),
    ("Trade", ("Table behind the chart",)),
    ("Sources_and_data", ()),
    ("Briefing", ("Export and share",)),
    ("Briefing?present=1", ()),
    ("Briefing?presenter=1", ()),
]


@pytest.mark.parametrize(("path", "expanders"), PAGES, ids=[p or "Atlas" for p, _ in PAGES])
def test_axe_finds_no_violation(small_server, page, path, expanders):
    pg, refused = page
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{small_server}/{path}")
    settle(pg, *expanders)
    assert axe_violations(pg) == []
    assert refused == []


def test_axe_finds_no_violation_while_playing(small_server, page):
    pg, _ = page
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{small_server}/?c=gas-line&l=corridors")
    settle(pg)
    pg.get_by_role("button", name="Play").click()
    pg.get_by_role("button", name="Pause").wait_for()
    pg.mouse.move(0, 0)
    assert axe_violations(pg) == []


def year_shown(pg: Page) -> str:
    return pg.locator("[role=status][aria-label='Year shown']").inner_text().strip()


def map_picture(pg: Page) -> Image.Image:
    return Image.open(io.BytesIO(pg.locator("[data-testid=stDeckGlJsonChart]").first.screenshot())).convert("RGB")


def settled_picture(pg: Page) -> Image.Image:
    """The map once it has finished drawing (two pictures in a row alike, or after three seconds)."""
    last = map_picture(pg)
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:
        pg.wait_for_timeout(300)
        now = map_picture(pg)
        if ImageChops.difference(last, now).getbbox() is None:
            return now
        last = now
    return last


def same_pixels(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels that are identical in two same-size pictures."""
    diff = ImageChops.difference(a, b).convert("L")
    return (diff.histogram()[0]) / (a.width * a.height)


def test_the_atlas_by_keyboard_alone(small_server, page):
    """Every stop of the Tab order shows a focus ring; a layer switch, the map's camera and Play all work
    from the keyboard; Play changes the map and caption year by year; pausing keeps the year in the URL."""
    pg, refused = page
    pg.set_default_timeout(TIMEOUT)
    pg.goto(f"{small_server}/?y=2006-2015")  # from 2016 on, every year changes the small map
    settle(pg)
    pg.get_by_role("switch", name="Place labels").wait_for()
    pg.get_by_role("link", name="Briefing").wait_for()
    pg.locator("[data-testid=stDeckGlJsonChart] canvas").first.wait_for()

    stops: list[str] = []
    for _ in range(80):
        pg.keyboard.press("Tab")
        pg.wait_for_timeout(150)  # a ring that fades in has had time to show
        now = focused(pg) or {"name": "(page)", "ring": True}  # past the last control, before the first again
        if stops and now["name"] == stops[0]:
            break  # round to the first control again
        assert now["ring"], f"no visible focus on {now['name']!r} (after {stops[-3:]})"
        stops.append(now["name"])
        if now["name"] == "Place labels":
            pg.keyboard.press("Space")  # a layer switch, operated by keyboard
            pg.wait_for_function("() => location.search.includes('l=')", timeout=TIMEOUT)
        if now["name"] == "Normal — 1 s a year":
            pg.keyboard.press("ArrowLeft")  # the speed, by keyboard: Slow
            pg.get_by_role("radio", name="Slow — 2 s a year").wait_for(state="attached")
    names = " | ".join(stops)
    for control in ("Skip to main content", "Atlas", "Mode", "Year range", "Place labels", "Play", "Normal — 1 s a"):
        assert control in names, names
    assert "Export this view" in names and "DIV" in names, names  # an expander, and the map itself
    assert "l=corridors%2Cevents%2Ctrade" in pg.url or "l=corridors,events,trade" in pg.url
    assert pg.get_by_role("radio", name="Slow — 2 s a year").is_checked()

    # Play from the keyboard: the year, the caption and the map change step by step
    pg.get_by_role("button", name="Play").focus()
    pg.keyboard.press("Enter")
    pg.get_by_role("button", name="Pause").wait_for()
    caption = pg.locator("[data-testid=stMain] [data-testid=stCaptionContainer]").first
    years, captions, pictures = [year_shown(pg)], [caption.inner_text()], [settled_picture(pg)]
    deadline = time.monotonic() + 240
    while len(years) < 6 and time.monotonic() < deadline:
        pg.wait_for_timeout(250)
        if year_shown(pg) != years[-1]:
            years.append(year_shown(pg))
            captions.append(caption.inner_text())
            pictures.append(settled_picture(pg))
    assert len(years) >= 4, years
    assert years[0] == "2016" and all(int(a) < int(b) for a, b in zip(years, years[1:], strict=False)), years
    assert len(set(captions)) == len(captions), captions
    stepped = [int(c[:4]) for c in captions]  # each caption starts with its year (read as the page updates)
    assert stepped[0] == 2016 and all(a < b for a, b in zip(stepped, stepped[1:], strict=False)), captions
    pairs = zip(pictures, pictures[1:], strict=False)
    changes = sum(ImageChops.difference(a, b).getbbox() is not None for a, b in pairs)
    assert changes >= 3, f"the map changed {changes} times in {years}"

    # P pauses (the button keeps the focus); the year shown stays, in the URL too
    pg.keyboard.press("p")
    pg.get_by_role("button", name="Play").wait_for()
    shown = year_shown(pg)
    pg.wait_for_function(f"() => location.search.includes('y=2006-{shown}')", timeout=TIMEOUT)
    assert int(shown) >= int(years[-1])
    assert "Play" in (focused(pg) or {}).get("name", "")

    # the map itself takes the keyboard (arrows pan, + zooms), and Play leaves the camera where it is
    paused = settled_picture(pg)
    pg.locator("[data-testid=stDeckGlJsonChart] [tabindex='0']").first.focus()
    assert (focused(pg) or {}).get("ring")
    for key in ("Equal", "ArrowLeft", "ArrowLeft"):
        pg.keyboard.press(key)
        pg.wait_for_timeout(400)
    moved = settled_picture(pg)
    assert same_pixels(paused, moved) < 0.7, "the keyboard did not move the map"
    pg.keyboard.press("p")
    pg.get_by_role("button", name="Pause").wait_for()
    pg.wait_for_timeout(3000)
    pg.keyboard.press("p")
    pg.get_by_role("button", name="Play").wait_for()
    after = settled_picture(pg)
    assert same_pixels(moved, after) > same_pixels(paused, after), "Play moved the camera back"
    assert refused == []


def test_the_offline_map_plays_from_a_file_by_keyboard(small, page, tmp_path):
    pg, _ = page
    pg.set_default_timeout(TIMEOUT)
    view = SavedView("Years", replace(Choices.of(small).default(), year_start=2016, year_end=2025), caption="All.")
    path = tmp_path / "years.html"
    path.write_text(offline.view_html(small, view))
    outside: list[str] = []
    pg.route(
        "**/*",
        lambda r: (
            r.continue_()
            if r.request.url.startswith(("file:", "data:", "blob:"))
            else (outside.append(r.request.url), r.abort())
        ),
    )
    pg.goto(path.as_uri())
    pg.get_by_role("heading", name="Years").wait_for()
    pg.wait_for_timeout(2000)
    assert axe_violations(pg) == []
    pg.keyboard.press("Tab")
    assert focused(pg) == {"name": "Play", "ring": True}
    before = map_picture_of(pg)
    pg.keyboard.press("Enter")
    seen = {pg.locator("#year-out").inner_text()}
    deadline = time.monotonic() + 60
    while len(seen) < 4 and time.monotonic() < deadline:
        pg.wait_for_timeout(250)
        seen.add(pg.locator("#year-out").inner_text())
    assert len(seen) >= 4, seen
    assert "ringed" in pg.locator("#step").inner_text() or pg.locator("#step").inner_text().startswith("20")
    pg.keyboard.press("p")
    assert pg.locator("#play").inner_text() == "Play"
    assert ImageChops.difference(before, map_picture_of(pg)).getbbox() is not None
    label = pg.locator("#map").get_attribute("aria-label") or ""
    assert label.startswith("Map. ") and "corridor" in label
    pg.keyboard.press("Tab")
    pg.keyboard.press("ArrowLeft")  # the year slider, by keyboard
    assert pg.locator("#year-out").inner_text() != ""
    assert outside == []


def map_picture_of(pg: Page) -> Image.Image:
    return Image.open(io.BytesIO(pg.locator("#map canvas").first.screenshot())).convert("RGB")
