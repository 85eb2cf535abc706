"""The position of a presentation, shared between the presenter view and the screen the room sees.

The presenter view (``&presenter=1``) writes the current step of a briefing here; every
presentation view of the same briefing (``&present=1``, another tab, window or computer) polls it
and follows within a second. The store is a small JSON file per briefing in a state folder,
replaced atomically, so it is shared by every session of the server (and by replicas that share
the folder) and a reader never sees half a write.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path

from corridors import atomic

try:
    import fcntl
except ImportError:  # not on Windows: sessions of one server still share the in-process lock
    fcntl = None  # type: ignore[assignment]

#: A presentation follows the store only while a presenter view has been seen within this many seconds.
LIVE_SECONDS = 10.0
_SAFE = re.compile(r"^[a-z0-9][a-z0-9-]{0,59}$")


@dataclass(frozen=True)
class Position:
    """Where a briefing's presentation is: the step (0-based), when it moved, and the presenter's clock."""

    step: int = 0
    moved: float = 0.0
    started: float = 0.0
    seen: float = 0.0  # last time a presenter view polled: the presentation follows only a live presenter

    def live(self, now: float | None = None) -> bool:
        return (now if now is not None else time.time()) - self.seen <= LIVE_SECONDS

    def elapsed(self, now: float | None = None) -> str:
        """Time since the presenter started, as H:MM:SS or M:SS."""
        seconds = max(0, int((now if now is not None else time.time()) - self.started))
        hours, rest = divmod(seconds, 3600)
        return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def state_folder() -> Path:
    """Where positions are kept: ``CORRIDORS_STATE`` if set, else a folder in the system's temporary folder."""
    return Path(os.environ.get("CORRIDORS_STATE") or Path(tempfile.gettempdir()) / "corridors-presenter")


def _path(briefing_id: str, folder: Path | None) -> Path:
    if not _SAFE.match(briefing_id):
        raise ValueError(f"{briefing_id!r} is not a briefing id")
    return (folder or state_folder()) / f"{briefing_id}.json"


def read(briefing_id: str, folder: Path | None = None) -> Position | None:
    """The stored position of a briefing, or None if there is none (or it cannot be read)."""
    try:
        data = json.loads(_path(briefing_id, folder).read_text(encoding="utf-8"))
        return Position(**{k: type(getattr(Position(), k))(data[k]) for k in asdict(Position())})
    except (OSError, ValueError, KeyError, TypeError):
        return None


_LOCK = threading.Lock()


@contextmanager
def _locked(folder: Path | None) -> Iterator[None]:
    """One read-modify-write at a time: a thread lock, and a file lock for other processes."""
    where = folder or state_folder()
    where.mkdir(parents=True, exist_ok=True)
    with _LOCK, open(where / ".lock", "a") as handle:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield


def _write(briefing_id: str, position: Position, folder: Path | None) -> Position:
    atomic.write(_path(briefing_id, folder), json.dumps(asdict(position)))
    return position


def move(briefing_id: str, step: int, folder: Path | None = None, now: float | None = None) -> Position:
    """Set the step every presentation of the briefing shows (the presenter's clock is kept)."""
    now = now if now is not None else time.time()
    with _locked(folder):
        old = read(briefing_id, folder) or Position(started=now)
        return _write(briefing_id, Position(step, now, old.started or now, old.seen), folder)


def attend(briefing_id: str, step: int, folder: Path | None = None, now: float | None = None) -> Position:
    """A presenter view's poll: marks the presenter live and returns the shared position.

    A presenter arriving when no presenter was live starts the clock and takes the position to
    its own step; otherwise the stored position wins (someone may have stepped on the big screen).
    """
    now = now if now is not None else time.time()
    with _locked(folder):
        old = read(briefing_id, folder)
        if old is None or not old.live(now):
            return _write(briefing_id, Position(step, now, now, now), folder)
        return _write(briefing_id, Position(old.step, old.moved, old.started, now), folder)


def restart_clock(briefing_id: str, folder: Path | None = None, now: float | None = None) -> Position:
    now = now if now is not None else time.time()
    with _locked(folder):
        old = read(briefing_id, folder) or Position()
        return _write(briefing_id, Position(old.step, old.moved, now, now), folder)


def reconcile(position: Position | None, shown: int, agreed: int | None, total: int) -> tuple[int, bool]:
    """What a view of a presented briefing does on a run: (step to show, whether to store ``shown``).

    ``agreed`` is the step this view last shared with the store. If the store still holds it, the
    change is this view's own (a click or key here) and is written for the others; if the store
    moved, the other view stepped and this one follows. Without a live presenter nothing is shared.
    """
    if position is None or not position.live() or position.step == shown:
        return shown, False
    if agreed == position.step:
        return shown, True
    if 0 <= position.step < total:
        return position.step, False
    return shown, False
