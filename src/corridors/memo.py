"""Results remembered per loaded object (a dataset's basemap), for data that cannot be hashed."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

R = TypeVar("R")


def per_object(compute: Callable[[Any], R], size: int = 8) -> Callable[[Any], R]:
    """``compute`` of an object, computed once while that same object (by identity) is among the last ``size``
    it was called with. The object must not change afterwards: datasets are read-only once loaded.
    """
    known: dict[int, tuple[Any, R]] = {}

    @wraps(compute)
    def remembered(value: Any) -> R:
        found = known.get(id(value))
        if found is None or found[0] is not value:  # an id can be reused once its object is gone
            if len(known) >= size:
                known.clear()
            found = known[id(value)] = (value, compute(value))
        return found[1]

    return remembered
