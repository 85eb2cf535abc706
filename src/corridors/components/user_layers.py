"""Sidebar panel to add your own layers for this session; each file is checked before use."""

from __future__ import annotations

import streamlit as st

from corridors import state, userlayers
from corridors.userlayers import UserLayer

_TYPES = [suffix[1:] for suffix in userlayers.SUFFIXES]


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
            if right.button("Remove", key=state.remove_layer(name)):
                del layers_now[name]
                st.session_state[state.USER_LAYERS] = layers_now
                st.rerun()  # redraw the list, the map and the legend without it
    st.session_state[state.USER_LAYERS] = layers_now
    return tuple(layers_now.values())
