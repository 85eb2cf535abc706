"""Chart slides: each kind of view drawn from YAML on a 1920×1080 slide, showing its data and never its notes."""

from __future__ import annotations

import io

import matplotlib.pyplot as plt
import pytest
from PIL import Image

from corridors import render, slides
from tests.fixtures import parsed_view

NOTE = "PRESENTER-ONLY remark"


def texts(fig) -> str:
    """Every piece of text drawn on a figure (titles, labels, ticks, legends, annotations)."""
    return "\n".join(t.get_text() for t in fig.findobj(lambda o: hasattr(o, "get_text")) if t.get_text())


@pytest.fixture
def drawn():
    figures = []

    def draw(ds, view, position=""):
        fig = render.figure(ds, view, position)
        figures.append(fig)
        return texts(fig)

    yield draw
    for fig in figures:
        plt.close(fig)


def test_trade_chart_shows_values_estimates_and_targets_on_a_log_scale(small, drawn):
    view = parsed_view(small, kind="trade", caption="$7.6bn", sources=["stats"], notes=NOTE)
    text = drawn(small, view, "7 / 8")
    for label in ("$7.6bn", "$3.9bn", "$30m", "$1.4bn", "AZE–TUR target\n$15bn (2023)"):
        assert label in text, label
    assert "Azerbaijan–Türkiye" in text and "estimate" in text and "official target" in text
    assert "Statistical basis — AZE–PAK: Customs" in text
    assert "Sources: Statistics Office (2024-02-01). Data: Daily News (2025-05-28)" in text
    fig = render.figure(small, view)
    chart = fig.axes[0]
    assert chart.get_yscale() == "log"
    triangles = [c for c in chart.collections if len(c.get_paths()[0].vertices) <= 5]  # '^' (a circle has more)
    assert [tuple(c.get_offsets()[0]) for c in triangles] == [(2024, 1.4e9)]  # the one estimate
    plt.close(fig)
    assert NOTE not in text


def test_trade_figures_stay_legible_where_a_targets_line_passes_under_them(small):
    """Each figure is outlined in white above the dashed target lines, so no line cuts through its digits."""
    from matplotlib.patheffects import withStroke

    fig = render.figure(small, parsed_view(small, kind="trade"))
    chart = fig.axes[0]
    figures = [t for t in chart.texts if t.get_text() in {"$7.6bn", "$3.9bn", "$30m"}]
    targets = max(line.get_zorder() for line in chart.get_lines() if line.get_linestyle() != "-")
    assert len(figures) == 3
    for text in figures:
        effects = text.get_path_effects()
        assert [type(e) for e in effects] == [withStroke] and effects[0]._gc["foreground"] == "white"
        assert text.get_zorder() > targets
    plt.close(fig)


def test_a_caption_with_dollar_amounts_is_not_read_as_mathematics(small):
    view = parsed_view(small, kind="trade", caption="$7.6bn in 2023 against a $15bn target.")
    fig = render.figure(small, view)
    caption = next(t for t in fig.texts if t.get_text().startswith("$7.6bn"))
    assert caption.get_parse_math() is False
    plt.close(fig)


def test_timeline_labels_its_events_and_rings_the_selected_one(small, drawn):
    view = parsed_view(small, kind="timeline", notes=NOTE, selected="summit-2025", filters={"years": [2021, 2025]})
    text = drawn(small, view)
    assert "2025-05-28\nSummit in Lachin" in text and "2021-09-12 – 2021-09-20\nJoint exercise" in text
    assert "Summit" in text and "Parliamentary" in text and "Military exercise" in text
    assert "Azerbaijan · Türkiye · Pakistan" in text and "Azerbaijan–Pakistan" in text
    assert "highlighted event" in text and NOTE not in text


def test_profile_frames_the_corridor_with_key_figures_and_sources(small, drawn):
    view = parsed_view(small, kind="profile", selected="gas-line", notes=NOTE)
    text = drawn(small, view)
    assert "1,250" in text and "16" in text and "Capacity, bcm per year" in text
    assert "Operator page — Pipeline Co., 2020-01-02" in text and "Leaders meet — Daily News, 2025-05-28" in text
    assert "2018-06-12 · Gas Line opened (Ankara)" in text and "The gas-line of the small fixture." in text
    assert NOTE not in text


def test_every_default_view_renders_a_full_slide(ds, story):
    for number, view in enumerate(story.views, start=1):
        _full_slide(ds, view, number)


def _full_slide(ds, view, number):
    image = Image.open(io.BytesIO(render.png(ds, view, f"{number} / 8")))
    assert image.size == (1920, 1080)
    colours = image.convert("RGB").getcolors(maxcolors=2_000_000)
    assert len(colours) > 300, view.title
    assert max(colours)[0] / (1920 * 1080) < (0.9 if view.kind in ("map", "profile") else 0.97)  # a chart is on white


def test_notes_never_reach_the_pdf(ds, story, monkeypatch):
    seen: list[str] = []
    real = render.figure

    def spy(*args, **kwargs):
        fig = real(*args, **kwargs)
        seen.append(texts(fig))
        return fig

    monkeypatch.setattr(render, "figure", spy)
    assert render.pdf(ds, story).startswith(b"%PDF")
    assert len(seen) == len(story.views)
    for view, text in zip(story.views, seen, strict=True):
        assert view.notes and view.notes not in text and view.title in text


def test_body_png_is_the_drawing_without_the_texts_around_it(small):
    view = parsed_view(small, kind="profile", selected="oil-line")
    image = Image.open(io.BytesIO(render.body_png(small, view)))
    bottom, top = render.BODY_BAND
    assert image.width == 1920 and abs(image.height - (top - bottom) * 1080) <= 1


def test_short_money_labels():
    assert [slides.short_money(v) for v in (27e6, 11.7e6, 695e6, 1.024e9, 15e9)] == [
        "$27m",
        "$11.7m",
        "$695m",
        "$1.02bn",
        "$15bn",
    ]
