"""Sidebar panel to add your own layers for this session; each file is checked before use."""

from __future__ import annotations

import streamlit as st

from corridors import state, userlayers
from corridors.i18n import ENGLISH, N_, Translator
from corridors.safety import boundary
from corridors.userlayers import UserLayer

_TYPES = [suffix[1:] for suffix in userlayers.SUFFIXES]
TODO = N_("Check that the file opens in a GIS such as QGIS, save it again (GeoJSON is safest) and upload that.")


def _read(name: str, data: bytes, tr: Translator) -> UserLayer | str:
    """One uploaded layer, or the message saying why not: a refusal, or an unexpected error (logged)."""
    problems: list[str] = []
    with boundary(f"'{userlayers.clean_text(name, 60)}'", problems.append, TODO, tr):
        try:
            return userlayers.read(name, data)
        except userlayers.Refused as exc:
            problems.append(str(exc))
    return problems[0]


def show(tr: Translator = ENGLISH) -> tuple[UserLayer, ...]:
    """The layers added in this session, in upload order."""
    layers_now: dict[str, UserLayer] = dict(st.session_state.get(state.USER_LAYERS, {}))
    seen: set[str] = st.session_state.setdefault(state.USER_LAYERS_SEEN, set())
    with st.sidebar.expander(tr._("Your layers"), expanded=bool(layers_now)):
        st.caption(
            tr._(
                "GeoJSON, GeoPackage, zipped Shapefile or CSV with lat/lon; up to {megabytes} MB "
                "and {features} features. Kept for this session only."
            ).format(megabytes=userlayers.MAX_BYTES // 1_000_000, features=tr.number(userlayers.MAX_FEATURES))
        )
        files = st.file_uploader(tr._("Add a layer"), type=_TYPES, accept_multiple_files=True, key=state.USER_UPLOAD)
        refused: dict[str, str] = st.session_state.setdefault(state.USER_LAYERS_REFUSED, {})
        for upload in files or []:
            if upload.file_id not in seen:
                seen.add(upload.file_id)
                read = _read(upload.name, upload.getvalue(), tr)
                if isinstance(read, str):
                    refused[upload.file_id] = read
                else:
                    layers_now[read.name] = read
                    for note in read.notes:
                        st.info(f"{read.name}: {note}")
            if upload.file_id in refused:
                st.error(refused[upload.file_id])  # shown for as long as the file stays in the list
        for name, layer in list(layers_now.items()):
            left, right = st.columns([3, 2], vertical_alignment="center")
            count = len(layer.frame)
            features = tr.ngettext("{count} feature", "{count} features", count).format(count=tr.number(count))
            left.write(f"{name} · {features}")
            if right.button(tr._("Remove"), key=state.remove_layer(name)):
                del layers_now[name]
                st.session_state[state.USER_LAYERS] = layers_now
                st.rerun()  # redraw the list, the map and the legend without it
    st.session_state[state.USER_LAYERS] = layers_now
    return tuple(layers_now.values())
