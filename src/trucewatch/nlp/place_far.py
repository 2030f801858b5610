"""Readings too weak to be the place of an event, where the text says something of where it was (read by
:mod:`trucewatch.nlp.places`): a false place is worse than no place.

- Fire across the line lands within FIRE_REACH_KM of a line of contact: a place found only by a spelling variant
  of the name, farther than that from the line of the event's day, is not where a front-line act of a known day
  happened (:func:`spelt_beyond_the_line`; "On 3 July 2020, shelling hit Zhovanka" is no hamlet Zhavynka 590 km
  from the line of that day). A place bearing the name itself is judged by the choice among namesakes as before.
- The name right before "raion" or "district" names a raion: read by another place's alternate name or a
  spelling variant it is no settlement of the event (:func:`raion_word_misread`; "Umanskoye, Zhovtnevyi raion" is
  not the village Verhunskyi, which was once called Zhovtnevyi). A raion's town is named by its own name
  ("Bakhmut raion"), and a raion the text names is read first (:mod:`trucewatch.nlp.place_raions`).
- A name before what a weapon is ("Tyulpan mortar") read only by a spelling variant is a weapon's model
  (:func:`a_model_name`).
- A place found only by a spelling variant, whose names are none of them spelt like the text's, is a chance meeting
  of consonants where the text names no region holding it (:func:`spelt_unlike`; "Lal Chowk" was Chornomorsk).
- A place far beyond the oblast or the raion the text names, or far from every other place it names, is far from
  where the text is (:func:`far_from_context`): not taken on an alternate name or a spelling variant, flagged
  (CAUTION) when it bears the name itself. A raion named without its oblast counts since "Likhachevo, Lozivskyi
  raion" gave Lykhachiv of Chernihiv oblast (Likhachevo is a former name of it too), 390 km from that raion: now
  the raion.
- A village so flagged, chosen among namesakes, beyond the only oblast the text names yields to that oblast
  (:func:`a_village_beyond_the_oblast`, round 37), as one beyond the raion its sentence names yields to the raion
  (:func:`a_village_beyond_the_raion`).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from trucewatch.geo.admin1 import admin1_name
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import (
    MATCHED_BY,
    GeoMatch,
    admin1_match,
    alternate_names,
    geocode_candidates,
    place_by_id,
)
from trucewatch.geo.hostilities import distance_to_hostilities_km
from trucewatch.nlp.place_choice import FIRE_REACH_KM, Context
from trucewatch.nlp.place_names import RAION_AFTER, TOWN_POPULATION
from trucewatch.nlp.place_raions import beyond_raion_km
from trucewatch.nlp.place_roles import MODEL_AFTER


def spelt_beyond_the_line(match: GeoMatch, context: Context) -> bool:
    """Whether ``match``, found only by a spelling variant, lies farther than FIRE_REACH_KM from the line of contact
    of the day of the fire being placed (``context.fire`` and ``context.front_day``); False on a day no line is
    drawn for, and for an act the line judges only after population."""
    day = context.front_day
    if (day is None or not context.fire or context.front_after_population or match.source == "admin1-centre"
            or match.matched_by != MATCHED_BY[2]):
        return False
    km = distance_to_hostilities_km(match.lat, match.lon, day)
    return km is not None and km > FIRE_REACH_KM


# A place found only by a spelling variant is another spelling of one of its names: the text's name and the nearest
# Latin name the gazetteer keeps for it (its own, or an alternate) share at least this share of their letters
# (difflib's ratio; "Avdeevsky" and Avdiyivske 0.63, "Velikoy Kamyshevakhe" and Bolshaya Kamyshevakha 0.68).
SPELT_ALIKE_FLOOR = 0.6


def spelt_unlike(name: str, match: GeoMatch) -> bool:
    """Whether ``match``, found only by a spelling variant of ``name``, bears no name spelt like it (below
    SPELT_ALIKE_FLOOR against its own name and every alternate): the consonants met by chance, as a foreign name's
    do ("Lal Chowk" is no Chornomorsk, once Illichivsk; "Daniwato" no Dunaivtsi)."""
    if match.matched_by != MATCHED_BY[2] or match.source == "admin1-centre":
        return False
    place = place_by_id(match.id)
    names = [match.name, *(alternate_names(place) if place is not None else ())]
    lowered = name.removeprefix("near ").lower()
    return max(SequenceMatcher(None, lowered, other.lower()).ratio() for other in names) < SPELT_ALIKE_FLOOR


def raion_word_misread(sentence: str, span: tuple[int, int], location: dict[str, Any]) -> bool:
    """Whether the name at ``span`` stands before "raion" or "district" and was read as a settlement only by
    another name or a spelling ("(found as …" in the basis)."""
    return (RAION_AFTER.match(sentence, span[1]) is not None and location.get("source") != "admin1-centre"
            and "(found as " in location.get("basis", ""))


# a model's number right after a name ("Antonov An-225", "Mi-8"): the name is the maker's or the model's
_MODEL_NUMBER = re.compile(r"-\d")


def a_model_name(sentence: str, span: tuple[int, int], location: dict[str, Any]) -> bool:
    """Whether the name at ``span`` is a weapon's or an aircraft's model ("Tyulpan mortar", "the Antonov An-225"),
    or a works' name ("the Stirol chemical plant"): a name before what a weapon or a works is, or right before a
    model's number, read only by a spelling variant of a place's name."""
    after = (MODEL_AFTER, _MODEL_NUMBER, _WORKS_AFTER)
    return any(pattern.match(sentence, span[1]) is not None for pattern in after) and (
        f"by {MATCHED_BY[2]})" in location.get("basis", ""))


# a works' noun right after a name, an adjective of its trade between ("Stirol chemical plant", "Azot works"), the
# name no place's adjective ("Avdeevsky coke plant" is still read by its village, place_cases_spellings.yaml)
_WORKS_AFTER = re.compile(r"(?<!sky)(?<!skiy)(?<!skyi)(?<!ska)(?<!ske)(?<!skoye)\s+(?:[a-z][a-z\-]+\s+){0,2}?"
                          r"(?:plant|factory|works|combine|mill)\b")


# A place farther than this beyond the oblast the text names, or from every other place it names, is not
# taken on an alternate name or a spelling variant, and is flagged when it bears the name itself.
FAR_BEYOND_OBLAST_KM = 100.0
FAR_FROM_ANCHORS_KM = 300.0
CAUTION = "; caution: "
BEYOND_RAION = "km beyond the raion the text names"
OBLAST_NAMED = ", which the text names"
SAME_POINT_KM = 0.5
# a gazetteer reading within this many km of a location's point is the place it gives (its population known)
SAME_PLACE_KM = 1.0


def far_from_context(match: GeoMatch, context: Context) -> str:
    """Why ``match`` lies far from where the text is (empty when it does not)."""
    if context.admin1 and match.admin1_code != context.admin1:
        beyond = beyond_km(match, context.admin1)
        if beyond is not None and beyond > FAR_BEYOND_OBLAST_KM:
            return f"{beyond:.0f} km beyond {admin1_name(context.admin1)}{OBLAST_NAMED}"
    if context.raion and not context.admin1 and (beyond := beyond_raion_km(match, context.raion)) is not None \
            and beyond > FAR_BEYOND_OBLAST_KM:
        return f"{beyond:.0f} {BEYOND_RAION}"  # "Likhachevo, Lozivskyi raion": no Lykhachiv
    # the name's own single reading is among the anchors: only the others say where the text is
    others = [distance_km(match.lat, match.lon, lat, lon) for lat, lon in context.anchors]
    others = [km for km in others if km > SAME_POINT_KM]
    if others:
        if min(others) > FAR_FROM_ANCHORS_KM:
            return f"{min(others):.0f} km from the nearest other place the text names"
    elif context.regions and match.admin1_code not in context.regions:
        # "Horizont in Kharkiv": no village of Chernivtsi oblast by a spelling variant, where the only other place
        # the text names is a city that is also an oblast's (city or oblast, the place is far from both)
        known = sorted((km, code) for code in context.regions if (km := beyond_km(match, code)) is not None)
        if known and known[0][0] > FAR_BEYOND_OBLAST_KM:
            return f"{known[0][0]:.0f} km beyond {admin1_name(known[0][1])}, whose name the text gives"
    return ""


def beyond_km(match: GeoMatch, code: str) -> float | None:
    """How far ``match`` lies beyond the oblast ``code`` (its centre's distance less its radius)."""
    centre = admin1_match(code)
    return None if centre is None else distance_km(match.lat, match.lon, centre.lat, centre.lon) - centre.precision_km


def a_village_beyond_the_raion(location: dict[str, Any]) -> bool:
    """Whether ``location`` was kept with a caution for lying far beyond the raion its sentence names, and is a
    village (under TOWN_POPULATION people): too weak a reading to outweigh the raion."""
    return BEYOND_RAION in location.get("basis", "") and a_village(location)


def a_village_beyond_the_oblast(location: dict[str, Any], context: Context) -> bool:
    """Whether ``location`` was kept with a caution for lying far beyond the oblast the text names (more than
    FAR_BEYOND_OBLAST_KM), the only oblast or region the text names (and names in no role), and is a village (under
    TOWN_POPULATION people) chosen among namesakes: too weak a reading to outweigh that oblast. A town stays
    ("Explosions in Kyiv. The Lviv region's governor said …"), and so do a village of one reading (its own name,
    found nowhere else) and a village where the text names other oblasts too (a summary moves from one oblast to
    the next)."""
    if not context.admin1 or OBLAST_NAMED not in location.get("basis", "") or (location.get("candidates") or 0) < 2:
        return False
    if context.admin1 not in context.oblasts_plain or any(
            code != context.admin1 for code in (*context.oblasts_named, *context.regions, *context.area)):
        return False
    return a_village(location)


def a_village(location: dict[str, Any]) -> bool:
    """Whether the settlement ``location`` gives has fewer than TOWN_POPULATION people (no reading of its name of
    that many people lies at its point)."""
    if not location.get("name") or location.get("lat") is None:
        return False
    return not any(match.population >= TOWN_POPULATION for match in geocode_candidates(str(location["name"]))
                   if distance_km(match.lat, match.lon, location["lat"], location["lon"]) <= SAME_PLACE_KM)
