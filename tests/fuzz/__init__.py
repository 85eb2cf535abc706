"""Mutation fuzzer for every reader of user input: layer uploads, briefing files, the data folder, links.

Seeds are real inputs: the upload corpus (tests/files/), the bundled briefing, the data files of
the tiny test folder and of geodata/, and links the app writes. Each case copies a seed and
mutates it: bits flipped, bytes set, cut, inserted, deleted or duplicated; tokens and lines
replaced, dropped or repeated; zip header fields and members damaged; extensions and file
roles swapped. A case passes if the reader returns a usable result (which must then draw) or
refuses with its own message or problem list; any other exception is a *finding*.

Every case has its own seed (run seed, target, case number), so one finding replays alone:
``python -m tests.fuzz --target layers --seed 18 --case 1234``. ``tests/test_fuzz.py`` runs a
bounded pass in ``make test``; ``make fuzz`` runs the same fuzzer for longer.

Modules: :mod:`.mutations` (the mutator), :mod:`.targets` (the readers and what each must do),
:mod:`.run` (cases, runs and findings) and ``__main__`` (the command line).
"""

from __future__ import annotations

from tests.fuzz.mutations import Mutator
from tests.fuzz.run import SEED, Run, case_rng, run, run_one, save
from tests.fuzz.targets import Case, Finding, Target, targets

__all__ = ["SEED", "Case", "Finding", "Mutator", "Run", "Target", "case_rng", "run", "run_one", "save", "targets"]
