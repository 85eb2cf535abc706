"""Briefing files: the default story validates, round-trips unchanged, and bad files are named."""

from __future__ import annotations

from dataclasses import replace

import pytest
import yaml

from corridors import briefing
from corridors.camera import View
from corridors.catalog import default_geodata
from corridors.filters import Choices


@pytest.fixture(scope="module")
def story(small, small_root):
    loaded, problems = briefing.load(small_root / "briefings" / "small.yaml", small)
    assert problems == []
    return loaded


def test_a_briefing_file_becomes_views_with_filters_camera_and_sources(story):
    assert (story.id, story.title, [v.title for v in story.views]) == (
        "small",
        "The small story",
        ["Energy lines", "Summits"],
    )
    energy, summits = story.views
    assert energy.filters.modes == ("oil", "gas") and energy.filters.layers == ("corridors", "labels")
    assert summits.camera == View(latitude=40.0, longitude=55.0, zoom=3.5)
    assert summits.sources == ("news", "stats") and summits.selected == "summit-2025"


def test_every_bundled_briefing_is_valid_and_every_view_cites_its_sources(ds):
    files = briefing.bundled(default_geodata())
    assert "default" in files
    for path in files.values():
        loaded, problems = briefing.load(path, ds)
        assert problems == [], path.name
        for view in loaded.views:
            assert view.caption and view.sources, view.title


def test_save_load_dump_round_trip(story, small, tmp_path):
    target = tmp_path / "copy.yaml"
    briefing.save(story, target)
    again, problems = briefing.load(target, small)
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
        (
            view_yaml(filters={"years": [1900, 2020]}),
            "briefing.yaml: view 1 (T): filters.years: 1900-2020 is outside 2006-2025",
        ),
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
def test_bad_briefings_are_refused_with_a_named_problem(small, text, expected):
    loaded, problems = briefing.parse(text, small)
    assert loaded is None
    assert any(str(p).startswith(expected) for p in problems), [str(p) for p in problems]


def test_binary_and_oversized_uploads_are_refused(small):
    assert str(briefing.parse(b"\x00\x01\x02", small)[1][0]) == "briefing.yaml: -: -: file is binary, not text"
    big = b"#" * (briefing.MAX_BRIEFING_BYTES + 1)
    assert "the limit is" in str(briefing.parse(big, small)[1][0])
    assert str(briefing.parse(b"\xff\xfe", small)[1][0]) == "briefing.yaml: -: -: not UTF-8 text"


def test_new_view_frames_what_the_filters_show(small):
    f = replace(Choices.of(small).default(), corridors=("gas-line",), layers=("corridors",))
    view = briefing.new_view(small, "  Gas  ", "", f)
    assert view.title == "Gas"
    assert 26 < view.camera.longitude < 42 and view.camera.zoom > 4
    assert briefing.new_view(small, " ", "", f).title == "Untitled view"


def test_camera_ignores_places_outside_the_basemap(small):
    far = small.events.assign(lon=-77.0, lat=38.9)  # Washington is outside the basemap's region
    moved = replace(small, events=far)
    f = replace(Choices.of(small).default(), layers=("events",))
    assert briefing.camera_for(moved, f) == briefing.HOME
    assert briefing.camera_for(small, f).longitude > 30


def test_step_of_reads_one_based_steps():
    assert briefing.step_of("3", 7) == (2, None)
    assert briefing.step_of(None, 7) == (0, None)
    index, notice = briefing.step_of("99", 7)
    assert index == 0 and notice.startswith("Ignored step '99'")


def test_simultaneous_publishes_of_one_name_keep_exactly_one_whole_file(story, small, tmp_path):
    from concurrent.futures import ThreadPoolExecutor
    from threading import Barrier

    start = Barrier(8)
    variants = [briefing.Briefing(story.id, f"Version {n}", story.views[: n % 2 + 1]) for n in range(8)]

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
    saved, problems = briefing.load(tmp_path / "team-brief.yaml", small)
    assert problems == [] and saved.title in {b.title for b in variants}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team-brief.yaml"]


def test_publish_refuses_unsafe_names(story, tmp_path):
    for bad in ("../etc/passwd", "Upper", "a b", "", "x" * 61):
        with pytest.raises(ValueError):
            briefing.publish(story, tmp_path, bad)
    assert list(tmp_path.iterdir()) == []


def test_the_briefings_on_offer_skip_broken_files_and_add_the_sessions_own(small, small_root, tmp_path):
    import shutil

    root = tmp_path / "geodata"
    shutil.copytree(small_root, root)
    (root / "briefings" / "broken.yaml").write_text("views: [")
    mine = briefing.MY_BRIEFING.add(briefing.new_view(small, "Mine", "", Choices.of(small).default()))
    uploaded = {"up": briefing.Briefing("up", "Uploaded", mine.views)}
    found, skipped = briefing.available(root, small, uploaded, mine)
    assert list(found) == ["small", "up", "my-briefing"]
    assert [s.name for s in skipped] == ["broken"] and "not valid YAML" in str(skipped[0].problems[0])
    assert list(briefing.available(root, small)[0]) == ["small"]  # My briefing only once it has a view
    assert briefing.titles(found)["up"] == "Uploaded"
    assert briefing.is_bundled(root, found["small"]) and not briefing.is_bundled(root, mine)


def test_screen_sizes_read_and_write_the_url():
    assert briefing.screen_of("720") == "1280×720" and briefing.screen_of(None) == "1920×1080"
    assert [briefing.screen_param(s) for s in briefing.SCREENS] == ["1080", "720"]
