"""End to end in two browser contexts: the presenter view drives the presentation on another screen."""

from __future__ import annotations

import pytest
import yaml

from tests.fixtures import DEFAULT_BRIEFING, guarded, wait_painted

pytestmark = pytest.mark.browser
DEFAULT = yaml.safe_load(DEFAULT_BRIEFING.read_text())


def test_the_presenter_view_drives_the_presentation_in_another_browser(server, browser, state, tmp_path):
    """Two browser contexts (two computers): Next in the presenter view moves the room's screen (how fast is
    measured by benchmarks/presenter.py in make bench, not here)."""
    from corridors import presenter

    views = DEFAULT["views"]
    guards = [guarded(browser), guarded(browser)]
    contexts = [context for context, _ in guards]
    desk, room = (context.new_page() for context in contexts)
    desk.goto(f"{server}/Briefing?b=default&presenter=1")
    desk.get_by_text(views[0]["notes"][:60]).wait_for(timeout=30_000)
    desk.get_by_text(f"{views[1]['title']} · map").wait_for(timeout=30_000)  # the next view
    room.goto(f"{server}/Briefing?b=default&present=1")
    room.get_by_role("heading", name=views[0]["title"]).wait_for(timeout=30_000)
    wait_painted(room)
    for number in (2, 3, 4):
        desk.get_by_role("button", name="Next ▶").click()
        room.get_by_role("heading", name=views[number - 1]["title"]).wait_for(timeout=20_000)
        assert presenter.read("default", state).step == number - 1
        desk.get_by_text(views[number - 1]["notes"][:60]).wait_for(timeout=20_000)
        assert f"s={number}" in room.url
    desk.screenshot(path=str(tmp_path / "presenter.png"))
    room.screenshot(path=str(tmp_path / "presentation.png"))
    room_text = room.locator("body").inner_text()
    assert all(view["notes"][:40] not in room_text for view in views)
    assert "Speaker notes" not in room_text
    # a key pressed on the room's screen moves the presenter view too
    room.get_by_role("heading", name=views[3]["title"]).click()
    room.keyboard.press("ArrowLeft")
    desk.get_by_text(views[2]["notes"][:60]).wait_for(timeout=20_000)
    for context in contexts:
        context.close()
    assert [url for _, refused in guards for url in refused] == []
