"""`corridors validate`: the bundled data passes, and every kind of corruption is named."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corridors.validate import validate
from tests.fixtures import GEODATA, tiny_corridor, write_geodata


def messages(root: Path) -> list[str]:
    return [str(p) for p in validate(root).errors]


def test_bundled_geodata_has_no_errors_and_every_record_cites_a_known_source():
    report = validate(GEODATA)
    assert report.errors == []
    known = {s.id for s in report.sources}
    cited = {s for c, _ in report.corridors for s in c.sources} | {s for e in report.events for s in e.sources}
    cited |= set(report.trade["sources"].explode())
    assert cited <= known
    assert report.corridors and report.events and not report.trade.empty


def test_small_fixture_is_valid(small_root):
    report = validate(small_root)
    assert report.problems == []
    assert [c.id for c, _ in report.corridors] == ["oil-line", "gas-line", "rail-line", "airport"]


def test_tiny_fixture_is_valid(tiny):
    assert messages(tiny) == []


@pytest.mark.parametrize(
    ("file", "content", "expected"),
    [
        (
            "corridors.geojson",
            b'{"type": "FeatureCollection", "features": [',
            "corridors.geojson: -: -: not valid JSON",
        ),
        ("events.csv", b"", "events.csv: -: -: file is empty"),
        ("trade.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary", "trade.csv: -: -: file is binary, not text"),
        ("sources.csv", "id,title\nop,Caf\xe9".encode("latin-1"), "sources.csv: -: -: not UTF-8 text"),
        ("events.csv", b"id,date\nx,2020\n", "events.csv: header: kind, title"),
        ("corridors.geojson", b"[1, 2, 3]", "corridors.geojson: -: type: must be a GeoJSON FeatureCollection"),
    ],
    ids=["truncated-json", "empty-file", "binary-junk", "wrong-encoding", "missing-columns", "not-a-collection"],
)
def test_broken_files_are_reported_by_name(tiny, file, content, expected):
    (tiny / file).write_bytes(content)
    found = messages(tiny)
    assert any(m.startswith(expected) for m in found), found


def test_missing_file_is_reported(tiny):
    (tiny / "trade.csv").unlink()
    assert any(m.startswith("trade.csv: -: -: file not found") for m in messages(tiny))


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        ({"opened": "soon"}, "corridors.geojson: feature 1 (line): opened: Input should be a valid integer"),
        ({"mode": "teleport"}, "corridors.geojson: feature 1 (line): mode: Input should be"),
        ({"countries": ["XXX"]}, "corridors.geojson: feature 1 (line): countries: 'XXX' is not an ISO 3166"),
        ({"capacity_unit": ""}, "corridors.geojson: feature 1 (line): -: capacity_unit is required"),
        ({"sources": ["nobody"]}, "corridors.geojson: line: sources: unknown source id 'nobody'"),
        ({"length_km": -5}, "corridors.geojson: feature 1 (line): length_km: Input should be greater than 0"),
        ({"status": "planned", "announced": None}, "corridors.geojson: feature 1 (line): -: a 'planned' corridor"),
    ],
    ids=[
        "wrong-type",
        "unknown-mode",
        "bad-iso-code",
        "unit-missing",
        "unknown-source",
        "negative-length",
        "planned-without-year",
    ],
)
def test_bad_corridor_fields_are_named(tiny, props, expected):
    write_geodata(tiny, [tiny_corridor(**props)])
    found = messages(tiny)
    assert any(m.startswith(expected) for m in found), found


def test_bad_geometry_is_named(tiny):
    feature = tiny_corridor()
    feature["geometry"] = {"type": "LineString", "coordinates": [[49.0, 40.0], [200.0, 95.0]]}
    write_geodata(tiny, [feature])
    assert "corridors.geojson: feature 1 (line): geometry: coordinates out of range" in messages(tiny)[0]


def test_polygon_is_not_a_corridor(tiny):
    feature = tiny_corridor()
    feature["geometry"] = {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}
    write_geodata(tiny, [feature])
    assert messages(tiny)[0] == "corridors.geojson: feature 1 (line): geometry: Polygon is not a line or point"


def test_duplicate_ids_are_reported(tiny):
    write_geodata(tiny, [tiny_corridor(), tiny_corridor()])
    assert "corridors.geojson: line: id: duplicate id" in messages(tiny)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("e,2025-13-01,summit,T,P,1,1,AZE,S,,,,op,", "events.csv: row 3 (e): date: month must be in 1..12"),
        ("e,28 May 2025,summit,T,P,1,1,AZE,S,,,,op,", "events.csv: row 3 (e): date: '28 May 2025' is not an ISO"),
        ("e,2025,summit,T,P,91,1,AZE,S,,,,op,", "events.csv: row 3 (e): lat: Input should be less than or equal"),
        ("e,2025,summit,T,P,1,1,AZE,S,5,,,op,", "events.csv: row 3 (e): -: figure_unit is required"),
        ("e,2025,summit,T,P,1,1,AZE,S,,,nowhere,op,", "events.csv: e: corridors: unknown corridor id 'nowhere'"),
        ("e,2025,summit,T,P,1,1,AZE,S,,,,,", "events.csv: row 3 (e): sources: Field required"),
    ],
    ids=[
        "impossible-month",
        "not-iso-date",
        "latitude-out-of-range",
        "figure-without-unit",
        "unknown-corridor",
        "no-source",
    ],
)
def test_bad_event_rows_are_named(tiny, row, expected):
    with (tiny / "events.csv").open("a") as f:
        f.write(row + "\n")
    found = messages(tiny)
    assert any(m.startswith(expected) for m in found), found


def test_bad_trade_value_is_named(tiny):
    with (tiny / "trade.csv").open("a") as f:
        f.write("AZE,TUR,2011,total,lots,Customs,actual,shown,op,\n")
    assert any(
        m.startswith("trade.csv: row 3 (AZE): value_usd: Input should be a valid number") for m in messages(tiny)
    )


def test_length_far_off_the_published_one_is_flagged_as_a_warning(tiny):
    write_geodata(tiny, [tiny_corridor(length_km=500)])
    report = validate(tiny)
    assert report.errors == []
    (check,) = report.lengths
    assert check.flagged and round(check.computed_km) == 111
    assert "traced line is 111 km, -78% off the published 500 km" in str(report.problems[0])


def test_length_within_tolerance_is_not_flagged(tiny):
    (check,) = validate(tiny).lengths
    assert not check.flagged


@pytest.mark.parametrize(("published_km", "flagged"), [(123, False), (124, True), (98, False), (96, True)])
def test_the_band_is_ten_percent_short_to_fifteen_percent_long(tiny, published_km, flagged):
    """The tiny line is 111 km: 123 km published is -9.8%, 124 is -10.5%, 98 is +13%, 96 is +16%."""
    write_geodata(tiny, [tiny_corridor(length_km=published_km)])
    (check,) = validate(tiny).lengths
    assert check.flagged is flagged


def test_missing_folder_is_a_problem_not_an_exception(tmp_path):
    assert messages(tmp_path / "nope")[0].endswith("folder not found")


def test_invalid_json_property_types_never_raise(tiny):
    (tiny / "corridors.geojson").write_text(json.dumps({"type": "FeatureCollection", "features": [1, None, "x"]}))
    found = messages(tiny)
    assert [m for m in found if m.endswith("properties: missing")] == [
        f"corridors.geojson: feature {n}: properties: missing" for n in (1, 2, 3)
    ]


PRODUCT_HEADER = "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note,product\n"


def test_trade_rows_are_checked_column_by_column_with_the_same_messages(tiny):
    (tiny / "trade.csv").write_text(
        PRODUCT_HEADER
        + "AZE,TUR,2010,total,5,Customs,actual,shown,op,,2709\n"
        + "AZE,XXX,2010,total,5,Customs,actual,shown,op,,\n"
        + "AZE,TUR,1700,total,-5,Customs,actual,shown,op,,27\n"
        + "AZE,TUR,2010,total,5,Customs,actual,shown,op,,123\n"
        + "AZE,TUR,2010,total,5,,actual,shown,op\n"
    )
    report = validate(tiny)
    assert [str(p) for p in report.errors] == [
        "trade.csv: row 6 (AZE): -: wrong number of cells",
        "trade.csv: row 3 (AZE): partner: 'XXX' is not an ISO 3166 alpha-3 country code",
        "trade.csv: row 4 (AZE): year: Input should be greater than or equal to 1800",
        "trade.csv: row 4 (AZE): value_usd: Input should be greater than 0",
        "trade.csv: row 5 (AZE): product: String should match pattern '^(\\d{2}|\\d{4}|\\d{6})?$'",
    ]
    assert report.trade[["year", "product"]].to_dict("records") == [{"year": 2010, "product": "2709"}]


def test_a_bad_value_in_many_rows_is_named_a_few_times_then_counted(tiny):
    rows = "".join(f"AZE,TUR,{2000 + n},total,5,Customs,actual,shown,nobody,,\n" for n in range(12))
    (tiny / "trade.csv").write_text(PRODUCT_HEADER + rows)
    found = messages(tiny)
    assert found[:5] == [f"trade.csv: AZE-TUR-{2000 + n}-actual: sources: unknown source id 'nobody'" for n in range(5)]
    assert found[5] == "trade.csv: 7 more rows: sources: unknown source id 'nobody'"
    assert len(found) == 6
