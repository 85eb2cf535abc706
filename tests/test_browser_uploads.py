"""In headless Chromium: a damaged upload gets its message, and the map and the other layers stay as they were."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_browser import browser, page, server, wait_painted  # noqa: F401 - pytest fixtures

FILES = Path(__file__).resolve().parent / "files"
pytestmark = pytest.mark.browser


def test_a_corrupt_archive_gets_its_message_and_the_other_layers_stay(server, page, tmp_path):  # noqa: F811
    pg, refused = page
    pg.goto(server)
    wait_painted(pg)
    pg.get_by_text("Your layers").click()
    chooser = pg.locator("[data-testid=stFileUploaderDropzoneInput]")
    chooser.set_input_files(str(FILES / "points.csv"))
    pg.get_by_text("points · 1 feature(s)").wait_for(timeout=20_000)
    legend = pg.locator(".corridors-legend")
    legend.get_by_text("points", exact=True).wait_for(timeout=20_000)

    chooser.set_input_files(str(FILES / "zip-version-damaged.zip"))
    message = pg.get_by_text(
        "'zip-version-damaged.zip': The .zip file is damaged or not a zip archive (its headers cannot be read)."
    )
    message.wait_for(timeout=20_000)
    assert "Make the zip again" in message.inner_text()
    chooser.set_input_files(str(FILES / "zip-bomb.zip"))
    bomb = pg.get_by_text("'zip-bomb.zip': 's.dbf' in the .zip is compressed more than 200 to 1")
    bomb.wait_for(timeout=20_000)
    pg.wait_for_timeout(1500)
    assert message.is_visible(), "the first refusal went away when the next file came"
    bomb.scroll_into_view_if_needed()
    pg.screenshot(path=str(tmp_path / "corrupt-upload.png"))

    assert pg.locator("[data-testid=stException]").count() == 0
    assert "Traceback" not in pg.inner_text("body")
    assert pg.get_by_text("points · 1 feature(s)").is_visible()
    assert legend.get_by_text("points", exact=True).count() == 1
    assert len(wait_painted(pg).getcolors(maxcolors=1_000_000) or []) > 200, "the map went blank"
    assert refused == []
