"""Reading data files without ever raising: bad bytes, encodings, JSON and CSV become problems."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from corridors.validate.problems import MAX_FILE_BYTES, Problem


def read_text(path: Path, problems: list[Problem]) -> str | None:
    """File contents as UTF-8 text, or None with a problem explaining why not."""
    name = path.name
    if not path.is_file():
        problems.append(Problem(name, "-", "-", f"file not found at {path}"))
        return None
    raw = path.read_bytes()
    if len(raw) > MAX_FILE_BYTES:
        problems.append(Problem(name, "-", "-", f"file is {len(raw):,} bytes; the limit is {MAX_FILE_BYTES:,}"))
        return None
    if not raw.strip():
        problems.append(Problem(name, "-", "-", "file is empty"))
        return None
    if b"\x00" in raw:
        problems.append(Problem(name, "-", "-", "file is binary, not text"))
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, "-", "-", f"not UTF-8 text (bad byte at position {exc.start})"))
        return None


def repeated(file: str, header: Sequence[str], problems: list[Problem]) -> bool:
    """A column named twice in the header is a problem (which of the two would count?)."""
    twice = sorted({str(c) for c in header if header.count(c) > 1})
    if twice:
        problems.append(Problem(file, "header", ", ".join(twice), "column appears more than once"))
    return bool(twice)


def read_csv_rows(path: Path, problems: list[Problem], columns: list[str]) -> list[tuple[str, dict[str, str]]]:
    """Rows of a CSV file as (label, row) pairs; missing or extra columns become problems."""
    text = read_text(path, problems)
    if text is None:
        return []
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        header = reader.fieldnames or []
        missing = [c for c in columns if c not in header]
        extra = [c for c in header if c not in columns]
        if missing or extra or repeated(path.name, header, problems):
            if missing:
                problems.append(Problem(path.name, "header", ", ".join(missing), "missing column"))
            if extra:
                problems.append(Problem(path.name, "header", ", ".join(map(str, extra)), "unknown column"))
            return []
        rows = []
        for number, row in enumerate(reader, start=2):
            if None in row or None in row.values():
                problems.append(Problem(path.name, f"row {number}", "-", "wrong number of cells"))
                continue
            rows.append((f"row {number} ({row.get('id') or row.get(columns[0])})", row))
        return rows
    except csv.Error as exc:
        problems.append(Problem(path.name, "-", "-", f"not valid CSV: {exc}"))
        return []


def read_json(path: Path, problems: list[Problem]) -> Any | None:
    text = read_text(path, problems)
    if text is None:
        return None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problems.append(Problem(path.name, "-", "-", f"not valid JSON: {exc.msg} at line {exc.lineno}"))
        return None
    except RecursionError:
        problems.append(Problem(path.name, "-", "-", "not valid JSON: nested too deeply"))
        return None


def model_problems(file: str, record: str, exc: ValidationError) -> list[Problem]:
    out = []
    for err in exc.errors():
        where = ".".join(str(part) for part in err["loc"]) or "-"
        out.append(Problem(file, record, where, err["msg"].removeprefix("Value error, ")))
    return out


def parse_rows(
    file: str, rows: list[tuple[str, dict[str, str]]], model: type[BaseModel], problems: list[Problem]
) -> list[Any]:
    parsed = []
    for label, row in rows:
        try:
            parsed.append(model.model_validate({k: v for k, v in row.items() if v != "" or k == "note"}))
        except ValidationError as exc:
            problems.extend(model_problems(file, label, exc))
    return parsed
