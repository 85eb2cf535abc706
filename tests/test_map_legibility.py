"""The map in headless Chromium: the basemap fetched once, labels where the scene placed them and whole on
the real map at 1920×1080 and 1280×720 (Atlas and presentation mode, home and Caucasus views) and on a
1400×900 laptop preparing a briefing, and trade arcs drawn under the corridors."""

from __future__ import annotations

import math

import pytest
import yaml
from shapely.geometry import LineString

from corridors import framing, scene
from corridors.briefing import load as load_briefing
from corridors.camera import CAUCASUS, HOME
from corridors.catalog import load
from corridors.filters import Choices, apply
from corridors.labels import Frame, label_box
from corridors.mercator import pixel
from corridors.palette import LAND, MODE_COLORS
from tests.fixtures import DEFAULT_BRIEFING, GEODATA, crowding, guarded, map_canvas, wait_settled

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def bundled():
    return load(GEODATA)


def open_map(browser, url: str, width: int, height: int, button: str | None = None):
    context, refused = guarded(browser, width, height)
    page = context.new_page()
    page.goto(url)
    wait_settled(page)
    if button:
        page.get_by_role("button", name=button, exact=True).click()
        page.wait_for_timeout(2000)
    return context, page, refused, wait_settled(page)


def test_the_basemap_is_fetched_once_and_painted_offline(server, browser):
    fetched: list[str] = []
    context, refused = guarded(browser, 1600, 1000)
    page = context.new_page()
    page.on("request", lambda r: fetched.append(r.url) if "basemap.json" in r.url else None)
    page.goto(server)
    image = wait_settled(page)
    land = sum(count for count, colour in image.getcolors(1_000_000) if math.dist(colour, LAND) <= 3)
    assert land > 0.1 * image.width * image.height, "no land: the basemap was not drawn"
    assert len(fetched) == 1 and "app/static/basemap.json?v=" in fetched[0]
    page.get_by_text("Place labels", exact=True).click()
    page.wait_for_timeout(3000)
    wait_settled(page)
    assert len(fetched) == 1, "a filter change fetched the basemap again"
    assert refused == []
    context.close()


DEFAULT = yaml.safe_load(DEFAULT_BRIEFING.read_text())
CASES = {
    "atlas-home-1280x720": ("", None, (1280, 720)),
    "atlas-caucasus-1920x1080": ("", "Caucasus", (1920, 1080)),
    "present-home-1920x1080": ("Briefing?present=1&s=1", None, (1920, 1080)),
    "present-caucasus-1280x720": ("Briefing?present=1&s=2&screen=720", None, (1280, 720)),
    "prepare-home-1400x900": ("Briefing?s=1", None, (1400, 900)),  # a laptop, the 1920×1080 projector picked
}


def expected_scene(ds, case: str) -> tuple[scene.Scene, scene.MapSize]:
    """The scene the server drew for a case, computed here from the same data."""
    if case.startswith("atlas"):
        camera = framing.nudged(CAUCASUS, 1) if "caucasus" in case else HOME
        return scene.build(ds, apply(ds, Choices.of(ds).default()), camera), scene.ATLAS
    story, _ = load_briefing(DEFAULT_BRIEFING, ds)
    view = story.views[0 if "home" in case else 1]
    size = scene.briefing_size("1280×720" if "1280" in case else "1920×1080", presenting=case.startswith("present"))
    return scene.build(ds, apply(ds, view.filters), view.camera, size=size), size


def ink(image, box: tuple[float, float, float, float], origin: tuple[float, float], darkest: int) -> int:
    """Pixels in a box (world pixels; ``origin`` is the map's top-left corner) of the map screenshot darker
    than ``darkest`` in every channel: text, not lines."""
    left, top, right, bottom = (int(round(v - origin[i % 2])) for i, v in enumerate(box))
    crop = image.crop((max(left, 0), max(top, 0), min(right, image.width), min(bottom, image.height)))
    return sum(count for count, colour in crop.getcolors(1_000_000) or [] if max(colour) < darkest)


@pytest.mark.parametrize("case", list(CASES))
def test_labels_are_whole_clear_and_where_the_scene_put_them(server, browser, bundled, case, tmp_path):
    path, button, (width, height) = CASES[case]
    context, page, refused, image = open_map(browser, f"{server}/{path}", width, height, button)
    image.save(tmp_path / f"{case}.png")
    drawn, size = expected_scene(bundled, case)
    _, box = map_canvas(page)
    assert min(size.widths) - 2 <= box["width"] <= max(size.widths) + 2, "labels were placed for another map size"
    assert abs(box["height"] - size.height) <= 2
    frame = Frame(drawn.camera, (box["width"],), box["height"])
    dots = [*drawn.venues, *({"position": p["position"], "radius": 9} for p in drawn.points)]
    assert crowding(drawn.country_labels + drawn.venue_labels, dots, frame) == []
    origin = frame.box()[:2]
    for labels, darkest in ((drawn.venue_labels, 70), (drawn.country_labels, 135)):
        for label in labels:
            drawn_ink = ink(image, label_box(label, drawn.camera.zoom), origin, darkest)
            assert drawn_ink >= 8, f"{label['text']} is not drawn where it was placed"
    assert refused == []
    context.close()


def on_screen(path: list[list[float]]) -> LineString:
    return LineString([pixel(lon, lat, HOME.zoom) for lon, lat in path])


def test_trade_arcs_pass_under_the_corridors(small_server, browser, small):
    context, page, refused, image = open_map(browser, f"{small_server}/?l=corridors,trade", 1600, 1000)
    drawn = scene.build(small, apply(small, Choices.of(small).default()))
    arc = next(a for a in drawn.arcs if a["pair"] == "AZE–TUR")
    gas = next(c for c in drawn.built if c["id"] == "gas-line")
    crossing = on_screen(arc["path"]).intersection(on_screen(gas["path"]))
    assert crossing.geom_type == "Point", "the fixture's arc and gas line should cross once"
    cx, cy = pixel(HOME.longitude, HOME.latitude, HOME.zoom)
    x, y = crossing.x - cx + image.width / 2, crossing.y - cy + image.height / 2
    r, g, b = image.getpixel((int(x), int(y)))
    assert math.dist((r, g, b), MODE_COLORS["gas"]) < 40, f"({r}, {g}, {b}) at the crossing: the arc hides the gas line"
    assert refused == []
    context.close()
