"""The one legend: entries for what is drawn, and swatches drawn the way the map draws each mark."""

from __future__ import annotations

from dataclasses import replace

from corridors import legend
from corridors.filters import Choices, apply
from corridors.legend import LegendEntry
from corridors.palette import PAIR_COLORS
from corridors.userlayers import read
from tests.fixtures import ROOT


def labels(ds, **changes) -> list[tuple[str, str, str]]:
    entries = legend.entries(apply(ds, replace(Choices.of(ds).default(), **changes)))
    return [(e.group, e.label, e.style) for e in entries]


def test_legend_lists_what_is_on_the_map(small):
    found = labels(small, corridors=("rail-line", "airport"))
    assert ("Corridors by mode", "rail", "line") in found and ("Corridors by mode", "air", "dot") in found
    assert not any(label == "oil" for _, label, _ in found)
    assert ("Line style", "solid: operating", "line") in found
    assert ("Line style", "dashed: planned", "dashed") in found
    assert ("Venues", "event place (size = number of events)", "dot") in found
    assert ("Trade arcs (width ∝ √value)", "AZE–TUR 2023: $7.6bn", "arc") in found


def test_switched_off_layers_leave_the_legend(small):
    assert labels(small, layers=()) == []
    assert {group for group, _, _ in labels(small, layers=("trade",))} == {"Trade arcs (width ∝ √value)"}


def test_users_layers_come_first_in_their_colour(small):
    layer = read("points.csv", (ROOT / "tests" / "files" / "points.csv").read_bytes())
    (first, *_) = legend.entries(apply(small, Choices.of(small).default()), (layer,))
    assert (first.group, first.label, first.style) == ("Your layers", "points", "line")


def test_swatches_match_the_marks_dots_arcs_dashes_and_lines():
    color = PAIR_COLORS["AZE–TUR"]
    dot, arc, dashed, line = (legend.swatch(LegendEntry("g", "l", color, s)) for s in ("dot", "arc", "dashed", "line"))
    assert "border-radius:50%" in dot and "background:rgb(136,34,85)" in dot
    assert "border-radius:14px 14px 0 0" in arc and "border-bottom:none" in arc
    assert "dashed" in dashed and "solid" in line and "dashed" not in line


def test_legend_html_groups_entries_and_escapes_every_label():
    entries = [
        LegendEntry("Your layers", "<img src=x onerror=alert(1)>", (1, 2, 3), "line", note='say "hi"'),
        LegendEntry("Your layers", "second", (1, 2, 3), "line"),
        LegendEntry("Venues", "places", (4, 5, 6), "dot"),
    ]
    page = legend.html(entries)
    assert page.count("Your layers") == 1 and page.index("Your layers") < page.index("Venues")
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'title="say &quot;hi&quot;"' in page
