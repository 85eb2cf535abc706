"""The benchmark's synthetic data: same schema as geodata/, so the app and validator take it as is."""

from __future__ import annotations

import sys
from pathlib import Path

from corridors.catalog import load

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import synth  # noqa: E402


def test_ten_times_data_is_valid_and_the_promised_size(tmp_path):
    root = synth.write(10, tmp_path / "g")
    ds = load(root)
    corridors, events, trade_rows = synth.SCALES[10]
    assert len(ds.corridors) == corridors and len(ds.events) == events
    assert all(len(line.coords) == synth.VERTICES for line in ds.corridors.geometry)
    # product lines are summed into one total per pair and year
    assert len(ds.trade) == 3 * 34
    assert ds.trade["note"].str.startswith("Sum of").all()
    assert sum(int(n.split()[2].replace(",", "")) for n in ds.trade["note"]) == trade_rows


def test_the_same_seed_writes_the_same_files(tmp_path):
    a, b = synth.write(10, tmp_path / "a"), synth.write(10, tmp_path / "b")
    for name in ("corridors.geojson", "events.csv", "trade.csv"):
        assert (a / name).read_bytes() == (b / name).read_bytes()
