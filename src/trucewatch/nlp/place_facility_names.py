"""Facilities named by an adjective of their town: "the Tikhoretskaya oil pumping station" lies by Tikhoretsk, "the
Kropotkinskaya pumping station" by Kropotkin, "the Novoshakhtinsky refinery" at Novoshakhtinsk, "the Afipsky
refinery" at the settlement of that name, "the Burshtynska substation" by Burshtyn.

Russian and Ukrainian name works, stations and depots after the place they serve with an adjective (-sky, -skaya,
-skoye; -ska, -ske, -skyi). When the sentence names no other place, the adjective is read back to its town in the
gazetteer: the adjective itself as a settlement's name first (Afipsky, Ilsky), then its stem with or without
"-sk" (Tikhorets-kaya → Tikhoretsk, Kropotkin-skaya → Kropotkin). Only a reading by the settlement's own name is
taken, in the country whose spelling the ending is (Russian -sky, -skaya; Ukrainian -ska, -ske, -skyi: "the
Slavyansky refinery" is Slavyansk-na-Kubani's, never Sloviansk in Donetsk oblast), and of namesakes only one that
clearly outweighs the others; the facility may lie outside the town, so the precision is widened by
:data:`OUTSIDE_TOWN_KM`, and ``location_basis`` says how the place was read.
"""

from __future__ import annotations

import re

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode, geocode_candidates
from trucewatch.nlp.pipeline import Frame
from trucewatch.nlp.place_choice import WAR_REACH_KM, line_of_contact_km
from trucewatch.nlp.place_gives_way import gives_way
from trucewatch.nlp.place_names import names_in
from trucewatch.nlp.place_roles import ELSEWHERE_ROLES, name_role

# how far outside its town a works named after it may lie (pumping and compressor stations, substations and depots
# often stand a few km out; the precision covers that)
OUTSIDE_TOWN_KM = 15.0

# an adjective in -sk- (Russian, Ukrainian, English spellings) right before the kind of works it names
_FACILITY = re.compile(
    r"\b(?P<adjective>[A-Z][a-z'’]{2,}(?:sk(?:aya|iy|ii|y|yi|oye|oe|a|e)|tsk(?:aya|iy|y|a|e)))\s+"
    r"(?:(?i:oil|gas|fuel|main|trunk|electrical|power|thermal|petroleum)\s+){0,2}"
    r"(?i:(?:oil\s+)?refinery|refining\s+(?:plant|complex)|pumping\s+station|compressor\s+station|"
    r"metering\s+station|(?:oil|fuel|petroleum)\s+depot|tank\s+farm|substation|gas\s+processing\s+plant|"
    r"NPS|LPDS|KS|NPZ)\b")
# the adjective's endings, longest first; what is left is the stem, which may have lost the town's own "-sk"
_ENDINGS = ("skaya", "skiy", "skii", "skyi", "skoye", "skoe", "sky", "ska", "ske",
            "kaya", "kiy", "kyi", "koye", "koe", "ky", "ka", "ke")
# readings of the settlements the adjectives name: these sources hold settlements, not regions or features
_SETTLEMENT_SOURCES = ("geonames-ua", "geonames-cities500", "geonames-cities15000", "geonames-ru", "geonames")


def _towns(adjective: str) -> list[str]:
    """The names a facility's adjective may stand for, in the order they are tried: the towns of its stem first
    (the Novoshakhtinsky refinery is Novoshakhtinsk's, not a village called Novoshakhtinsky), then the adjective
    itself as a settlement's name (Afipsky, Ilsky)."""
    names: list[str] = []
    for ending in _ENDINGS:
        if adjective.lower().endswith(ending) and len(adjective) - len(ending) >= 3:
            stem = adjective[:-len(ending)]
            names.extend([stem + "sk", stem] if not stem.lower().endswith("s") else [stem + "k", stem[:-1]])
            # a town ending in a soft "l" or a vowel keeps neither before the suffix: Yaroslavl → Yaroslavsky,
            # Kirishi → Kirishsky, Ukhta → Ukhtinsky, Tuapse → Tuapsinsky
            names.extend([stem + "l", stem + "i", *([stem[:-2] + "a", stem[:-2] + "e"]
                                                    if stem.lower().endswith("in") else [])])
    names.extend([adjective, *([adjective[:-1] + "iy"] if adjective.lower().endswith("sky") else [])])
    return list(dict.fromkeys(names))


def _country(adjective: str) -> str:
    """The country whose spelling the adjective's ending is: Ukrainian -ska, -ske, -skyi; Russian otherwise (-sky,
    -skaya, -skiy, -skoye)."""
    return "UA" if re.search(r"(?:ska|ske|skyi|ka|ke|kyi)$", adjective.lower()) else "RU"


def town_of(adjective: str, admin1: str | None = None) -> GeoMatch | None:
    """The settlement a facility's adjective names: by its own name, in the country whose spelling the adjective
    is (in the oblast ``admin1`` when the text names one), within the war's reach of a line of contact; of several,
    one at least twice as populous as the next; None when no reading fits or none stands out."""
    country = _country(adjective)
    for name in _towns(adjective):
        found = [each for each in geocode_candidates(name, admin1_code=admin1, limit=5)
                 if each.matched_by == MATCHED_BY[0] and each.country == country
                 and (admin1 is None or each.admin1_code == admin1) and each.lat is not None
                 and line_of_contact_km(each.lat, each.lon) <= WAR_REACH_KM]
        if len(found) > 1 and found[0].population < 2 * max(each.population for each in found[1:]):
            return None  # two towns of the name and nothing to choose: no place rather than a coin toss
        if found:
            return found[0]
    return None


def _named_itself(adjective: str, town: GeoMatch) -> bool:
    """Whether the settlement bears the adjective as its own name (Afipsky, Il'skiy): the works is in it."""
    plain = re.sub(r"[^a-z]", "", town.name.lower())
    return plain in (re.sub(r"[^a-z]", "", adjective.lower()), re.sub(r"[^a-z]", "", adjective.lower())[:-1] + "iy")


def place_facility(frame: Frame, admin1: str | None) -> bool:
    """Place the frame at the town a facility's adjective names ("the Tikhoretskaya pumping station"), when the
    sentence names no other place before it or near that town; False otherwise."""
    sentence = frame.sentence
    named = names_in(sentence)
    for mention in _FACILITY.finditer(sentence):
        if name_role(sentence, mention.start()) in ELSEWHERE_ROLES:
            continue
        town = town_of(mention.group("adjective"), admin1)
        if town is None or town.lat is None:
            continue
        speaker = frame.spans.get("claimant") or (0, 0)
        others = [(name, span) for name, span, _admin, _near in named
                  if not mention.start() <= span[0] < mention.end() and not speaker[0] <= span[0] < speaker[1]
                  and name_role(sentence, span[0]) not in ELSEWHERE_ROLES and geocode(name) is not None]
        if gives_way(others, mention.start(), town.lat, town.lon, OUTSIDE_TOWN_KM):
            return False  # "in Armavir, the Tikhoretskaya station ...", or the town named too: the ordinary reading
        adjective = mention.group("adjective")
        if _named_itself(adjective, town):
            # "the Afipsky refinery": the settlement of that name, under the text's spelling
            name, precision = adjective, town.precision_km
            basis = f"the works is named after the settlement it stands in: {town.name} ({town.id or town.source})"
        else:
            name, precision = town.name, round(town.precision_km + OUTSIDE_TOWN_KM, 1)
            basis = (f"the works is named by an adjective of its town, {adjective} → {town.name} "
                     f"({town.id or town.source}); it may lie outside the town, so the precision is widened by "
                     f"{OUTSIDE_TOWN_KM:g} km")
        frame.put("location", {
            "name": name, "admin1_code": town.admin1_code, "country": town.country, "lat": town.lat,
            "lon": town.lon, "precision_km": precision, "candidates": town.candidates, "source": town.source,
            "basis": basis,
        }, mention.span("adjective"))
        return True
    return False
