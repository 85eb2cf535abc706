"""Web-Mercator pixels and cameras that frame a box."""

from __future__ import annotations

import math

import pytest

from corridors.camera import HOME, fit_view
from corridors.mercator import lonlat, pixel


def test_pixel_projection_matches_web_mercator():
    assert pixel(0, 0, 0) == pytest.approx((256, 256))
    assert pixel(180, 0, 1)[0] == pytest.approx(1024)
    assert not math.isnan(pixel(50, 85, 3)[1])


def test_lonlat_inverts_pixel():
    assert lonlat(*pixel(46.55, 39.64, 4), 4) == pytest.approx((46.55, 39.64))


def test_fit_view_centres_on_the_box_and_zooms_to_its_size():
    wide = fit_view((20, 30, 80, 45))
    narrow = fit_view((45, 39, 47, 40))
    assert wide.longitude == pytest.approx(50, abs=0.01) and narrow.longitude == pytest.approx(46, abs=0.01)
    assert narrow.zoom > HOME.zoom > wide.zoom
    assert fit_view((0, 0, 1e-9, 1e-9)).zoom == 9.0  # a point is framed at the closest zoom, not infinitely close
