"""The `corridors` command: validate prints problems and a length report; export writes whole files."""

from __future__ import annotations

import subprocess
import sys

from corridors.cli import main


def test_validate_a_valid_folder_exits_zero_with_a_length_report(small_root, capsys):
    assert main(["validate", str(small_root)]) == 0
    out = capsys.readouterr().out
    assert "Length report" in out
    assert "oil-line" in out and "published    1,400 km" in out
    assert out.strip().endswith("0 error(s), 0 warning(s)")


def test_validate_prints_a_coverage_report_so_gaps_are_seen(small_root, capsys):
    assert main(["validate", str(small_root)]) == 0
    out = capsys.readouterr().out
    assert "Coverage report:" in out and "dated to the day" in out
    assert "goods trade 2010–2024" in out
    assert "AZE–PAK: " in out and "missing:" in out


def test_validate_the_bundled_data_exits_zero(capsys):
    assert main(["validate"]) == 0
    assert " 0 error(s)" in capsys.readouterr().out


def test_validate_reports_problems_and_exits_non_zero(tiny, capsys):
    (tiny / "corridors.geojson").write_text('{"type": "FeatureCollection", "features": [{"properties": {"id": 3')
    assert main(["validate", str(tiny)]) == 1
    assert capsys.readouterr().out.startswith("corridors.geojson: -: -: not valid JSON")


def test_validate_checks_the_briefings_against_the_data(small_root, tmp_path, capsys):
    import shutil

    root = tmp_path / "geodata"
    shutil.copytree(small_root, root)
    (root / "briefings" / "broken.yaml").write_text(
        (root / "briefings" / "small.yaml").read_text().replace("op]", "x]")
    )
    assert main(["validate", str(root)]) == 1
    assert "briefings/broken.yaml: view 1 (Energy lines): sources: unknown source id 'x'" in capsys.readouterr().out


def test_console_script_never_prints_a_traceback_on_junk(tiny):
    (tiny / "sources.csv").write_bytes(bytes(range(256)) * 4)
    done = subprocess.run(
        [sys.executable, "-m", "corridors.cli", "validate", str(tiny)], capture_output=True, text=True
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stdout + done.stderr
    assert "sources.csv: -: -: file is binary, not text" in done.stdout


def test_basemap_is_rebuilt_from_natural_earth(tmp_path, capsys):
    out = tmp_path / "countries.geojson"
    assert main(["basemap", "--out", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    text = out.read_text()
    assert '"iso_a3":"AZE"' in text and '"iso_a3":"PAK"' in text and "Natural Earth" in text
    assert [p.name for p in tmp_path.iterdir()] == ["countries.geojson"]


def test_export_a_briefing_as_pdf_png_and_html(small_root, tmp_path):
    common = ["--briefing", "small", "--geodata", str(small_root)]
    assert main(["export", *common, "--format", "pdf", "--out", str(tmp_path / "b.pdf")]) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", *common, "--format", "png", "--out", str(tmp_path / "png")]) == 0
    assert sorted(p.name for p in (tmp_path / "png").iterdir()) == ["small-1.png", "small-2.png"]
    assert main(["export", *common, "--format", "html", "--out", str(tmp_path / "html")]) == 0
    page = (tmp_path / "html" / "small-2.html").read_text()
    assert page.startswith("<!DOCTYPE html>") and "<h1>Summits</h1>" in page
    assert not list(tmp_path.rglob("*.tmp")) and not list(tmp_path.rglob(".*"))


def test_export_a_briefing_as_gifs_of_the_years(small_root, tmp_path):
    from PIL import Image

    common = ["--briefing", "small", "--geodata", str(small_root)]
    assert main(["export", *common, "--format", "gif", "--out", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["small-1.gif", "small-2.gif"]
    summits = Image.open(tmp_path / "small-2.gif")
    assert summits.n_frames == 2 and b"2024" in summits.info["comment"]  # the view's years: 2024-2025


def test_export_a_briefing_file_by_path(small_root, tmp_path):
    path = small_root / "briefings" / "small.yaml"
    out = tmp_path / "pack.pdf"
    assert main(["export", "--briefing", str(path), "--geodata", str(small_root), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_export_unknown_briefing_says_which_exist(small_root, capsys):
    assert main(["export", "--briefing", "nope", "--geodata", str(small_root)]) == 1
    assert "choose one of small" in capsys.readouterr().out


CHARTS = (
    "id: charts\ntitle: Charts\nviews:\n"
    "- {title: Map, filters: {years: [2006, 2025]}, camera: {latitude: 40, longitude: 45, zoom: 4}, notes: N.}\n"
    "- {title: Trade, kind: trade, caption: Trade., notes: Trade notes.}\n"
    "- {title: Gas, kind: profile, selected: gas-line}\n"
)


def test_export_a_briefing_as_powerpoint_and_html_maps_only(small_root, tmp_path, capsys):
    from pptx import Presentation

    path = tmp_path / "charts.yaml"
    path.write_text(CHARTS)
    common = ["--briefing", str(path), "--geodata", str(small_root)]
    assert main(["export", *common, "--format", "pptx", "--out", str(tmp_path / "deck.pptx")]) == 0
    assert capsys.readouterr().out.strip().endswith("deck.pptx (3 slides)")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert [s.shapes[0].text_frame.text for s in deck.slides] == ["Map", "Trade", "Gas"]
    assert deck.slides[1].notes_slide.notes_text_frame.text == "Trade notes."
    assert main(["export", *common, "--format", "html", "--out", str(tmp_path / "html")]) == 0
    out = capsys.readouterr().out
    assert "skipped view 2 (Trade): a trade view has no map; export it as png, pdf or pptx" in out
    assert sorted(p.name for p in (tmp_path / "html").iterdir()) == ["charts-1.html"]
    assert not list(tmp_path.rglob("*.tmp"))


def test_validate_checks_each_kind_of_briefing_view(tiny, capsys):
    folder = tiny / "briefings"
    folder.mkdir()
    (folder / "good.yaml").write_text(
        "id: good\ntitle: Good\nviews:\n"
        "- {title: Trade, kind: trade}\n"
        "- {title: Line, kind: profile, selected: line, notes: Say it.}\n"
        "- {title: Opening, kind: timeline, filters: {years: [2010, 2010]}, selected: opening}\n"
    )
    assert main(["validate", str(tiny)]) == 0
    (folder / "bad.yaml").write_text(
        "id: bad\ntitle: Bad\nviews:\n"
        "- {title: Summits, kind: timeline, filters: {years: [2010, 2010], event_kinds: [summit]}}\n"
        "- {title: Chart, kind: trade, filters: {years: [2010, 2010], countries: [PAK]}}\n"
    )
    capsys.readouterr()
    assert main(["validate", str(tiny)]) == 1
    out = capsys.readouterr().out
    assert "briefings/bad.yaml: view 1 (Summits): filters: no event matches (2010–2010)" in out
    assert "briefings/bad.yaml: view 2 (Chart): filters.countries: unknown value(s): PAK" in out
    (folder / "bad.yaml").write_text("id: bad\ntitle: Bad\nviews:\n- {title: X, kind: slides}\n")
    capsys.readouterr()
    assert main(["validate", str(tiny)]) == 1
    assert "briefings/bad.yaml: view 1: kind: Input should be 'map', 'trade', 'timeline' or 'profile'" in (
        capsys.readouterr().out
    )
