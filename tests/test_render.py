"""Server-side slides: real 1920×1080 PNGs that are not blank, and a PDF with one page per view."""

from __future__ import annotations

import io
from dataclasses import replace
from pathlib import Path

from PIL import Image

from corridors import briefing, render

DEFAULT = Path(__file__).resolve().parents[1] / "geodata" / "briefings" / "default.yaml"


def test_png_is_1920_by_1080_and_not_blank(ds):
    story, _ = briefing.load(DEFAULT, ds)
    image = Image.open(io.BytesIO(render.png(ds, story.views[1], "2 / 7")))
    assert image.format == "PNG" and image.size == (1920, 1080)
    colours = image.convert("RGB").getcolors(maxcolors=2_000_000)
    assert len(colours) > 500
    assert max(colours)[0] / (1920 * 1080) < 0.8


def test_png_of_an_empty_selection_still_renders(ds):
    story, _ = briefing.load(DEFAULT, ds)
    empty = replace(story.views[0], filters=replace(story.views[0].filters, layers=()))
    assert Image.open(io.BytesIO(render.png(ds, empty))).size == (1920, 1080)


def test_pdf_has_one_page_per_view(ds):
    story, _ = briefing.load(DEFAULT, ds)
    data = render.pdf(ds, story)
    assert data.startswith(b"%PDF")
    pages = data.count(b"/Type /Page") - data.count(b"/Type /Pages")
    assert pages == len(story.views)


def test_source_line_names_publishers_and_dates(ds):
    story, _ = briefing.load(DEFAULT, ds)
    line = render.source_line(ds, story.views[0])
    assert line == "Sources: A News (Anadolu) (2024-07-03); News.az (citing AZERTAC) (2025-05-28)"


def test_a_saved_and_reloaded_briefing_renders_the_same(ds, tmp_path):
    story, _ = briefing.load(DEFAULT, ds)
    briefing.save(story, tmp_path / "again.yaml")
    again, problems = briefing.load(tmp_path / "again.yaml", ds)
    assert problems == []
    assert render.png(ds, again.views[3]) == render.png(ds, story.views[3])
