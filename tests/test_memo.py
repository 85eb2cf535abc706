"""Results remembered per object: computed once for the same object, again for an equal but other one."""

from corridors.memo import per_object


def test_the_same_object_is_computed_once_an_equal_copy_again():
    calls = []
    size = per_object(lambda d: calls.append(d) or len(d["features"]))
    basemap = {"features": [1, 2]}
    assert size(basemap) == 2 and size(basemap) == 2
    assert len(calls) == 1
    assert size(dict(basemap)) == 2 and len(calls) == 2


def test_only_the_last_few_objects_are_kept():
    calls = []
    first = per_object(lambda d: calls.append(d) or 0, size=2)
    kept = [{"n": n} for n in range(3)]
    for value in kept:
        first(value)
    first(kept[0])  # pushed out by the third
    assert len(calls) == 4
