"""The length report: each corridor's traced geodesic length beside its published length."""

from __future__ import annotations

import shapely
from pyproj import Geod

from corridors.validate.problems import CORRIDORS, LengthCheck, Problem, Report


def check_lengths(report: Report) -> None:
    geod = Geod(ellps="WGS84")
    for corridor, geom in report.corridors:
        if geom.geom_type == "Point":
            continue
        lines = geom.geoms if geom.geom_type == "MultiLineString" else [geom]
        metres = sum(geod.line_length(*shapely.get_coordinates(line).T) for line in lines)
        check = LengthCheck(corridor.id, metres / 1000, corridor.length_km)
        report.lengths.append(check)
        if check.flagged:
            report.problems.append(
                Problem(
                    CORRIDORS,
                    corridor.id,
                    "length_km",
                    f"traced line is {check.computed_km:,.0f} km, {check.gap:+.0%} off the published "
                    f"{check.published_km:,.0f} km",
                    severity="warning",
                )
            )
