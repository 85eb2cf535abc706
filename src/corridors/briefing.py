"""Briefings: ordered lists of saved views in small YAML files under geodata/briefings/.

A view is the full state a briefer needs to reopen: filters, layers, camera, the selected
record, a title and a caption whose figures cite sources. Files are validated like the rest
of the data and written atomically, so a crash never leaves half a briefing on disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Annotated, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from corridors import atomic, framing
from corridors.camera import HOME, View
from corridors.catalog import Dataset
from corridors.filters import LAYERS, Choices, Filters
from corridors.i18n import DEFAULT, ENGLISH, LANGS, N_, Translator
from corridors.safety import boundary
from corridors.translations import translator
from corridors.validate import Problem
from corridors.validate.translations import view_record
from corridors.viewkinds import KINDS, MAX_NOTES, USES
from corridors.viewkinds import problems as kind_problems

BRIEFINGS = "briefings"
MAX_BRIEFING_BYTES = 200_000
_ID = r"^[a-z0-9][a-z0-9-]*$"


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid")


class CameraSpec(_Spec):
    latitude: Annotated[float, Field(ge=-85, le=85)]
    longitude: Annotated[float, Field(ge=-180, le=180)]
    zoom: Annotated[float, Field(ge=0, le=20)]
    pitch: Annotated[float, Field(ge=0, le=60)] = 0.0
    bearing: Annotated[float, Field(ge=-360, le=360)] = 0.0


class FilterSpec(_Spec):
    corridors: list[str] = []
    modes: list[str] = []
    statuses: list[str] = []
    countries: list[str] = []
    years: Annotated[list[int], Field(min_length=2, max_length=2)]
    layers: list[str] = list(LAYERS)
    event_kinds: list[str] = []
    #: The language the view was saved in (any kind; not a filter of the records).
    lang: Literal[tuple(LANGS)] = DEFAULT  # type: ignore[valid-type]


class ViewSpec(_Spec):
    title: Annotated[str, Field(min_length=1, max_length=120)]
    kind: Literal[tuple(KINDS)] = "map"  # type: ignore[valid-type]
    caption: Annotated[str, Field(max_length=1200)] = ""
    sources: list[Annotated[str, Field(pattern=_ID)]] = []
    notes: Annotated[str, Field(max_length=MAX_NOTES)] = ""
    filters: FilterSpec | None = None
    camera: CameraSpec | None = None
    selected: str | None = None


class BriefingSpec(_Spec):
    id: Annotated[str, Field(pattern=_ID)]
    title: Annotated[str, Field(min_length=1, max_length=160)]
    views: Annotated[list[ViewSpec], Field(min_length=1, max_length=50)]


@dataclass(frozen=True)
class SavedView:
    title: str
    filters: Filters
    camera: View = HOME
    caption: str = ""
    sources: tuple[str, ...] = ()
    selected: str | None = None
    kind: str = "map"
    #: Speaker notes: shown in the presenter view and the PowerPoint notes pane only.
    notes: str = ""
    #: A timeline's event kinds (empty: every kind).
    event_kinds: tuple[str, ...] = ()


@dataclass(frozen=True)
class Briefing:
    id: str
    title: str
    views: tuple[SavedView, ...] = field(default_factory=tuple)

    def add(self, view: SavedView) -> Briefing:
        return Briefing(self.id, self.title, (*self.views, view))


def _to_view(spec: ViewSpec, years: tuple[int, int]) -> SavedView:
    """A view from its spec; a chart view without filters covers every year of the dataset."""
    f = spec.filters or FilterSpec(years=list(years))
    return SavedView(
        title=spec.title,
        caption=spec.caption,
        sources=tuple(spec.sources),
        filters=Filters(
            year_start=f.years[0],
            year_end=f.years[1],
            corridors=tuple(f.corridors),
            modes=tuple(f.modes),
            statuses=tuple(f.statuses),
            countries=tuple(f.countries),
            layers=tuple(layer for layer in LAYERS if layer in f.layers),
            lang=f.lang,
        ),
        camera=View(**spec.camera.model_dump()) if spec.camera else HOME,
        selected=spec.selected,
        kind=spec.kind,
        notes=spec.notes,
        event_kinds=tuple(f.event_kinds),
    )


def _check_against(ds: Dataset, spec: BriefingSpec, name: str) -> list[Problem]:
    """What no schema can know: that every id, value and year exists in the dataset."""
    choices = Choices.of(ds)
    records = set(ds.corridors["id"]) | set(ds.events["id"])
    problems: list[Problem] = []
    for number, view in enumerate(spec.views, start=1):
        where = f"view {number} ({view.title})"
        f = view.filters or FilterSpec(years=list(choices.years))
        before = len(problems)
        for attr in ("corridors", "modes", "statuses", "countries"):
            unknown = [v for v in getattr(f, attr) if v not in getattr(choices, attr)]
            if unknown:
                problems.append(Problem(name, where, f"filters.{attr}", f"unknown value(s): {', '.join(unknown)}"))
        unknown_layers = [v for v in f.layers if v not in LAYERS]
        if unknown_layers:
            problems.append(Problem(name, where, "filters.layers", f"unknown layer(s): {', '.join(unknown_layers)}"))
        start, end = f.years
        if not (choices.years[0] <= start <= end <= choices.years[1]):
            problems.append(
                Problem(name, where, "filters.years", f"{start}-{end} is outside {choices.years[0]}-{choices.years[1]}")
            )
        for source in view.sources:
            if source not in ds.sources.index:
                problems.append(Problem(name, where, "sources", f"unknown source id {source!r}"))
        if view.kind == "map" and view.selected and view.selected not in records:
            problems.append(Problem(name, where, "selected", f"unknown corridor or event id {view.selected!r}"))
        if len(problems) == before:  # the data behind a chart is only looked at once every value is known
            given = (view.filters.model_fields_set - {"lang"}) if view.filters else set()
            saved = _to_view(view, choices.years)
            for path, message in kind_problems(
                ds, view.kind, saved.filters, given, saved.event_kinds, view.selected, view.camera is not None
            ):
                problems.append(Problem(name, where, path, message))
    return problems


def parse(text: str | bytes, ds: Dataset, name: str = "briefing.yaml") -> tuple[Briefing | None, list[Problem]]:
    """A briefing from YAML text, or None with every problem found; never raises."""
    if isinstance(text, bytes):
        if len(text) > MAX_BRIEFING_BYTES:
            return None, [Problem(name, "-", "-", f"file is {len(text):,} bytes; the limit is {MAX_BRIEFING_BYTES:,}")]
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None, [Problem(name, "-", "-", "not UTF-8 text")]
    if "\x00" in text:
        return None, [Problem(name, "-", "-", "file is binary, not text")]
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # libyaml when available
    except (yaml.YAMLError, ValueError, RecursionError) as exc:  # bad dates and deep nesting are not YAMLErrors
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        return None, [Problem(name, "-", "-", f"not valid YAML{where}")]
    if not isinstance(data, dict):
        return None, [Problem(name, "-", "-", "must be a mapping with id, title and views")]
    try:
        spec = BriefingSpec.model_validate(data)
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = list(err["loc"])
            record = f"view {loc[1] + 1}" if len(loc) > 1 and loc[0] == "views" and isinstance(loc[1], int) else "-"
            path = ".".join(str(p) for p in (loc[2:] if record != "-" else loc)) or "-"
            problems.append(Problem(name, record, path, err["msg"].removeprefix("Value error, ")))
        return None, problems
    problems = _check_against(ds, spec, name)
    if problems:
        return None, problems
    years = Choices.of(ds).years
    return Briefing(spec.id, spec.title, tuple(_to_view(v, years) for v in spec.views)), []


def _filters_entry(v: SavedView) -> dict:
    """The filter fields the view's kind uses; empty lists left out (they mean "all")."""
    f = v.filters
    values = {
        "corridors": list(f.corridors),
        "modes": list(f.modes),
        "statuses": list(f.statuses),
        "countries": list(f.countries),
        "years": [f.year_start, f.year_end],
        "layers": list(f.layers),
        "event_kinds": list(v.event_kinds),
    }
    entry = {k: val for k, val in values.items() if k in USES[v.kind] and (val or k in ("years", "layers"))}
    return entry | ({"lang": f.lang} if f.lang != DEFAULT else {})


def _view_entry(v: SavedView) -> dict:
    entry: dict = {"title": v.title}
    if v.kind != "map":
        entry["kind"] = v.kind
    entry |= {"caption": v.caption, "sources": list(v.sources)}
    if v.notes:
        entry["notes"] = v.notes
    if USES[v.kind]:
        entry["filters"] = _filters_entry(v)
    if v.kind == "map":
        c = v.camera
        entry["camera"] = {
            "latitude": c.latitude,
            "longitude": c.longitude,
            "zoom": c.zoom,
            "pitch": c.pitch,
            "bearing": c.bearing,
        }
    if v.selected and v.kind != "trade":
        entry["selected"] = v.selected
    return entry


def dump(briefing: Briefing) -> str:
    """The briefing as human-editable YAML (the format :func:`parse` reads)."""
    data = {"id": briefing.id, "title": briefing.title, "views": [_view_entry(v) for v in briefing.views]}
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100, default_flow_style=None)


def save(briefing: Briefing, path: Path) -> None:
    """Write atomically: a failed save leaves the old file whole."""
    atomic.write(path, dump(briefing))


def bundled(root: Path) -> dict[str, Path]:
    """Briefing files shipped in ``root/briefings``, by id (file stem)."""
    folder = root / BRIEFINGS
    return {p.stem: p for p in sorted(folder.glob("*.yaml"))} if folder.is_dir() else {}


def load(path: Path, ds: Dataset) -> tuple[Briefing | None, list[Problem]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(path.name, "-", "-", f"cannot read: {exc.strerror}")]
    return parse(raw, ds, f"{BRIEFINGS}/{path.name}")


def camera_for(ds: Dataset, filters: Filters) -> View:
    """A camera framing what the filters show within the basemap (the region if nothing is)."""
    return framing.frame(ds, filters, width=1200, height=640)


MY_BRIEFING = Briefing("my-briefing", N_("My briefing"), ())


def new_view(
    ds: Dataset,
    title: str,
    caption: str,
    filters: Filters,
    selected: str | None = None,
    kind: str = "map",
    notes: str = "",
) -> SavedView:
    """A view of what a page shows now: a map framed on the filters, or a chart keeping the filters it uses."""
    if kind == "profile":
        filters = Choices.of(ds).default()
    elif kind != "map":
        kept = {name: getattr(filters, name) for name in USES[kind] if name in ("corridors", "countries")}
        filters = replace(Choices.of(ds).default(), year_start=filters.year_start, year_end=filters.year_end, **kept)
    return SavedView(
        title=title.strip() or translator(ds)._("Untitled view"),
        filters=filters,
        camera=camera_for(ds, filters) if kind == "map" else HOME,
        caption=caption.strip(),
        selected=None if kind == "trade" else selected,
        kind=kind,
        notes=notes.strip(),
    )


def step_of(raw: str | None, count: int, tr: Translator = ENGLISH) -> tuple[int, str | None]:
    """Zero-based step from a 1-based URL value, with a notice when the value was unusable."""
    if raw is None:
        return 0, None
    if raw.isascii() and raw.isdigit() and 1 <= int(raw) <= count:
        return int(raw) - 1, None
    return 0, tr._("Ignored step '{step}': this briefing has steps 1 to {count}.").format(step=raw[:20], count=count)


#: Map height (pixels) that leaves room for title, controls and caption on each projector size.
SCREENS = {"1920×1080": 640, "1280×720": 400}


def screen_of(raw: str | None) -> str:
    """Screen size from the URL (?screen=720 or 1080); the larger one by default."""
    return "1280×720" if raw == "720" else "1920×1080"


class NameTaken(Exception):
    """A shared briefing with that id exists already; nothing was written."""


def publish(briefing: Briefing, folder: Path, new_id: str, tr: Translator = ENGLISH) -> Path:
    """Save a copy of ``briefing`` as ``folder/new_id.yaml`` without ever overwriting a file.

    The text is written to a temporary file and hard-linked into place, which fails if the name
    exists: when two sessions publish the same name at the same moment, exactly one succeeds
    and the other gets :class:`NameTaken`; no reader ever sees half a file.
    """
    if not re.match(_ID, new_id) or len(new_id) > 60:
        raise ValueError(tr._("'{id}' is not a valid id: use lower-case letters, digits and hyphens").format(id=new_id))
    target = folder / f"{new_id}.yaml"
    try:
        atomic.create(target, dump(Briefing(new_id, briefing.title, briefing.views)))
    except FileExistsError:
        raise NameTaken(
            tr._("A shared briefing named '{id}' exists already; choose another name.").format(id=new_id)
        ) from None
    return target


def screen_param(screen: str) -> str:
    """The URL value of a screen size ('1280×720' -> '720'), the inverse of :func:`screen_of`."""
    return screen.split("×")[1]


@dataclass(frozen=True)
class Skipped:
    """A bundled briefing file that could not be used, with its problems."""

    name: str
    problems: list[Problem]


def available(
    root: Path, ds: Dataset, uploaded: dict[str, Briefing] | None = None, mine: Briefing = MY_BRIEFING
) -> tuple[dict[str, Briefing], list[Skipped]]:
    """Bundled briefings, then this session's ``uploaded`` ones and ``mine`` if it has views, by id;
    and the bundled files skipped because they have problems.
    """
    found: dict[str, Briefing] = {}
    skipped: list[Skipped] = []
    for name, path in bundled(root).items():
        unexpected: list[str] = []
        loaded: Briefing | None = None
        with boundary(f"the briefing file '{path.name}'", unexpected.append, "It is skipped until it is fixed."):
            loaded, problems = load(path, ds)
        if unexpected:
            skipped.append(Skipped(name, [Problem(f"{BRIEFINGS}/{path.name}", "-", "-", unexpected[0])]))
        elif loaded is None:
            skipped.append(Skipped(name, problems))
        else:
            found[loaded.id] = localized(ds, loaded, f"{BRIEFINGS}/{path.name}")
    found.update(uploaded or {})
    if mine.views:
        found[mine.id] = mine
    return found, skipped


def localized(ds: Dataset, briefing: Briefing, file: str) -> Briefing:
    """A bundled briefing's title, view titles, captions and notes in the dataset's language (``file``:
    'briefings/x.yaml'); English where a translation is missing."""
    texts = ds.translations.get(ds.lang, {})
    if not texts:
        return briefing

    def text(view: SavedView, name: str) -> str:
        return texts.get((view_record(file, view.title), name)) or getattr(view, name)

    views = tuple(
        replace(view, title=text(view, "title"), caption=text(view, "caption"), notes=text(view, "notes"))
        for view in briefing.views
    )
    return replace(briefing, title=texts.get((file, "title")) or briefing.title, views=views)


def titles(briefings: dict[str, Briefing], tr: Translator = ENGLISH) -> dict[str, str]:
    """Title of each briefing, by id (the labels of the Briefing box); My briefing in the reader's language."""
    return {key: tr._(b.title) if key == MY_BRIEFING.id else b.title for key, b in briefings.items()}


def is_bundled(root: Path, briefing: Briefing) -> bool:
    """True for a briefing shipped in ``root/briefings`` (other than My briefing): it is not published again."""
    return briefing.id != MY_BRIEFING.id and briefing.id in bundled(root)
