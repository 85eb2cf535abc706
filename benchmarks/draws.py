"""What each layer program costs the Atlas's first paint in software WebGL (headless Chromium).

The page's WebGL context is wrapped so that the GPU finishes its work before and after every draw call
(a one-pixel read): a draw's time is then what it really cost, and the first draw of a layer program,
or of a new set of per-record attributes, includes compiling it. Prints every draw of one page load
that took over 4 ms (program, enabled attribute slots, milliseconds, when) for the Atlas and the floor
page; the first paint is slower while measured this way, so compare the draws, not the totals.

    .venv/bin/python benchmarks/draws.py [--loads 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from perf import FLOOR, LOCAL  # noqa: E402

from corridors.server import serve  # noqa: E402

_TIMED_DRAWS = r"""(() => {
  window.__draws = [];
  const names = new WeakMap();
  const original = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attributes) {
    const gl = original.call(this, type, attributes);
    if (!gl || !type.startsWith('webgl') || gl.__timed) return gl;
    gl.__timed = true;
    const source = gl.shaderSource.bind(gl), attach = gl.attachShader.bind(gl), use = gl.useProgram.bind(gl);
    gl.shaderSource = (shader, text) => {
      const found = text.match(/SHADER_NAME\s+(\S+)/);
      names.set(shader, found ? found[1] : 'unnamed');
      return source(shader, text);
    };
    gl.attachShader = (program, shader) => {
      const name = names.get(shader);
      if (name && name.includes('vertex')) names.set(program, name.replace('-vertex-shader', ''));
      return attach(program, shader);
    };
    let current = null;
    gl.useProgram = (program) => { current = program; return use(program); };
    const pixel = new Uint8Array(4);
    const finish = () => gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
    for (const call of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
      const draw = gl[call].bind(gl);
      gl[call] = (...args) => {
        finish();
        const started = performance.now();
        const result = draw(...args);
        finish();
        let slots = '';
        for (let i = 0; i < 16; i++) slots += gl.getVertexAttrib(i, gl.VERTEX_ATTRIB_ARRAY_ENABLED) ? '1' : '0';
        window.__draws.push([names.get(current) || 'unnamed', slots, performance.now() - started, started]);
        return result;
      };
    }
    return gl;
  };
})();"""


def draws(url: str, wait_ms: int = 9000) -> list[tuple[str, str, float, float]]:
    """Every draw call of one page load: (program, enabled attribute slots, ms, ms since navigation)."""
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(LOCAL) else route.abort())
        page.add_init_script(_TIMED_DRAWS)
        page.goto(url)
        page.wait_for_timeout(wait_ms)
        found = [tuple(d) for d in page.evaluate("window.__draws")]
        browser.close()
    return found  # type: ignore[return-value]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--loads", type=int, default=3, help="page loads measured per page (after one to warm)")
    args = parser.parse_args()
    for name, script in (("atlas", ROOT / "app.py"), ("floor", FLOOR)):
        with serve(script, timeout=120) as (_, url):
            draws(url)  # warm: data loaded, caches filled
            for load in range(1, args.loads + 1):
                print(f"{name}, load {load}: program, attribute slots, ms, at ms")
                for program, slots, ms, at in draws(url):
                    if ms > 4:
                        print(f"  {program:22s} {slots}  {ms:6.0f}  {at:6.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
