"""Gazetteer places whose region their neighbours contradict (Round 40): a GeoNames village coded to one oblast
while its point lies among the villages of another, far from every place of its own ("Kulykivka" coded to
Dnipropetrovsk oblast at a point in Cherkasy oblast, 115 km from any place of Dnipropetrovsk oblast; two
"Sofiyivka"s whose oblasts are swapped; "Sasovo" of Ryazan oblast coded to Kharkiv oblast). A text that names the
oblast ("Kulykivka, Dnipropetrovsk oblast") was given that point, far beyond the oblast it names. The point is
right and the code wrong in each one read, so the repair gives such a place the country, oblast and raion its
neighbours agree on.

:func:`misplaced` finds them; ``scripts/build-admin1-repairs.py`` writes them to ``geo/data/admin1_repairs.tsv.gz``
and :func:`trucewatch.geo.gazetteer` applies that table when it loads (a check at every load would cost the cold
start a pass over every place's neighbours).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import Place

# A place is doubted when no other place of its own region lies within OWN_REGION_GAP_KM (villages lie a few km
# apart; a region's edge along water, such as the Kinburn spit's, leaves gaps of 20-35 km), and repaired only when
# at least NEIGHBOURS_AGREE of its NEIGHBOURS nearest places, all within NEIGHBOUR_MAX_KM, share another region.
OWN_REGION_GAP_KM = 50.0
NEIGHBOURS = 5
NEIGHBOURS_AGREE = 4
NEIGHBOUR_MAX_KM = 50.0
# cells of the grid the neighbours are looked for in: at Ukraine's latitudes a cell's height is about 55 km and
# its width about 56 km, so the cells around a place's own hold every place within NEIGHBOUR_MAX_KM of it
_CELL_LAT = 0.5
_CELL_LON = 0.75


class Repair(NamedTuple):
    """A place's id and name, the region it was coded to, and the country, region and raion its neighbours give;
    ``own_km``: how far the nearest place of the region it was coded to lies (inf beyond the search)."""

    id: str
    name: str
    coded_admin1: str
    country: str
    admin1: str
    raion: str | None
    own_km: float


def _cell(place: Place) -> tuple[int, int]:
    return int(place.lat // _CELL_LAT), int(place.lon // _CELL_LON)


def _around(cells: dict[tuple[int, int], list[Place]], place: Place, rings: int = 1) -> list[Place]:
    row, column = _cell(place)
    return [other for d_row in range(-rings, rings + 1) for d_column in range(-rings, rings + 1)
            for other in cells.get((row + d_row, column + d_column), ()) if other is not place]


def misplaced(places: Sequence[Place]) -> list[Repair]:
    """The Ukrainian places among ``places`` whose region their neighbours contradict (the thresholds above), with
    the region those neighbours agree on; sorted by how far the nearest place of their own region lies."""
    coded = [place for place in places if place.admin1]
    cells: dict[tuple[int, int], list[Place]] = {}
    by_region: dict[tuple[str | None, tuple[int, int]], list[Place]] = {}
    for place in coded:
        cells.setdefault(_cell(place), []).append(place)
        by_region.setdefault((place.admin1, _cell(place)), []).append(place)
    found: list[Repair] = []
    for place in coded:
        if place.country != "UA":
            continue
        row, column = _cell(place)
        own = (other for d_row in (-1, 0, 1) for d_column in (-1, 0, 1)
               for other in by_region.get((place.admin1, (row + d_row, column + d_column)), ()) if other is not place)
        if any(distance_km(place.lat, place.lon, other.lat, other.lon) <= OWN_REGION_GAP_KM for other in own):
            continue  # the usual case, decided by the first near place of its own region
        near = sorted(((distance_km(place.lat, place.lon, other.lat, other.lon), other)
                       for other in _around(cells, place)), key=lambda item: item[0])[:NEIGHBOURS]
        if len(near) < NEIGHBOURS or near[-1][0] > NEIGHBOUR_MAX_KM:
            continue
        admin1, agree = Counter(other.admin1 for _km, other in near).most_common(1)[0]
        if admin1 is None or admin1 == place.admin1 or agree < NEIGHBOURS_AGREE:
            continue
        agreeing = [other for _km, other in near if other.admin1 == admin1]
        country = Counter(other.country for other in agreeing).most_common(1)[0][0]
        raions = Counter(other.raion for other in agreeing if other.raion).most_common(1)
        own_km = min((distance_km(place.lat, place.lon, other.lat, other.lon) for other in coded
                      if other.admin1 == place.admin1 and other is not place), default=float("inf"))
        found.append(Repair(place.id, place.name, place.admin1 or "", country, admin1,
                            raions[0][0] if raions else None, round(own_km, 1)))
    return sorted(found, key=lambda repair: -repair.own_km)
