"""Writing files so no reader ever sees half of one: a temporary file in the same folder, then a rename or link."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _temporary(folder: Path, stem: str, data: bytes) -> Path:
    """``data`` written and flushed to disk in a new hidden temporary file in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{stem}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _bytes(data: bytes | str) -> bytes:
    return data.encode("utf-8") if isinstance(data, str) else data


def write(path: Path, data: bytes | str) -> None:
    """Replace ``path`` with ``data`` (text as UTF-8) in one step: the old file stays whole if anything fails."""
    tmp = _temporary(path.parent, path.name, _bytes(data))
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def create(path: Path, data: bytes | str) -> None:
    """Write ``data`` to a new file ``path``; raise FileExistsError, writing nothing, if it exists.

    The file is hard-linked into place, which fails if the name is taken: of two writers racing for
    one name exactly one succeeds, and nobody ever sees half a file.
    """
    tmp = _temporary(path.parent, path.stem, _bytes(data))
    try:
        os.link(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
