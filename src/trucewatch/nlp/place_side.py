"""The side of another place a title puts its subject on ("Aleksandrovka west of Kherson", "Lukyanovka east of Kiev",
"Kalynivka 12 km north of Mykolaiv"): of the subject's namesakes, the one on that side, nearest the other place.

The pairing of a title's subject with the place it lies by (:func:`~trucewatch.nlp.place_context.article_context`)
took the namesake nearest that place, wherever it lay: a hamlet 25 km north-east of Kherson for a village west of
it, a quarter of Kyiv for a village 60 km east of the city. When that nearest reading contradicts the side (it lies
within TOWN_ITSELF_KM of the place, or more than CONTRADICTS_DEG off the side), only the readings whose bearing from
the other place lies within SIDE_SPREAD_DEG of it are kept, at least SIDE_MIN_KM off (the place itself is on no side
of itself) and within SIDE_MAX_KM (or, with a distance given, within OFFSET_SPREAD of it plus AREA_KM); of those,
the nearest decides. A side told loosely ("north of" for a village to the north-east) leaves the nearest reading
standing, as does a side no reading lies on.
"""

from __future__ import annotations

from trucewatch.geo.distance import bearing_deg, distance_km
from trucewatch.geo.gazetteer import GeoMatch

# a side in words covers its compass point and the next ones (north-west: 247.5° to 22.5°)
SIDE_SPREAD_DEG = 67.5
# the side decides only against the nearest reading when that one contradicts it: within the town itself (no side
# of it) or more than a right angle off
TOWN_ITSELF_KM = 8.0
CONTRADICTS_DEG = 90.0
SIDE_MIN_KM = 3.0
# how far from a town a village told by its side usually lies (the monitors' "west of Kherson" is a village of the
# town's surroundings, not of the next oblast)
SIDE_MAX_KM = 80.0
# with a distance given, how far off it the reading may lie (its share, plus a village's own extent)
OFFSET_SPREAD = 0.5
AREA_KM = 5.0


def on_the_side(readings: list[GeoMatch], origins: list[tuple[float, float]],
                side: tuple[float, float | None] | None) -> list[tuple[float, float]]:
    """The point of the reading among ``readings`` that lies on ``side`` (bearing, distance or None) of one of
    ``origins``, the nearest such; empty when ``side`` is None or no reading lies there."""
    if side is None:
        return []
    bearing, km = side
    nearest = min(((distance_km(lat, lon, m.lat, m.lon), _turn(lat, lon, m, bearing)) for m in readings
                   for lat, lon in origins), default=None)
    if nearest is not None and nearest[0] > TOWN_ITSELF_KM and nearest[1] <= CONTRADICTS_DEG:
        return []  # the nearest reading lies roughly that way: a side in words is loosely told, it stands
    best: tuple[float, GeoMatch] | None = None
    for match in readings:
        for lat, lon in origins:
            away = distance_km(lat, lon, match.lat, match.lon)
            if away < SIDE_MIN_KM:
                continue
            if (away if km is None else abs(away - km)) > (SIDE_MAX_KM if km is None else OFFSET_SPREAD * km + AREA_KM):
                continue
            if _turn(lat, lon, match, bearing) <= SIDE_SPREAD_DEG and (best is None or away < best[0]):
                best = (away, match)
    return [(best[1].lat, best[1].lon)] if best is not None else []


def _turn(lat: float, lon: float, match: GeoMatch, bearing: float) -> float:
    """How far (degrees, 0 to 180) the bearing from (lat, lon) to ``match`` turns from ``bearing``."""
    return abs((bearing_deg(lat, lon, match.lat, match.lon) - bearing + 180.0) % 360.0 - 180.0)
