"""Server-side slides: real 1920×1080 PNGs that are not blank, and a PDF with one page per view."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from matplotlib.legend import Legend
from PIL import Image

from corridors import briefing, render
from corridors.userlayers import read
from tests.fixtures import DEFAULT_BRIEFING, ROOT


@pytest.fixture(scope="module")
def story(small, small_root):
    loaded, problems = briefing.load(small_root / "briefings" / "small.yaml", small)
    assert problems == []
    return loaded


def colours(data: bytes) -> list[tuple[int, tuple[int, int, int]]]:
    image = Image.open(io.BytesIO(data))
    assert image.format == "PNG" and image.size == (1920, 1080)
    return image.convert("RGB").getcolors(maxcolors=2_000_000)


def test_png_is_1920_by_1080_and_not_blank(small, story):
    found = colours(render.png(small, story.views[0], "1 / 2"))
    assert len(found) > 500
    assert max(found)[0] / (1920 * 1080) < 0.8


def test_png_of_an_empty_selection_still_renders(small, story):
    empty = replace(story.views[0], filters=replace(story.views[0].filters, layers=()))
    assert len(colours(render.png(small, empty))) > 10


def test_the_slide_has_title_position_caption_sources_and_the_scene_legend(small, story):
    fig = render.figure(small, story.views[1], "2 / 2")
    texts = {t.get_text() for t in fig.texts}
    assert {"Summits", "2 / 2", "Leaders met in Astana and Lachin."} <= texts
    assert "Sources: Daily News (2025-05-28); Statistics Office (2024-02-01)" in texts
    (legend,) = [a for ax in fig.axes for a in ax.get_children() if isinstance(a, Legend)]
    assert [t.get_text() for t in legend.get_texts()] == ["event place (size = number of\nevents)"]
    labels = {t.get_text() for t in fig.axes[0].texts}
    assert {"Lachin (2)", "Astana"} <= labels  # venue labels, placed as on the browser map


def test_users_layers_are_drawn_on_the_slide(small, story):
    layer = read("points.csv", (ROOT / "tests" / "files" / "points.csv").read_bytes())
    plain, with_layer = render.png(small, story.views[1]), render.png(small, story.views[1], uploaded=(layer,))
    assert plain != with_layer


def test_pdf_has_one_page_per_view(small, story):
    data = render.pdf(small, story)
    assert data.startswith(b"%PDF")
    assert data.count(b"/Type /Page") - data.count(b"/Type /Pages") == len(story.views)


def test_a_saved_and_reloaded_briefing_renders_the_same(small, story, tmp_path):
    briefing.save(story, tmp_path / "again.yaml")
    again, problems = briefing.load(tmp_path / "again.yaml", small)
    assert problems == []
    assert render.png(small, again.views[1]) == render.png(small, story.views[1])


def test_the_bundled_default_briefing_renders(ds):
    story, problems = briefing.load(DEFAULT_BRIEFING, ds)
    assert problems == []
    assert len(colours(render.png(ds, story.views[0]))) > 500


def test_png_carries_the_maps_text_alternative(small, story):
    image = Image.open(io.BytesIO(render.png(small, story.views[0])))
    assert image.text["Title"] == "Energy lines"
    assert image.text["Description"].startswith("2 corridors shown: OIL-LINE — oil, operating since 2006;")


def test_a_slide_draws_the_rings_of_a_year(small, story):
    import matplotlib.pyplot as plt

    from corridors import scene
    from corridors.filters import apply

    view = replace(story.views[1], selected=None)
    drawn = scene.build(small, apply(small, view.filters), view.camera, highlight=2025)
    fig = plt.figure()
    ax, side = render.map_axes(fig, view, drawn)
    before = len(ax.collections)
    added = render.map_content(ax, side, small, view, drawn)
    ring = [c for c in ax.collections[before:] if len(c.get_facecolors()) == 0]
    assert len(ring) == 1  # Lachin, drawn as an outline only
    assert "ring: events in 2025" in [t.get_text() for t in side.get_legend().get_texts()]
    for artist in added:
        artist.remove()
    assert len(ax.collections) == before and side.get_legend() is None
    plt.close(fig)


def test_a_slide_is_drawn_whole_in_its_language_while_another_session_starts_one(small, story, monkeypatch):
    """Every viewer's session draws in a thread of one server, and matplotlib's settings are one set: a
    slide started in another session waits for the one being drawn, so an Urdu slide's texts are never
    set in the English slide's font and language halfway through."""
    import threading

    from corridors import slidetext
    from corridors.i18n import ENGLISH
    from corridors.translations import localize

    urdu = localize(small, "ur")
    view = story.views[0]
    alone = render.png(urdu, view, "1 / 2")
    started, finish = threading.Event(), threading.Event()

    def english_slide() -> None:
        with slidetext.text_style(ENGLISH):
            started.set()
            finish.wait(30)

    draw_map_body = render.draw_map_body

    def halfway(*args, **kwargs):  # the map is drawn, the slide's texts not yet: another session starts
        draw_map_body(*args, **kwargs)
        threading.Thread(target=english_slide).start()
        started.wait(1)

    monkeypatch.setattr(render, "draw_map_body", halfway)
    try:
        meanwhile = render.png(urdu, view, "1 / 2")
    finally:
        finish.set()
    assert meanwhile == alone
