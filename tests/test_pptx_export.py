"""PowerPoint export: a 16:9 deck opened back with python-pptx — one slide per view, editable texts, notes."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.util import Emu

from corridors import briefing, pptx_export
from corridors.captions import source_line
from corridors.legend import ATTRIBUTION_TEXT


@pytest.fixture(scope="module")
def deck(ds, story):
    return Presentation(io.BytesIO(pptx_export.deck(ds, story)))


def shape(slide, name: str):
    return next(s for s in slide.shapes if s.name == name)


def test_one_16_by_9_slide_per_view(deck, story):
    assert len(deck.slides) == len(story.views)
    assert round(deck.slide_width / deck.slide_height, 3) == round(16 / 9, 3)
    assert deck.core_properties.title == story.title


def test_titles_captions_and_sources_are_editable_text(deck, story, ds):
    for number, (slide, view) in enumerate(zip(deck.slides, story.views, strict=True), start=1):
        assert shape(slide, pptx_export.TITLE).text_frame.text == view.title
        assert shape(slide, pptx_export.POSITION).text_frame.text == f"{number} / {len(story.views)}"
        assert shape(slide, pptx_export.CAPTION).text_frame.text == view.caption
        assert shape(slide, pptx_export.SOURCES).text_frame.text == source_line(ds, view)
        assert shape(slide, pptx_export.ATTRIBUTION).text_frame.text == ATTRIBUTION_TEXT


def test_the_drawing_is_a_picture_inside_the_slide(deck):
    for slide in deck.slides:
        picture = shape(slide, pptx_export.PICTURE)
        assert picture.image.content_type == "image/png" and picture.image.size[0] == 1920
        assert picture.left >= 0 and picture.left + picture.width <= deck.slide_width
        assert picture.top + picture.height < shape(slide, pptx_export.CAPTION).top + Emu(1)


def test_notes_are_in_the_notes_pane_only(deck, story):
    for slide, view in zip(deck.slides, story.views, strict=True):
        assert slide.has_notes_slide and slide.notes_slide.notes_text_frame.text == view.notes
        on_slide = " ".join(s.text_frame.text for s in slide.shapes if s.has_text_frame)
        assert view.notes not in on_slide


def test_a_view_without_notes_gets_no_notes_page(ds, story):
    plain = briefing.Briefing("p", "Plain", (replace(story.views[0], notes=""),))
    slide = Presentation(io.BytesIO(pptx_export.deck(ds, plain))).slides[0]
    assert not slide.has_notes_slide
