"""Large tables (trade.csv) checked column by column: each distinct value once, bad rows named and dropped."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError

from corridors.validate.problems import Problem, name_rows, report_first
from corridors.validate.readers import read_text, repeated


def _field_types(model: type[BaseModel]) -> dict[str, TypeAdapter[Any]]:
    """A validator for each field of ``model`` on its own (type and constraints, whitespace stripped)."""
    config = ConfigDict(str_strip_whitespace=True)
    adapters: dict[str, TypeAdapter[Any]] = {}
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        adapters[name] = TypeAdapter(
            Annotated[annotation, *info.metadata] if info.metadata else annotation, config=config
        )
    return adapters


def _read_table(path: Path, text: str, problems: list[Problem]) -> pa.Table | None:
    """All cells as strings; rows with the wrong number of cells reported by line and skipped."""
    file = path.name
    try:
        header = next(row for row in csv.reader(io.StringIO(text, newline="")) if row)  # arrow skips blank lines too
    except (csv.Error, StopIteration) as exc:
        problems.append(Problem(file, "-", "-", f"not valid CSV: {exc}"))
        return None
    short: list[str] = []

    def skip(row: Any) -> str:  # a pyarrow InvalidRow
        short.append(f"row {row.number} ({row.text.split(',', 1)[0]})")
        return "skip"

    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(use_threads=False),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=skip),
            convert_options=pacsv.ConvertOptions(
                column_types=dict.fromkeys(header, pa.string()),
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, ValueError) as exc:
        problems.append(Problem(file, "-", "-", f"not valid CSV: {str(exc).strip().splitlines()[0]}"))
        return None
    if not all(pa.types.is_string(t) for t in table.schema.types):  # arrow read another line as the header
        problems.append(Problem(file, "header", "-", "not valid CSV: the header line cannot be read"))
        return None
    report_first(file, short, len(short), "-", "wrong number of cells", problems)
    return table


def parse_table(path: Path, model: type[BaseModel], problems: list[Problem]) -> pd.DataFrame:
    """A large CSV checked column by column against ``model``'s field types: each distinct value once.

    Same rules and messages as the row-by-row check (the model must have no cross-field rules);
    columns with a default may be left out of the header. Bad rows are reported and dropped.
    """
    file, fields = path.name, model.model_fields
    empty = pd.DataFrame(columns=list(fields))
    text = read_text(path, problems)
    table = None if text is None else _read_table(path, text, problems)
    if table is None:
        return empty
    header = table.column_names
    missing = [n for n, info in fields.items() if info.is_required() and n not in header]
    extra = [c for c in header if c not in fields]
    if missing:
        problems.append(Problem(file, "header", ", ".join(missing), "missing column"))
    if extra:
        problems.append(Problem(file, "header", ", ".join(extra), "unknown column"))
    if missing or extra or repeated(file, header, problems) or table.num_rows == 0:
        return empty
    first = table.column(0)

    def label(row: int) -> str:
        return first[int(row)].as_py()

    keep = np.ones(table.num_rows, dtype=bool)
    columns = {}
    for name, adapter in _field_types(model).items():
        info = fields[name]
        if name in header:
            encoded = table.column(name).combine_chunks().dictionary_encode()
            codes, distinct = encoded.indices.to_numpy(), encoded.dictionary.to_pylist()
        else:
            codes, distinct = np.zeros(table.num_rows, dtype=np.int32), [""]
        values: list[Any] = []
        bad_codes: list[int] = []
        for code, raw in enumerate(distinct):
            if raw == "" and name != "note":  # a blank cell is a missing value, as in the row-by-row check
                if not info.is_required():
                    values.append(info.get_default(call_default_factory=True))
                    continue
                bad = [(name, "Field required")]
            else:
                try:
                    values.append(adapter.validate_python(raw))
                    continue
                except ValidationError as exc:
                    bad = [
                        (".".join([name, *map(str, e["loc"])]), e["msg"].removeprefix("Value error, "))
                        for e in exc.errors()
                    ]
            values.append(None)
            bad_codes.append(code)
            hit = np.flatnonzero(codes == code)
            for where, message in bad:
                name_rows(file, label, hit, where, message, problems)
            keep[hit] = False
        good = next((v for v in values if v is not None), None)
        typed = pd.Series([good if c in bad_codes else v for c, v in enumerate(values)], dtype=object)
        columns[name] = typed.infer_objects().take(codes).reset_index(drop=True)
    return pd.DataFrame(columns).loc[keep].reset_index(drop=True)
