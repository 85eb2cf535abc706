"""Shared fixtures: the bundled dataset, and a tiny valid geodata folder to corrupt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridors.catalog import Dataset, default_geodata, load

ROOT = Path(__file__).resolve().parents[1]

TINY_SOURCES = (
    "id,title,publisher,date,url,type,accessed\n"
    "op,Operator page,Pipeline Co.,2020-01-02,https://example.org/op,operator,2026-11-22\n"
)
TINY_EVENTS = (
    "id,date,kind,title,place,lat,lon,participants,summary,figure_value,figure_unit,corridors,sources,note\n"
    "opening,2010-05-01,infrastructure_opening,Line opened,Baku,40.4,49.9,AZE;TUR,Opened.,,,line,op,\n"
)
TINY_TRADE = (
    "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note\n"
    "AZE,TUR,2010,total,1000000,Customs,actual,shown,op,\n"
)
TINY_DISAGREEMENTS = "id,topic,record,claim_a,source_a,claim_b,source_b,shown,why\n"


def tiny_corridor(**props: object) -> dict:
    base = {
        "id": "line",
        "name": "Test line",
        "short_name": "TL",
        "mode": "rail",
        "status": "operating",
        "opened": 2010,
        "announced": 2005,
        "length_km": 111,
        "capacity": 5,
        "capacity_unit": "million tonnes per year",
        "operator": "Rail Co.",
        "countries": ["AZE"],
        "description": "A line along one degree of latitude.",
        "geometry_quality": "schematic",
        "sources": ["op"],
    }
    base.update(props)
    return {
        "type": "Feature",
        "properties": base,
        "geometry": {"type": "LineString", "coordinates": [[49.0, 40.0], [49.0, 41.0]]},
    }


def write_geodata(root: Path, features: list[dict] | None = None) -> Path:
    """A minimal valid geodata folder in EPSG:4326: one corridor, event, trade row and source."""
    root.mkdir(parents=True, exist_ok=True)
    collection = {"type": "FeatureCollection", "features": features if features is not None else [tiny_corridor()]}
    (root / "corridors.geojson").write_text(json.dumps(collection))
    (root / "events.csv").write_text(TINY_EVENTS)
    (root / "trade.csv").write_text(TINY_TRADE)
    (root / "sources.csv").write_text(TINY_SOURCES)
    (root / "disagreements.csv").write_text(TINY_DISAGREEMENTS)
    square = {"type": "Polygon", "coordinates": [[[48, 39], [50, 39], [50, 42], [48, 42], [48, 39]]]}
    countries = {
        "type": "FeatureCollection",
        "features": [{"type": "Feature", "properties": {"name": "Azerbaijan", "iso_a3": "AZE"}, "geometry": square}],
    }
    (root / "countries.geojson").write_text(json.dumps(countries))
    return root


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    return write_geodata(tmp_path / "geodata")


@pytest.fixture(scope="session")
def ds() -> Dataset:
    return load(default_geodata())


@pytest.fixture(scope="session")
def story(ds: Dataset):
    """The bundled default briefing, loaded without a problem."""
    from corridors.briefing import load as load_briefing

    loaded, problems = load_briefing(default_geodata() / "briefings" / "default.yaml", ds)
    assert problems == []
    return loaded
