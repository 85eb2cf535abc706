"""Mutation fuzzing in ``make test``: a bounded, seeded pass over every reader of user input.

Each target runs a fixed number of cases from seed 18 (see tests/fuzz/), each capped in
time so the whole module stays under ~30 s on a 2-core machine; ``make fuzz`` runs the same
fuzzer for longer with fresh seeds. Below the pass: the inputs that once broke a reader, kept
as regression cases with what they must produce now.
"""

from __future__ import annotations

import random

import pytest

from corridors import briefing, tables, userlayers
from corridors.catalog import DataError, load
from corridors.deck import user_layers
from corridors.filters import Choices, apply
from tests.fixtures import FILES, TINY_EVENTS, TINY_TRADE, fuzz, write_geodata

#: Cases and a time cap (seconds) per target for make test: about 15 s in all on a busy 2-core machine.
#: The first AT_LEAST cases of each always run, so the assertions below see the same cases everywhere.
BUDGET = {"layers": (500, 5.0), "briefing": (120, 3.5), "data": (80, 5.0), "links": (5000, 1.5)}
AT_LEAST = 40


@pytest.mark.parametrize("name", list(BUDGET))
def test_mutated_inputs_give_a_result_or_a_refusal(ds, tiny, name):
    (target,) = fuzz.targets(ds, tiny, [name])
    cases, seconds = BUDGET[name]
    try:
        result = fuzz.run(target, fuzz.SEED, cases, seconds, at_least=AT_LEAST)
    finally:
        target.close()
    report = "\n".join(f"{f.error}\n  replay: {f.replay()}" for f in result.findings[:10])
    assert not result.findings, f"{len(result.findings)} finding(s):\n{report}"
    assert result.outcomes.get("accepted") and result.outcomes.get("refused"), result.outcomes


# --- the fuzzer itself ---------------------------------------------------------------------------


def test_a_case_is_the_same_every_time_its_seed_is():
    data = (FILES / "shapefile-ok.zip").read_bytes()
    first = fuzz.Mutator(fuzz.case_rng(18, "layers", 7)).archive(data)
    again = fuzz.Mutator(fuzz.case_rng(18, "layers", 7)).archive(data)
    other = fuzz.Mutator(fuzz.case_rng(18, "layers", 8)).archive(data)
    assert first == again and first != other


def test_mutations_flip_cut_insert_and_damage_zip_headers():
    mutate = fuzz.Mutator(random.Random(1))
    data = (FILES / "shapefile-ok.zip").read_bytes()
    outputs = [mutate.archive(data) for _ in range(200)]
    assert sum(out != data for out in outputs) > 150
    assert any(len(out) == len(data) and out.startswith(b"PK") and out != data for out in outputs)  # a header field
    texts = [mutate.any(b"lat,lon,name\n40.1,49.8,Baku\n") for _ in range(200)]
    assert {len(t) < 28 for t in texts} == {True, False}  # cut and grown
    assert any(mutate.name("a.zip") != "a.zip" for _ in range(100))  # extension or name swapped


class Fragile(fuzz.Target):
    """A reader with a bug: it trusts its input to be a number."""

    name = "fragile"

    def make(self, mutate: fuzz.Mutator) -> fuzz.Case:
        return fuzz.Case("n.txt", mutate.any(b"12345"))

    def check(self, case: fuzz.Case) -> str:
        return "accepted" if int(case.data) else "refused"


def test_a_reader_with_a_bug_gives_findings_that_replay():
    result = fuzz.run(Fragile(), seed=5, cases=50, seconds=5)
    assert result.findings and result.findings[0].error.startswith("ValueError: invalid literal for int()")
    finding = result.findings[0]
    assert finding.replay() == f"python -m tests.fuzz --target fragile --seed 5 --case {finding.case}"
    outcome, again = fuzz.run_one(Fragile(), 5, finding.case)
    assert outcome == "finding" and again is not None and again.data == finding.data


# --- inputs that once broke a reader (found by this fuzzer), and what they give now ----------------


@pytest.mark.parametrize(
    "text",
    ["id: x\ntitle: X\nviews:\n- title: T\n  date: 2026-02-30\n", "views: " + "[" * 1000],
    ids=["impossible-date", "deep-nesting"],
)
def test_briefing_yaml_that_python_cannot_build_is_a_problem(ds, text):
    loaded, problems = briefing.parse(text.encode(), ds, "mine.yaml")
    assert loaded is None and len(problems) == 1  # libyaml names the line where the nesting gives up
    assert str(problems[0]).startswith("mine.yaml: -: -: not valid YAML")


def test_a_step_written_in_other_digits_is_ignored_with_a_notice():
    assert briefing.step_of("²", 7) == (0, "Ignored step '²': this briefing has steps 1 to 7.")


def problems_of(root) -> list[str]:
    with pytest.raises(DataError) as err:
        load(root)
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize(
    ("feature", "problem"),
    [
        ('{"geometry": null}', "feature 1: properties: needs text fields name and iso_a3"),
        (
            '{"properties": {"name": "A", "iso_a3": "AZE"}, "geometry": {"type": "pol-gon", "coordinates": []}}',
            "feature 1: geometry: not a valid GeoJSON geometry (Unknown geometry type: 'pol-gon')",
        ),
        (
            '{"properties": {"name": "A", "iso_a3": "AZE"}, "geometry": {"type": "Point", "coordinates": [1, 2]}}',
            "feature 1: geometry: Point is not a country polygon",
        ),
        ('{"properties": {"name": 48, "iso_a3": "AZE"}}', "feature 1: properties: needs text fields name and iso_a3"),
    ],
    ids=["no-properties", "unknown-type", "point", "number-name"],
)
def test_a_broken_basemap_country_is_a_problem_not_a_crash_when_drawing(tiny, feature, problem):
    (tiny / "countries.geojson").write_text('{"type": "FeatureCollection", "features": [' + feature + "]}")
    assert problems_of(tiny) == [f"countries.geojson: {problem}"]


def test_an_events_file_with_no_rows_is_a_problem(tiny):
    (tiny / "events.csv").write_text(TINY_EVENTS.splitlines()[0] + "\n")
    assert problems_of(tiny) == ["events.csv: -: -: no records: the map needs at least one"]


def test_a_blank_first_line_in_the_trade_table_is_skipped_as_everywhere_else(tiny):
    (tiny / "trade.csv").write_text("\n" + TINY_TRADE)
    assert load(tiny).trade["value_usd"].tolist() == [1_000_000]


def test_a_dataset_without_disagreements_draws_every_table(tmp_path):
    ds = load(write_geodata(tmp_path / "geodata"))  # disagreements.csv has a header and no rows
    assert list(tables.disagreements_table(ds).columns)[:2] == ["Topic", "Record"]
    assert len(tables.corridor_table(apply(ds, Choices.of(ds).default()).corridors)) == 1


def test_a_layer_at_the_feature_limit_draws():
    rows = "".join(f"{40 + i / 10_000},{49 + i / 10_000},p{i}\n" for i in range(userlayers.MAX_FEATURES))
    layer = userlayers.read("many.csv", ("lat,lon,name\n" + rows).encode())
    (deck_layer,) = user_layers((layer,))
    assert len(deck_layer.data["features"]) == userlayers.MAX_FEATURES


@pytest.mark.parametrize("file", ["trade.csv", "events.csv"])
def test_a_column_named_twice_is_a_problem(tiny, file):
    text = (tiny / file).read_text().splitlines()
    (tiny / file).write_text(f"{text[0]},note\n" + "\n".join(f"{line}," for line in text[1:]) + "\n")
    assert problems_of(tiny) == [f"{file}: header: note: column appears more than once"]


@pytest.mark.parametrize("file", ["corridors.geojson", "countries.geojson"])
def test_json_nested_too_deeply_is_a_problem(tiny, file):
    (tiny / file).write_text("[" * 100_000 + "]" * 100_000)
    assert f"{file}: -: -: not valid JSON: nested too deeply" in problems_of(tiny)
