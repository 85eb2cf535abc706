"""Many viewers at once: N headless Chromium sessions toggle the Atlas's filters on one local server.

Bounded and local only: the server listens on 127.0.0.1, every non-local request is refused, and
the run stops after ``--seconds``. Viewers arrive two seconds apart, each in its own browser context;
the minute of changes starts once every viewer's map has painted (on a machine with no GPU the first
paints queue in one software-WebGL process and would otherwise be counted as slow reruns). Each viewer
pauses ``--think`` seconds after a change, as a person reading the map would, and checks that caption
and legend show its own switch's state, so crossed sessions count as errors. Reports p50/p95 of the
click-to-updated-page time, the slowest first paint, the server's peak resident memory and its share
of the machine's CPU, as JSON.

    .venv/bin/python benchmarks/load.py --sessions 10 --seconds 60
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from perf import painted
from playwright.async_api import async_playwright

from corridors.catalog import load
from corridors.server import serve

ROOT = Path(__file__).resolve().parents[1]
LOCAL = ("http://127.0.0.1", "ws://127.0.0.1", "data:", "blob:")


def rss_kib(pid: int) -> int:
    """Resident memory of a process and its children, in KiB (Linux /proc)."""
    total = 0
    pids = [pid]
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        pids += [int(c) for c in children]
    except OSError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a process has used so far, in seconds (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def map_painted(page, timeout: float) -> None:
    """Wait until the viewer's map shows more than a blank fill (its first draw, not just the page's text)."""
    canvas = page.locator("[data-testid=stDeckGlJsonChart] canvas").first
    deadline = time.monotonic() + timeout
    while not painted(await canvas.screenshot(timeout=timeout * 1000)):
        if time.monotonic() > deadline:
            raise TimeoutError("the map never painted")
        await asyncio.sleep(0.5)


@dataclass
class Tally:
    """What the viewers saw: page-load and change times, errors; ``everyone_in`` starts the minute of changes."""

    sessions: int
    loads: list[float] = field(default_factory=list)
    timings: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    everyone_in: asyncio.Event = field(default_factory=asyncio.Event)

    def loaded(self, seconds: float) -> None:
        self.loads.append(seconds)
        if len(self.loads) == self.sessions:
            self.everyone_in.set()


async def session(browser, url: str, seconds: float, think: float, tally: Tally, number: int, corridors: int) -> None:
    # small windows: the browsers render WebGL in software on the same cores as the server
    context = await browser.new_context(viewport={"width": 900, "height": 600}, reduced_motion="reduce")

    async def guard(route):
        if route.request.url.startswith(LOCAL):
            await route.continue_()
        else:
            tally.errors.append(f"session {number}: external request {route.request.url}")
            await route.abort()

    await context.route("**/*", guard)
    page = await context.new_page()
    page.on("pageerror", lambda e: tally.errors.append(f"session {number}: page error {e}"))
    await asyncio.sleep(number * 2)  # viewers arrive over a few seconds, not in the same instant
    arrived = time.monotonic()
    try:
        # Playwright's default 30 s for the page's load event is too short when ten software-WebGL maps queue
        await page.goto(url, timeout=180_000)
        await page.get_by_text("corridors ·", exact=False).first.wait_for(timeout=180_000)
        await map_painted(page, timeout=180)
    except Exception as exc:  # noqa: BLE001 - a session that never loads is a result to report
        reason = (str(exc).strip().splitlines() or [""])[0][:160]
        seen = ""
        try:  # what the viewer saw instead, to look at
            await page.screenshot(path=str(ROOT / "benchmarks" / "results" / f"load-session-{number}.png"))
            seen = f"; page text: {(await page.inner_text('body'))[:300]!r}"
        except Exception:  # noqa: BLE001 - the browser may be gone
            pass
        tally.errors.append(f"session {number}: first page load failed ({type(exc).__name__}: {reason}){seen}")
        await context.close()
        tally.loaded(float("nan"))
        return
    tally.loaded(time.monotonic() - arrived)
    # Layers › Corridors: the sidebar's first switch (its label, as a person clicks it), never the page link
    switch = page.get_by_role("switch", name="Corridors", exact=True)
    toggle = page.locator("[data-testid=stSidebar] label").filter(has=switch)
    await tally.everyone_in.wait()  # the minute of changes starts once every viewer has the map open
    stop = time.monotonic() + seconds
    await asyncio.sleep(think * number / tally.sessions)  # people do not click in unison
    while time.monotonic() < stop:
        start = time.monotonic()
        try:
            await toggle.click(timeout=60_000)
            corridors_on = await switch.is_checked()
        except Exception as exc:  # noqa: BLE001 - any failure is a result to report, not a crash
            tally.errors.append(f"session {number}: could not use the Corridors switch ({type(exc).__name__})")
            continue
        # caption and legend must show what this session's own switch says (crossed sessions would fail here)
        expected = f"{corridors} corridors" if corridors_on else "0 corridors"
        modes = page.locator(".corridors-legend").get_by_text("Corridors by mode")
        try:
            await page.get_by_text(expected, exact=False).first.wait_for(timeout=60_000)
            await modes.wait_for(state="visible" if corridors_on else "detached", timeout=60_000)
        except Exception:  # noqa: BLE001
            tally.errors.append(f"session {number}: caption or legend did not match its own switch ({expected})")
            continue
        tally.timings.append(time.monotonic() - start)
        await asyncio.sleep(think)  # a person looks at the map before the next change
    await context.close()


async def run(sessions: int, seconds: float, think: float = 5.0) -> dict:
    with serve(ROOT / "app.py", timeout=120) as (proc, url):
        peak = [rss_kib(proc.pid)]
        tally = Tally(sessions)

        async def sample():
            while True:
                peak.append(rss_kib(proc.pid))
                await asyncio.sleep(0.5)

        async with async_playwright() as p:
            sampler = asyncio.create_task(sample())
            cpu_before, started = cpu_seconds(proc.pid), time.monotonic()
            # one browser, one context (own cookies, own session) per viewer: ten browsers cost more than they show
            browser = await p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
            )
            corridors = len(load().corridors)  # the Atlas shows every corridor by default
            await asyncio.gather(*(session(browser, url, seconds, think, tally, n, corridors) for n in range(sessions)))
            await browser.close()
            cpu_used, elapsed = cpu_seconds(proc.pid) - cpu_before, time.monotonic() - started
            sampler.cancel()
    timings, loads = tally.timings, [t for t in tally.loads if not math.isnan(t)]
    quantiles = statistics.quantiles(timings, n=20) if len(timings) >= 2 else [float("nan")] * 19
    return {
        "sessions": sessions,
        "seconds": seconds,
        "think_s": think,
        "changes": len(timings),
        "errors": tally.errors,
        "p50_s": round(statistics.median(timings), 3) if timings else None,
        "p95_s": round(quantiles[18], 3),
        # slowest viewer's arrival-to-painted-map time while the others arrive (not in p50/p95)
        "page_load_max_s": round(max(loads), 1) if loads else None,
        "server_peak_rss_mb": round(max(peak) / 1024, 1),
        # how much of the machine the server used; the browsers (software WebGL) had the rest
        "server_cpu_s": round(cpu_used, 1),
        "server_cpu_share": round(cpu_used / (elapsed * (os.cpu_count() or 1)), 3),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--think", type=float, default=5.0, help="pause after each change, as a person reading")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "load.json"))
    args = parser.parse_args()
    result = asyncio.run(run(args.sessions, args.seconds, args.think))
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n")
    head = ["sessions", "changes", "errors", "p50 s", "p95 s", "first paint s", "peak RSS MB", "server CPU"]
    row = [result["sessions"], result["changes"], len(result["errors"]), result["p50_s"], result["p95_s"]]
    row += [result["page_load_max_s"], result["server_peak_rss_mb"], f"{result['server_cpu_share']:.0%}"]
    line = "{:>10} {:>8} {:>7} {:>8} {:>8} {:>14} {:>12} {:>11}"
    print(line.format(*head))
    print(line.format(*map(str, row)))
    for error in result["errors"][:10]:
        print("error:", error)
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
