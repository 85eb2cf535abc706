"""`corridors validate [PATH]`: problems one per line, a length report, exit code, never a traceback."""

from __future__ import annotations

import subprocess
import sys

from corridors.cli import main


def test_validate_bundled_data_exits_zero_with_length_report(capsys):
    assert main(["validate"]) == 0
    out = capsys.readouterr().out
    assert "Length report" in out
    assert "btc" in out and "published    1,768 km" in out
    assert out.strip().endswith("0 error(s), 3 warning(s)")


def test_validate_reports_problems_and_exits_non_zero(tiny, capsys):
    (tiny / "corridors.geojson").write_text('{"type": "FeatureCollection", "features": [{"properties": {"id": 3')
    assert main(["validate", str(tiny)]) == 1
    out = capsys.readouterr().out
    assert out.startswith("corridors.geojson: -: -: not valid JSON")


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


def test_export_briefing_as_pdf_png_and_html(tmp_path, capsys):
    assert main(["export", "--briefing", "default", "--format", "pdf", "--out", str(tmp_path / "b.pdf")]) == 0
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")
    assert main(["export", "--format", "png", "--out", str(tmp_path / "png")]) == 0
    assert len(list((tmp_path / "png").glob("default-*.png"))) == 8
    assert main(["export", "--format", "html", "--out", str(tmp_path / "html")]) == 0
    assert (tmp_path / "html" / "default-1.html").read_text().startswith("<!DOCTYPE html>")
    assert not list(tmp_path.rglob("*.tmp"))


def test_export_briefing_as_powerpoint(tmp_path, capsys):
    from pptx import Presentation

    assert main(["export", "--briefing", "default", "--format", "pptx", "--out", str(tmp_path / "deck.pptx")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("wrote") and out.strip().endswith("deck.pptx (8 slides)")
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert [s.shapes[0].text_frame.text for s in deck.slides][6] == "Trade by year against targets"
    assert deck.slides[6].notes_slide.notes_text_frame.text.startswith("Goods trade, both directions")
    assert not list(tmp_path.glob("*.tmp"))


def test_html_export_skips_chart_views_and_says_so(tmp_path, capsys):
    assert main(["export", "--format", "html", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "skipped view 7 (Trade by year against targets): a trade view has no map" in out
    assert not (tmp_path / "default-7.html").exists() and (tmp_path / "default-8.html").exists()


def test_export_unknown_briefing_says_which_exist(capsys):
    assert main(["export", "--briefing", "nope"]) == 1
    assert "choose one of default" in capsys.readouterr().out


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
