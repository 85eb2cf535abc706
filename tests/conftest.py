"""Fixtures: the tiny and small geodata folders (see tests/fixtures.py) and the bundled dataset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, sync_playwright

from corridors.catalog import Dataset, default_geodata, load
from corridors.server import serve
from tests.fixtures import CHROMIUM, local_only, write_geodata, write_small


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
def story(ds: Dataset):
    """The bundled default briefing, loaded without a problem."""
    from corridors.briefing import load as load_briefing

    loaded, problems = load_briefing(default_geodata() / "briefings" / "default.yaml", ds)
    assert problems == []
    return loaded


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the server on the bundled data keeps presentation positions."""
    return tmp_path_factory.mktemp("presenter-state")


@pytest.fixture(scope="module")
def server(state: Path) -> Iterator[str]:
    """The app on the bundled data."""
    with serve(env={"CORRIDORS_STATE": str(state)}) as (_, url):
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-default-apps",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def page(browser) -> Iterator[tuple[Page, list[str]]]:
    refused: list[str] = []
    context = local_only(browser, refused)
    yield context.new_page(), refused
    context.close()
