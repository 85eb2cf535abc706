"""``python -m tests.fuzz``: the long run of ``make fuzz`` (FUZZ_SECONDS, FUZZ_CASES, FUZZ_SEED), or one case."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from corridors.catalog import default_geodata, load
from tests.fixtures import write_geodata
from tests.fuzz.mutations import Mutator
from tests.fuzz.run import WEIGHTS, case_rng, run, save
from tests.fuzz.targets import ROOT, targets


def main(argv: list[str] | None = None) -> int:
    """Fuzz every target (or the chosen ones) for a while, or replay one case with its traceback; 1 on findings."""
    parser = argparse.ArgumentParser(description="Mutation fuzzing of every reader of user input (see make fuzz).")
    parser.add_argument("--seconds", type=float, default=float(os.environ.get("FUZZ_SECONDS", 600)))
    parser.add_argument("--cases", type=int, default=int(os.environ.get("FUZZ_CASES", 10**9)))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("FUZZ_SEED") or time.time_ns() % 10**6))
    parser.add_argument("--target", action="append", choices=["layers", "briefing", "data", "links"])
    parser.add_argument("--case", type=int, help="replay this one case (with --target and --seed)")
    parser.add_argument("--out", type=Path, default=ROOT / "fuzz-findings")
    args = parser.parse_args(argv)
    ds = load(default_geodata())
    with tempfile.TemporaryDirectory() as folder:  # the targets keep the seeds' bytes, not the folder
        chosen = targets(ds, write_geodata(Path(folder) / "geodata"), args.target)
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
