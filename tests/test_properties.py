"""Property tests: random and mutated input to every parser and validator never crashes."""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corridors import briefing, userlayers
from corridors.filters import LAYERS, Choices, from_query
from corridors.validate import Report, validate

GEODATA = Path(__file__).resolve().parents[1] / "geodata"
DATA_FILES = ["corridors.geojson", "events.csv", "trade.csv", "sources.csv", "disagreements.csv", "countries.geojson"]
FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def mutate(data: bytes, cut: int, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data[: max(0, len(data) - cut)])
    for position, value in flips:
        if out:
            out[position % len(out)] = value
    return bytes(out)


@FAST
@given(
    name=st.sampled_from(DATA_FILES),
    cut=st.integers(0, 4000),
    flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=8),
)
def test_validate_survives_mutated_data_files(tmp_path_factory, name, cut, flips):
    root = tmp_path_factory.mktemp("geodata")
    for f in DATA_FILES:
        shutil.copy(GEODATA / f, root / f)
    (root / name).write_bytes(mutate((GEODATA / name).read_bytes(), cut, flips))
    report = validate(root)
    assert isinstance(report, Report)
    assert all(str(p).count(":") >= 3 for p in report.problems)


@FAST
@given(name=st.sampled_from(DATA_FILES), junk=st.binary(max_size=2000))
def test_validate_survives_random_bytes(tmp_path_factory, name, junk):
    root = tmp_path_factory.mktemp("geodata")
    for f in DATA_FILES:
        shutil.copy(GEODATA / f, root / f)
    (root / name).write_bytes(junk)
    report = validate(root)
    assert not report.ok or junk.strip()


@FAST
@given(text=st.one_of(st.text(max_size=800), st.binary(max_size=800)))
def test_briefing_parser_returns_a_briefing_or_problems(ds, text):
    loaded, problems = briefing.parse(text, ds)
    assert (loaded is None) == bool(problems)


@FAST
@given(cut=st.integers(0, 3000), flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=6))
def test_briefing_parser_survives_mutated_default(ds, cut, flips):
    data = mutate((GEODATA / "briefings" / "default.yaml").read_bytes(), cut, flips)
    loaded, problems = briefing.parse(data, ds)
    assert (loaded is None) == bool(problems)


@FAST
@given(params=st.dictionaries(st.text(max_size=12), st.text(max_size=80), max_size=8))
def test_link_parameters_always_give_valid_filters(ds, params):
    choices = Choices.of(ds)
    f, notices = from_query(params, choices)
    assert set(f.corridors) <= set(choices.corridors) and set(f.layers) <= set(LAYERS)
    assert choices.years[0] <= f.year_start <= f.year_end <= choices.years[1]
    assert all(isinstance(n, str) for n in notices)


@FAST
@given(suffix=st.sampled_from(userlayers.SUFFIXES + (".txt",)), data=st.binary(max_size=3000))
def test_user_layer_reader_accepts_or_refuses_cleanly(suffix, data):
    try:
        layer = userlayers.read(f"upload{suffix}", data)
    except userlayers.Refused as exc:
        assert str(exc).startswith("'upload")
    else:
        assert layer.frame.crs.to_epsg() == 4326


@FAST
@given(text=st.text(max_size=2000))
def test_user_csv_reader_accepts_or_refuses_cleanly(text):
    with contextlib.suppress(userlayers.Refused):
        layer = userlayers.read("table.csv", ("lat,lon,name\n" + text).encode())
        assert layer.frame.geometry.is_valid.all()
