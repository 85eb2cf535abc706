"""End to end in headless Chromium: the Atlas paints offline, tooltips show, a click opens details.

Every request that does not go to the local server is refused and recorded, so a test fails
if the page tries to reach a tile server or CDN.
"""

from __future__ import annotations

import io
import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageChops, ImageFilter, ImageOps
from playwright.sync_api import Page

from corridors.camera import HOME
from corridors.mercator import lonlat, pixel
from corridors.server import serve
from tests.fixtures import DEFAULT_BRIEFING, ROOT, SMALL_CORRIDORS, map_canvas, settle, wait_painted, wait_settled

pytestmark = pytest.mark.browser

DEFAULT = yaml.safe_load(DEFAULT_BRIEFING.read_text())


def on_line(corridor_id: str, share: float = 0.5) -> tuple[float, float]:
    """A point ``share`` of the way along a straight two-vertex corridor of the small folder, as drawn (Mercator)."""
    feature = next(f for f in SMALL_CORRIDORS if f["properties"]["id"] == corridor_id)
    (x0, y0), (x1, y1) = (pixel(lon, lat, 0) for lon, lat in feature["geometry"]["coordinates"][:2])
    return lonlat(x0 + (x1 - x0) * share, y0 + (y1 - y0) * share)


def screen_point(box: dict, lon: float, lat: float) -> tuple[float, float]:
    cx, cy = pixel(HOME.longitude, HOME.latitude, HOME.zoom)
    x, y = pixel(lon, lat, HOME.zoom)
    return box["x"] + box["width"] / 2 + (x - cx), box["y"] + box["height"] / 2 + (y - cy)


def hover_until(pg: Page, lon: float, lat: float, text: str) -> tuple[float, float]:
    """Move the mouse over (lon, lat) at the home camera, nudging a few pixels, until the tooltip shows text."""
    _, box = map_canvas(pg)
    x, y = screen_point(box, lon, lat)
    tooltip = pg.locator(".deck-tooltip")
    for dx, dy in [(0, 0), (0, 2), (0, -2), (2, 0), (-2, 0), (0, 4), (0, -4)]:
        pg.mouse.move(x + dx, y + dy)
        pg.wait_for_timeout(400)
        if tooltip.count() and text in (tooltip.first.inner_text() or ""):
            return x + dx, y + dy
    pytest.fail(f"no tooltip with {text!r} at {lon}, {lat}")


def test_atlas_paints_a_map_with_no_request_leaving_the_machine(server, page, tmp_path):
    pg, refused = page
    pg.goto(server)
    image = wait_painted(pg)
    pg.screenshot(path=str(tmp_path / "atlas.png"), full_page=True)
    image.save(tmp_path / "canvas.png")
    colours = image.getcolors(maxcolors=1_000_000)
    assert len(colours) > 200, "map canvas is blank"
    dominant = max(colours)[0] / (image.width * image.height)
    assert dominant < 0.9, f"one colour fills {dominant:.0%} of the map"
    assert pg.get_by_text("Corridors by mode").is_visible()
    assert refused == []


def test_hover_shows_tooltip_and_click_opens_details(small_server, page):
    pg, refused = page
    pg.goto(f"{small_server}/?c=gas-line&l=corridors")
    wait_painted(pg)
    hit = hover_until(pg, *on_line("gas-line"), "Gas Line")
    tooltip = pg.locator(".deck-tooltip")
    assert "gas · operating · opened 2018" in tooltip.first.inner_text()
    pg.mouse.click(*hit)
    pg.get_by_role("heading", name="Gas Line").wait_for(timeout=20_000)
    pg.get_by_text("Length (published)").wait_for(timeout=20_000)
    assert pg.get_by_text("1,250 km").count() >= 1
    assert pg.get_by_role("link", name="Leaders meet — Daily News, 2025-05-28").count() == 1
    profile = pg.get_by_role("link", name="Open the corridor profile")
    assert "p=gas-line" in (profile.get_attribute("href") or "")
    assert refused == []


def test_any_dash_of_a_planned_corridor_shows_its_tooltip_and_opens_its_details(small_server, page):
    """A planned corridor's dashes travel as one feature carrying its fields once: each dash shows them."""
    pg, refused = page
    pg.goto(f"{small_server}/?c=rail-line&l=corridors")
    wait_painted(pg)
    hits = []
    for share in (0.3, 0.5, 0.7):  # three places along the line: a dash near each (nudged off a gap)
        for nudge in (0.0, 0.01, 0.02, 0.03):
            try:
                hits.append(hover_until(pg, *on_line("rail-line", share + nudge), "Rail Line"))
                break
            except pytest.fail.Exception:
                continue
    assert len(hits) == 3, hits
    pg.mouse.click(*hits[-1])
    pg.get_by_role("heading", name="Rail Line").wait_for(timeout=20_000)
    assert refused == []


def same_pixels(a: Image.Image, b: Image.Image) -> float:
    """Share of pixels whose red channel matches in two same-size screenshots (a cheap identity proxy)."""
    pa, pb = a.tobytes(), b.tobytes()
    return sum(x == y for x, y in zip(pa[0::3], pb[0::3], strict=True)) / (len(pa) // 3)


def shared_edges(a: Image.Image, b: Image.Image) -> float:
    """Share of the edge pixels (borders, lines, letters) two same-size screenshots have in common: low when
    the camera moved, whatever the large even fills of land and sea."""
    edges = [
        ImageOps.autocontrast(i.convert("L")).filter(ImageFilter.FIND_EDGES).point(lambda v: 255 * (v > 60))
        for i in (a, b)
    ]
    both = ImageChops.multiply(*edges).histogram()[255]
    either = ImageChops.lighter(*edges).histogram()[255]
    return both / max(either, 1)


def test_filter_change_keeps_the_users_pan_and_zoom(server, page):
    pg, refused = page
    pg.goto(server)
    home = wait_settled(pg)
    canvas, box = map_canvas(pg)
    pg.mouse.move(box["x"] + box["width"] * 0.45, box["y"] + box["height"] * 0.4)
    for _ in range(5):
        pg.mouse.wheel(0, -300)
        pg.wait_for_timeout(300)
    pg.wait_for_timeout(1500)
    zoomed = Image.open(io.BytesIO(canvas.screenshot())).convert("RGB")
    assert shared_edges(home, zoomed) < 0.5, "the wheel did not zoom the map"
    pg.get_by_text("Place labels", exact=True).click()
    pg.wait_for_timeout(4000)
    after = Image.open(io.BytesIO(map_canvas(pg)[0].screenshot())).convert("RGB")
    assert same_pixels(zoomed, after) > 0.8, "the view jumped back after a filter change"
    assert "l=corridors%2Cevents%2Ctrade" in pg.url or "l=corridors,events,trade" in pg.url
    assert refused == []


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("Corridors?p=tanap", "Corridor profiles"),
        ("Events?y=2021-2025", "Events timeline"),
        ("Trade", "Trade explorer"),
        ("Sources_and_data", "Sources and data"),
    ],
)
def test_companion_pages_paint_offline(server, page, tmp_path, path, heading):
    pg, refused = page
    pg.goto(f"{server}/{path}")
    pg.get_by_role("heading", name=heading).wait_for(timeout=30_000)
    charts = pg.locator("[data-testid=stVegaLiteChart]")
    if "Sources" not in path:
        charts.first.wait_for(timeout=30_000)
        charts.first.scroll_into_view_if_needed()
        pg.wait_for_timeout(1500)
        chart = Image.open(io.BytesIO(charts.first.screenshot())).convert("RGB")
        assert len(chart.getcolors(maxcolors=1_000_000) or []) > 20, "chart is blank"
    decks = pg.locator("[data-testid=stDeckGlJsonChart]")
    if decks.count():
        decks.first.scroll_into_view_if_needed()
        deadline = time.time() + 30
        while time.time() < deadline:
            shot = Image.open(io.BytesIO(decks.first.screenshot())).convert("RGB")
            if len(shot.getcolors(maxcolors=1_000_000) or []) > 100:
                break
            pg.wait_for_timeout(1000)
        else:
            pytest.fail("map on the page stayed blank")
    pg.get_by_role("link", name="Atlas").wait_for(timeout=20_000)
    pg.screenshot(path=str(tmp_path / "page.png"))
    assert refused == []


def test_step_through_the_default_briefing_with_the_keyboard(server, page, tmp_path):
    pg, refused = page
    steps = DEFAULT["views"]
    pg.goto(f"{server}/Briefing?present=1")
    for number, view in enumerate(steps, start=1):
        pg.get_by_role("heading", name=view["title"]).wait_for(timeout=30_000)
        pg.get_by_text(f"{number} / {len(steps)}", exact=True).wait_for(timeout=10_000)
        if view.get("kind", "map") in ("trade", "timeline"):  # a chart, drawn by Vega-Lite
            pg.locator("[data-testid=stVegaLiteChart]").first.wait_for(timeout=30_000)
        else:
            image = wait_painted(pg)
            assert len(image.getcolors(maxcolors=1_000_000) or []) > 200, f"step {number} map is blank"
        pg.screenshot(path=str(tmp_path / f"step-{number}.png"))
        assert f"s={number}" in pg.url
        if number < len(steps):
            pg.get_by_role("heading", name=view["title"]).click()
            pg.keyboard.press("ArrowRight")
    assert not pg.locator("[data-testid=stSidebar]").is_visible()
    assert refused == []


#: The bottom of the last caption on the page (a slide's sources line) and the height of the view (map or chart).
_SLIDE = """() => ({ sources: Math.max(...[...document.querySelectorAll('[data-testid=stCaptionContainer]')]
    .filter((e) => e.textContent.includes('Sources')).map((e) => e.getBoundingClientRect().bottom)),
  view: document.querySelector('[data-testid=stDeckGlJsonChart], [data-testid=stVegaLiteChart]')
    .getBoundingClientRect().height })"""


@pytest.mark.parametrize(
    ("width", "height", "step"), [(1280, 720, 1), (1280, 720, 3), (1280, 720, 4), (1920, 1080, 1), (1920, 1080, 6)]
)
def test_a_presented_view_its_caption_and_sources_fit_the_projector(server, page, width, height, step):
    """No scrolling in the room: the map (legend beside it) or chart, caption and sources on the screen."""
    pg, refused = page
    pg.set_viewport_size({"width": width, "height": height})
    pg.goto(f"{server}/Briefing?present=1&s={step}{'&screen=720' if height == 720 else ''}")
    pg.get_by_role("heading", name=DEFAULT["views"][step - 1]["title"]).wait_for(timeout=30_000)
    pg.locator("[data-testid=stDeckGlJsonChart], [data-testid=stVegaLiteChart]").first.wait_for(timeout=60_000)
    settle(pg)
    slide = pg.evaluate(_SLIDE)
    assert abs(slide["view"] - (400 if height == 720 else 640)) <= 2
    assert slide["sources"] <= height
    assert refused == []


def test_uploading_briefings_bad_then_good(server, page, tmp_path):
    pg, refused = page
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: x\ntitle: X\nviews: [{title: T, filters: {years: [1900, 1950]}, camera: {}}]\n")
    good = tmp_path / "mine.yaml"
    good.write_text(DEFAULT_BRIEFING.read_text().replace("id: default", "id: mine"))
    pg.goto(f"{server}/Briefing")
    pg.get_by_text("Export and share").click()
    chooser = pg.locator("[data-testid=stFileUploaderDropzoneInput]")
    chooser.set_input_files(str(bad))
    pg.get_by_text("'bad.yaml' was not loaded: nothing has changed.").wait_for(timeout=20_000)
    listed = pg.locator("[data-testid=stCode]").last.inner_text()
    assert "bad.yaml: view 1: camera.latitude: Field required" in listed
    chooser.set_input_files(str(good))
    pg.get_by_text(f"Loaded '{DEFAULT['title']}' ({len(DEFAULT['views'])} views)").wait_for(timeout=20_000)
    assert refused == []


def test_a_corrupt_archive_gets_its_message_and_the_other_layers_stay(small_server, page, tmp_path):
    pg, refused = page
    pg.goto(small_server)
    wait_painted(pg)
    pg.get_by_text("Your layers").click()
    chooser = pg.locator("[data-testid=stFileUploaderDropzoneInput]")
    chooser.set_input_files(str(ROOT / "tests" / "files" / "points.csv"))
    pg.get_by_text("points · 1 feature").wait_for(timeout=20_000)
    legend = pg.locator(".corridors-legend")
    legend.get_by_text("points", exact=True).wait_for(timeout=20_000)

    chooser.set_input_files(str(ROOT / "tests" / "files" / "zip-version-damaged.zip"))
    message = pg.get_by_text(
        "'zip-version-damaged.zip': The .zip file is damaged or not a zip archive (its headers cannot be read)."
    )
    message.wait_for(timeout=20_000)
    assert "Make the zip again" in message.inner_text()
    chooser.set_input_files(str(ROOT / "tests" / "files" / "zip-bomb.zip"))
    bomb = pg.get_by_text("'zip-bomb.zip': 's.dbf' in the .zip is compressed more than 200 to 1")
    bomb.wait_for(timeout=20_000)
    pg.wait_for_timeout(1500)
    assert message.is_visible(), "the first refusal went away when the next file came"
    bomb.scroll_into_view_if_needed()
    pg.screenshot(path=str(tmp_path / "corrupt-upload.png"))

    assert pg.locator("[data-testid=stException]").count() == 0
    assert "Traceback" not in pg.inner_text("body")
    assert pg.get_by_text("points · 1 feature").is_visible()
    assert legend.get_by_text("points", exact=True).count() == 1
    assert len(wait_painted(pg).getcolors(maxcolors=1_000_000) or []) > 200, "the map went blank"


def test_exported_html_map_opens_with_no_network(page, tmp_path):
    from corridors.cli import main

    assert main(["export", "--format", "html", "--out", str(tmp_path)]) == 0
    pg, _ = page
    local: list[str] = []

    def file_only(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            local.append(url)
            route.abort()

    pg.route("**/*", file_only)
    pg.goto((tmp_path / "default-2.html").as_uri())
    pg.get_by_role("heading", name=DEFAULT["views"][1]["title"]).wait_for(timeout=20_000)
    image = wait_painted(pg)
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 200
    assert local == []


XSS = '<img src=x onerror="window.__xss=1">'


@pytest.fixture(scope="module")
def hostile_server(small_root: Path, tmp_path_factory) -> Iterator[str]:
    """A server on a copy of the small data with markup planted in a corridor, an event and a source."""
    root = tmp_path_factory.mktemp("hostile") / "geodata"
    shutil.copytree(small_root, root)
    corridors = (root / "corridors.geojson").read_text()
    (root / "corridors.geojson").write_text(
        corridors.replace('"name": "Gas Line"', '"name": ' + json.dumps("<script>window.__xss=2</script>GL " + XSS))
    )
    events = (root / "events.csv").read_text()
    (root / "events.csv").write_text(events.replace(",Summit in Lachin,", ',"' + XSS.replace('"', '""') + '",'))
    sources = (root / "sources.csv").read_text()
    (root / "sources.csv").write_text(
        sources.replace(",Leaders meet,", ",<b>bold</b> <a href=javascript:alert(1)>x</a>,")
    )
    with serve(env={"CORRIDORS_GEODATA": str(root)}) as (_, url):
        yield url


def test_hostile_text_is_shown_as_text_and_runs_nothing(hostile_server, page):
    pg, refused = page
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.goto(f"{hostile_server}/?c=gas-line&l=corridors&k=%3Csvg%2Fonload%3Dwindow.__xss%3D3%3E")
    wait_painted(pg)
    pg.get_by_text("Ignored unknown value(s) in link parameter 'k': <svg/onload=window.__xss=3>.").wait_for()
    hit = hover_until(pg, *on_line("gas-line"), "GL")
    tooltip = pg.locator(".deck-tooltip")
    assert "<script>window.__xss=2</script>GL" in tooltip.first.inner_text()
    pg.mouse.click(*hit)
    pg.get_by_role("heading", name="GL").first.wait_for(timeout=20_000)
    pg.get_by_text("<b>bold</b> <a href=javascript:alert(1)>x</a>", exact=False).first.wait_for(timeout=20_000)
    pg.goto(f"{hostile_server}/Events?e=summit-2025")
    pg.get_by_role("heading", name="Events timeline").wait_for(timeout=30_000)
    pg.get_by_text(XSS).first.wait_for(timeout=20_000)
    pg.goto(f"{hostile_server}/")
    pg.get_by_text("Your layers").click()
    pg.locator("[data-testid=stFileUploaderDropzoneInput]").set_input_files(
        str(ROOT / "tests" / "files" / "hostile-names.geojson")
    )
    pg.get_by_text("hostile-names · 2 features").wait_for(timeout=20_000)
    pg.get_by_text("Your layers", exact=True).last.wait_for()
    pg.locator(".corridors-legend").get_by_text("hostile-names").wait_for(timeout=20_000)
    assert pg.locator(".corridors-legend").get_by_text("hostile-names").count() == 1
    pg.wait_for_timeout(1500)
    assert pg.evaluate("() => window.__xss") is None
    pg.get_by_role("button", name="Remove", exact=True).click()
    pg.get_by_text("hostile-names · 2 features").wait_for(state="detached", timeout=20_000)
    assert pg.locator(".corridors-legend").get_by_text("hostile-names").count() == 0
    assert dialogs == []
    assert refused == []


def test_urdu_reads_right_to_left_with_the_naskh_font_and_shaped_map_labels(server, page, tmp_path):
    """The Urdu Atlas: sidebar on the right, text right to left in Noto Naskh Arabic (served by the app), map
    labels drawn shaped; nothing fetched from the network. Screenshots: atlas-ur.png, canvas-ur.png."""
    pg, refused = page
    pg.goto(f"{server}/?lang=ur")
    pg.wait_for_selector("canvas", timeout=180_000)  # a busy machine can take minutes to load deck.gl
    image = wait_painted(pg)
    pg.get_by_text("نوعیت کے لحاظ سے راہداریاں").first.wait_for(timeout=30_000)
    pg.screenshot(path=str(tmp_path / "atlas-ur.png"))
    image.save(tmp_path / "canvas-ur.png")
    sidebar = pg.locator('[data-testid="stSidebar"]').bounding_box()
    main = pg.locator("h1").first.bounding_box()
    assert sidebar and main and sidebar["x"] > main["x"] + main["width"] / 2
    assert pg.evaluate("getComputedStyle(document.querySelector('h1')).direction") == "rtl"
    assert pg.evaluate("""() => document.fonts.check('16px "Noto Naskh Arabic"', 'ہے')""")
    assert pg.evaluate(
        """() => [...document.fonts].some(f => f.family.includes('Noto Naskh') && f.status === 'loaded')"""
    )
    assert pg.locator("h1").first.inner_text() == "راہداریاں: آذربائیجان · ترکیہ · پاکستان"
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 200
    assert refused == []
