"""Command line: ``corridors validate [PATH]`` and ``corridors basemap``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corridors.catalog import default_geodata


def _validate(args: argparse.Namespace) -> int:
    from corridors.validate import LENGTH_TOLERANCE, validate

    root = Path(args.path) if args.path else default_geodata()
    report = validate(root)
    for problem in report.problems:
        prefix = "warning: " if problem.severity == "warning" else ""
        print(f"{prefix}{problem}")
    if report.lengths:
        print(f"\nLength report (traced geodesic vs published; flagged beyond ±{LENGTH_TOLERANCE:.0%}):")
        for check in report.lengths:
            published = f"{check.published_km:8,.0f}" if check.published_km else "       —"
            gap = f"{check.gap:+6.0%}" if check.gap is not None else "      "
            flag = "  FLAG" if check.flagged else ""
            print(f"  {check.id:22s} {check.computed_km:8,.0f} km  published {published} km  {gap}{flag}")
    errors = len(report.errors)
    print(f"\n{root}: {errors} error(s), {len(report.problems) - errors} warning(s)")
    return 1 if errors else 0


def _basemap(args: argparse.Namespace) -> int:
    from corridors.basemap import build_countries, natural_earth_path

    out = Path(args.out) if args.out else default_geodata() / "countries.geojson"
    count = build_countries(Path(args.source) if args.source else natural_earth_path(), out)
    print(f"wrote {count} countries to {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="corridors", description="Corridors dashboard tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check a geodata folder and print every problem")
    check.add_argument("path", nargs="?", help="geodata folder (default: the bundled one)")
    check.set_defaults(run=_validate)
    base = sub.add_parser("basemap", help="rebuild countries.geojson from Natural Earth")
    base.add_argument("--source", help="Natural Earth shapefile (default: the copy inside pyogrio)")
    base.add_argument("--out", help="output GeoJSON (default: geodata/countries.geojson)")
    base.set_defaults(run=_basemap)
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # last resort: a message, never a traceback
        print(f"corridors {args.command}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
