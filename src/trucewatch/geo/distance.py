"""Distances on the Earth, once: in Python and as SQL (DuckDB) for set-based queries.

- ``distance_km`` / ``distance_sql``: great-circle distance (haversine) on a sphere of the mean Earth radius;
- ``offset_point``: the point a distance away in a direction, on the same sphere;
- ``KM_PER_DEGREE``: the length of a degree of latitude on that sphere (and of longitude at the equator);
- ``BOX_KM_PER_DEGREE``: a little less than that, for turning a distance into a box in degrees that a
  range join can use before the exact distance decides: a box drawn with it is never too small;
- ``lat_degrees_sql`` / ``lon_degrees_sql``: a distance as degrees of latitude, and of longitude at a
  latitude (the cosine kept above 0.1, so that boxes near the poles stay finite);
- ``LAT_LIMIT`` / ``LON_LIMIT`` and ``valid_latitude`` / ``valid_longitude`` / ``valid_point``: what a
  coordinate in degrees may be (finite and within ±90 / ±180), the one test every reader of coordinates uses
  (and SQL checks take their bounds from);
- ``PointGrid``: items at points by 1-degree cells, and the nearest of them to a point.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import Generic, TypeVar

T = TypeVar("T")

EARTH_RADIUS_KM = 6371.0088  # mean radius (IUGG)
KM_PER_DEGREE = EARTH_RADIUS_KM * math.pi / 180  # 111.195
BOX_KM_PER_DEGREE = 111.0
LAT_LIMIT = 90  # degrees north and south
LON_LIMIT = 180  # degrees east and west


def valid_latitude(lat: float) -> bool:
    """A latitude in degrees: finite and within ±90 (NaN and infinities are not)."""
    return -LAT_LIMIT <= lat <= LAT_LIMIT


def valid_longitude(lon: float) -> bool:
    """A longitude in degrees: finite and within ±180 (NaN and infinities are not)."""
    return -LON_LIMIT <= lon <= LON_LIMIT


def valid_point(lat: float, lon: float) -> bool:
    """A point in degrees: a valid latitude and a valid longitude."""
    return valid_latitude(lat) and valid_longitude(lon)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def distance_sql(lat1: str, lon1: str, lat2: str, lon2: str) -> str:
    """SQL for the great-circle distance in km between two points given as SQL expressions (the same formula
    as ``distance_km``)."""
    return (f"2 * {EARTH_RADIUS_KM} * asin(least(1.0, sqrt(pow(sin(radians({lat2} - {lat1}) / 2), 2) + "
            f"cos(radians({lat1})) * cos(radians({lat2})) * pow(sin(radians({lon2} - {lon1}) / 2), 2))))")


def lat_degrees_sql(km: str) -> str:
    """SQL: ``km`` (an SQL expression) as degrees of latitude, for a box that is never too small."""
    return f"({km}) / {BOX_KM_PER_DEGREE}"


def lon_degrees_sql(km: str, lat: str) -> str:
    """SQL: ``km`` as degrees of longitude at latitude ``lat`` (both SQL expressions)."""
    return f"({km}) / ({BOX_KM_PER_DEGREE} * greatest(cos(radians({lat})), 0.1))"


def offset_point(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point ``km`` from (lat, lon) in the direction ``bearing_deg`` (0 = north, 90 = east), on the same
    sphere as ``distance_km``."""
    phi, lam, theta = math.radians(lat), math.radians(lon), math.radians(bearing_deg)
    delta = km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return math.degrees(phi2), (math.degrees(lam2) + 540.0) % 360.0 - 180.0


class PointGrid(Generic[T]):
    """Items at points, by 1-degree cells: the nearest item to a point is looked for in the point's cell and the
    eight around it (so an item more than a degree away may be missed; callers want near ones only)."""

    def __init__(self) -> None:
        self._cells: defaultdict[tuple[int, int], list[tuple[float, float, T]]] = defaultdict(list)

    def add(self, lat: float, lon: float, item: T) -> None:
        self._cells[(math.floor(lat), math.floor(lon))].append((lat, lon, item))

    def nearest(self, lat: float, lon: float) -> tuple[T, float] | None:
        """The nearest item and its distance in km (the first added of equally near ones); None when no item
        lies in the nine cells around the point."""
        best: tuple[T, float] | None = None
        row, col = math.floor(lat), math.floor(lon)
        for d_row in (-1, 0, 1):
            for d_col in (-1, 0, 1):
                for p_lat, p_lon, item in self._cells.get((row + d_row, col + d_col), ()):
                    km = distance_km(lat, lon, p_lat, p_lon)
                    if best is None or km < best[1]:
                        best = (item, km)
        return best


def bearing_deg(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial bearing from (lat1, lon1) to (lat2, lon2) in degrees (0 = north, 90 = east), the inverse of
    ``offset_point``'s direction."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    delta = math.radians(lon2 - lon1)
    y = math.sin(delta) * math.cos(phi2)
    x = math.cos(phi1) * math.sin(phi2) - math.sin(phi1) * math.cos(phi2) * math.cos(delta)
    return math.degrees(math.atan2(y, x)) % 360.0
