"""Streamlit components shared by every page: ``show(...) -> value`` widgets, no data logic.

The filters live in ``st.session_state`` under :data:`KEY` and in the URL query string, so a
link reopens the same view and a page switch keeps the user's choices.
"""

from __future__ import annotations

import html
import os
from dataclasses import replace
from functools import partial
from pathlib import Path

import streamlit as st

from corridors import exports, render, userlayers
from corridors.briefing import MY_BRIEFING, Briefing, NameTaken, SavedView, bundled
from corridors.briefing import load as load_briefing
from corridors.briefing import parse as parse_briefing
from corridors.briefing import publish as publish_briefing
from corridors.catalog import DataError, Dataset, default_geodata, load
from corridors.details import Details
from corridors.filters import LAYERS, YEAR_RULE, Choices, Filters, from_query, to_query
from corridors.layers import LegendEntry
from corridors.schema import MODES, STATUSES
from corridors.userlayers import UserLayer
from corridors.validate import Problem

KEY = "filters"
#: Pages in the order of the sidebar links: (script, label, icon).
PAGES = (
    ("app.py", "Atlas", ":material/map:"),
    ("pages/1_Corridors.py", "Corridors", ":material/conversion_path:"),
    ("pages/2_Events.py", "Events", ":material/event:"),
    ("pages/3_Trade.py", "Trade", ":material/monitoring:"),
    ("pages/4_Sources_and_data.py", "Sources and data", ":material/menu_book:"),
    ("pages/5_Briefing.py", "Briefing", ":material/slideshow:"),
)
LAYER_LABELS = {
    "corridors": "Corridors",
    "events": "Venues and events",
    "trade": "Trade arcs",
    "labels": "Place labels",
}


def _signature(root: Path) -> tuple[tuple[str, float], ...]:
    return tuple(sorted((p.name, p.stat().st_mtime) for p in root.glob("*") if p.is_file()))


@st.cache_resource(show_spinner="Loading the dataset…")
def _load(root: str, signature: tuple) -> Dataset:
    return load(Path(root))


def dataset(root: Path | None = None) -> Dataset:
    """The validated dataset, loaded once per change of the files; stops the page if broken.

    ``CORRIDORS_GEODATA`` points the app at another geodata folder (a user's copy, or tests).
    """
    root = root or Path(os.environ.get("CORRIDORS_GEODATA") or default_geodata())
    try:
        return _load(str(root), _signature(root))
    except DataError as exc:
        show_problems(exc.problems)
        st.stop()
        raise  # unreachable: st.stop() ends the script run


def show_problems(problems: list[Problem]) -> None:
    """Error page listing every problem found in the data files, one per line."""
    st.error(
        f"The dataset has {len(problems)} problem(s), so the map cannot be drawn. "
        "Fix the files below (or run `corridors validate`) and reload."
    )
    st.code("\n".join(str(p) for p in problems), language=None)


def _widget_keys() -> dict[str, str]:
    return {name: f"{KEY}.{name}" for name in ("corridors", "modes", "statuses", "countries", "years", "layers")}


def _seed_widgets(filters: Filters) -> None:
    keys = _widget_keys()
    st.session_state[keys["corridors"]] = list(filters.corridors)
    st.session_state[keys["modes"]] = list(filters.modes)
    st.session_state[keys["statuses"]] = list(filters.statuses)
    st.session_state[keys["countries"]] = list(filters.countries)
    st.session_state[keys["years"]] = (filters.year_start, filters.year_end)
    for layer in LAYERS:
        st.session_state[f"{keys['layers']}.{layer}"] = layer in filters.layers


def sidebar(ds: Dataset, page: str, page_keys: tuple[str, ...] = ()) -> Filters:
    """Sidebar filters shared by every page, seeded from the URL on first load and kept in it.

    Streamlit resets widget values when the user moves to another page, so the filters are
    also kept under :data:`KEY` and restored into the widgets whenever ``page`` changes.
    ``page_keys`` are URL parameters the calling page reads itself; they are kept in the URL.
    """
    choices = Choices.of(ds)
    keys = _widget_keys()
    if KEY not in st.session_state:
        filters, notices = from_query(st.query_params.to_dict(), choices, page_keys)
        _seed_widgets(filters)
        st.session_state[KEY] = filters
        for notice in notices:
            st.warning(notice, icon=":material/warning:")
    elif st.session_state.get(f"{KEY}.page") != page:
        _seed_widgets(st.session_state[KEY])
    st.session_state[f"{KEY}.page"] = page
    names = dict(zip(ds.corridors["id"], ds.corridors["short_name"], strict=False))
    nav = st.sidebar.container()
    with st.sidebar:
        st.header("Filters")
        st.multiselect(
            "Corridors", choices.corridors, key=keys["corridors"], format_func=names.get, placeholder="All corridors"
        )
        st.multiselect(
            "Mode", choices.modes, key=keys["modes"], format_func=lambda m: f"{m} — {MODES[m]}", placeholder="All modes"
        )
        st.multiselect(
            "Status",
            choices.statuses,
            key=keys["statuses"],
            format_func=lambda s: f"{s} — {STATUSES[s]}",
            placeholder="All statuses",
        )
        st.multiselect("Countries (ISO codes)", choices.countries, key=keys["countries"], placeholder="All countries")
        st.slider("Year range", *choices.years, key=keys["years"], help=YEAR_RULE)
        st.caption(YEAR_RULE)
        st.markdown("**Layers**")
        for layer in LAYERS:
            st.toggle(LAYER_LABELS[layer], key=f"{keys['layers']}.{layer}")
    start, end = st.session_state[keys["years"]]
    filters = replace(
        choices.default(),
        corridors=tuple(st.session_state[keys["corridors"]]),
        modes=tuple(st.session_state[keys["modes"]]),
        statuses=tuple(st.session_state[keys["statuses"]]),
        countries=tuple(st.session_state[keys["countries"]]),
        year_start=int(start),
        year_end=int(end),
        layers=tuple(layer for layer in LAYERS if st.session_state[f"{keys['layers']}.{layer}"]),
    )
    st.session_state[KEY] = filters
    shared = to_query(filters, choices)
    current = st.query_params.to_dict()
    query = shared | {k: v for k, v in current.items() if k in page_keys}
    if current != query:
        st.query_params.from_dict(query)
    with nav:
        for script, label, icon in PAGES:
            st.page_link(script, label=label, icon=icon, query_params=shared)
    return filters


def page_param(name: str) -> str | None:
    """A page's own URL parameter (e.g. the corridor of a profile), or None."""
    value = st.query_params.get(name)
    return value if isinstance(value, str) and value else None


def follow_link(name: str, key: str, options: list, parse=str) -> None:
    """Point widget ``key`` at the URL parameter ``name`` when it came from a link.

    A value this page wrote itself (see :func:`remember`) is not applied again, so the
    user's own later choices are never overridden.
    """
    if key in st.session_state and st.session_state[key] not in options:
        del st.session_state[key]  # the filters no longer offer the remembered choice
    raw = page_param(name)
    if raw is None or raw == st.session_state.get(f"{key}.url"):
        return
    try:
        value = parse(raw)
    except ValueError:
        return
    if value in options:
        st.session_state[key] = value


def remember(name: str, key: str, value: object) -> None:
    """Write the widget's value to the URL parameter ``name``, so a link reopens it."""
    text = str(value)
    st.session_state[f"{key}.url"] = text
    if st.query_params.get(name) != text:
        st.query_params[name] = text


def _swatch(entry: LegendEntry) -> str:
    r, g, b = entry.color
    color = f"rgb({r},{g},{b})"
    if entry.style == "dot":
        return f'<span style="display:inline-block;width:12px;height:12px;border-radius:50%;background:{color}"></span>'
    if entry.style == "dashed":
        return (
            f'<span style="display:inline-block;width:28px;border-top:4px dashed {color};vertical-align:middle"></span>'
        )
    if entry.style == "arc":
        return (
            f'<span style="display:inline-block;width:28px;height:10px;border:3px solid {color};'
            'border-bottom:none;border-radius:14px 14px 0 0"></span>'
        )
    return f'<span style="display:inline-block;width:28px;border-top:5px solid {color};vertical-align:middle"></span>'


def legend(entries: list[LegendEntry], attribution: str) -> None:
    """Legend of what is on the map, grouped, with swatches matching the drawing style."""
    if not entries:
        st.info("Nothing matches these filters.")
    rows, group = [], None
    for entry in entries:
        if entry.group != group:
            group = entry.group
            rows.append(f'<div style="margin:10px 0 4px;font-weight:600">{html.escape(group)}</div>')
        title = f' title="{html.escape(entry.note)}"' if entry.note else ""
        rows.append(
            f'<div style="display:flex;gap:8px;align-items:center;margin:2px 0"{title}>{_swatch(entry)}'
            f"<span>{html.escape(entry.label)}</span></div>"
        )
    st.markdown(f'<div class="corridors-legend" style="font-size:0.9rem">{"".join(rows)}</div>', unsafe_allow_html=True)
    st.caption(attribution)


CORRIDORS_PAGE = "pages/1_Corridors.py"


def details(found: list[Details], link: bool = True) -> None:
    """Details panel: every field, figures with units, related events, disagreements, sources.

    ``link`` adds, for a corridor, a link to its profile on the Corridors page.
    """
    for item in found:
        with st.container(border=True):
            st.subheader(item.title, anchor=False)
            if link and item.kind == "corridor":
                query = to_query(st.session_state[KEY], Choices.of(dataset())) | {"p": item.id}
                st.page_link(
                    CORRIDORS_PAGE,
                    label="Open the corridor profile",
                    icon=":material/arrow_forward:",
                    query_params=query,
                )
            st.table({"Field": [f for f, _ in item.fields], "Value": [v for _, v in item.fields]})
            if item.related:
                st.markdown("**Related events**")
                for line in item.related:
                    st.text(line)
            if item.disagreements:
                st.markdown("**Where sources disagree**")
                for line in item.disagreements:
                    st.text(line)
            st.markdown("**Sources**")
            for s in item.sources:
                label = html.escape(f"{s.title} — {s.publisher}" + (f", {s.date}" if s.date else ""))
                link = f'<a href="{html.escape(s.url)}" target="_blank" rel="noopener">{label}</a>' if s.url else label
                st.markdown(f"- {link} ({html.escape(s.type)})", unsafe_allow_html=True)


BRIEFING_PAGE = "pages/5_Briefing.py"
MINE = "briefing.mine"
UPLOADED = "briefing.uploaded"


def escape(text: str) -> str:
    return html.escape(text)


def briefings(ds: Dataset) -> dict[str, Briefing]:
    """Bundled briefings, then this session's uploaded ones and 'My briefing' if it has views."""
    found: dict[str, Briefing] = {}
    for name, path in bundled(geodata_root()).items():
        loaded, problems = load_briefing(path, ds)
        if loaded is None:
            st.error(f"Briefing '{name}' was skipped because its file has problems:")
            st.code("\n".join(str(p) for p in problems), language=None)
        else:
            found[loaded.id] = loaded
    found.update(st.session_state.get(UPLOADED, {}))
    mine = st.session_state.get(MINE, MY_BRIEFING)
    if mine.views:
        found[mine.id] = mine
    return found


def presentation_chrome() -> None:
    """Hide the sidebar and Streamlit's header for a clean full-screen view."""
    st.markdown(
        """<style>
        [data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], [data-testid="stHeader"],
        [data-testid="stToolbar"], [data-testid="stDecoration"] { display: none !important; }
        .block-container { padding-top: 1rem !important; padding-bottom: 0 !important; max-width: 100% !important; }
        h1 { padding-top: 0.2rem !important; padding-bottom: 0.2rem !important; }
        </style>""",
        unsafe_allow_html=True,
    )


def stepper(step: int, total: int) -> int:
    """Previous / next buttons (arrow keys too); the step lives in the URL (?s=, 1-based)."""
    back, forward, leave = st.columns([1, 1, 6])
    moved = step
    if back.button("◀ Previous", key="step-back", shortcut="Left", disabled=step == 0):
        moved = step - 1
    if forward.button("Next ▶", key="step-next", shortcut="Right", disabled=step >= total - 1):
        moved = step + 1
    if st.query_params.get("present") == "1" and leave.button("Exit presentation", key="exit", shortcut="Esc"):
        del st.query_params["present"]
        st.rerun()
    st.query_params["s"] = str(moved + 1)
    if moved != step:
        st.rerun()  # draw the new step with its buttons enabled or disabled for it
    return step


def step_links(briefing_id: str, total: int, current: int) -> None:
    """A direct link to every step of the briefing."""
    st.caption("Steps")
    columns = st.columns(min(total, 12))
    for number in range(total):
        label = f"**{number + 1}**" if number == current else str(number + 1)
        columns[number % 12].page_link(
            BRIEFING_PAGE, label=label, query_params={"b": briefing_id, "s": str(number + 1)}
        )


def briefing_upload(ds: Dataset) -> None:
    """Upload a briefing file for this session; a bad file gets its problems listed and changes nothing."""
    upload = st.file_uploader("Upload a briefing file (YAML)", type=["yaml", "yml"], key="briefing-upload")
    if upload is None:
        return
    loaded, problems = parse_briefing(upload.getvalue(), ds, upload.name)
    if loaded is None:
        st.error(f"'{upload.name}' was not loaded: nothing has changed.")
        st.code("\n".join(str(p) for p in problems), language=None)
        return
    uploaded = dict(st.session_state.get(UPLOADED, {}))
    uploaded[loaded.id] = loaded
    st.session_state[UPLOADED] = uploaded
    st.success(f"Loaded '{loaded.title}' ({len(loaded.views)} views); pick it in the Briefing box.")


def view_exports(ds: Dataset, view: SavedView, name: str, position: str = "", uploaded: tuple = ()) -> None:
    """Download buttons for one view: PNG slide, offline HTML map, data. Built only when clicked."""
    st.download_button("PNG, 1920×1080", partial(render.png, ds, view, position, uploaded), f"{name}.png", "image/png")
    st.download_button("Offline HTML map", partial(exports.view_html, ds, view, uploaded), f"{name}.html", "text/html")
    st.download_button(
        "Data (zip: CSV + GeoJSON)",
        partial(exports.view_data, ds, view, uploaded),
        f"{name}-data.zip",
        "application/zip",
    )


USER_LAYERS = "user.layers"


def user_layer_panel() -> tuple[UserLayer, ...]:
    """Sidebar panel to add your own layers for this session; each file is checked before use."""
    layers_now: dict[str, UserLayer] = dict(st.session_state.get(USER_LAYERS, {}))
    seen: set[str] = st.session_state.setdefault(f"{USER_LAYERS}.seen", set())
    with st.sidebar.expander("Your layers", expanded=bool(layers_now)):
        st.caption(
            f"GeoJSON, GeoPackage, zipped Shapefile or CSV with lat/lon; up to {userlayers.MAX_BYTES // 1_000_000} MB "
            f"and {userlayers.MAX_FEATURES:,} features. Kept for this session only."
        )
        files = st.file_uploader(
            "Add a layer", type=[s[1:] for s in userlayers.SUFFIXES], accept_multiple_files=True, key="user-upload"
        )
        for upload in files or []:
            if upload.file_id in seen:
                continue
            seen.add(upload.file_id)
            try:
                layer = userlayers.read(upload.name, upload.getvalue())
            except userlayers.Refused as exc:
                st.error(str(exc))
                continue
            layers_now[layer.name] = layer
            for note in layer.notes:
                st.info(f"{layer.name}: {note}")
        for name, layer in list(layers_now.items()):
            left, right = st.columns([3, 1])
            left.write(f"{name} · {len(layer.frame):,} feature(s)")
            if right.button("Remove", key=f"remove-{name}"):
                del layers_now[name]
                st.session_state[USER_LAYERS] = layers_now
                st.rerun()  # redraw the list, the map and the legend without it
    st.session_state[USER_LAYERS] = layers_now
    return tuple(layers_now.values())


def publish_form(ds: Dataset, current: Briefing) -> None:
    """Save this session's briefing to the shared folder, never overwriting someone else's."""
    if current.id != MY_BRIEFING.id and current.id in bundled(geodata_root()):
        return
    with st.form("publish"):
        new_id = st.text_input("Save to the shared briefings as (id)", max_chars=60, placeholder="e.g. board-2026-01")
        go = st.form_submit_button("Save for the team")
    if go:
        try:
            path = publish_briefing(current, geodata_root() / "briefings", new_id.strip())
        except (NameTaken, ValueError) as exc:
            st.error(str(exc))
        else:
            st.success(f"Saved as '{path.stem}'; everyone can now pick it in the Briefing box.")


def geodata_root() -> Path:
    """The geodata folder the app runs on (``CORRIDORS_GEODATA``, else the bundled one)."""
    return Path(os.environ.get("CORRIDORS_GEODATA") or default_geodata())
