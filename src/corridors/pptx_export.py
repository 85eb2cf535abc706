"""A briefing as a PowerPoint deck (16:9): one slide per view, ready to present or edit in the room.

Each slide has the view's drawing as a picture (the same drawing as the PNG/PDF slides) and its
title, caption and sources as editable text boxes, the attribution on every slide and the
speaker notes in the notes pane, where only the presenter sees them.
"""

from __future__ import annotations

import io
from typing import Any

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.slide import Slide
from pptx.util import Emu, Inches, Pt

from corridors.briefing import Briefing, SavedView
from corridors.captions import source_line
from corridors.catalog import Dataset
from corridors.legend import ATTRIBUTION_TEXT
from corridors.render import BODY_BAND, HEIGHT, WIDTH, body_png
from corridors.translations import translator

MIME = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MARGIN = Inches(0.35)
Box = tuple[int, int, int, int]  # left, top, width, height in EMU
#: Height of the drawing: it leaves room for three lines of caption and the sources below it.
PICTURE_H = Inches(4.9)
GREY = RGBColor(0x55, 0x55, 0x55)
#: Shape names, so a test (or a macro) can find each part of a slide.
TITLE, POSITION, PICTURE, CAPTION, SOURCES, ATTRIBUTION = (
    "Title",
    "Position",
    "Drawing",
    "Caption",
    "Sources",
    "Attribution",
)


def _text(slide: Slide, name: str, box: Box, text: str, size: int, **style: Any) -> None:
    left, top, width, height = (Emu(v) for v in box)
    shape = slide.shapes.add_textbox(left, top, width, height)
    shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE  # PowerPoint shrinks a long caption to fit its box
    frame.vertical_anchor = style.get("anchor", MSO_ANCHOR.TOP)
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Inches(0.02))
    paragraph = frame.paragraphs[0]
    paragraph.alignment = style.get("align", PP_ALIGN.LEFT)
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = style.get("bold", False)
    if "color" in style:
        run.font.color.rgb = style["color"]


def _caption_size(caption: str) -> int:
    """Points for a caption: smaller as it gets longer, so it fits its box even where nothing shrinks it."""
    return 16 if len(caption) <= 260 else 14 if len(caption) <= 420 else 12 if len(caption) <= 700 else 10


def add_slide(prs: Deck, ds: Dataset, view: SavedView, position: str = "") -> None:
    """One slide: title, position, the drawing, caption, sources, attribution; notes in the notes pane."""
    slide = prs.slides.add_slide(prs.slide_layouts[6])  # the blank layout: every shape is ours
    inner = SLIDE_W - 2 * MARGIN
    _text(slide, TITLE, (MARGIN, Inches(0.2), inner - Inches(1.3), Inches(0.7)), view.title, 28, bold=True)
    if position:
        box: Box = (SLIDE_W - MARGIN - Inches(1.2), Inches(0.2), Inches(1.2), Inches(0.7))
        _text(slide, POSITION, box, position, 16, color=GREY, align=PP_ALIGN.RIGHT)
    bottom, top = BODY_BAND
    height = PICTURE_H
    width = Emu(int(height * WIDTH / ((top - bottom) * HEIGHT)))
    left = Emu(int((SLIDE_W - width) / 2))
    picture = slide.shapes.add_picture(io.BytesIO(body_png(ds, view)), left, Inches(0.95), width, height)
    picture.name = PICTURE
    below = Inches(0.95) + height + Inches(0.08)
    caption_h = SLIDE_H - below - Inches(0.72)
    _text(slide, CAPTION, (MARGIN, below, inner, caption_h), view.caption, _caption_size(view.caption))
    sources = source_line(ds, view)
    box = (MARGIN, SLIDE_H - Inches(0.7), Inches(7.6), Inches(0.62))
    _text(slide, SOURCES, box, sources, 9 if len(sources) < 450 else 7, color=GREY, anchor=MSO_ANCHOR.BOTTOM)
    box = (SLIDE_W - MARGIN - Inches(5), SLIDE_H - Inches(0.45), Inches(5), Inches(0.37))
    _text(
        slide,
        ATTRIBUTION,
        box,
        translator(ds)._(ATTRIBUTION_TEXT),
        8,
        color=GREY,
        align=PP_ALIGN.RIGHT,
        anchor=MSO_ANCHOR.BOTTOM,
    )
    if view.notes:
        slide.notes_slide.notes_text_frame.text = view.notes


def deck(ds: Dataset, briefing: Briefing) -> bytes:
    """The whole briefing as .pptx bytes, one 16:9 slide per view."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    prs.core_properties.title = briefing.title
    prs.core_properties.author = "Corridors"
    total = len(briefing.views)
    for number, view in enumerate(briefing.views, start=1):
        add_slide(prs, ds, view, f"{number} / {total}")
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()
