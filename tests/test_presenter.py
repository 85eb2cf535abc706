"""The shared position of a presentation: written atomically, followed only while a presenter is live."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from corridors import presenter
from corridors.presenter import LIVE_SECONDS, Position, reconcile


def test_nothing_stored_means_nothing_to_follow(tmp_path):
    assert presenter.read("default", tmp_path) is None
    assert reconcile(None, 3, None, 8) == (3, False)


def test_a_presenter_arriving_takes_the_position_and_starts_the_clock(tmp_path):
    first = presenter.attend("default", 2, tmp_path, now=100.0)
    assert (first.step, first.started, first.seen) == (2, 100.0, 100.0)
    later = presenter.attend("default", 0, tmp_path, now=105.0)  # a second presenter joins the live one
    assert (later.step, later.started, later.seen) == (2, 100.0, 105.0)
    assert later.elapsed(now=100.0 + 3725) == "1:02:05" and later.elapsed(now=161.0) == "1:01"


def test_moves_keep_the_clock_and_replace_the_file_whole(tmp_path):
    presenter.attend("default", 0, tmp_path, now=100.0)
    moved = presenter.move("default", 4, tmp_path, now=110.0)
    assert (moved.step, moved.moved, moved.started) == (4, 110.0, 100.0)
    assert presenter.read("default", tmp_path) == moved
    assert sorted(p.name for p in tmp_path.iterdir()) == [".lock", "default.json"]


def test_a_presentation_follows_a_live_presenter_and_shares_its_own_moves():
    live = Position(step=5, moved=1.0, started=0.0, seen=9e12)
    assert reconcile(live, 4, 4, 8) == (5, False)  # the presenter moved from 4 to 5: follow
    assert reconcile(live, 6, 5, 8) == (6, True)  # this view moved from 5 to 6 (a key on the big screen): share it
    assert reconcile(live, 5, 4, 8) == (5, False)  # already there
    assert reconcile(live, 0, None, 3) == (0, False)  # a step this briefing does not have is ignored


def test_a_stale_position_moves_nothing(tmp_path):
    import time

    presenter.attend("default", 6, tmp_path, now=time.time() - LIVE_SECONDS - 5)
    assert reconcile(presenter.read("default", tmp_path), 0, None, 8) == (0, False)


def test_unreadable_or_unsafe_state_is_ignored(tmp_path):
    (tmp_path / "default.json").write_text("{not json")
    assert presenter.read("default", tmp_path) is None
    with pytest.raises(ValueError):
        presenter.move("../etc", 1, tmp_path)


def test_many_sessions_moving_at_once_leave_one_whole_position(tmp_path):
    presenter.attend("default", 0, tmp_path)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda n: presenter.move("default", n % 8, tmp_path), range(200)))
    final = presenter.read("default", tmp_path)
    assert final is not None and 0 <= final.step < 8
    assert not list(tmp_path.glob("*.tmp"))


def test_the_state_folder_can_be_set(monkeypatch, tmp_path):
    monkeypatch.setenv("CORRIDORS_STATE", str(tmp_path / "state"))
    presenter.move("default", 1)
    assert (tmp_path / "state" / "default.json").is_file()
