"""Loading: a valid folder gives typed frames; a broken one raises DataError with every problem."""

from __future__ import annotations

import pytest
from shapely.geometry import LineString

from corridors.catalog import DataError, load, screen_paths


def test_bundled_dataset_shape(ds):
    assert len(ds.corridors) == 13
    assert ds.corridors.crs.to_epsg() == 4326
    assert ds.years == (1991, 2025)
    assert str(ds.events["start"].dtype).startswith("datetime64")
    assert set(ds.trade["pair"]) == {"AZE–TUR", "AZE–PAK", "TUR–PAK"}


def test_lachin_summit_is_in_the_dataset(ds):
    summit = ds.events.set_index("id").loc["lachin-summit-2025"]
    assert summit["date"] == "2025-05-28"
    assert summit["participants"] == ["AZE", "TUR", "PAK"]


def test_three_years_of_trade_for_each_pair(ds):
    actual = ds.trade[(ds.trade["kind"].isin(["actual", "estimate"])) & (ds.trade["flow"] == "total")]
    years = actual.groupby("pair")["year"].nunique()
    assert years["AZE–TUR"] >= 3 and years["AZE–PAK"] >= 3 and years["TUR–PAK"] >= 2


def test_targets_investments_and_deals_are_rows_of_their_own_kind(ds):
    kinds = set(ds.trade["kind"])
    assert {"target", "investment", "defence_deal", "actual"} <= kinds


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
