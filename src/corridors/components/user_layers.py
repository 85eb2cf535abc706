"""Sidebar panel to add your own layers for this session; each file is checked before use."""

from __future__ import annotations

import streamlit as st

from corridors import state, userlayers
from corridors.i18n import ENGLISH, Translator
from corridors.userlayers import UserLayer

_TYPES = [suffix[1:] for suffix in userlayers.SUFFIXES]


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
            count = len(layer.frame)
            features = tr.ngettext("{count} feature", "{count} features", count).format(count=tr.number(count))
            left.write(f"{name} · {features}")
            if right.button(tr._("Remove"), key=state.remove_layer(name)):
                del layers_now[name]
                st.session_state[state.USER_LAYERS] = layers_now
                st.rerun()  # redraw the list, the map and the legend without it
    st.session_state[state.USER_LAYERS] = layers_now
    return tuple(layers_now.values())
