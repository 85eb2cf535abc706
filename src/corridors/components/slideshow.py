"""Briefing views on a page, whatever their kind, their downloads, and "Add this view to a briefing"."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from corridors import charts, details, layers, pptx_export, render, tables, ui
from corridors.briefing import MY_BRIEFING, Briefing, SavedView, new_view
from corridors.briefing import dump as dump_briefing
from corridors.catalog import Dataset
from corridors.filters import Filters, apply
from corridors.viewkinds import KINDS, profile_row, timeline_events, trade_data

#: What the add form calls the thing it adds, by kind.
NOUNS = {"map": "view", "trade": "chart", "timeline": "timeline", "profile": "profile"}


def show_view(ds: Dataset, view: SavedView, key: str, height: int) -> None:
    """A saved view drawn on the page: the map with its legend, or the chart, timeline or profile."""
    if view.kind == "map":
        selection = apply(ds, view.filters)
        map_col, legend_col = st.columns([5, 1])
        with map_col:
            st.pydeck_chart(layers.build_deck(ds, selection, view.camera), key=key, height=height)
        with legend_col:
            ui.legend(layers.legend(selection), layers.ATTRIBUTION_TEXT)
    elif view.kind == "trade":
        data = trade_data(ds, view.filters)
        st.altair_chart(charts.trade_chart(data.series, data.targets).properties(height=height), key=key)
    elif view.kind == "timeline":
        events = timeline_events(ds, view.filters, view.event_kinds)
        st.altair_chart(charts.timeline(events).properties(height=height), key=key)
    else:
        _profile(ds, view, key, height)


def _profile(ds: Dataset, view: SavedView, key: str, height: int) -> None:
    row = profile_row(ds, view.selected)
    map_col, facts_col = st.columns([3, 2])
    with map_col:
        st.pydeck_chart(layers.profile_deck(ds, row["id"], view.filters), key=key, height=height)
    with facts_col:
        for column, (label, value) in zip(st.columns(2) * 2, details.key_figures(ds, row["id"]), strict=True):
            column.metric(label, value)
        st.write(row["description"])
        refs = details.source_refs(ds, row["sources"])
        st.markdown("**Sources**")
        st.text("\n".join(f"• {s.title} — {s.publisher}" + (f", {s.date}" if s.date else "") for s in refs))


def chart_data(ds: Dataset, view: SavedView) -> bytes:
    """The rows behind a chart view as CSV (trade series and targets, the events, or the corridor)."""
    if view.kind == "trade":
        data = trade_data(ds, view.filters)
        frame = pd.concat([data.series, data.targets.assign(kind="target")], ignore_index=True)
    elif view.kind == "timeline":
        frame = tables.event_table(timeline_events(ds, view.filters, view.event_kinds))
    else:
        frame = tables.corridor_table(ds.corridors[ds.corridors["id"] == view.selected])
    return frame.to_csv(index=False).encode("utf-8")


def view_downloads(ds: Dataset, view: SavedView, name: str, position: str) -> None:
    """This view's downloads: a map's PNG, offline HTML and data; a chart's PNG and its rows as CSV."""
    if view.kind == "map":
        ui.view_exports(ds, view, name, position)
        return
    st.download_button("PNG, 1920×1080", partial(render.png, ds, view, position), f"{name}.png", "image/png")
    st.download_button("Data behind it (CSV)", partial(chart_data, ds, view), f"{name}.csv", "text/csv")


def briefing_downloads(ds: Dataset, briefing: Briefing, name: str) -> None:
    """The whole briefing: PDF pack, PowerPoint deck (with speaker notes) and the YAML file."""
    st.download_button(
        "Briefing pack (PDF, one page per view)", partial(render.pdf, ds, briefing), f"{name}.pdf", "application/pdf"
    )
    st.download_button(
        "PowerPoint deck (16:9, speaker notes included)",
        partial(pptx_export.deck, ds, briefing),
        f"{name}.pptx",
        "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    )
    st.download_button("Briefing file (YAML)", dump_briefing(briefing), f"{name}.yaml", "application/yaml")


def add_view_form(ds: Dataset, filters: Filters, selected: str | None = None, kind: str = "map") -> None:
    """'Add this … to a briefing': what the page shows (a map framed on the filters, or its chart),
    a title, a caption and speaker notes, into *My briefing*."""
    noun = NOUNS[kind]
    with st.expander(f"Add this {noun} to a briefing"):
        with st.form(f"add-{kind}", clear_on_submit=True):
            title = st.text_input("Title", max_chars=120)
            caption = st.text_area("Caption (cite the sources of its figures)", max_chars=1200)
            notes = st.text_area("Speaker notes (only the presenter view shows them)", max_chars=2000)
            added = st.form_submit_button("Add to My briefing")
        if added:
            mine = st.session_state.get(ui.MINE, MY_BRIEFING)
            view = new_view(ds, title, caption, filters, selected, kind, notes)
            st.session_state[ui.MINE] = mine.add(view)
            st.success(f"Added the {KINDS[kind]} '{view.title}' to My briefing.")
        mine = st.session_state.get(ui.MINE, MY_BRIEFING)
        if mine.views:
            st.caption(f"My briefing has {len(mine.views)} view(s).")
            st.page_link(
                ui.BRIEFING_PAGE,
                label="Open My briefing",
                icon=":material/slideshow:",
                query_params={"b": mine.id, "s": str(len(mine.views))},
            )
            st.download_button(
                "Download My briefing (YAML)", dump_briefing(mine), "my-briefing.yaml", "application/yaml"
            )
