"""When each step of the Atlas's first paint happens, beside three reference pages (Chromium traces).

The pages are perf.py's: the Atlas, its map alone, its layer kinds and the floor. For each page,
``--loads`` loads on a warm server, each traced in a fresh headless Chromium (every request but the
local server's refused). Prints, in seconds from the first traced event: when deck.gl's
script was asked for and handled, when the basemap's files were asked for and handled, when the first
WebGL frame started and the last long one (over 20 ms of GPU work) ended; and how long the browser's
main thread spent in React (Streamlit drawing its elements), in deck.gl's frames and waiting for the
GPU process (software compositing reads each WebGL frame back), and the GPU process's WebGL work.
Medians of the loads, also written to benchmarks/results/timeline.json. Unlike ``perf.py`` it takes no
screenshot, so nothing it measures waits for one.

    .venv/bin/python benchmarks/timeline.py [--loads 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from perf import PAINTED, headless_page, served  # noqa: E402

CATEGORIES = ["devtools.timeline", "toplevel", "gpu", "blink"]
#: A GPU task longer than this (microseconds) is a frame's WebGL work, not bookkeeping.
LONG_GPU_TASK = 20_000
STEPS = (
    "deck.gl script asked",
    "deck.gl script handled",
    "basemap asked",
    "basemap handled",
    "first WebGL frame",
    "last long WebGL frame ends",
    "main thread in React",
    "main thread in deck.gl frames",
    "main thread waiting for the GPU",
    "GPU process WebGL work",
)


async def _trace(url: str, path: Path, wait_ms: int) -> None:
    async with headless_page() as page:
        browser = page.context.browser
        await browser.start_tracing(page=page, path=str(path), categories=CATEGORIES)
        await page.goto(url)
        await page.wait_for_timeout(wait_ms)
        await browser.stop_tracing()


def trace(url: str, path: Path, wait_ms: int = 10000) -> None:
    """Load ``url`` once in a fresh headless Chromium, tracing it into ``path``."""
    asyncio.run(_trace(url, path, wait_ms))


def _data(event: dict[str, Any]) -> dict[str, Any]:
    return (event.get("args") or {}).get("data") or {}


def _url(event: dict[str, Any]) -> str:
    return _data(event).get("url") or ""


def steps(events: list[dict[str, Any]]) -> dict[str, float | None]:
    """The :data:`STEPS` of one traced load, in seconds (None when the page has no such step)."""
    threads = {(e["pid"], e["tid"]): e["args"]["name"] for e in events if e.get("name") == "thread_name"}
    timed = [e for e in events if e.get("ph") == "X" and "ts" in e]
    start = min(e["ts"] for e in timed)

    def at(microseconds: float) -> float:
        return round((microseconds - start) / 1e6, 2)

    def seconds(chosen: list[dict[str, Any]]) -> float:
        return round(sum(e["dur"] for e in chosen) / 1e6, 2)

    def on_main_thread(name: str) -> list[dict[str, Any]]:
        return [e for e in timed if e["name"] == name and threads.get((e["pid"], e["tid"])) == "CrRendererMain"]

    asked: dict[str, tuple[str, float]] = {}
    handled: dict[str, float] = {}
    for e in events:
        data = _data(e)
        if e.get("name") == "ResourceSendRequest":
            asked[data.get("requestId", "")] = (data.get("url", ""), e["ts"])
        elif e.get("name") == "ResourceFinish":
            handled[data.get("requestId", "")] = e["ts"]

    def request(part: str) -> tuple[float | None, float | None]:
        found = [(ts, handled.get(rid)) for rid, (url, ts) in asked.items() if part in url]
        if not found:
            return None, None
        sent, done = min(found, key=lambda pair: pair[0])
        return at(sent), at(done) if done else None

    gpu = [e for e in timed if e["name"] == "CommandBufferService:PutChanged"]
    frames = [e for e in gpu if e["dur"] > LONG_GPU_TASK]
    react = [e for e in on_main_thread("FunctionCall") if "react-dom" in _url(e)]
    script = request("/DeckGlJsonChart.")
    basemap = request("basemap.json")
    return dict(
        zip(
            STEPS,
            (
                *script,
                *basemap,
                at(min(e["ts"] for e in frames)) if frames else None,
                at(max(e["ts"] + e["dur"] for e in frames)) if frames else None,
                seconds(react),
                seconds(on_main_thread("FireAnimationFrame")),
                seconds(on_main_thread("GLES2::ReadPixels")),
                seconds(gpu),
            ),
            strict=True,
        )
    )


def median_steps(loads: list[dict[str, float | None]]) -> dict[str, float | None]:
    """Each step's median over the loads that have it."""
    out: dict[str, float | None] = {}
    for step in STEPS:
        values = [load[step] for load in loads if load[step] is not None]
        out[step] = round(statistics.median(values), 2) if values else None
    return out


def table(pages: dict[str, dict[str, float | None]]) -> str:
    lines = [f"{'seconds (median)':<34}" + "".join(f"{name:>12}" for name in pages)]
    for step in STEPS:
        cells = "".join(f"{'—' if found[step] is None else f'{found[step]:.2f}':>12}" for found in pages.values())
        lines.append(f"{step:<34}{cells}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=3, help="traced page loads of each page")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "timeline.json"))
    args = parser.parse_args()
    pages: dict[str, list[dict[str, float | None]]] = {name: [] for name in PAINTED}
    with served(PAINTED) as urls, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "trace.json"
        for url in urls.values():  # warm: data loaded, caches filled
            trace(url, path, wait_ms=4000)
        for _ in range(args.loads):
            for name, url in urls.items():
                trace(url, path)
                loaded = json.loads(path.read_text())
                pages[name].append(steps(loaded["traceEvents"] if isinstance(loaded, dict) else loaded))
    medians = {name: median_steps(loads) for name, loads in pages.items()}
    Path(args.out).write_text(json.dumps({"loads": args.loads, "median_s": medians}, indent=2) + "\n")
    print(table(medians))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
