"""Is Play smooth? The work of one step on the server, and the steps as a browser sees them.

1. Server: for every year of the range at 1× (the bundled data) and 10× (synthetic), the work the
   Atlas's fragment does for one step (select the records, build the scene, the deck JSON, caption
   and description), timed; and the deck JSON's size (sent to the browser at each step).
2. Browser (1×): the app on a local port in headless Chromium (every other request refused); Play
   at each speed from the first year to the last. In the page, a MutationObserver notes when the
   year shown changes and whether anything outside the map part changed (a full-page rerun would
   redraw the sidebar). Reports the time between steps (the target is the chosen speed) and the
   number of sidebar redraws between the second step and the one before the last (target 0).

Prints a table and writes benchmarks/results/play.json.

    .venv/bin/python benchmarks/play.py                # about 3 minutes
    .venv/bin/python benchmarks/play.py --speeds Fast
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from corridors import captions, deck, play, scene  # noqa: E402
from corridors.catalog import load  # noqa: E402
from corridors.describe import describe  # noqa: E402
from corridors.filters import Choices, apply  # noqa: E402
from corridors.server import serve  # noqa: E402

LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")
#: In the page: note each change of the year shown, and every change to the sidebar.
WATCH = """() => {
  window.__steps = []; window.__sidebar = 0;
  const year = document.querySelector('[role=status][aria-label="Year shown"]');
  new MutationObserver(() => window.__steps.push([performance.now(), year.textContent.trim(), window.__sidebar]))
    .observe(year, {childList: true, subtree: true, characterData: true});
  new MutationObserver(() => window.__sidebar++)
    .observe(document.querySelector('[data-testid=stSidebar]'), {childList: true, subtree: true, attributes: true});
}"""


def server_steps(geodata: Path) -> dict:
    """Seconds and deck bytes of each step's work on the server, for every year."""
    ds = load(geodata)
    start, last = ds.years
    base = Choices.of(ds).default()
    seconds, sizes = [], []
    for year in range(start, last + 1):
        began = time.perf_counter()
        sel = apply(ds, play.step(base, year))
        drawn = scene.build(ds, sel, highlight=year)
        payload = deck.of(drawn).to_json()
        captions.play_step(sel, year)
        describe(sel, highlight=year)
        seconds.append(time.perf_counter() - began)
        sizes.append(len(payload.encode()))
    return {
        "steps": len(seconds),
        "step_s_median": statistics.median(seconds),
        "step_s_max": max(seconds),
        "deck_bytes_median": statistics.median(sizes),
        "deck_bytes_max": max(sizes),
    }


def browser_steps(speed: str, timeout: float) -> dict:
    """Play the bundled data at ``speed`` in Chromium: intervals between steps, sidebar redraws."""
    from playwright.sync_api import sync_playwright

    ds = load(ROOT / "geodata")
    first, last = ds.years
    with serve() as (_, url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1600, "height": 1000})
        context.route("**/*", lambda r: r.continue_() if r.request.url.startswith(LOCAL) else r.abort())
        page = context.new_page()
        page.set_default_timeout(timeout * 1000)
        page.goto(url)
        page.get_by_role("button", name="Play").wait_for()
        page.get_by_role("radio", name=play.speed_label(speed)).check(force=True)
        page.wait_for_timeout(3000)
        page.evaluate(WATCH)
        page.get_by_role("button", name="Play").click()
        page.wait_for_function(
            f"() => window.__steps.some(s => s[1] === '{last}')", timeout=timeout * 1000, polling=200
        )
        page.wait_for_timeout(3000)
        steps = page.evaluate("() => window.__steps")
        browser.close()
    shown: list[tuple[float, int]] = []
    redraws: list[int] = []  # sidebar changes seen so far, at each new year shown
    for at, text, sidebar_changes in steps:
        if text.isdigit() and (not shown or int(text) != shown[-1][1]):
            shown.append((at, int(text)))
            redraws.append(sidebar_changes)
    # Pressing Play and the stop at the last year each rerun the whole page once (their tails reach the
    # first and the last step); from the second step to the one before the last only the map part may change.
    sidebar = redraws[-2] - redraws[1] if len(redraws) > 3 else -1
    playing = [(at, year) for at, year in shown if year > first]
    intervals = [(b - a) / 1000 for (a, _), (b, _) in zip(playing, playing[1:], strict=False)]
    years = [year for _, year in shown]
    return {
        "speed_s": play.SPEEDS[speed],
        "years_seen": len(set(years)),
        "years_skipped": (last - first + 1) - len(set(years)),
        "interval_s_median": statistics.median(intervals) if intervals else None,
        "interval_s_p95": sorted(intervals)[int(0.95 * (len(intervals) - 1))] if intervals else None,
        "interval_s_max": max(intervals) if intervals else None,
        "sidebar_mutations_while_playing": sidebar,
    }


def table(results: dict) -> str:
    lines = ["server work of one step (all years)", "scale  steps  median     max   deck JSON median / max"]
    for scale, r in results["server"].items():
        lines.append(
            f"{scale:>4}×  {r['steps']:5d}  {r['step_s_median']:5.3f} s {r['step_s_max']:5.3f} s"
            f"   {r['deck_bytes_median'] / 1000:,.0f} KB / {r['deck_bytes_max'] / 1000:,.0f} KB"
        )
    lines += ["", "in the browser (1×)", "speed  target  median    p95     max   years seen  skipped  sidebar redraws"]
    for speed, r in results["browser"].items():
        lines.append(
            f"{speed:6} {r['speed_s']:5.1f} s {r['interval_s_median']:5.2f} s {r['interval_s_p95']:5.2f} s "
            f"{r['interval_s_max']:5.2f} s {r['years_seen']:7d} {r['years_skipped']:9d} "
            f"{r['sidebar_mutations_while_playing']:10d}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--speeds", nargs="*", default=list(play.SPEEDS), choices=list(play.SPEEDS))
    parser.add_argument("--timeout", type=float, default=240)
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "play.json"))
    args = parser.parse_args()
    results: dict = {"server": {}, "browser": {}}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            geodata = ROOT / "geodata" if scale == 1 else synth.write(scale, Path(tmp) / f"geodata-{scale}x")
            print(f"server steps at {scale}× …", file=sys.stderr, flush=True)
            results["server"][scale] = server_steps(geodata)
    for speed in args.speeds:
        print(f"browser, {speed} …", file=sys.stderr, flush=True)
        results["browser"][speed] = browser_steps(speed, args.timeout)
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"machine_cores": os.cpu_count(), **results}, indent=2) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
