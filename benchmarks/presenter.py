"""How soon the room's screen follows the presenter view (issue target: within a second).

Two browser contexts (two computers) on one local server: the presenter view (``&presenter=1``) and the
presentation (``&present=1``) of the default briefing. For each press of Next in the presenter view, the lag
is the time from the move reaching the server (the shared position's ``moved``) to the new title appearing
on the room's screen (the page's own clock, same machine). Prints the lags and their median and writes
benchmarks/results/presenter.json.

    .venv/bin/python benchmarks/presenter.py
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

from corridors import presenter
from corridors.server import serve

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = yaml.safe_load((ROOT / "geodata" / "briefings" / "default.yaml").read_text())

_WATCH_TITLE = """() => { window.__titles = [];
  const seen = () => { const h = document.querySelector('h1'); return h ? h.innerText : ''; };
  let last = seen();
  new MutationObserver(() => { const now = seen();
    if (now !== last) { last = now; window.__titles.push([Date.now() / 1000, now]); } })
    .observe(document.body, {subtree: true, childList: true, characterData: true}); }"""


def measure(url: str, state: Path) -> list[float]:
    """Seconds from each presenter move to the room showing it, for every step after the first."""
    views = DEFAULT["views"]
    lags = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium")
        desk = browser.new_context(viewport={"width": 1600, "height": 1000}).new_page()
        room = browser.new_context(viewport={"width": 1600, "height": 1000}).new_page()
        desk.goto(f"{url}/Briefing?b=default&presenter=1")
        desk.get_by_text(f"{views[1]['title']} · ").first.wait_for(timeout=120_000)
        room.goto(f"{url}/Briefing?b=default&present=1")
        room.get_by_role("heading", name=views[0]["title"]).wait_for(timeout=60_000)
        room.wait_for_timeout(5_000)  # the first map painted
        room.evaluate(_WATCH_TITLE)
        for view in views[1:]:
            desk.get_by_role("button", name="Next ▶").click()
            room.get_by_role("heading", name=view["title"]).wait_for(timeout=60_000)
            position = presenter.read("default", state)
            assert position is not None
            shown = [t for t, text in room.evaluate("() => window.__titles") if text == view["title"]]
            lags.append(round(shown[0] - position.moved, 3))
            room.wait_for_timeout(8_000)  # a presenter speaks to each slide: its map has painted before the next move
        browser.close()
    return lags


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        state = Path(folder)
        with serve(env={"CORRIDORS_STATE": str(state)}, timeout=120) as (_, url):
            lags = measure(url, state)
    result = {"machine_cores": os.cpu_count(), "lags_s": lags, "median_s": statistics.median(lags)}
    out = ROOT / "benchmarks" / "results" / "presenter.json"
    out.write_text(json.dumps(result, indent=2) + "\n")
    print(f"presentation followed the presenter after {lags} s; median {result['median_s']} s (target ≤ 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
