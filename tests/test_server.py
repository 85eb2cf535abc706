"""How the app is served (`.streamlit/config.toml`, read by `make run`, the browser tests and the benchmarks)."""

from __future__ import annotations

import tomllib

from tests.fixtures import ROOT


def served_config() -> dict:
    return tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))


def test_the_server_watches_no_source_files():
    """Watching sources makes Streamlit walk every imported module's path after each run, on the thread
    that serves the page's scripts: ~0.4 s added to the first paint and to every rerun."""
    assert served_config()["server"]["fileWatcherType"] == "none"


def test_the_basemap_and_fonts_are_served_locally_and_no_traceback_reaches_the_page():
    config = served_config()
    assert config["server"]["enableStaticServing"] is True
    assert config["client"]["showErrorDetails"] == "none"
    assert config["browser"]["gatherUsageStats"] is False
