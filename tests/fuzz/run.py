"""Running a target: numbered cases from a seed, bounded in cases and time; findings saved to replay."""

from __future__ import annotations

import csv
import random
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.fuzz.mutations import Mutator
from tests.fuzz.targets import Finding, Target

#: The seed of the bounded pass in make test.
SEED = 18


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
