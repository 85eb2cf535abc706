"""Fixtures: the tiny and small geodata folders (see tests/fixtures.py) and the bundled dataset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from corridors.catalog import Dataset, default_geodata, load
from tests.fixtures import chromium, guarded, write_geodata, write_small


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    """One record of each kind, in a folder a test may corrupt."""
    return write_geodata(tmp_path / "geodata")


@pytest.fixture(scope="session")
def small_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small geodata folder, written once; tests must not change it (copy it first)."""
    return write_small(tmp_path_factory.mktemp("small") / "geodata")


@pytest.fixture(scope="session")
def small(small_root: Path) -> Dataset:
    """The small dataset, loaded."""
    return load(small_root)


@pytest.fixture
def small_app(small_root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app runs on the small folder for this test."""
    monkeypatch.setenv("CORRIDORS_GEODATA", str(small_root))
    yield small_root


@pytest.fixture(scope="session")
def ds() -> Dataset:
    """The bundled dataset: for the few tests that it is valid and drawn (never pin its counts)."""
    return load(default_geodata())


@pytest.fixture(scope="session")
def story(ds: Dataset) -> Any:
    """The bundled default briefing, loaded without a problem."""
    from corridors.briefing import load as load_briefing

    loaded, problems = load_briefing(default_geodata() / "briefings" / "default.yaml", ds)
    assert problems == []
    return loaded


# --- the app served, and a browser (end-to-end tests) -------------------------------------------------------


@pytest.fixture(scope="session")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the server on the bundled data keeps presentation positions."""
    return tmp_path_factory.mktemp("presenter-state")


@pytest.fixture(scope="session")
def server(state: Path) -> Iterator[str]:
    """The app on the bundled data, on a free local port."""
    from corridors.server import serve

    with serve(env={"CORRIDORS_STATE": str(state)}) as (_, url):
        yield url


@pytest.fixture(scope="session")
def small_server(small_root: Path) -> Iterator[str]:
    """The app on the small geodata folder."""
    from corridors.server import serve

    with serve(env={"CORRIDORS_GEODATA": str(small_root)}) as (_, url):
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium (see tests.fixtures.chromium)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = chromium(p)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, list[str]]]:
    """A page in a context of its own (own Streamlit session) that refuses every non-local request."""
    context, refused = guarded(browser)
    yield context.new_page(), refused
    context.close()
