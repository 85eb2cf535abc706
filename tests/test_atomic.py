"""Atomic writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os

import pytest

from corridors import atomic


def test_write_replaces_the_file_and_leaves_no_temporary_file(tmp_path):
    target = tmp_path / "out" / "file.txt"
    atomic.write(target, "first")
    atomic.write(target, b"second")
    assert target.read_text() == "second"
    assert [p.name for p in target.parent.iterdir()] == ["file.txt"]


def test_a_failed_write_keeps_the_old_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "file.txt"
    atomic.write(target, "old")

    def full_disk(*_):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError):
        atomic.write(target, "new")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_create_never_overwrites(tmp_path):
    target = tmp_path / "brief.yaml"
    atomic.create(target, "mine")
    with pytest.raises(FileExistsError):
        atomic.create(target, "theirs")
    assert target.read_text() == "mine"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.yaml"]
