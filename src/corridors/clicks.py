"""What a click on a map or chart picked, decoded from the selection Streamlit returns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def map_pick(objects: Mapping[str, Sequence[dict[str, Any]]] | None) -> dict[str, Any] | None:
    """The first object clicked on a pydeck map (``selection.objects``: clicked records by layer id), or None.

    A GeoJSON feature (a planned corridor's dashes) is reported as its properties, like any other record.
    """
    for picked in (objects or {}).values():
        for obj in picked:
            properties = obj.get("properties")
            return dict(properties) if obj.get("type") == "Feature" and isinstance(properties, Mapping) else dict(obj)
    return None


def selected_corridor(obj: Mapping[str, Any] | None) -> str | None:
    """The id of a clicked corridor (the view's selected record), or None for any other click."""
    return str(obj.get("id")) if obj and obj.get("kind") == "corridor" else None


def chart_ids(selection: Mapping[str, Any] | None, name: str = "event") -> list[str]:
    """Ids of the marks clicked on an Altair chart with a point selection called ``name``."""
    points = (selection or {}).get(name) or []
    return [str(p.get("id")) for p in points if isinstance(p, Mapping) and p.get("id") is not None]


def new_click(clicked: list[str], options: Sequence[object], followed: object) -> str | None:
    """The clicked mark to select, if it is a choice and not the click already followed; else None."""
    if clicked and clicked[0] in options and clicked[0] != followed:
        return clicked[0]
    return None
