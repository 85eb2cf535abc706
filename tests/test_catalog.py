"""Loading: a valid folder gives typed frames; a broken one raises DataError with every problem."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString

from corridors.catalog import DataError, geodata_root, load, screen_paths, signature


def test_a_valid_folder_gives_typed_frames(small):
    assert small.corridors.crs.to_epsg() == 4326
    assert small.years == (2006, 2025)
    assert str(small.events["start"].dtype).startswith("datetime64")
    assert set(small.trade["pair"]) == {"AZE–TUR", "AZE–PAK", "TUR–PAK"}
    assert small.sources.loc["op", "publisher"] == "Pipeline Co."
    summit = small.events.set_index("id").loc["summit-2025"]
    assert summit["participants"] == ["AZE", "TUR", "PAK"] and summit["corridors"] == []


def test_the_bundled_dataset_loads_with_every_kind_of_record(ds):
    assert not ds.corridors.empty and not ds.events.empty and not ds.trade.empty
    assert set(ds.corridors["geometry"].geom_type) <= {"LineString", "MultiLineString", "Point"}
    assert {"actual", "target"} <= set(ds.trade["kind"])
    assert ds.years[0] <= ds.years[1]


def test_broken_folder_raises_with_every_problem(tiny):
    (tiny / "events.csv").write_text("")
    (tiny / "trade.csv").write_bytes(b"\x00\x01")
    with pytest.raises(DataError) as err:
        load(tiny)
    assert [str(p) for p in err.value.problems] == [
        "events.csv: -: -: file is empty",
        "trade.csv: -: -: file is binary, not text",
    ]


def test_product_lines_are_summed_and_a_given_total_wins(tiny):
    (tiny / "trade.csv").write_text(
        "reporter,partner,year,flow,value_usd,basis,kind,claim,sources,note,product\n"
        "AZE,TUR,2010,total,100,Customs,actual,shown,op,,27\n"
        "AZE,TUR,2010,total,50,Customs,actual,shown,op,,2709\n"
        "AZE,TUR,2011,total,7,Customs,actual,shown,op,,27\n"
        "AZE,TUR,2011,total,900,Ministry,actual,shown,op,reported total,\n"
    )
    trade = load(tiny).trade.sort_values("year")
    assert trade[["year", "value_usd", "note"]].to_dict("records") == [
        {"year": 2010, "value_usd": 150.0, "note": "Sum of 2 product lines."},
        {"year": 2011, "value_usd": 900.0, "note": "reported total"},
    ]
    assert "product" not in trade.columns


def test_long_lines_are_simplified_for_drawing_and_short_ones_kept_vertex_for_vertex():
    wiggly = LineString([(30 + i / 100, 40 + (0.001 if i % 2 else 0)) for i in range(1_000)])
    (path,) = screen_paths(wiggly)
    assert len(path) == 2 and path[0] == [30.0, 40.0] and path[-1] == [39.99, 40.001]
    short = LineString([(30.12345, 40.0), (31.0, 41.5), (32.0, 40.2)])
    assert screen_paths(short) == [[[30.123, 40.0], [31.0, 41.5], [32.0, 40.2]]]


def test_bundled_lines_are_drawn_with_every_vertex(ds):
    for row in ds.corridors.itertuples():
        if row.geometry.geom_type == "LineString":
            assert len(ds.paths[row.id][0]) == len(row.geometry.coords), row.id


def test_the_app_runs_on_the_folder_named_in_the_environment(tiny, monkeypatch):
    monkeypatch.setenv("CORRIDORS_GEODATA", str(tiny))
    assert geodata_root() == tiny
    monkeypatch.delenv("CORRIDORS_GEODATA")
    assert geodata_root().name == "geodata"


def test_the_signature_changes_when_a_file_changes(tiny):
    import os

    before = signature(tiny)
    os.utime(tiny / "events.csv", (1, 1))
    assert signature(tiny) != before
