"""Sidebar panel to add your own layers for this session; each file is checked before use."""

from __future__ import annotations

import streamlit as st

from corridors import state, userlayers
from corridors.safety import boundary
from corridors.userlayers import UserLayer

_TYPES = [suffix[1:] for suffix in userlayers.SUFFIXES]
TODO = "Check that the file opens in a GIS such as QGIS, save it again (GeoJSON is safest) and upload that."


def _read(name: str, data: bytes) -> UserLayer | str:
    """One uploaded layer, or the message saying why not: a refusal, or an unexpected error (logged)."""
    problems: list[str] = []
    with boundary(f"'{userlayers.clean_text(name, 60)}'", problems.append, TODO):
        try:
            return userlayers.read(name, data)
        except userlayers.Refused as exc:
            problems.append(str(exc))
    return problems[0]


def show() -> tuple[UserLayer, ...]:
    """The layers added in this session, in upload order."""
    layers_now: dict[str, UserLayer] = dict(st.session_state.get(state.USER_LAYERS, {}))
    seen: set[str] = st.session_state.setdefault(state.USER_LAYERS_SEEN, set())
    with st.sidebar.expander("Your layers", expanded=bool(layers_now)):
        st.caption(
            f"GeoJSON, GeoPackage, zipped Shapefile or CSV with lat/lon; up to {userlayers.MAX_BYTES // 1_000_000} MB "
            f"and {userlayers.MAX_FEATURES:,} features. Kept for this session only."
        )
        files = st.file_uploader("Add a layer", type=_TYPES, accept_multiple_files=True, key=state.USER_UPLOAD)
        refused: dict[str, str] = st.session_state.setdefault(state.USER_LAYERS_REFUSED, {})
        for upload in files or []:
            if upload.file_id not in seen:
                seen.add(upload.file_id)
                read = _read(upload.name, upload.getvalue())
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
            left.write(f"{name} · {len(layer.frame):,} feature(s)")
            if right.button("Remove", key=state.remove_layer(name)):
                del layers_now[name]
                st.session_state[state.USER_LAYERS] = layers_now
                st.rerun()  # redraw the list, the map and the legend without it
    st.session_state[state.USER_LAYERS] = layers_now
    return tuple(layers_now.values())
