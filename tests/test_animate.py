"""The years as an animated GIF: one 1280×720 frame a year, the colours of the map, the alt text inside."""

from __future__ import annotations

import io
from dataclasses import replace

from PIL import Image, ImageChops

from corridors import animate
from corridors.briefing import SavedView
from corridors.filters import Choices
from corridors.palette import MODE_COLORS


def test_one_frame_a_year_that_change_and_loop(small):
    view = SavedView("Years", replace(Choices.of(small).default(), year_start=2017, year_end=2021))
    seen: list[tuple[int, int]] = []
    gif = Image.open(io.BytesIO(animate.gif(small, view, progress=lambda done, total: seen.append((done, total)))))
    assert gif.format == "GIF" and gif.size == animate.SIZE and gif.n_frames == 5
    assert seen[-1] == (5, 5)
    assert gif.info["loop"] == 0
    frames = []
    for number in range(gif.n_frames):
        gif.seek(number)
        frames.append(gif.convert("RGB"))
    assert all(ImageChops.difference(a, b).getbbox() for a, b in zip(frames, frames[1:], strict=False))
    comment = gif.info["comment"].decode("utf-8")
    assert comment.startswith("Years: one frame a year, 2017–2021. In 2021: 3 corridors shown: OIL-LINE — oil")


def test_the_palette_keeps_the_maps_colours_exactly():
    picture = Image.new("RGB", (8, 8), (12, 34, 56))
    colours = animate.palette(picture).getpalette() or []
    triples = {tuple(colours[i : i + 3]) for i in range(0, len(colours), 3)}
    assert set(MODE_COLORS.values()) <= triples
    assert (12, 34, 56) in triples
