"""Briefing files: the default story validates, round-trips unchanged, and bad files are named."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from corridors import briefing
from corridors.filters import Choices

DEFAULT = Path(__file__).resolve().parents[1] / "geodata" / "briefings" / "default.yaml"


def test_default_briefing_tells_the_story_in_6_to_8_cited_views(story, ds):
    assert 6 <= len(story.views) <= 8
    titles = [v.title for v in story.views]
    assert titles[3:5] == ["Transport corridors", "Summits: Astana 2024 to Lachin 2025"]
    assert {v.kind for v in story.views} == {"map", "trade", "timeline", "profile"}
    trade = next(v for v in story.views if v.kind == "trade")
    assert trade.title == "Trade by year against targets"
    for view in story.views:
        assert view.caption and view.sources, view.title
        assert all(s in ds.sources.index for s in view.sources)


def test_save_load_dump_round_trip(story, ds, tmp_path):
    target = tmp_path / "copy.yaml"
    briefing.save(story, target)
    again, problems = briefing.load(target, ds)
    assert problems == [] and again == story
    assert briefing.dump(again) == briefing.dump(story)
    assert [p.name for p in tmp_path.iterdir()] == ["copy.yaml"]


def test_a_failed_save_leaves_the_old_file_intact(story, tmp_path, monkeypatch):
    target = tmp_path / "b.yaml"
    briefing.save(story, target)
    before = target.read_text()

    def broken(_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(briefing, "dump", broken)
    with pytest.raises(RuntimeError):
        briefing.save(story, target)
    assert target.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["b.yaml"]


def view_yaml(**changes) -> str:
    view = {
        "title": "T",
        "filters": {"years": [2010, 2020]},
        "camera": {"latitude": 40, "longitude": 50, "zoom": 4},
    }
    view.update(changes)
    return yaml.safe_dump({"id": "x", "title": "X", "views": [view]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("views: [", "briefing.yaml: -: -: not valid YAML"),
        ("- just\n- a list\n", "briefing.yaml: -: -: must be a mapping"),
        (view_yaml(title=""), "briefing.yaml: view 1: title: String should have at least 1 character"),
        (view_yaml(camera={"latitude": 99, "longitude": 0, "zoom": 3}), "briefing.yaml: view 1: camera.latitude"),
        (
            view_yaml(filters={"years": [2010, 2020], "corridors": ["atlantis"]}),
            "briefing.yaml: view 1 (T): filters.corridors: unknown value(s): atlantis",
        ),
        (view_yaml(filters={"years": [1900, 2020]}), "briefing.yaml: view 1 (T): filters.years: 1900-2020 is outside"),
        (view_yaml(sources=["nobody"]), "briefing.yaml: view 1 (T): sources: unknown source id 'nobody'"),
        (view_yaml(selected="zzz"), "briefing.yaml: view 1 (T): selected: unknown corridor or event id 'zzz'"),
        (view_yaml(colour="red"), "briefing.yaml: view 1: colour: Extra inputs are not permitted"),
    ],
    ids=[
        "truncated",
        "not-a-mapping",
        "empty-title",
        "bad-camera",
        "unknown-corridor",
        "years-out-of-range",
        "unknown-source",
        "unknown-selection",
        "unknown-field",
    ],
)
def test_bad_briefings_are_refused_with_a_named_problem(ds, text, expected):
    loaded, problems = briefing.parse(text, ds)
    assert loaded is None
    assert any(str(p).startswith(expected) for p in problems), [str(p) for p in problems]


def test_binary_and_oversized_uploads_are_refused(ds):
    assert str(briefing.parse(b"\x00\x01\x02", ds)[1][0]) == "briefing.yaml: -: -: file is binary, not text"
    big = b"#" * (briefing.MAX_BRIEFING_BYTES + 1)
    assert "the limit is" in str(briefing.parse(big, ds)[1][0])
    assert str(briefing.parse(b"\xff\xfe", ds)[1][0]) == "briefing.yaml: -: -: not UTF-8 text"


def test_new_view_frames_what_the_filters_show(ds):
    f = replace(Choices.of(ds).default(), corridors=("tap",), layers=("corridors",))
    view = briefing.new_view(ds, "  TAP  ", "", f)
    assert view.title == "TAP"
    assert 18 < view.camera.longitude < 27 and view.camera.zoom > 4


def test_camera_ignores_places_outside_the_basemap(ds):
    f = replace(Choices.of(ds).default(), year_start=2025, year_end=2025, layers=("events",))
    assert briefing.camera_for(ds, f).longitude > 20  # Washington (TRIPP declaration) does not pull it west


def test_step_of_reads_one_based_steps():
    assert briefing.step_of("3", 7) == (2, None)
    assert briefing.step_of(None, 7) == (0, None)
    index, notice = briefing.step_of("99", 7)
    assert index == 0 and notice.startswith("Ignored step '99'")


def test_simultaneous_publishes_of_one_name_keep_exactly_one_whole_file(story, ds, tmp_path):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    start = Barrier(8)
    variants = [briefing.Briefing(story.id, f"Version {n}", story.views[: n % 7 + 1]) for n in range(8)]

    def publish(b):
        start.wait()
        try:
            briefing.publish(b, tmp_path, "team-brief")
            return "saved"
        except briefing.NameTaken as exc:
            return str(exc)

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(publish, variants))
    assert outcomes.count("saved") == 1
    assert all(
        o == "A shared briefing named 'team-brief' exists already; choose another name."
        for o in outcomes
        if o != "saved"
    )
    saved, problems = briefing.load(tmp_path / "team-brief.yaml", ds)
    assert problems == [] and saved.title in {b.title for b in variants}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team-brief.yaml"]


def test_publish_refuses_unsafe_names(story, tmp_path):
    for bad in ("../etc/passwd", "Upper", "a b", "", "x" * 61):
        with pytest.raises(ValueError):
            briefing.publish(story, tmp_path, bad)
    assert list(tmp_path.iterdir()) == []
