"""Label placement: venue labels clear of each other and of every dot; country names."""

from __future__ import annotations

import pytest

from corridors.filters import Choices, apply
from corridors.labels import country_labels, declutter, dot_box, label_box, overlaps
from corridors.records import venue_records


def crowded_venues() -> list[dict]:
    """Twelve places a few pixels apart, some busy (big dots), as the bundled Caucasus venues are."""
    out = []
    for n in range(12):
        count = 1 + (n * 7) % 6
        out.append(
            {
                "place": f"Place {n}",
                "count": count,
                "label": f"Place {n} ({count})",
                "position": [44 + (n % 4) * 0.6, 40 + (n // 4) * 0.5],
                "radius": round(5 + 3 * count**0.5, 1),
            }
        )
    return out


@pytest.mark.parametrize("zoom", [3.4, 4.5, 6])
def test_labels_never_overlap_each_other_or_any_dot(zoom):
    venues = crowded_venues()
    placed = declutter(venues, zoom)
    boxes = [label_box(v, zoom) for v in placed]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not overlaps(a, b), (a, b)
    for venue in venues:  # a busy place's big dot must not hide the first letters of any label
        for box in boxes:
            assert not overlaps(box, dot_box(venue, zoom)), venue["place"]
    assert placed, "nothing was labelled"


def test_the_busiest_place_is_labelled_first_and_closer_in_more_labels_fit():
    venues = crowded_venues()
    far, near = declutter(venues, 3.4), declutter(venues, 6)
    busiest = min(venues, key=lambda v: (-v["count"], v["place"]))
    assert far[0]["place"] == busiest["place"]
    assert len(near) > len(far)


def test_every_small_venue_gets_a_label_beside_its_dot(small):
    venues = venue_records(apply(small, Choices.of(small).default()).events)
    placed = {v["place"]: v for v in declutter(venues, 3.4)}
    assert set(placed) == {v["place"] for v in venues}
    assert placed["Astana"]["anchor"] == "start" and placed["Astana"]["offset"][0] > 0  # right of the dot


def test_country_names_of_focus_countries_are_highlighted_and_small_neighbours_left_out(small):
    labels = {label["name"]: label for label in country_labels(small.countries)}
    assert {"AZERBAIJAN", "TÜRKIYE", "PAKISTAN", "Iran"} == set(labels)  # Georgia is too small to name
    assert labels["TÜRKIYE"]["size"] > labels["Iran"]["size"]
