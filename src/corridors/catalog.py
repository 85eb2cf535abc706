"""The dataset as the app uses it: validated records in read-only pandas/GeoPandas frames."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd
from pydantic import BaseModel

from corridors import participants
from corridors.schema import Disagreement, Event, Source, parse_date_range
from corridors.validate import Problem, Report, validate

#: Capitals used as arc ends for trade between the partners.
CAPITALS: dict[str, tuple[str, float, float]] = {
    "AZE": ("Baku", 40.4093, 49.8671),
    "TUR": ("Ankara", 39.9334, 32.8597),
    "PAK": ("Islamabad", 33.6844, 73.0479),
}
FOCUS_COUNTRIES = tuple(CAPITALS)


def default_geodata() -> Path:
    """The bundled geodata folder (next to src/ in a checkout)."""
    return Path(__file__).resolve().parents[2] / "geodata"


def geodata_root() -> Path:
    """The geodata folder the app runs on: ``CORRIDORS_GEODATA`` (a user's copy, or tests), else the bundled one."""
    return Path(os.environ.get("CORRIDORS_GEODATA") or default_geodata())


def signature(root: Path) -> tuple[tuple[str, float], ...]:
    """Names and modification times of the folder's files: a new value whenever a file changes."""
    return tuple(sorted((p.name, p.stat().st_mtime) for p in root.glob("*") if p.is_file()))


class DataError(Exception):
    """The geodata folder has errors; ``problems`` lists them all."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the geodata, first: {problems[0]}")


#: Lines with more vertices than this are simplified for drawing (the files keep every vertex).
MAX_DRAWN_VERTICES = 200
#: Simplification tolerance in degrees (~1 km): under a pixel up to zoom 6 or so.
DRAW_TOLERANCE = 0.01


def screen_paths(geometry: Any) -> list[list[list[float]]]:
    """Paths of a (Multi)LineString as plain lists rounded to ~100 m, long lines simplified."""
    lines = geometry.geoms if geometry.geom_type == "MultiLineString" else [geometry]
    out = []
    for line in lines:
        if len(line.coords) > MAX_DRAWN_VERTICES:
            line = line.simplify(DRAW_TOLERANCE, preserve_topology=False)
        out.append([[round(x, 3), round(y, 3)] for x, y in line.coords])
    return out


@dataclass(frozen=True)
class Dataset:
    corridors: gpd.GeoDataFrame
    events: pd.DataFrame
    trade: pd.DataFrame
    sources: pd.DataFrame
    disagreements: pd.DataFrame
    countries: dict[str, Any]
    warnings: tuple[Problem, ...] = ()
    #: Drawing paths of every line corridor by id, computed once (see :func:`screen_paths`).
    paths: dict[str, list[list[list[float]]]] = field(default_factory=dict, compare=False, repr=False)
    #: The language the frames' text is in (see :func:`corridors.translations.localize`).
    lang: str = "en"
    #: Translations of the data by language: {(record, field): text} (geodata/translations.csv).
    translations: dict[str, dict[tuple[str, str], str]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def years(self) -> tuple[int, int]:
        """First and last year any record touches: the range of the Year slider."""
        firsts = [
            int(self.corridors["since"].min()),
            int(self.events["start"].dt.year.min()),
            int(self.trade["year"].min()),
        ]
        lasts = [int(self.events["end"].dt.year.max()), int(self.trade["year"].max())]
        return min(firsts), max(lasts)


def _frame(records: list[Any], model: type[BaseModel]) -> pd.DataFrame:
    """Records as a frame; an empty file still gives the model's columns (no disagreements is valid)."""
    return pd.DataFrame([r.model_dump() for r in records], columns=list(model.model_fields))


#: What makes two trade rows the same measure; product lines with the same key are summed.
TRADE_KEY = ["reporter", "partner", "year", "flow", "kind", "claim"]


def product_totals(trade: pd.DataFrame) -> pd.DataFrame:
    """Trade rows with product lines (HS codes) summed into one row per pair, year and measure.

    A total given in the file (blank product) wins over the sum of its product lines, so
    nothing is counted twice. The app draws and tabulates these totals.
    """
    if "product" not in trade or not (trade["product"] != "").any():
        return trade.drop(columns="product", errors="ignore").reset_index(drop=True)
    is_line = trade["product"] != ""
    totals, lines = trade[~is_line], trade[is_line]
    summed = lines.groupby(TRADE_KEY, sort=False).agg(
        value_usd=("value_usd", "sum"),
        basis=("basis", "first"),
        sources=("sources", lambda s: sorted({i for ids in s for i in ids})),
        lines=("product", "size"),
    )
    summed["note"] = "Sum of " + summed.pop("lines").map("{:,}".format) + " product lines."
    summed = summed.reset_index()
    given = pd.MultiIndex.from_frame(totals[TRADE_KEY])
    summed = summed[~pd.MultiIndex.from_frame(summed[TRADE_KEY]).isin(given)]
    out = pd.concat([totals.drop(columns="product"), summed], ignore_index=True)
    return out[[c for c in trade.columns if c != "product"]]


def from_report(report: Report) -> Dataset:
    """Build the frames from a report that has no errors."""
    if not report.ok:
        raise DataError(report.errors)
    rows = []
    for corridor, geometry in report.corridors:
        rows.append({**corridor.model_dump(), "since": corridor.since, "geometry": geometry})
    corridors = gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")
    events = _frame(report.events, Event)
    events["participants"] = events["participants"].map(participants.ordered)  # one order everywhere
    spans = [parse_date_range(d) for d in events["date"]]
    events["start"] = pd.to_datetime([s for s, _ in spans])
    events["end"] = pd.to_datetime([e for _, e in spans])
    trade = product_totals(report.trade)
    trade["pair"] = trade["reporter"] + "–" + trade["partner"]
    return Dataset(
        corridors=corridors,
        events=events,
        trade=trade,
        sources=_frame(report.sources, Source).set_index("id", drop=False),
        disagreements=_frame(report.disagreements, Disagreement),
        countries=report.countries or {"type": "FeatureCollection", "features": []},
        warnings=tuple(p for p in report.problems if p.severity != "error"),
        paths={c.id: screen_paths(g) for c, g in report.corridors if g.geom_type != "Point"},
        translations=report.translations,
    )


def load(root: Path | None = None) -> Dataset:
    """Validate and load a geodata folder; raise :class:`DataError` listing every problem."""
    return from_report(validate(root or default_geodata()))
