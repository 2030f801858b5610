"""Where in or around a named settlement an event lies, as the words next to the name say: a district after a
city's name ("Donetsk - Petrovskyi"), a distance and direction ("17 km NE of Chernihiv"), a distance with no
direction ("15 km from Nikopol"), a part of a city ("in southeastern Kharkiv"), or the settlement as a direction,
an axis or an area rather than the place itself ("in the direction of Izium", "on the Izium axis", "the Lyman
area"). Each moves the point or widens the precision of the settlement's location (:mod:`trucewatch.nlp.places`)
and says so in its basis.
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.geo.distance import distance_km, offset_point
from trucewatch.geo.gazetteer import EXTENT_PER_RADIUS, MATCHED_BY, geocode_candidates
from trucewatch.nlp.place_choice import FRONT_NEAR_KM, UNDECIDED_MARK, outweighing_town
from trucewatch.nlp.place_names import DISTRICT_MAX_KM, NAME
from trucewatch.nlp.place_origin import COMPASS_WORD

# A city district as ACLED writes it, right after the city's name: "Donetsk - Petrovskyi".
_DISTRICT_AFTER = re.compile(r"\s+[-–—]\s+(?P<name>" + NAME + r")")
# A settlement named as a direction or an axis of the front ("in the direction of Izium", "on the Izium axis",
# "the Bakhmut direction"): the event lies on its approaches, not in the settlement. Its point is kept, the
# precision widened by AXIS_KM (tube artillery's range, as the front-line prior's). Named as an area ("the Lyman
# area", "on Kyiv's outskirts"): by AREA_KM, as "near" widens it (trucewatch.geo.gazetteer). Named as where a
# convoy went or set out from, the only place of its sentence ("moving towards Kharkiv", "leaving Melitopol"): by
# ROUTE_KM, an hour or so on the road.
AXIS_KM = FRONT_NEAR_KM
AREA_KM = 10.0
ROUTE_KM = 30.0
_AXIS_BEFORE = re.compile(r"\b(?i:direction|axis)\s+of\s+(?:the\s+)?$")
_AXIS_AFTER = re.compile(r"(?:['’]s)?\s+(?i:axis|direction|sector|bridgehead|front)\b"
                         r"(?![\s-]+(?i:door|line|page|yard))")
_AREA_AFTER = re.compile(r"(?:['’]s)?\s+(?i:area|outskirts|suburbs?|surroundings|environs)\b")
# "the suburbs of X"; "north of X", "to the south-east of X" with no distance: somewhere on that side, near it
_AREA_BEFORE = re.compile(r"\b(?:(?i:suburbs?|environs)|(?i:" + COMPASS_WORD + r"))\s+of\s+(?:the\s+)?"
                          r"(?:(?i:city|town|village)\s+of\s+)?$")


def where_in_or_around(sentence: str, span: tuple[int, int], location: dict[str, Any]) -> dict[str, Any]:
    """``location`` (a settlement's, named at ``span`` of ``sentence``) moved to the district, distance or part
    the words next to the name give, or widened when they name it as a direction or an area."""
    return (_district_of(sentence, span, location) or _offset_from(sentence, span, location)
            or _distance_from(sentence, span, location) or _offset_missed(sentence, span, location)
            or _part_of_city(sentence, span, location) or _along(sentence, span, location)
            or _road_between(sentence, span, location) or location)


# "on the Bakhmut-Lysychansk road", "the Kyiv–Zhytomyr highway": a road between two towns, named by both; the other
# end is taken within ROAD_MAX_KM of the first (and anchors the choice among the first's namesakes)
ROAD_AFTER = re.compile(r"\s*[-–—/]\s*(?P<other>[A-Z][\w'’]+)\s+(?i:road|highway|motorway|route)\b")
ROAD_MAX_KM = 250.0


# "on the road between Sloviansk and Kramatorsk", "the highway from Izium to Sloviansk": the same road in words
_ROAD_WORDS_BEFORE = re.compile(r"\b(?i:road|highway|motorway|route)\s+(?i:between|from)\s+$")
_ROAD_WORDS_AFTER = re.compile(r"\s+(?i:and|to)\s+(?P<other>" + NAME + r")")


def _road_between(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"the Bakhmut-Soledar road", "the road between Bakhmut and Soledar": the first town's point, the precision
    widened by the distance to the second, when that is a place within ROAD_MAX_KM of the first (the event lies
    somewhere on the road; which end it is nearer the text does not say)."""
    road = ROAD_AFTER.match(sentence, span[1])
    if road is None and _ROAD_WORDS_BEFORE.search(sentence, max(0, span[0] - 30), span[0]):
        road = _ROAD_WORDS_AFTER.match(sentence, span[1])
    if road is None or place.get("lat") is None:
        return None
    ends = [distance_km(place["lat"], place["lon"], match.lat, match.lon)
            for match in geocode_candidates(road.group("other"), limit=20)
            if match.source != "admin1-centre" and match.matched_by != MATCHED_BY[2]]
    ends = [km for km in ends if 0 < km <= ROAD_MAX_KM]
    if not ends:
        return None
    return widened(place, min(ends), f"on the road from it to {road.group('other')} ({min(ends):.0f} km)")


def widened(location: dict[str, Any], km: float, why: str) -> dict[str, Any]:
    """``location`` with its precision grown by ``km``, the basis saying why."""
    if location.get("precision_km") is None:
        return location
    return {**location, "precision_km": location["precision_km"] + km,
            "basis": f"{location['basis']}; {why}: the precision widened by {km:.0f} km"}


def _along(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"in the direction of Izium", "the Izium axis": the precision widened by AXIS_KM; "the Lyman area",
    "Kyiv's outskirts": by AREA_KM."""
    if place.get("lat") is None:
        return None
    if _AXIS_BEFORE.search(sentence, max(0, span[0] - 30), span[0]) or _AXIS_AFTER.match(sentence, span[1]):
        return widened(place, AXIS_KM, "named as a direction or an axis of the front, not as the event's place")
    if _AREA_AFTER.match(sentence, span[1]) or _AREA_BEFORE.search(sentence, max(0, span[0] - 40), span[0]):
        return widened(place, AREA_KM, "named as an area or a side of it, not as the event's place")
    return None


def _district_of(sentence: str, span: tuple[int, int], city: dict[str, Any]) -> dict[str, Any] | None:
    """"Donetsk - Petrovskyi": the district right after the city, when the gazetteer has a place of that
    name (GeoNames keeps city districts, with their former names as alternates) close to the city."""
    after = _DISTRICT_AFTER.match(sentence, span[1])
    if after is None:
        return None
    district = after.group("name")
    near = [(km, m) for m in geocode_candidates(district, admin1_code=city.get("admin1_code"))
            if m.source != "admin1-centre"
            and (km := distance_km(m.lat, m.lon, city["lat"], city["lon"])) <= DISTRICT_MAX_KM]
    if not near:
        return None
    km, match = min(near, key=lambda pair: pair[0])
    return {**city, "name": f"{city['name']} - {district}", "lat": match.lat, "lon": match.lon,
            "precision_km": match.precision_km, "source": match.source,
            "basis": f"a district of {city['name']}: {match.name}, {km:.0f} km from the city's centre"}


_BEARINGS = {"n": 0.0, "nne": 22.5, "ne": 45.0, "ene": 67.5, "e": 90.0, "ese": 112.5, "se": 135.0, "sse": 157.5,
             "s": 180.0, "ssw": 202.5, "sw": 225.0, "wsw": 247.5, "w": 270.0, "wnw": 292.5, "nw": 315.0,
             "nnw": 337.5}
_OFFSET_BEFORE = re.compile(
    r"(?P<km>\d{1,3}(?:[.,]\d+)?)\s*(?:km|kms|kilometres|kilometers|kilometre|kilometer)\s+(?P<dir>(?i:"
    + COMPASS_WORD + r"|[NSEW]{1,3}))\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?$")
# a direction given in words or letters is about this many degrees wide: the error grows with the distance
OFFSET_SPREAD = 0.4


def compass_bearing(direction: str) -> float | None:
    """The bearing in degrees of a direction in words or letters ("north-west", "NW" -> 315.0), or None."""
    return _BEARINGS.get(_compass(direction))


def _compass(direction: str) -> str:
    """A direction in words or letters as compass letters ("north-east", "NE" -> "ne"; see _BEARINGS)."""
    word = direction.lower().replace("-", "").replace(" ", "")
    return word.replace("north", "n").replace("south", "s").replace("east", "e").replace("west", "w")


def _offset_from(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"17 km NE of Chernihiv": the point that far from the settlement in that direction, the precision grown
    by the uncertainty of a direction in words (OFFSET_SPREAD of the distance)."""
    before = _OFFSET_BEFORE.search(sentence[max(0, span[0] - 60):span[0]])
    if before is None or place.get("lat") is None:
        return None
    letters = _compass(before.group("dir"))
    bearing = _BEARINGS.get(letters)
    km = float(before.group("km").replace(",", "."))
    if bearing is None or km <= 0:
        return None
    lat, lon = offset_point(place["lat"], place["lon"], km, bearing)
    return {**place, "lat": lat, "lon": lon, "precision_km": place["precision_km"] + OFFSET_SPREAD * km,
            "basis": f"{place['basis']}; {km:g} km {letters.upper()} of it, as the text says"}


# "15 km from Nikopol", "about 40 kilometres outside Kryvyi Rih", "30 km away from the town of X": a distance with
# no direction puts the event anywhere on a circle round the place
_DISTANCE_BEFORE = re.compile(
    r"(?P<km>\d{1,3}(?:[.,]\d+)?)\s*(?:km|kms|kilometres|kilometers|kilometre|kilometer|miles?)\s+"
    r"(?:(?i:away)\s+)?(?i:from|outside(?:\s+of)?|off)\s+(?:the\s+)?"
    r"(?:(?:city|town|village|settlement)\s+of\s+)?$")
KM_PER_MILE = 1.609


def _distance_from(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"15 km from Nikopol": the settlement's point kept, the precision grown by the distance (the text gives no
    direction), the basis saying so."""
    before = _DISTANCE_BEFORE.search(sentence[max(0, span[0] - 60):span[0]])
    if before is None or place.get("lat") is None:
        return None
    km = float(before.group("km").replace(",", "."))
    if "mile" in before.group(0).lower():
        km *= KM_PER_MILE
    if km <= 0:
        return None
    return widened(place, km, f"{km:g} km from it in a direction the text does not give")


# "Novoselivka, 20 km west of Donetsk": where the text puts the name before it, from a place it names after; the
# name's raion or oblast may stand between ("Berestove, Kharkiv oblast, about 29 km north-east of Kupiansk",
# "Sontsivka (Pokrovskyi raion), 10 km north-west of Kurakhove")
_UNIT_BETWEEN = (r"(?:\s*\([^()]{1,60}\)|\s*,\s*" + NAME + r"(?:\s+" + NAME + r")?\s+"
                 r"(?i:oblast|region|raion|district|province|hromada))?")
_OFFSET_AFTER = re.compile(
    _UNIT_BETWEEN + r"\s*(?:,?\s*(?:(?i:about|some|around|roughly|approximately)\s+)?(?P<km>\d{1,3}(?:[.,]\d+)?)\s*"
    r"(?:km|kms|kilometres|kilometers|kilometre|kilometer)\s+(?P<dir>(?i:" + COMPASS_WORD + r"|[NSEW]{1,3}))|"
    r",\s*(?:(?i:just|to\s+the)\s+)?(?P<side>(?i:" + COMPASS_WORD + r")))\s+of\s+"
    r"(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?(?P<name>" + NAME + r"(?:[ \t]+" + NAME + r")?)")
# "Dolyna, north of Sloviansk": a direction in words with no distance puts the name on that side of the town, as
# far as a village named by its nearest town usually lies: the point DIRECTION_ONLY_KM that way, reaching as far again
# plus AREA_KM (the direction's comma keeps "attacks near X north of Y", a side of a route, out)
DIRECTION_ONLY_KM = 20.0


def _offset_point(sentence: str, end: int) -> tuple[float, float, float, str] | None:
    """Where "X, 20 km west of Donetsk" puts the name ending at ``end`` (lat, lon; from the place that bears the
    name after it, the most populous), how far the offset reaches (the uncertainty of a direction in words,
    OFFSET_SPREAD of the distance, plus AREA_KM) and the words saying so."""
    after = _OFFSET_AFTER.match(sentence, end)
    if after is None:
        return None
    bearing = _BEARINGS.get(_compass(after.group("dir") or after.group("side")))
    readings = [m for m in geocode_candidates(after.group("name"), limit=5) if m.source != "admin1-centre"]
    if bearing is None or not readings:
        return None
    # the town the name alone gives ("south-east of Nikolaev": Mykolaiv, a city known by that name, not a Russian
    # hamlet bearing it), else the place bearing the name itself before one known by it as an alternate, then the most
    # populous
    town = outweighing_town(readings) or min(readings, key=lambda match: (match.matched_by != MATCHED_BY[0],
                                                                         -match.population))
    if after.group("km") is None:
        lat, lon = offset_point(town.lat, town.lon, DIRECTION_ONLY_KM, bearing)
        return lat, lon, DIRECTION_ONLY_KM + AREA_KM, after.group(0).strip(" ,")
    km = float(after.group("km").replace(",", "."))
    lat, lon = offset_point(town.lat, town.lon, km, bearing)
    return lat, lon, OFFSET_SPREAD * km + AREA_KM, after.group(0).strip(" ,")


def _offset_missed(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"Oleksandrivka, 20 km south of Kramatorsk" where the reading chosen lies farther from that point than the
    offset reaches: the precision grown to cover the point the text gives, the basis saying so."""
    offset = _offset_point(sentence, span[1])
    if offset is None or place.get("lat") is None:
        return None
    lat, lon, reach, words = offset
    km = distance_km(place["lat"], place["lon"], lat, lon)
    if km <= reach:
        return None
    return widened(place, km + reach - place["precision_km"] if km + reach > place["precision_km"] else 0.0,
                   f"the text puts it {words}, {km:.0f} km from this reading")


def offset_anchor(sentence: str, name: str, end: int) -> tuple[float, float] | None:
    """The reading of ``name`` (ending at ``end``) that "Novoselivka, 20 km west of Donetsk" points at: the only one
    within the uncertainty of a direction in words (OFFSET_SPREAD of the distance) plus AREA_KM of the point that
    far from the most populous reading of the place named after it; None when none or several lie there (an
    anchor for choosing among the name's namesakes)."""
    offset = _offset_point(sentence, end)
    if offset is None:
        return None
    lat, lon, reach, _words = offset
    near = [m for m in geocode_candidates(name, limit=100) if m.source != "admin1-centre"
            and distance_km(m.lat, m.lon, lat, lon) <= reach]
    return (near[0].lat, near[0].lon) if len(near) == 1 else None


_PART_BEFORE = re.compile(
    r"\b(?P<dir>(?i:" + COMPASS_WORD + r"))(?:ern)?\s+(?:(?:part|outskirts|districts?|"
    r"side)\s+of\s+(?:the\s+city\s+of\s+)?)?$", re.IGNORECASE)
# A part of a city named by its direction ("in southeastern Kharkiv") moves the point half the radius of the
# city's area that way (the precision is its extent, EXTENT_PER_RADIUS radii); only for cities whose extent is at
# least PART_MIN_KM (about 200,000 people).
PART_SHIFT = 0.5 / EXTENT_PER_RADIUS
PART_MIN_KM = 11.0


def _part_of_city(sentence: str, span: tuple[int, int], place: dict[str, Any]) -> dict[str, Any] | None:
    """"in southeastern Kharkiv", "the southern part of Mariupol": the point moved half the city's radius in
    that direction (the precision, the city's extent, still covers the whole city)."""
    before = _PART_BEFORE.search(sentence[max(0, span[0] - 50):span[0]])
    if before is None or place.get("lat") is None or place["precision_km"] < PART_MIN_KM or \
            UNDECIDED_MARK in place.get("basis", ""):
        return None
    bearing = _BEARINGS.get(_compass(before.group("dir")))
    if bearing is None:
        return None
    km = PART_SHIFT * place["precision_km"]
    lat, lon = offset_point(place["lat"], place["lon"], km, bearing)
    return {**place, "lat": lat, "lon": lon,
            "basis": f"{place['basis']}; the city's {before.group('dir').lower()} part, as the text says "
                     f"({km:.0f} km from its centre)"}
