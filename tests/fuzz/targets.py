"""The readers under test, their seeds, and what each must do with a mutated input: draw a result, or refuse."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from corridors import briefing, deck, scene, tables, userlayers
from corridors.catalog import DataError, Dataset, load
from corridors.filters import LAYERS, Choices, apply, from_query
from tests.fuzz.mutations import Mutator

ROOT = Path(__file__).resolve().parents[2]
FILES = ROOT / "tests" / "files"
GEODATA = ROOT / "geodata"
DATA_FILES = ("corridors.geojson", "events.csv", "trade.csv", "sources.csv", "disagreements.csv", "countries.geojson")


@dataclass(frozen=True)
class Case:
    name: str
    data: bytes
    role: str = ""  # the file it replaces, for the data folder target


@dataclass
class Finding:
    target: str
    seed: int
    case: int
    name: str
    error: str
    data: bytes = field(repr=False)

    def replay(self) -> str:
        return f"python -m tests.fuzz --target {self.target} --seed {self.seed} --case {self.case}"


class Target:
    """A reader under test: ``make`` builds a mutated case, ``check`` runs it and asserts the contract."""

    name = ""

    def make(self, mutate: Mutator) -> Case:
        raise NotImplementedError

    def check(self, case: Case) -> str:
        """Run the case; return its outcome ("accepted"/"refused"); raise on a broken contract."""
        raise NotImplementedError

    def close(self) -> None:
        """Release anything the target made (temporary folders)."""


class LayerUploads(Target):
    """``userlayers.read`` on the upload corpus and real data files; accepted layers must draw."""

    name = "layers"

    def __init__(self) -> None:
        paths = sorted(p for p in FILES.iterdir() if p.name != "expected.csv")
        paths += [GEODATA / "corridors.geojson", GEODATA / "events.csv"]
        self.seeds = [(p.name, p.read_bytes()) for p in paths]

    def make(self, mutate: Mutator) -> Case:
        name, data = mutate.rng.choice(self.seeds)
        if data.startswith(b"PK") and mutate.rng.random() < 0.7:
            return Case(mutate.name(name), mutate.archive(data))
        return Case(mutate.name(name), mutate.any(data))

    def check(self, case: Case) -> str:
        label = userlayers.clean_text(Path(case.name).name, 60) or "upload"
        try:
            layer = userlayers.read(case.name, case.data)
        except userlayers.Refused as exc:
            text = str(exc)
            assert text.startswith(f"'{label}'") and "\n" not in text and len(text) < 600, text
            return "refused"
        frame = layer.frame
        assert frame.crs.to_epsg() == 4326 and 1 <= len(frame) <= userlayers.MAX_FEATURES
        assert not (frame.geometry.isna() | frame.geometry.is_empty).any()
        (deck_layer,) = deck.user_layers((layer,))
        json.loads(deck_layer.to_json())
        return "accepted"


class BriefingFiles(Target):
    """``briefing.parse`` on the bundled briefing; an accepted briefing must draw one of its views."""

    name = "briefing"

    def __init__(self, ds: Dataset) -> None:
        self.ds = ds
        self.seed = (GEODATA / "briefings" / "default.yaml").read_bytes()

    def make(self, mutate: Mutator) -> Case:
        return Case("mine.yaml", mutate.any(self.seed))

    def check(self, case: Case) -> str:
        loaded, problems = briefing.parse(case.data, self.ds, case.name)
        if loaded is None:
            assert problems and all(str(p).count(": ") >= 3 for p in problems), problems
            return "refused"
        assert not problems
        view = loaded.views[len(case.data) % len(loaded.views)]
        json.loads(deck.build(self.ds, apply(self.ds, view.filters), view.camera).to_json())
        assert briefing.parse(briefing.dump(loaded), self.ds)[0] is not None
        return "accepted"


class DataFolder(Target):
    """``catalog.load`` on a geodata folder with one file mutated or swapped; a loaded dataset must draw.

    Seeds: the ``tiny`` folder of the tests (one record of each kind) and the bundled geodata.
    """

    name = "data"

    def __init__(self, tiny: Path) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="corridors-fuzz-"))
        self.seeds = {
            "tiny": {f: (tiny / f).read_bytes() for f in DATA_FILES},
            "real": {f: (GEODATA / f).read_bytes() for f in DATA_FILES},
        }

    def make(self, mutate: Mutator) -> Case:
        rng = mutate.rng
        kind = "tiny" if rng.random() < 0.7 else "real"
        role = rng.choice(DATA_FILES)
        swap = rng.random() < 0.05  # the wrong file in this place: an "extension swap" for the data folder
        data = self.seeds[kind][rng.choice(DATA_FILES)] if swap else mutate.any(self.seeds[kind][role])
        return Case(kind, data, role)

    def check(self, case: Case) -> str:
        root = self.folder / "geodata"
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir()
        for file, data in self.seeds[case.name].items():
            (root / file).write_bytes(case.data if file == case.role else data)
        try:
            ds = load(root)
        except DataError as exc:
            assert exc.problems and all(str(p).count(": ") >= 3 for p in exc.problems), exc.problems
            return "refused"
        selection = apply(ds, Choices.of(ds).default())
        drawn = scene.build(ds, selection)
        json.loads(deck.of(drawn).to_json())
        assert drawn.legend
        tables.corridor_table(selection.corridors)
        tables.event_table(selection.events)
        tables.trade_series(ds.trade)
        tables.source_index(ds)
        tables.disagreements_table(ds)
        return "accepted"

    def close(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


class Links(Target):
    """Link parameters as the pages read them: filters, briefing step and screen size."""

    name = "links"
    SEEDS = (
        "c=btk,tanap&y=2015-2020&l=corridors,events",
        "m=oil,gas&s=operating&k=AZE,TUR&y=2010",
        "l=none&b=default&s=3&present=1&screen=720",
        "p=tanap&ty=2023&e=lachin-summit-2025",
        "y=1990-2025&c=btc&c=scp&l=labels",
    )

    def __init__(self, ds: Dataset) -> None:
        self.choices = Choices.of(ds)

    def make(self, mutate: Mutator) -> Case:
        return Case("link", mutate.any(mutate.rng.choice(self.SEEDS).encode()))

    def check(self, case: Case) -> str:
        query = case.data.decode("utf-8", errors="replace")
        params = {k: v[-1] for k, v in parse_qs(query, keep_blank_values=True).items()}
        page_keys = ("b", "s", "present", "screen", "p", "e", "ty")
        filters, notices = from_query(params, self.choices, page_keys)
        assert set(filters.corridors) <= set(self.choices.corridors) and set(filters.layers) <= set(LAYERS)
        assert self.choices.years[0] <= filters.year_start <= filters.year_end <= self.choices.years[1]
        assert all(isinstance(n, str) and "\n" not in n for n in notices)
        step, notice = briefing.step_of(params.get("s"), 7)
        assert 0 <= step < 7 and (notice is None or isinstance(notice, str))
        assert briefing.screen_of(params.get("screen")) in briefing.SCREENS
        return "refused" if notices or notice else "accepted"


def targets(ds: Dataset, tiny: Path, names: list[str] | None = None) -> list[Target]:
    """The targets called ``names`` (default: all), on the bundled dataset and the ``tiny`` geodata folder."""
    every: dict[str, Callable[[], Target]] = {
        "layers": LayerUploads,
        "briefing": lambda: BriefingFiles(ds),
        "data": lambda: DataFolder(tiny),
        "links": lambda: Links(ds),
    }
    return [every[name]() for name in (names or list(every))]
