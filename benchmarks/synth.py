"""Synthetic geodata at 10× and 100× the bundled data, in the same schema, from a fixed seed.

Corridors are lines of 1,000 vertices traced through a few random nodes in the region (with a
surveyed-route wiggle of ~200 m); events fall on the bundled event places; trade rows are
pairs × years × HS product codes. Sources, disagreements and the basemap are the bundled ones,
so every record cites a real source id and the folder passes `corridors validate`.

    .venv/bin/python benchmarks/synth.py 10 /tmp/geodata-10x
"""

from __future__ import annotations

import csv
import json
import shutil
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "geodata"
SEED = 20250528  # the Lachin summit

#: (corridors, events, trade rows) at each scale; 1× is the bundled folder itself.
SCALES = {10: (150, 2_000, 10_000), 100: (1_500, 20_000, 1_000_000)}
VERTICES = 1_000
WEST, SOUTH, EAST, NORTH = 27.0, 25.0, 74.0, 45.0
MODES = ["oil", "gas", "electricity", "rail", "road", "multimodal"]
STATUSES = ["operating", "partial", "construction", "planned", "proposed"]
KINDS = ["summit", "ministerial", "agreement", "business_forum", "bilateral_visit", "military_exercise"]
PAIRS = [("AZE", "TUR"), ("AZE", "PAK"), ("TUR", "PAK")]
COUNTRIES = ["AZE", "TUR", "PAK", "GEO", "IRN", "AFG", "TKM", "KAZ"]


def _line(rng: np.random.Generator) -> list[list[float]]:
    nodes = np.column_stack([rng.uniform(WEST, EAST, 5), rng.uniform(SOUTH, NORTH, 5)])
    nodes = nodes[np.argsort(nodes[:, 0])]
    t = np.linspace(0, len(nodes) - 1, VERTICES)
    x = np.interp(t, np.arange(len(nodes)), nodes[:, 0]) + rng.normal(0, 0.002, VERTICES)
    y = np.interp(t, np.arange(len(nodes)), nodes[:, 1]) + rng.normal(0, 0.002, VERTICES)
    return np.round(np.column_stack([x, y]), 5).tolist()


def corridors(n: int, rng: np.random.Generator, source: str) -> dict:
    features = []
    for i in range(n):
        status = STATUSES[i % len(STATUSES)]
        built = status in ("operating", "partial")
        year = int(rng.integers(1995, 2025))
        props = {
            "id": f"syn-{i:05d}",
            "name": f"Synthetic corridor {i}",
            "short_name": f"S{i}",
            "mode": MODES[i % len(MODES)],
            "status": status,
            "opened": year if built else None,
            "announced": year - 3,
            "length_km": None,
            "capacity": float(rng.integers(1, 50)),
            "capacity_unit": "million tonnes per year",
            "operator": "Synthetic operator",
            "countries": sorted({str(c) for c in rng.choice(COUNTRIES, 3)}),
            "description": "Generated for the benchmark.",
            "geometry_quality": "surveyed",
            "sources": [source],
        }
        features.append(
            {"type": "Feature", "properties": props, "geometry": {"type": "LineString", "coordinates": _line(rng)}}
        )
    return {"type": "FeatureCollection", "features": features}


EVENT_COLUMNS = "id,date,kind,title,place,lat,lon,participants,summary,figure_value,figure_unit,corridors,sources,note"
TRADE_COLUMNS = "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note,product"


def _write_csv(path: Path, header: str, rows) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header.split(","))
        w.writerows(rows)


def events(n: int, rng: np.random.Generator, places: list[tuple[str, str, str]]):
    for i in range(n):
        place, lat, lon = places[i % len(places)]
        day = f"{int(rng.integers(1992, 2026))}-{int(rng.integers(1, 13)):02d}-{int(rng.integers(1, 29)):02d}"
        who = ";".join(sorted({str(c) for c in rng.choice(["AZE", "TUR", "PAK"], 2)}))
        kind = KINDS[i % len(KINDS)]
        yield [f"syn-e-{i:06d}", day, kind, f"Synthetic {kind} {i}", place, lat, lon, who, "Generated.", "", ""]


def trade(n: int, rng: np.random.Generator, source: str):
    years = range(1992, 2026)
    per_year = -(-n // (len(PAIRS) * len(years)))
    codes = [f"{c:06d}" for c in rng.choice(np.arange(10_000, 999_999), per_year, replace=False)]
    values = np.round(rng.lognormal(13, 2, n), 0) + 1
    rows = ((r, p, y, c) for r, p in PAIRS for y in years for c in codes)
    for i, (reporter, partner, year, code) in zip(range(n), rows, strict=False):
        yield [
            reporter,
            partner,
            year,
            "total",
            f"{values[i]:.0f}",
            "Synthetic customs",
            "actual",
            "shown",
            source,
            "",
            code,
        ]


def write(scale: int, out: Path) -> Path:
    """Write the geodata folder for ``scale`` (10 or 100) to ``out`` and return it."""
    n_corridors, n_events, n_trade = SCALES[scale]
    rng = np.random.default_rng(SEED + scale)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("sources.csv", "disagreements.csv", "countries.geojson"):
        shutil.copy(BUNDLED / name, out / name)
    with (BUNDLED / "sources.csv").open(encoding="utf-8") as f:
        source = next(csv.DictReader(f))["id"]
    with (BUNDLED / "events.csv").open(encoding="utf-8") as f:
        places = sorted({(r["place"], r["lat"], r["lon"]) for r in csv.DictReader(f)})
    (out / "corridors.geojson").write_text(json.dumps(corridors(n_corridors, rng, source)), encoding="utf-8")
    _write_csv(out / "events.csv", EVENT_COLUMNS, (row + ["", source, ""] for row in events(n_events, rng, places)))
    _write_csv(out / "trade.csv", TRADE_COLUMNS, trade(n_trade, rng, source))
    return out


if __name__ == "__main__":
    write(int(sys.argv[1]), Path(sys.argv[2]))
