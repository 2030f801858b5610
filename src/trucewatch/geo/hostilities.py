"""How far a point lies from where ground fighting happened on a given day (``data/hostilities.yaml``).

A coarse prior for choosing among same-named settlements when the text gives nothing else: shelling, ground
assaults and FPV strikes happen within artillery range of the line of contact. The lines are polylines
through settlements; distances are to the nearest segment, on a local flat projection (good to a few km at
these distances).
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

import yaml

_KM_PER_DEG_LAT = 111.2


@dataclass(frozen=True)
class Period:
    name: str
    start: date
    end: date | None  # inclusive; None: still current
    lines: tuple[tuple[tuple[float, float], ...], ...]  # (lat, lon) points, in order

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@lru_cache(maxsize=1)
def periods() -> tuple[Period, ...]:
    text = resources.files("trucewatch.geo").joinpath("data/hostilities.yaml").read_text(encoding="utf-8")
    loaded = yaml.safe_load(text)
    found: list[Period] = []
    for entry in loaded["periods"]:
        lines = tuple(tuple((float(p[1]), float(p[2])) for p in line) for line in entry["lines"])
        found.append(Period(str(entry["name"]), entry["from"], entry.get("until"), lines))
    return tuple(found)


def _segment_km(lat: float, lon: float, a: tuple[float, float], b: tuple[float, float]) -> float:
    scale = math.cos(math.radians(lat)) * _KM_PER_DEG_LAT
    px, py = lon * scale, lat * _KM_PER_DEG_LAT
    ax, ay, bx, by = a[1] * scale, a[0] * _KM_PER_DEG_LAT, b[1] * scale, b[0] * _KM_PER_DEG_LAT
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length2))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def distance_to_hostilities_km(lat: float, lon: float, day: date) -> float | None:
    """Kilometres from (lat, lon) to the nearest line of the period covering ``day``; None outside them."""
    best: float | None = None
    for period in periods():
        if not period.covers(day):
            continue
        for line in period.lines:
            for a, b in itertools.pairwise(line):
                km = _segment_km(lat, lon, a, b)
                best = km if best is None else min(best, km)
    return best
