"""Mutation fuzzer for every reader of user input: layer uploads, briefing files, the data folder, links.

Seeds are real inputs: the upload corpus (tests/files/), the bundled briefing, the data files of
the tiny test folder and of geodata/, and links the app writes. Each case copies a seed and
mutates it: bits flipped, bytes set, cut, inserted, deleted or duplicated; tokens and lines
replaced, dropped or repeated; zip header fields and members damaged; extensions and file
roles swapped. A case passes if the reader returns a usable result (which must then draw) or
refuses with its own message or problem list; any other exception is a *finding*.

Every case has its own seed (run seed, target, case number), so one finding replays alone:
``python -m tests.fuzzing --target layers --seed 18 --case 1234``. ``tests/test_fuzz.py`` runs a
bounded pass in ``make test``; ``make fuzz`` runs the same fuzzer for longer.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

from corridors import briefing, layers, tables, userlayers
from corridors.catalog import DataError, Dataset, load
from corridors.filters import LAYERS, Choices, apply, from_query
from tests.conftest import write_geodata

ROOT = Path(__file__).resolve().parents[1]
FILES = ROOT / "tests" / "files"
GEODATA = ROOT / "geodata"
DATA_FILES = ("corridors.geojson", "events.csv", "trade.csv", "sources.csv", "disagreements.csv", "countries.geojson")
SEED = 18

# --- mutations -------------------------------------------------------------------------------

INTERESTING_BYTES = (0x00, 0xFF, 0x7F, 0x80, 0x20, 0x0A, 0x0D, 0x22, 0x2C, 0x7B, 0x7D, 0x5B, 0x3A, 0x2D)
INTERESTING_TEXT = (
    "",
    "0",
    "-1",
    "-0",
    "1e309",
    "-1e309",
    "NaN",
    "inf",
    "9" * 40,
    "0.000000000000000000001",
    "null",
    "true",
    "[]",
    "{}",
    '"',
    "'",
    ",",
    ";",
    ":",
    "\n",
    "\r",
    "\t",
    "\x00",
    "é",
    "\u202e",
    "𝔘",
    "\ufeff",
    "<script>",
    "&amp;",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "1900",
    "EPSG:3857",
    "x" * 3000,
    "- a\n- b",
    "*anchor",
    "&anchor [1]",
    "!!python/object:os.system",
    "?",
    "%",
    "²",
    "٣",
    "1_000",
    " 7 ",
    "[" * 1100,  # deeper than Python's recursion limit
)
#: Header fields of a zip, as (offset, width) by signature: versions, flags, method, CRC, sizes, name
#: and extra lengths, member offsets, and the end record's counts and directory size and offset.
ZIP_FIELDS = {
    b"PK\x03\x04": ((4, 2), (6, 2), (8, 2), (14, 4), (18, 4), (22, 4), (26, 2), (28, 2)),
    b"PK\x01\x02": ((4, 2), (6, 2), (8, 2), (10, 2), (16, 4), (20, 4), (24, 4), (28, 2), (30, 2), (32, 2), (34, 2)),
    b"PK\x05\x06": ((4, 2), (6, 2), (8, 2), (10, 2), (12, 4), (16, 4), (20, 2)),
}
ZIP_VALUES = (0, 1, 0xFF, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 9, 12, 14, 63, 64, 99)
NAMES = ("../../x", "/abs", "C:\\x", "a.zip", "dup", "__MACOSX/._s", "ü\u202e", "x" * 300, "", ".")
SUFFIXES = (*userlayers.SUFFIXES, ".txt", ".kml", ".shp", ".GEOJSON", ".Zip", "")


class Mutator:
    """Seeded mutations of bytes, text and zip archives (all deterministic for a given ``random.Random``)."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def binary(self, data: bytes, rounds: int | None = None) -> bytes:
        rng, out = self.rng, bytearray(data)
        for _ in range(rounds or rng.randint(1, 4)):
            op, at = rng.randrange(7), rng.randrange(len(out) + 1)
            if op == 0 and out:
                out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
            elif op == 1 and out:
                out[min(at, len(out) - 1)] = rng.choice(INTERESTING_BYTES)
            elif op == 2:
                del out[at:]  # truncation
            elif op == 3:
                out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
            elif op == 4:
                del out[at : at + rng.randint(1, 64)]
            elif op == 5 and out:
                start = rng.randrange(len(out))
                out[at:at] = out[start : start + rng.randint(1, 256)]  # a chunk repeated elsewhere
            else:
                out[at:at] = rng.choice(INTERESTING_TEXT).encode("utf-8")
        return bytes(out)

    def text(self, data: bytes) -> bytes:
        """Token and line mutations that keep most of the structure, so deeper checks run."""
        rng = self.rng
        text = data.decode("utf-8", errors="surrogateescape")
        for _ in range(rng.randint(1, 3)):
            op = rng.randrange(5)
            tokens = list(re.finditer(r"[A-Za-z0-9_.+\-]+", text))
            lines = text.split("\n")
            if op <= 1 and tokens:
                token = rng.choice(tokens)
                other = rng.choice(tokens).group() if op == 1 else rng.choice(INTERESTING_TEXT)
                text = text[: token.start()] + other + text[token.end() :]
            elif op == 2 and len(lines) > 1:
                del lines[rng.randrange(len(lines))]
                text = "\n".join(lines)
            elif op == 3 and lines:
                at = rng.randrange(len(lines))
                lines.insert(rng.randrange(len(lines) + 1), lines[at])
                text = "\n".join(lines)
            elif len(lines) > 1:
                a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[a], lines[b] = lines[b], lines[a]
                text = "\n".join(lines)
        out = text.encode("utf-8", errors="surrogateescape")
        return self.binary(out, 1) if rng.random() < 0.3 else out

    def any(self, data: bytes) -> bytes:
        return self.text(data) if self.rng.random() < 0.6 else self.binary(data)

    def archive(self, data: bytes) -> bytes:
        """A zip with a header field changed, or re-zipped with one member damaged, renamed or recompressed."""
        rng = self.rng
        if rng.random() < 0.5:
            headers = [(m.start(), sig) for sig in ZIP_FIELDS for m in re.finditer(re.escape(sig), data)]
            if headers:
                start, sig = rng.choice(headers)
                offset, width = rng.choice(ZIP_FIELDS[sig])
                value = rng.choice(ZIP_VALUES) if rng.random() < 0.7 else rng.randrange(1 << (8 * width))
                out = bytearray(data)
                packed = struct.pack("<I" if width == 4 else "<H", value & ((1 << (8 * width)) - 1))
                out[start + offset : start + offset + width] = packed
                return bytes(out)
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                big = any(info.file_size > 1_000_000 for info in zf.infolist())
                files = {} if big else {info.filename: zf.read(info) for info in zf.infolist()}
        except Exception:
            return self.binary(data)
        if not files:  # unreadable, empty or a bomb: damage the bytes instead of unpacking them
            return self.binary(data)
        name = rng.choice(sorted(files))
        op = rng.randrange(4)
        if op == 0:
            files[name] = self.any(files[name])
        elif op == 1:
            files[rng.choice(NAMES) + name[-4:]] = files.pop(name)
        elif op == 2:
            files[name[:-4] + rng.choice((".SHP", ".dbf", ".zip", ".prj", ".cpg", ".shx"))] = self.binary(files[name])
        buffer = io.BytesIO()
        method = rng.choice((zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA))
        with zipfile.ZipFile(buffer, "w", compression=method) as zf:
            for member, content in files.items():
                zf.writestr(member or "x", content)
        return buffer.getvalue()

    def name(self, name: str) -> str:
        """The upload's name: mostly kept, sometimes with another extension or a hostile stem."""
        rng = self.rng
        stem, suffix = Path(name).stem, Path(name).suffix
        roll = rng.random()
        if roll < 0.12:
            suffix = rng.choice(SUFFIXES)
        elif roll < 0.18:
            stem = rng.choice(NAMES)
        return stem + suffix


# --- targets ---------------------------------------------------------------------------------


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
        return f"python -m tests.fuzzing --target {self.target} --seed {self.seed} --case {self.case}"


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
        (deck_layer,) = layers.user_layers((layer,))
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
        json.loads(layers.build_deck(self.ds, apply(self.ds, view.filters), view.camera).to_json())
        assert briefing.parse(briefing.dump(loaded), self.ds)[0] is not None
        return "accepted"


class DataFolder(Target):
    """``catalog.load`` on a geodata folder with one file mutated or swapped; a loaded dataset must draw."""

    name = "data"

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="corridors-fuzz-"))
        tiny = write_geodata(self.folder / "tiny-seed")
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
        choices = Choices.of(ds)
        selection = apply(ds, choices.default())
        json.loads(layers.build_deck(ds, selection).to_json())
        layers.legend(selection)
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


# --- the run ---------------------------------------------------------------------------------


@dataclass
class Run:
    target: str
    cases: int = 0
    outcomes: dict[str, int] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)
    seconds: float = 0.0


def case_rng(seed: int, target: str, case: int) -> random.Random:
    return random.Random(f"{seed}:{target}:{case}")


def run_one(target: Target, seed: int, case: int) -> tuple[str, Finding | None]:
    """Build and check one case; an exception other than the reader's own refusal is a finding."""
    made = target.make(Mutator(case_rng(seed, target.name, case)))
    try:
        return target.check(made), None
    except Exception as exc:
        error = f"{type(exc).__name__}: {str(exc)[:300]}"
        return "finding", Finding(target.name, seed, case, made.name, error, made.data)


def run(target: Target, seed: int = SEED, cases: int = 1000, seconds: float = 10.0, at_least: int = 0) -> Run:
    """Check up to ``cases`` cases, stopping after ``seconds`` once ``at_least`` cases have run.

    Cases are numbered from 0, so the first ``at_least`` are the same on every machine however busy.
    """
    result, start = Run(target.name), time.monotonic()
    for case in range(cases):
        if case >= at_least and time.monotonic() - start > seconds:
            break
        outcome, finding = run_one(target, seed, case)
        result.cases += 1
        result.outcomes[outcome] = result.outcomes.get(outcome, 0) + 1
        if finding:
            result.findings.append(finding)
    result.seconds = time.monotonic() - start
    return result


def targets(ds: Dataset, names: list[str] | None = None) -> list[Target]:
    every: dict[str, Callable[[], Target]] = {
        "layers": LayerUploads,
        "briefing": lambda: BriefingFiles(ds),
        "data": DataFolder,
        "links": lambda: Links(ds),
    }
    return [every[name]() for name in (names or list(every))]


#: Share of a long run's time per target: uploads are the widest surface, links the cheapest.
WEIGHTS = {"layers": 4, "data": 3, "briefing": 2, "links": 1}


def save(findings: list[Finding], out: Path) -> None:
    """Each finding's input as a file, and findings.csv with the error and the command that replays it."""
    out.mkdir(parents=True, exist_ok=True)
    index = out / "findings.csv"
    new = not index.exists()
    with index.open("a", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        if new:
            writer.writerow(["file", "target", "name", "error", "replay"])
        for finding in findings:
            suffix = Path(finding.name).suffix if finding.target == "layers" else ".bin"
            file = f"{finding.target}-{finding.seed}-{finding.case}{suffix[:10]}"
            (out / file).write_bytes(finding.data)
            writer.writerow([file, finding.target, finding.name, finding.error, finding.replay()])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mutation fuzzing of every reader of user input (see make fuzz).")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 600)))
    parser.add_argument("--cases", type=int, default=int(os.environ.get("FUZZ_CASES", 10**9)))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED") or time.time_ns() % 10**6))
    parser.add_argument("--target", action="append", choices=["layers", "briefing", "data", "links"])
    parser.add_argument("--case", type=int, help="replay this one case (with --target and --seed)")
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz-findings")
    args = parser.parse_args(argv)
    from corridors.catalog import default_geodata

    ds = load(default_geodata())
    chosen = targets(ds, args.target)
    if args.case is not None:  # replay one case with its full traceback
        for target in chosen:
            made = target.make(Mutator(case_rng(args.seed, target.name, args.case)))
            print(f"{target.name} case {args.case}: {made.name} {made.role} ({len(made.data):,} bytes)")
            print(target.check(made))
            target.close()
        return 0
    weights = sum(WEIGHTS[t.name] for t in chosen)
    print(f"fuzzing with seed {args.seed} for {args.seconds:.0f} s; findings go to {args.out}")
    found = 0
    for target in chosen:
        result = run(target, args.seed, args.cases, args.seconds * WEIGHTS[target.name] / weights)
        target.close()
        outcomes = ", ".join(f"{n:,} {k}" for k, n in sorted(result.outcomes.items()))
        print(f"{target.name:9s} {result.cases:8,} cases in {result.seconds:6.1f} s: {outcomes}")
        for finding in result.findings:
            print(f"  FINDING {finding.error}\n    replay: {finding.replay()}")
        if result.findings:
            save(result.findings, args.out)
        found += len(result.findings)
    print(f"{found} finding(s)" + (f"; inputs saved in {args.out}" if found else ""))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
