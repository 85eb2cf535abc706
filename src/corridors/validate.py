"""Check a geodata folder and report every problem as ``file: record: field: what is wrong``.

Nothing here raises on bad input: truncated JSON, binary junk, wrong encodings and
missing files all become :class:`Problem` entries, so the CLI and the app can show them.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pacsv
import shapely
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from pyproj import Geod
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from corridors.schema import Corridor, Disagreement, Event, Source, TradeRow

CORRIDORS = "corridors.geojson"
EVENTS = "events.csv"
TRADE = "trade.csv"
SOURCES = "sources.csv"
DISAGREEMENTS = "disagreements.csv"
COUNTRIES = "countries.geojson"

#: Largest gap between traced and published length before the report flags a corridor.
LENGTH_TOLERANCE = 0.15
#: Largest data file read (a guard against a wrong file, well above a million-row trade table).
MAX_FILE_BYTES = 250_000_000
#: Rows named for one bad value in a large table; the rest are counted in one more line.
ROWS_NAMED = 5


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    message: str
    severity: str = "error"

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.field}: {self.message}"


@dataclass(frozen=True)
class LengthCheck:
    id: str
    computed_km: float
    published_km: float | None

    @property
    def gap(self) -> float | None:
        if not self.published_km:
            return None
        return (self.computed_km - self.published_km) / self.published_km

    @property
    def flagged(self) -> bool:
        return self.gap is not None and abs(self.gap) > LENGTH_TOLERANCE


@dataclass
class Report:
    """Outcome of :func:`validate`: the parsed records and everything wrong with them."""

    problems: list[Problem] = field(default_factory=list)
    lengths: list[LengthCheck] = field(default_factory=list)
    corridors: list[tuple[Corridor, BaseGeometry]] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    trade: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(TradeRow.model_fields)))
    sources: list[Source] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    countries: dict[str, Any] | None = None

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def ok(self) -> bool:
        return not self.errors


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


def _repeated(file: str, header: list[str], problems: list[Problem]) -> bool:
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
        if missing or extra or _repeated(path.name, header, problems):
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


def _model_problems(file: str, record: str, exc: ValidationError) -> list[Problem]:
    out = []
    for err in exc.errors():
        where = ".".join(str(part) for part in err["loc"]) or "-"
        out.append(Problem(file, record, where, err["msg"].removeprefix("Value error, ")))
    return out


def _parse_rows(
    file: str, rows: list[tuple[str, dict[str, str]]], model: type[BaseModel], problems: list[Problem]
) -> list[Any]:
    parsed = []
    for label, row in rows:
        try:
            parsed.append(model.model_validate({k: v for k, v in row.items() if v != "" or k == "note"}))
        except ValidationError as exc:
            problems.extend(_model_problems(file, label, exc))
    return parsed


def _field_types(model: type[BaseModel]) -> dict[str, TypeAdapter]:
    config = ConfigDict(str_strip_whitespace=True)
    return {
        name: TypeAdapter(
            Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation, config=config
        )
        for name, info in model.model_fields.items()
    }


def _report_first(file: str, first: list[str], total: int, where: str, message: str, problems: list[Problem]) -> None:
    """One problem for each of the ``first`` few records named, then one line counting the rest of ``total``."""
    for record in first[:ROWS_NAMED]:
        problems.append(Problem(file, record, where, message))
    if total > ROWS_NAMED:
        problems.append(Problem(file, f"{total - ROWS_NAMED:,} more rows", where, message))


def _name_rows(file: str, label, rows: np.ndarray, where: str, message: str, problems: list[Problem]) -> None:
    """Bad rows named by line and ``label(i)``, the first few of them; the rest counted."""
    named = [f"row {row + 2} ({label(row)})" for row in rows[:ROWS_NAMED]]
    _report_first(file, named, len(rows), where, message, problems)


def _read_table(path: Path, text: str, problems: list[Problem]) -> pa.Table | None:
    """All cells as strings; rows with the wrong number of cells reported by line and skipped."""
    file = path.name
    try:
        header = next(row for row in csv.reader(io.StringIO(text, newline="")) if row)  # arrow skips blank lines too
    except (csv.Error, StopIteration) as exc:
        problems.append(Problem(file, "-", "-", f"not valid CSV: {exc}"))
        return None
    short: list[str] = []

    def skip(row) -> str:
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
    _report_first(file, short, len(short), "-", "wrong number of cells", problems)
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
    if missing or extra or _repeated(file, header, problems) or table.num_rows == 0:
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
                _name_rows(file, label, hit, where, message, problems)
            keep[hit] = False
        good = next((v for v in values if v is not None), None)
        typed = pd.Series([good if c in bad_codes else v for c, v in enumerate(values)], dtype=object)
        columns[name] = typed.infer_objects().take(codes).reset_index(drop=True)
    return pd.DataFrame(columns).loc[keep].reset_index(drop=True)


def _shape(geometry: Any) -> BaseGeometry:
    """A GeoJSON geometry as shapely, lines built from coordinate arrays (much faster than ``shape``)."""
    kind = geometry.get("type") if isinstance(geometry, dict) else None
    coords = geometry.get("coordinates") if kind else None
    if kind == "LineString":
        return shapely.linestrings(np.asarray(coords, dtype=float))
    if kind == "MultiLineString":
        return shapely.multilinestrings([shapely.linestrings(np.asarray(c, dtype=float)) for c in coords])
    return shape(geometry)


def _check_geometry(geometry: Any, record: str, problems: list[Problem]) -> BaseGeometry | None:
    try:
        geom = _shape(geometry)
    except Exception as exc:  # shapely raises several types for malformed GeoJSON
        problems.append(Problem(CORRIDORS, record, "geometry", f"not a valid GeoJSON geometry ({exc})"))
        return None
    if geom.geom_type not in ("LineString", "MultiLineString", "Point"):
        problems.append(Problem(CORRIDORS, record, "geometry", f"{geom.geom_type} is not a line or point"))
        return None
    if geom.is_empty or not geom.is_valid:
        reason = "empty" if geom.is_empty else explain_validity(geom)
        problems.append(Problem(CORRIDORS, record, "geometry", f"invalid geometry: {reason}"))
        return None
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        problems.append(Problem(CORRIDORS, record, "geometry", "coordinates out of range (lon -180..180, lat -90..90)"))
        return None
    return geom


def _read_corridors(root: Path, report: Report) -> None:
    data = read_json(root / CORRIDORS, report.problems)
    if data is None:
        return
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        report.problems.append(Problem(CORRIDORS, "-", "type", "must be a GeoJSON FeatureCollection"))
        return
    features = data.get("features")
    if not isinstance(features, list):
        report.problems.append(Problem(CORRIDORS, "-", "features", "must be a list of features"))
        return
    for number, feature in enumerate(features, start=1):
        if not isinstance(feature, dict) or not isinstance(feature.get("properties"), dict):
            report.problems.append(Problem(CORRIDORS, f"feature {number}", "properties", "missing"))
            continue
        record = f"feature {number} ({feature['properties'].get('id', '?')})"
        try:
            props = Corridor.model_validate(feature["properties"])
        except ValidationError as exc:
            report.problems.extend(_model_problems(CORRIDORS, record, exc))
            continue
        geometry = _check_geometry(feature.get("geometry"), record, report.problems)
        if geometry is not None:
            report.corridors.append((props, geometry))


def _country_problem(feature: Any) -> tuple[str, str] | None:
    """What is wrong with one basemap country (field, message), or None: the map draws and labels each one."""
    props = feature.get("properties") if isinstance(feature, dict) else None
    if not isinstance(props, dict) or not all(isinstance(props.get(k), str) for k in ("name", "iso_a3")):
        return "properties", "needs text fields name and iso_a3"
    try:
        geom = shape(feature.get("geometry"))
    except Exception as exc:  # shapely raises several types for malformed GeoJSON
        return "geometry", f"not a valid GeoJSON geometry ({exc})"
    if geom.geom_type not in ("Polygon", "MultiPolygon") or geom.is_empty:
        return "geometry", f"{geom.geom_type} is not a country polygon"
    minx, miny, maxx, maxy = geom.bounds
    if not (-180 <= minx <= maxx <= 180 and -90 <= miny <= maxy <= 90):
        return "geometry", "coordinates out of range (lon -180..180, lat -90..90)"
    return None


def _read_countries(root: Path, problems: list[Problem]) -> dict[str, Any] | None:
    countries = read_json(root / COUNTRIES, problems)
    if countries is None:
        return None
    if not isinstance(countries, dict) or not isinstance(countries.get("features"), list):
        problems.append(Problem(COUNTRIES, "-", "features", "must be a GeoJSON FeatureCollection"))
        return None
    bad = [(n, found) for n, f in enumerate(countries["features"], start=1) if (found := _country_problem(f))]
    for number, (where, message) in bad:
        problems.append(Problem(COUNTRIES, f"feature {number}", where, message))
    return None if bad else countries


def _check_unique(file: str, ids: list[str], problems: list[Problem]) -> None:
    seen: set[str] = set()
    for value in ids:
        if value in seen:
            problems.append(Problem(file, value, "id", "duplicate id"))
        seen.add(value)


def _check_table_references(trade: pd.DataFrame, known: set[str], problems: list[Problem]) -> None:
    """Unknown source ids in the trade table, each named for its first few rows."""
    if trade.empty:
        return
    cited = trade["sources"].explode()
    unknown = cited[~cited.isin(known)]
    labels = trade["reporter"] + "-" + trade["partner"] + "-" + trade["year"].astype(str) + "-" + trade["kind"]
    for source_id, group in unknown.groupby(unknown, sort=True):
        rows = group.index.unique()
        named = [labels.iloc[row] for row in rows[:ROWS_NAMED]]
        _report_first(TRADE, named, len(rows), "sources", f"unknown source id {source_id!r}", problems)


def _check_references(report: Report) -> None:
    known = {s.id for s in report.sources}
    corridor_ids = {c.id for c, _ in report.corridors}
    cited: list[tuple[str, str, list[str]]] = [(CORRIDORS, c.id, c.sources) for c, _ in report.corridors]
    cited += [(EVENTS, e.id, e.sources) for e in report.events]
    cited += [(DISAGREEMENTS, d.id, d.source_a + d.source_b) for d in report.disagreements]
    for file, record, ids in cited:
        for source_id in ids:
            if source_id not in known:
                report.problems.append(Problem(file, record, "sources", f"unknown source id {source_id!r}"))
    _check_table_references(report.trade, known, report.problems)
    for event in report.events:
        for corridor_id in event.corridors:
            if corridor_id not in corridor_ids:
                report.problems.append(Problem(EVENTS, event.id, "corridors", f"unknown corridor id {corridor_id!r}"))


def _check_lengths(report: Report) -> None:
    geod = Geod(ellps="WGS84")
    for corridor, geom in report.corridors:
        if geom.geom_type == "Point":
            continue
        lines = geom.geoms if geom.geom_type == "MultiLineString" else [geom]
        metres = sum(geod.line_length(*shapely.get_coordinates(line).T) for line in lines)
        check = LengthCheck(corridor.id, metres / 1000, corridor.length_km)
        report.lengths.append(check)
        if check.flagged:
            report.problems.append(
                Problem(
                    CORRIDORS,
                    corridor.id,
                    "length_km",
                    f"traced line is {check.computed_km:,.0f} km, {check.gap:+.0%} off the published "
                    f"{check.published_km:,.0f} km",
                    severity="warning",
                )
            )


def validate(root: Path) -> Report:
    """Read and check every file of a geodata folder."""
    report = Report()
    root = Path(root)
    if not root.is_dir():
        report.problems.append(Problem(str(root), "-", "-", "folder not found"))
        return report
    _read_corridors(root, report)
    columns = {EVENTS: list(Event.model_fields), SOURCES: list(Source.model_fields)}
    columns[DISAGREEMENTS] = list(Disagreement.model_fields)
    report.events = _parse_rows(
        EVENTS, read_csv_rows(root / EVENTS, report.problems, columns[EVENTS]), Event, report.problems
    )
    report.trade = parse_table(root / TRADE, TradeRow, report.problems)
    report.sources = _parse_rows(
        SOURCES, read_csv_rows(root / SOURCES, report.problems, columns[SOURCES]), Source, report.problems
    )
    report.disagreements = _parse_rows(
        DISAGREEMENTS,
        read_csv_rows(root / DISAGREEMENTS, report.problems, columns[DISAGREEMENTS]),
        Disagreement,
        report.problems,
    )
    report.countries = _read_countries(root, report.problems)
    for file, records in ((CORRIDORS, report.corridors), (EVENTS, report.events), (TRADE, report.trade)):
        if len(records) == 0 and not any(p.file == file for p in report.problems):
            report.problems.append(Problem(file, "-", "-", "no records: the map needs at least one"))
    _check_unique(CORRIDORS, [c.id for c, _ in report.corridors], report.problems)
    _check_unique(EVENTS, [e.id for e in report.events], report.problems)
    _check_unique(SOURCES, [s.id for s in report.sources], report.problems)
    _check_unique(DISAGREEMENTS, [d.id for d in report.disagreements], report.problems)
    _check_references(report)
    _check_lengths(report)
    return report
