"""Performance at 1×, 10× and 100× the bundled data, beside two reference builds of the same map.

For each scale and build, in fresh processes: start-up (first AppTest run, data load included),
a filter-change rerun (the year slider moved; script time), the map payload (bytes of the map
element sent to the browser), peak memory (RSS of the process), and on 1× and 10× the time from
page load to a painted map in headless Chromium (local server, every other request refused).
Medians of ``--runs`` runs. First, the Atlas's first paint beside its map alone (no widget:
reference/map_alone.py), its layer kinds (the map alone with one record a layer:
reference/layer_kinds/) and a floor page (one small pydeck layer, no basemap: reference/floor.py),
5 runs each, interleaved. Prints two tables and writes
benchmarks/results/perf.json.

    .venv/bin/python benchmarks/perf.py              # all scales (about 15 minutes)
    .venv/bin/python benchmarks/perf.py --scales 1 10 --runs 3
    .venv/bin/python benchmarks/perf.py --paint-only   # the first paint beside the floor alone (a few minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import io
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import synth  # noqa: E402

from corridors.server import serve  # noqa: E402

BUILDS = {
    "ours": (ROOT / "app.py", "filters.years"),
    "pydeck-docs": (ROOT / "benchmarks" / "reference" / "naive_pydeck.py", "years"),
    "folium": (ROOT / "benchmarks" / "reference" / "folium_map.py", "years"),
}
MAP_ELEMENTS = ("deck_gl_json_chart", "component_instance")
RANGES = ((2010, 2025), (2000, 2025))
TARGETS = {  # scale: (rerun s, payload bytes, start-up s, memory MB)
    1: (0.1, 400_000, 2, 400),
    10: (0.3, 2_000_000, 4, 800),
    100: (1.0, 5_000_000, 10, 2_000),
}
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:", "about:")


def _map_bytes(at) -> int:
    """Bytes of the largest map element in the app's output (deck JSON or component arguments)."""
    sizes = [0]
    stack = [at._tree]
    while stack:
        node = stack.pop()
        stack.extend(getattr(node, "children", {}).values())
        proto = getattr(node, "proto", None)
        if proto is not None and getattr(node, "type", "") in MAP_ELEMENTS:
            sizes.append(proto.ByteSize())
    return max(sizes)


def measure_once(build: str, geodata: str, reruns: int) -> dict:
    """Run in a fresh process: start-up, payload, reruns and peak memory of one build."""
    from streamlit.testing.v1 import AppTest

    script, slider = BUILDS[build]
    os.environ["CORRIDORS_GEODATA"] = geodata
    started = time.perf_counter()
    at = AppTest.from_file(str(script), default_timeout=600).run()
    startup = time.perf_counter() - started
    if at.exception:
        raise RuntimeError(f"{build}: {at.exception[0].message}")
    payload = _map_bytes(at)
    times = []
    for n in range(reruns):
        at.slider(key=slider).set_value(RANGES[n % 2])
        started = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - started)
    return {
        "startup_s": startup,
        "rerun_s": statistics.median(times),
        "payload_bytes": payload,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def measure(build: str, geodata: Path, runs: int, reruns: int, timeout: float) -> dict:
    """Medians over ``runs`` fresh processes; a build that exceeds ``timeout`` is reported as such."""
    results = []
    for _ in range(runs):
        cmd = [sys.executable, __file__, "--child", build, str(geodata), str(reruns)]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, cwd=ROOT)
        except subprocess.TimeoutExpired:
            return {"error": f"over {timeout:.0f} s"}
        if done.returncode:
            return {"error": (done.stderr.strip().splitlines() or ["failed"])[-1][:200]}
        results.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return {key: round(statistics.median(r[key] for r in results), 3) for key in results[0]}


def painted(png: bytes) -> bool:
    """True once the map shows more than its background: over 2% of pixels off the commonest colour."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB").resize((200, 150))
    counts = sorted(image.getcolors(200 * 150), reverse=True)
    return sum(c for c, _ in counts[1:]) > 0.02 * 200 * 150 and len(counts) > 4


@contextlib.asynccontextmanager
async def headless_page(allowed: tuple[str, ...] = LOCAL) -> AsyncIterator[Any]:
    """A 1400×900 page in headless Chromium that refuses every request whose URL starts with none of ``allowed``."""
    from playwright.async_api import async_playwright

    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = await browser.new_page(viewport={"width": 1400, "height": 900})

        async def guard(route):
            await (route.continue_() if route.request.url.startswith(allowed) else route.abort())

        await page.route("**/*", guard)
        try:
            yield page
        finally:
            await browser.close()


async def _paint_time(url: str, selector: str, timeout: float, stable: bool = False) -> float:
    """Seconds from navigation to a painted map; with ``stable``, to the first of two identical painted
    screenshots (every layer drawn, the basemap fetched)."""
    async with headless_page() as page:
        started = time.perf_counter()
        await page.goto(url)
        element = page.locator(selector).first
        previous: tuple[bytes, float] | None = None
        while time.perf_counter() - started < timeout:
            try:
                shot = await element.screenshot(timeout=5_000)
                at = time.perf_counter() - started
                if painted(shot):
                    if not stable or (previous and previous[0] == shot):
                        elapsed = previous[1] if stable and previous else at
                        break
                    previous = (shot, at)
            except Exception:  # noqa: BLE001 - not on the page yet
                pass
            await asyncio.sleep(0.2)
        else:
            elapsed = float("nan")
        return elapsed


def paint(build: str, geodata: Path, runs: int, timeout: float = 40) -> float:
    """Median seconds from page load to a painted map, on a fresh local server."""
    script, _ = BUILDS[build]
    selector = "[data-testid=stDeckGlJsonChart] canvas" if build != "folium" else "iframe"
    with serve(script, {"CORRIDORS_GEODATA": str(geodata)}, timeout=120) as (_, url):
        asyncio.run(_paint_time(url, selector, timeout))  # warm: data loaded, caches filled
        times = [asyncio.run(_paint_time(url, selector, timeout)) for _ in range(runs)]
    return round(statistics.median(times), 2)


FLOOR = ROOT / "benchmarks" / "reference" / "floor.py"
MAP_ALONE = ROOT / "benchmarks" / "reference" / "map_alone.py"
LAYER_KINDS = ROOT / "benchmarks" / "reference" / "layer_kinds" / "layer_kinds.py"
MAP = "[data-testid=stDeckGlJsonChart] canvas"
#: The pages whose first paints are compared, in the order each round loads them.
PAINTED = {"atlas": ROOT / "app.py", "map alone": MAP_ALONE, "layer kinds": LAYER_KINDS, "floor": FLOOR}


@contextlib.contextmanager
def served(pages: dict[str, Path]) -> Iterator[dict[str, str]]:
    """Each page's script on a fresh local server at once: yields each page's URL."""
    with contextlib.ExitStack() as stack:
        yield {name: stack.enter_context(serve(script, timeout=120))[1] for name, script in pages.items()}


def paint_beside_floor(runs: int = 5, timeout: float = 180) -> dict:
    """First paint of the Atlas (bundled data), of its map alone (no widget), of its layer kinds (one
    record a layer) and of the floor page (one small layer, no basemap), each to a stable painted map,
    ``runs`` times each, interleaved so all see the same machine load. The ratios are to the floor's
    median; the target is the Atlas's."""
    with served(PAINTED) as urls:
        for url in urls.values():  # warm: data loaded, caches filled, the basemap file read once
            asyncio.run(_paint_time(url, MAP, timeout, stable=True))
        times: dict[str, list[float]] = {name: [] for name in urls}
        for _ in range(runs):
            for name, url in urls.items():
                times[name].append(round(asyncio.run(_paint_time(url, MAP, timeout, stable=True)), 2))
    medians = {name: statistics.median(values) for name, values in times.items()}
    ratios = {name: round(medians[name] / medians["floor"], 2) for name in medians if name != "floor"}
    return {"runs": times, "median_s": medians, "ratio": ratios["atlas"], "ratios": ratios}


#: Draws the map again ``frames`` times, each finished (a one-pixel read waits for the GPU): milliseconds each.
_REDRAWS = """(frames) => { const gl = deck.device.gl, pixel = new Uint8Array(4), times = [];
  for (let i = 0; i < frames; i++) {
    const start = performance.now();
    deck.redraw("benchmark");
    gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    times.push(performance.now() - start);
  }
  return times; }"""


async def _redraw_times(path: Path, frames: int) -> list[float]:
    async with headless_page(("file:",)) as page:
        await page.goto(path.as_uri())
        await page.wait_for_function("typeof deck !== 'undefined' && deck.isInitialized", timeout=60_000)
        await page.wait_for_timeout(2_000)  # programs compiled, first frames drawn
        times: list[float] = await page.evaluate(_REDRAWS, frames)
        return times


def redraw(runs: int = 3, frames: int = 9) -> dict:
    """Milliseconds to draw the Atlas's default map once more (each pan, zoom, hover or Play step), in
    its offline page (bundled data, every layer and the basemap), in software WebGL: median over fresh
    browsers of each browser's median frame."""
    from corridors import offline, scene
    from corridors.catalog import load
    from corridors.filters import Choices, apply

    ds = load()
    page = offline.page(scene.build(ds, apply(ds, Choices.of(ds).default())), "Atlas")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "atlas.html"
        path.write_text(page, encoding="utf-8")
        medians = [round(statistics.median(asyncio.run(_redraw_times(path, frames))), 1) for _ in range(runs)]
    return {"runs_ms": medians, "median_ms": statistics.median(medians)}


def floor_table(result: dict) -> str:
    """The first paints of the Atlas, its map alone and its layer kinds beside the floor page's."""
    lines = ["first paint (navigation → stable painted map, headless Chromium, software WebGL)"]
    for name, runs in result["runs"].items():
        shown = ", ".join(f"{v:.1f}" for v in runs)
        ratio = f"{result['ratios'][name]:.2f}× the floor" if name in result["ratios"] else ""
        lines.append(f"  {name:<11} median {result['median_s'][name]:5.2f} s  {ratio:<16} runs: {shown}")
    medians = result["median_s"]
    kinds = medians["atlas"] / medians["layer kinds"]
    lines.append(f"  the Atlas is {kinds:.2f}× its layer kinds with one record each")
    lines.append(f"  target: the Atlas ≤ 2× the floor ({'met' if result['ratio'] <= 2 else 'not met'})")
    return "\n".join(lines)


def ratio(theirs: float | None, ours: float | None) -> str:
    if not theirs or not ours:
        return "—"
    return f"{theirs / ours:.1f}×"


def table(results: dict) -> str:
    """One line per scale and measure: ours, the references, the ratios and the target."""
    lines = [
        f"{'scale':>5}  {'measure':<16} {'ours':>10} {'pydeck-docs':>12} {'folium':>10}"
        f" {'ratio a':>8} {'ratio b':>8} {'target':>9}"
    ]
    units = {"rerun_s": "s", "payload_bytes": "KB", "startup_s": "s", "peak_rss_mb": "MB", "paint_s": "s"}
    for scale, builds in results.items():
        target = dict(zip(("rerun_s", "payload_bytes", "startup_s", "peak_rss_mb"), TARGETS[int(scale)], strict=True))
        for key, unit in units.items():

            def show(value, unit=unit, key=key):
                if value is None:
                    return "—"
                return f"{value / 1000:,.0f} KB" if key == "payload_bytes" else f"{value:,.2f} {unit}"

            vals = {b: builds[b].get(key) if "error" not in builds[b] else None for b in BUILDS}
            cells = [show(vals[b]) if "error" not in builds[b] else builds[b]["error"][:12] for b in BUILDS]
            goal = show(target[key]) if key in target else ""
            lines.append(
                f"{scale:>4}×  {key:<16} {cells[0]:>10} {cells[1]:>12} {cells[2]:>10}"
                f" {ratio(vals['pydeck-docs'], vals['ours']):>8} {ratio(vals['folium'], vals['ours']):>8} {goal:>9}"
            )
    return "\n".join(lines)


def main() -> int:
    if sys.argv[1:2] == ["--child"]:
        build, geodata, reruns = sys.argv[2], sys.argv[3], int(sys.argv[4])
        print(json.dumps(measure_once(build, geodata, reruns)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per measurement")
    parser.add_argument("--reruns", type=int, default=5, help="filter changes per process")
    parser.add_argument("--timeout", type=float, default=300, help="seconds before a build is given up")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "perf.json"))
    parser.add_argument("--paint-runs", type=int, default=5, help="first paints of each compared page")
    parser.add_argument("--paint-only", action="store_true", help="only the first paint beside the floor")
    args = parser.parse_args()
    print("first paint beside the floor …", file=sys.stderr, flush=True)
    floor = paint_beside_floor(args.paint_runs)
    print(floor_table(floor), flush=True)  # at once: the scales below take many minutes
    frame = redraw()
    runs = ", ".join(f"{v:.0f}" for v in frame["runs_ms"])
    print(f"one more frame of the Atlas's map (offline page)  median {frame['median_ms']:.0f} ms   runs: {runs}")
    out = Path(args.out)
    if args.paint_only:
        report = json.loads(out.read_text()) if out.exists() else {}
        report |= {"machine_cores": os.cpu_count(), "paint_beside_floor": floor, "redraw": frame}
        out.write_text(json.dumps(report, indent=2) + "\n")
        return 0
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for scale in args.scales:
            geodata = ROOT / "geodata" if scale == 1 else synth.write(scale, Path(tmp) / f"geodata-{scale}x")
            results[scale] = {}
            for build in BUILDS:
                runs = args.runs if scale < 100 or build == "ours" else 1  # the references take minutes at 100×
                print(f"{scale}× {build} …", file=sys.stderr, flush=True)
                results[scale][build] = measure(build, geodata, runs, args.reruns, args.timeout)
                if scale <= 10 and "error" not in results[scale][build]:
                    painted = paint(build, geodata, runs=1)
                    results[scale][build]["paint_s"] = None if math.isnan(painted) else painted
                    if math.isnan(painted):
                        results[scale][build]["paint_note"] = "no map painted within 40 s with no internet"
    out.parent.mkdir(parents=True, exist_ok=True)
    report = {"machine_cores": os.cpu_count(), "paint_beside_floor": floor, "redraw": frame, "results": results}
    out.write_text(json.dumps(report, indent=2) + "\n")
    print(table(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
