"""Dashes and arcs as plain paths: even dashes in screen pixels, arcs that always bow the same way."""

from __future__ import annotations

import math

import pytest

from corridors.mercator import pixel
from corridors.shapes import arc, dashes


def lengths(pieces, zoom):
    out = []
    for piece in pieces:
        points = [pixel(lon, lat, zoom) for lon, lat in piece]
        out.append(sum(math.dist(a, b) for a, b in zip(points, points[1:], strict=False)))
    return out


def test_dashes_are_even_in_pixels_with_gaps_between():
    line = [[40.0, 40.0], [50.0, 40.0], [50.0, 45.0]]
    pieces = dashes(line, zoom=4, dash=9, gap=6)
    assert pieces[0][0] == [40.0, 40.0]
    assert all(d == pytest.approx(9, abs=0.1) for d in lengths(pieces, 4)[:-1])  # the last may be shorter
    gap = math.dist(pixel(*pieces[0][-1], 4), pixel(*pieces[1][0], 4))
    assert gap == pytest.approx(6, abs=0.1)
    assert any(len(p) == 3 for p in pieces)  # a dash turns the corner with the line


def test_dashes_keep_their_length_on_screen_at_another_zoom():
    line = [[40.0, 40.0], [50.0, 40.0]]
    assert len(dashes(line, zoom=5)) == pytest.approx(2 * len(dashes(line, zoom=4)), abs=1)


def test_a_too_short_path_has_no_dash():
    assert dashes([[40.0, 40.0]], zoom=4) == []


def test_arcs_join_their_ends_and_bow_to_the_north_either_way():
    baku, ankara = [49.87, 40.41], [32.86, 39.93]
    west, east = arc(baku, ankara), arc(ankara, baku)
    assert west[0] == [49.87, 40.41] and west[-1] == [32.86, 39.93]
    assert max(p[1] for p in west) > 42 and max(p[1] for p in east) > 42  # north of both ends
    assert max(math.dist(a, b) for a, b in zip(west, reversed(east), strict=True)) < 1e-3  # one curve
