"""A raion (district) the text names: the name before "raion", "rayon" or "district" is a raion's, read within the
oblast the text names before any other reading of it.

- "Sverdlovsk raion, Luhansk oblast": the raion of Luhansk oblast (Sverdlovsk is the former name of Dovzhansk and
  of its former raion), never Russia's Sverdlovsk oblast, whose name the word "raion" rules out;
- "the Velykyi Burluk district of Kharkiv region": a raion's name of several words;
- a sentence that names a raion and no settlement in it is placed at the raion: the town it is named after when
  the raion holds one bearing the name (its seat), else the raion's own point, with the raion's extent as the
  precision (:func:`raion_location`), rather than the oblast's centre or a village that happens to bear the
  raion's adjective ("Khmilnytskyi raion" is no hamlet Khmilnytskyi).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from trucewatch.geo.city_districts import cities_with_district, gazetteer_spelling
from trucewatch.geo.distance import distance_km
from trucewatch.geo.former_raions import FORMER_RAION_KM, could_be_seat, raion_point
from trucewatch.geo.gazetteer import (
    MATCHED_BY,
    GeoMatch,
    all_places,
    all_raions,
    geocode,
    geocode_candidates,
    raion,
    raion_code,
)
from trucewatch.nlp.place_names import NAME, RAION_AFTER

# a raion's name of up to three words before the word ("Velykyi Burluk district", "Novhorod-Siverskyi raion")
_RAION_MENTION = re.compile(r"\b(?P<name>" + NAME + r"(?:\s+" + NAME + r"){0,2})\s+(?i:raion|rayon|district)\b")
# the share of a current raion's settlements its precision covers (a few lie far out along its edge)
_COVERED = 0.9


def raion_in(text: str, admin1: str | None) -> str | None:
    """The code of the first raion ``text`` names (within ``admin1`` when given): the longest run of words before
    the raion word that is a raion's name ("Velykyi Burluk district", not "Burluk"). With no oblast named, a raion
    "of" a city is looked for in the city's oblast ("the Shakhtersky district of Donetsk": the former raion of
    Donetsk oblast; a raion of before the 2020 reform is known only within its oblast)."""
    for mention in _RAION_MENTION.finditer(text):
        if _a_named_citys(mention.group("name"), text):
            continue  # "Zaporizhzhia: … halted in the Dniprovskyi district": the city's district, no raion elsewhere
        code = raion_named(mention.group("name"), admin1) or (
            _raion_of_city(mention.group("name"), text, mention.end())
            or _raion_of_village(mention.group("name"), text, mention.start()) if admin1 is None else None)
        if code:
            return code
    return None


def _a_named_citys(name: str, text: str) -> bool:
    """Whether ``name`` is a district of a city ``text`` names (by the table's English name, "Zaporizhzhia", or the
    gazetteer's "Zaporizhzhya")."""
    return any(re.search(rf"\b(?:{re.escape(city.name)}|{re.escape(gazetteer_spelling(city.name))})\b", text)
               for city in cities_with_district(name))


# "… district of Donetsk": the city a raion is said to be "of"
_OF_CITY = re.compile(r"\s+of\s+(?:the\s+)?(?P<city>" + NAME + r")")


def _raion_of_city(name: str, text: str, end: int) -> str | None:
    """The raion ``name`` names in the oblast of the city named right after it ("district of Donetsk"), or None
    (no city there, or no raion of the name in its oblast)."""
    after = _OF_CITY.match(text, end)
    city = geocode(after.group("city"), country="UA") if after else None
    if city is None or city.admin1_code is None or city.source == "admin1-centre":
        return None
    code = raion_named(name, city.admin1_code)
    # a raion known only by a town it would be named after ("seat-…") is no reading here: a city's own districts are
    # called after towns too ("the Kirovsky district of Donetsk" is no raion of Kirovske)
    return code if code and not code.startswith("seat-") else None


# "Heorhiyivka town, Lutuginsky district", "Troitskoye (Popasnyansky district)": the settlement named right before a
# raion's words (its kind word allowed after it)
_VILLAGE_BEFORE = re.compile(r"(?P<village>" + NAME + r")(?:\s+(?i:village|town|settlement|city))?\s*(?:,|\(|(?i:in|of)"
                             r"\s+(?:the\s+)?)\s*$")
_EVERY_READING = 1_000


def _raion_of_village(name: str, text: str, start: int) -> str | None:
    """With no oblast named, the raion ``name`` names in the oblast of the settlement named right before it, when
    exactly one oblast holds both a raion of the name and a settlement of the village's name in it ("Heorhiyivka
    town, Lutuginsky district": the former Lutuhyne raion of Luhansk oblast, which holds a Heorhiivka; a raion of
    before the 2020 reform is known only within its oblast). A raion's words that read a raion in no oblast of the
    village's readings, or in several, give none."""
    before = _VILLAGE_BEFORE.search(text[:start])
    if before is None:
        return None
    readings = [m for m in geocode_candidates(before.group("village"), country="UA", limit=_EVERY_READING)
                if m.admin1_code and m.source not in ("admin1-centre", "geonames-section")]
    found: set[str] = set()
    for oblast in dict.fromkeys(m.admin1_code for m in readings):
        code = raion_named(name, oblast)
        if code and any(m.admin1_code == oblast and in_raion(m, code) for m in readings):
            found.add(code)
    return found.pop() if len(found) == 1 else None


def in_raion(match: GeoMatch, code: str | None) -> bool:
    """Whether ``match`` lies in the raion ``code`` (a current raion's pcode, or a former raion's: within
    FORMER_RAION_KM of its point); False when no raion is given."""
    if code is None:
        return False
    former = raion_point(code)
    if former is None:
        return match.raion == code
    return distance_km(match.lat, match.lon, *former) <= FORMER_RAION_KM


def beyond_raion_km(match: GeoMatch, code: str) -> float | None:
    """How far ``match`` lies beyond the raion ``code`` (from its point, less its extent), or None when the raion
    has no point."""
    unit = _point_and_extent(code)
    return None if unit is None else distance_km(match.lat, match.lon, *unit[0]) - unit[1]


def _point_and_extent(code: str) -> tuple[tuple[float, float], float] | None:
    """The point of raion ``code`` (a current raion's or a former one's) and how far from it its settlements lie
    (a current raion's extent, a former one's FORMER_RAION_KM), or None when it has no point."""
    current = raion(code)
    point = (current.lat, current.lon) if current else raion_point(code)
    if point is None:
        return None
    return point, (_extents().get(code, FORMER_RAION_KM) if current else FORMER_RAION_KM)


def names_raion(sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` stands before the raion word ("Krasnoarmiiskyi raion"): it names a raion
    (:func:`raion_in`), and only its readings as the raion's town say where a village of its sentence lies
    (:func:`seat_readings`)."""
    return RAION_AFTER.match(sentence, end) is not None


def seat_readings(found: list[GeoMatch]) -> list[GeoMatch]:
    """The readings of a raion's name that could be the raion's town (:func:`could_be_seat`), the only ones that
    may pair with a namesake of its sentence (:func:`~trucewatch.nlp.place_choice.close_pair`): "Dobropil raion"
    pairs a Shevchenko with the town of Dobropillia, but "Krasnoarmiiskyi raion", read by a spelling variant as a
    village once called Krasnoarmiiske, says nothing of which Novoselivka is meant."""
    return [m for m in found if could_be_seat(m, by_spelling=True)]


def raion_named(name: str, admin1: str | None) -> str | None:
    """The code of the raion ``name`` (its words before the raion word) names within ``admin1``, trying the whole
    and then fewer of its last words."""
    words = name.split()
    for first in range(len(words)):
        part = " ".join(words[first:])
        if part.lower() in ("the", "a") or len(part) < 3:
            continue
        code = raion_code(part, admin1) or _seat_raion(part, admin1)
        if code:
            return code
    return None


def _seat_raion(name: str, admin1: str | None) -> str | None:
    """The raion whose seat ``name`` names, where the raion's own name is no spelling of the town's ("Kryvyi Rih
    district": Kryvorizkyi raion): a town read by its own or an alternate name that is the most populous settlement of
    its raion, the best reading of the name (not Sloviansk, in Kramatorsk's raion since 2020, nor Nikopol, which
    GeoNames also calls so; its former raion is read as such)."""
    seats = _raion_seats()
    for match in geocode_candidates(name, admin1_code=admin1, country="UA", limit=1):
        if match.matched_by != MATCHED_BY[2] and match.raion and seats.get(match.raion) == match.id:
            return match.raion
    return None


@lru_cache(maxsize=1)
def _raion_seats() -> dict[str, str]:
    """Each Ukrainian raion's most populous settlement (its seat since the 2020 reform), by id."""
    best: dict[str, tuple[int, str]] = {}
    for place in all_places():
        if place.raion and place.source not in ("admin1-centre", "geonames-section") and place.population > best.get(
                place.raion, (0, ""))[0]:
            best[place.raion] = (place.population, place.id)
    return {code: ident for code, (_, ident) in best.items()}


@lru_cache(maxsize=1)
def _extents() -> dict[str, float]:
    """How far from each current raion's point most of its settlements lie (``_COVERED`` of them), in km."""
    raions = all_raions()
    spread: dict[str, list[float]] = {}
    for place in all_places():
        unit = raions.get(place.raion or "")
        if unit is not None and place.source != "geonames-section":
            spread.setdefault(unit.code, []).append(distance_km(place.lat, place.lon, unit.lat, unit.lon))
    return {code: sorted(km)[int(len(km) * _COVERED) - 1] for code, km in spread.items() if len(km) >= 5}


def raion_location(code: str, name: str, admin1: str | None) -> dict[str, Any] | None:
    """The location of raion ``code`` named as ``name``: its seat (a settlement of the raion bearing the name,
    ``SEAT_POPULATION`` people or more) or, failing one, its point; the precision the raion's extent."""
    where = _point_and_extent(code)
    if where is None:
        return None
    point, extent = where
    current = raion(code)
    seats = [m for m in geocode_candidates(name, admin1_code=admin1, limit=5) if could_be_seat(m) and in_raion(m, code)]
    unit = f"{name} raion"
    if len(seats) == 1:
        seat = seats[0]
        return {"name": unit, "admin1_code": seat.admin1_code, "country": "UA", "lat": seat.lat, "lon": seat.lon,
                "precision_km": round(max(extent, seat.precision_km), 1), "source": seat.source,
                "basis": f"the raion the text names: {seat.name}, the town it is named after, the precision the "
                         f"raion's extent ({extent:.0f} km)"}
    return {"name": unit, "admin1_code": current.admin1 if current else admin1, "country": "UA", "lat": point[0],
            "lon": point[1], "precision_km": round(extent, 1), "source": "raion",
            "basis": f"the raion the text names: its point, the precision its extent ({extent:.0f} km)"}
