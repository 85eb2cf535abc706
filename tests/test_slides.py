"""Chart slides: each kind of view drawn from YAML on a 1920×1080 slide, showing its data and never its notes."""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib.pyplot as plt
import pytest
from PIL import Image

from corridors import briefing, render, slides
from tests.test_viewkinds import parsed

DEFAULT = Path(__file__).resolve().parents[1] / "geodata" / "briefings" / "default.yaml"
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


def test_trade_chart_shows_values_estimates_and_targets_on_a_log_scale(ds, drawn):
    view = parsed(ds, kind="trade", title="Trade", caption="$7.6bn", notes=NOTE, filters={"years": [2014, 2025]})
    text = drawn(ds, view, "7 / 8")
    for label in ("$7.6bn", "$695m", "$27m", "$792m (est.)", "AZE–TUR target\n$15bn (2023)", "TUR–PAK target"):
        assert label in text, label
    assert "Azerbaijan–Türkiye" in text and "estimate" in text and "official target" in text
    assert "Statistical basis" in text and "Sources: Data: " not in text
    fig = render.figure(ds, view)
    chart = fig.axes[0]
    assert chart.get_yscale() == "log"
    plt.close(fig)
    assert NOTE not in text


def test_a_caption_with_dollar_amounts_is_not_read_as_mathematics(ds, drawn):
    view = parsed(ds, kind="trade", caption="$7.6bn in 2023 against a $15bn target.")
    fig = render.figure(ds, view)
    caption = next(t for t in fig.texts if t.get_text().startswith("$7.6bn"))
    assert caption.get_parse_math() is False
    plt.close(fig)


def test_timeline_labels_its_events_and_rings_the_selected_one(ds, drawn):
    view = parsed(
        ds,
        kind="timeline",
        notes=NOTE,
        selected="lachin-summit-2025",
        filters={"years": [2017, 2025], "event_kinds": ["summit", "parliamentary"]},
    )
    text = drawn(ds, view)
    assert "Trilateral summit in Lachin" in text and "2024-07-03" in text
    assert "Summit" in text and "Parliamentary" in text and "Azerbaijan · Türkiye · Pakistan" in text
    assert "highlighted event" in text and NOTE not in text


def test_profile_frames_the_corridor_with_key_figures_and_sources(ds, drawn):
    view = parsed(ds, kind="profile", selected="tanap", notes=NOTE)
    text = drawn(ds, view)
    assert "1,850" in text and "16" in text and "Capacity, bcm per year" in text
    assert "TANAP starts operation in central Turkey — Belt and Road Portal (Xinhua), 2018-06-12" in text
    assert "2018-06-12 · TANAP inaugurated (Eskişehir)" in text and NOTE not in text


@pytest.mark.parametrize("number", range(1, 9))
def test_every_default_view_renders_a_full_slide(ds, number):
    story, _ = briefing.load(DEFAULT, ds)
    view = story.views[number - 1]
    image = Image.open(io.BytesIO(render.png(ds, view, f"{number} / 8")))
    assert image.size == (1920, 1080)
    colours = image.convert("RGB").getcolors(maxcolors=2_000_000)
    assert len(colours) > 300, view.title
    assert max(colours)[0] / (1920 * 1080) < (0.9 if view.kind in ("map", "profile") else 0.97)  # a chart is on white


def test_notes_never_reach_the_pdf(ds, monkeypatch):
    story, _ = briefing.load(DEFAULT, ds)
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


def test_body_png_is_the_drawing_without_the_texts_around_it(ds):
    view = parsed(ds, kind="profile", selected="btk")
    image = Image.open(io.BytesIO(render.body_png(ds, view)))
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
