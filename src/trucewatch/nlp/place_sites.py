"""Sites a sentence names as where its event happened that are no settlement: an airport, airfield or air base
("Antonov International Airport", "Chornobaivka airfield", "Engels-2 air base") from
:mod:`trucewatch.geo.airfields`, and an island, spit or peninsula ("Smoke rose over Snake Island", "the Kinburn Spit
was shelled", "on the island of Dzharylhach") from :mod:`trucewatch.geo.coast`, each at its own point.

Only a name written with its kind ("X airport", "X Island", "X Spit", "the island of X") is looked up; a name in
another role (where a shot came from, a dateline, a comparison, where someone came from) is not the event's place.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from trucewatch.geo.airfields import airfield, reference
from trucewatch.geo.coast import PRECISION_KM, coast_feature
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode
from trucewatch.geo.power_plants import plant_category, power_plant
from trucewatch.nlp.pipeline import Frame
from trucewatch.nlp.place_facility_names import place_facility
from trucewatch.nlp.place_gives_way import gives_way
from trucewatch.nlp.place_names import NAME, names_in
from trucewatch.nlp.place_readings import leading_place
from trucewatch.nlp.place_roles import ELSEWHERE_ROLES, name_role

# where a unit or a person came from, or someone lives: no event's place
FROM_ROLES = ("origin", "home")
_OTHER_ROLES = (*ELSEWHERE_ROLES, *FROM_ROLES)


def location_of(name: str, match: GeoMatch, basis: str) -> dict[str, Any]:
    """The location a gazetteer match gives a frame, under the name the text uses, with how it was chosen."""
    return {
        "name": name, "admin1_code": match.admin1_code, "country": match.country, "lat": match.lat,
        "lon": match.lon, "precision_km": match.precision_km, "candidates": match.candidates,
        "source": match.source, "basis": basis,
    }


def place_site(frame: Frame, admin1: str | None) -> bool:
    """Place the frame at the airfield, island, spit or peninsula its sentence names (an airfield in the oblast
    ``admin1``, when the text names one); False when it names none."""
    return _place_airfield(frame, admin1) or _place_coast(frame) or _place_plant(frame) or place_facility(frame, admin1)


# (the record's own point; the name may be no settlement's, or another settlement's; the number is not the name's)
_AIRFIELD_MENTION = re.compile(r"(?P<name>" + NAME + r"(?:\s+" + NAME + r"){0,2}?)(?:-\d{1,2})?\s+"
                               r"(?:(?i:international|national|int\.?)\s+)?(?i:airport|airfield|air\s?base|aerodrome)\b")


def _place_airfield(frame: Frame, admin1: str | None) -> bool:
    """Place the event at the airfield the sentence names, when it names one the gazetteer knows (in the oblast
    the text names, if any) before any other place."""
    sentence = frame.sentence
    named = [span[0] for _name, span, _admin, _near in names_in(sentence)]
    for mention in _AIRFIELD_MENTION.finditer(sentence):
        if name_role(sentence, mention.start()) in _OTHER_ROLES:
            continue  # "bombers took off from Engels airfield and fired at Lviv": where they came from
        if any(start < mention.start() for start in named):
            return False  # "from Kherson airport to Mykolaiv": the places the sentence names come in order
        parts = mention.group("name").split()
        # "Vinnytsia Havryshivka International Airport": the whole name, then its last words
        for size in range(len(parts), 0, -1):
            name = " ".join(parts[-size:])
            match = airfield(name, admin1)
            if match is None:
                continue
            if _town_of_the_name_elsewhere(name, match, admin1):
                return False  # "the Borisoglebsk airfield": Borisoglebsk's, not Kazan's Borisoglebskoye
            found = "" if match.matched_by == MATCHED_BY[0] else f", found by {match.matched_by}"
            start = mention.start("name") + len(mention.group("name")) - len(name)
            frame.put("location", location_of(
                match.name, match, f"the airfield the text names: {match.name} ({reference(match)}){found}"),
                (start, mention.end("name")))
            return True
    return False


# how far from a town an airfield named after it may lie (Engels-2 is 10 km from Engels, some bases 30 km)
_AIRFIELD_TOWN_KM = 40.0
# a town big enough to have an airfield of its own (a village of the name is not what "X airport" means)
_AIRFIELD_TOWN_PEOPLE = 10_000


def _town_of_the_name_elsewhere(name: str, match: GeoMatch, admin1: str | None) -> bool:
    """An airfield found only by a spelling variant of the name, where a town bears the name itself far from the
    airfield: the text means the town's airfield, which the registry lacks (the town is placed instead)."""
    if match.matched_by != MATCHED_BY[2]:
        return False
    town = geocode(name, admin1_code=admin1)
    return town is not None and town.matched_by == MATCHED_BY[0] and town.population >= _AIRFIELD_TOWN_PEOPLE \
        and distance_km(town.lat, town.lon, match.lat, match.lon) > _AIRFIELD_TOWN_KM


def _place_coast(frame: Frame) -> bool:
    """Place the event at the island, spit or peninsula the sentence names."""
    if (found := coast_named(frame.sentence)) is not None:
        frame.put("location", location_of(frame.sentence[found.span[0]:found.span[1]], found.match, found.basis),
                  found.span)
    return found is not None


_KIND = r"(?i:islands?|isle|spit|peninsula)"
_MENTION = re.compile(
    rf"(?P<before>{NAME}(?:\s+{NAME}){{0,2}})\s+{_KIND}\b"
    rf"|\b(?i:the\s+)?{_KIND}\s+of\s+(?P<after>{NAME}(?:\s+{NAME}){{0,1}})")


class CoastMention(NamedTuple):
    match: GeoMatch
    span: tuple[int, int]  # the mention, kind word included
    basis: str  # how the place was chosen, for the report's location_basis


def coast_named(sentence: str) -> CoastMention | None:
    """The first island, spit or peninsula ``sentence`` names in no other role, or None."""
    for mention in _MENTION.finditer(sentence):
        if name_role(sentence, mention.start()) in _OTHER_ROLES:
            continue
        group = "before" if mention.group("before") else "after"
        parts = mention.group(group).split()
        # "the Ukrainian-held Kinburn Spit": the whole name, then its last words
        for size in range(len(parts), 0, -1):
            words = " ".join(parts[-size:])
            match = coast_feature(words)
            if match is not None:
                start = mention.end(group) - len(words) if group == "before" else mention.start()
                return CoastMention(match, (start, mention.end()),
                                    f"the {_kind(match)} the text names: {match.name} (GeoNames {match.id})")
    return None


def _kind(match: GeoMatch) -> str:
    """What the feature is, in words for a basis ("island", "spit or peninsula")."""
    return "spit or peninsula" if match.precision_km >= PRECISION_KM["SPIT"] else "island"


# "the Trypillia thermal power plant", "Zmiiv TPP", "the Kursk nuclear plant": a plant named with its kind
_PLANT_MENTION = re.compile(
    r"(?P<name>" + NAME + r"(?:\s+" + NAME + r"){0,1}?)(?:['’]s)?\s+(?P<kind>(?:(?i:thermal|nuclear|hydroelectric|"
    r"hydro|coal-fired|gas-fired|combined heat and)\s+)?(?i:power\s+(?:plant|station)|plant|station)|"
    r"TPP|TES|CHPP?|HPP|GES|NPP|AES|GRES|(?i:hydroelectric\s+dam))\b"
    # the unit's number ("CHP-5", "TPP No. 2"), which the registry's must be when it gives one
    r"(?:(?:\s?[-–‑]\s?|\s(?i:No\.?\s?)?)(?P<unit>\d{1,2})(?![\d.,:]|\s*(?i:km|kilomet|miles?|%|times|people|per)))?")
_PLANT_KIND = (("nuclear", re.compile(r"(?i:nuclear)|NPP|AES")), ("hydro", re.compile(r"(?i:hydro)|HPP|GES")),
               ("thermal", re.compile(r"(?i:thermal|coal|gas-fired|combined heat)|TPP|TES|CHP|GRES")))
# a settlement named beside the plant this close to it is where the text places it ("the Zaporizhzhia nuclear power
# plant in Enerhodar", "the Rostov nuclear power plant outside Volgodonsk", whose registry point lies 19 km from the
# town's): the ordinary reading of places gives it
_NEAR_PLANT_KM = 20.0


def _place_plant(frame: Frame) -> bool:
    """Place the event at the power plant the sentence names with its kind, at the plant's own point, unless the
    sentence names a place before it or the plant's town beside it."""
    sentence = frame.sentence
    named = names_in(sentence)
    for mention in _PLANT_MENTION.finditer(sentence):
        if name_role(sentence, mention.start()) in _OTHER_ROLES:
            continue
        kind_words = mention.group("kind")
        if kind_words.lower() in ("plant", "station") and not _PLANT_CONTEXT.search(sentence):
            continue  # "the Kharkiv station" with no word of power: a railway or a metro station
        kind = next((name for name, pattern in _PLANT_KIND if pattern.search(kind_words)), "any")
        if kind == "any" and _NUCLEAR_CONTEXT.search(sentence):
            kind = "nuclear"  # "the Zaporizhzhia plant's perimeter", told with Rosatom or a reactor: the nuclear plant
        # "the Kharkiv station" read as a plant by a word of power elsewhere is not looked up as the town's plant
        match = power_plant(" ".join(filter(None, (mention.group("name"), mention.group("unit")))), kind,
                            by_town=kind_words.lower() not in ("plant", "station"))
        if match is None:
            if _heat_plant_town(frame, mention, named):
                return True
            continue
        if gives_way(_besides(named, mention), mention.start(), match.lat, match.lon, _NEAR_PLANT_KM):
            return False  # "in Kharkiv, the plant ...", "the ... plant in Enerhodar": the ordinary reading gives it
        frame.put("location", location_of(
            mention.group("name"), match,
            f"the power plant the text names: {match.name} (WRI Global Power Plant Database, {match.id})"),
            mention.span("name"))
        if (frame.values.get("target") == "energy.generation" or (
                frame.values.get("target") == "infrastructure.industrial" and kind_words.lower() == "plant")) and (
                category := plant_category(match.id)):
            # "the Novocherkassk power station": the registry says what kind of plant it is (thermal); so it does of a
            # plant read as a works ("a service building inside the Zaporizhzhia plant's perimeter", told with
            # Rosatom)
            frame.put("target", category)
        return True
    return False


def _besides(named: tuple[tuple[str, tuple[int, int], str | None, bool], ...],
             mention: re.Match[str]) -> list[tuple[str, tuple[int, int]]]:
    """The sentence's other names (``names_in``), with their spans, outside the plant's own name in ``mention``."""
    return [(name, span) for name, span, _admin, _near in named
            if not mention.start("name") <= span[0] < mention.end("name")]


# a heat and power plant's kind ("CHP", "TETs", "combined heat and power plant"): a city's heating plant
_HEAT_PLANT = re.compile(r"CHPP?|TETs|(?i:combined\s+heat\s+and\s+power\s+(?:plant|station))")
# how far outside the city it heats a heat and power plant may stand (the precision covers it)
HEAT_PLANT_OUTSIDE_KM = 5.0


def _heat_plant_town(frame: Frame, mention: re.Match[str],
                     named: tuple[tuple[str, tuple[int, int], str | None, bool], ...]) -> bool:
    """Place the frame at the town a heat and power plant missing from the registry is named after ("the Kursk
    CHP-1", "Kyiv CHP-6"): such a plant heats that town, so it stands in it or just outside, even where the town's
    name is a region's too; not when the sentence names another place before the plant or near the town."""
    name = mention.group("name")
    if not _HEAT_PLANT.fullmatch(mention.group("kind")) or leading_place(name, town=True) != name:
        return False
    town = geocode(name)
    if town is None or town.lat is None or town.matched_by != MATCHED_BY[0] or town.source == "admin1-centre":
        return False
    if gives_way(_besides(named, mention), mention.start(), town.lat, town.lon, _NEAR_PLANT_KM):
        return False
    frame.put("location", {
        **location_of(name, town, f"a heat and power plant the registry lacks, named after the town it heats: "
                                  f"{town.name} ({town.id or town.source}); it may stand just outside the town, so "
                                  f"the precision is widened by {HEAT_PLANT_OUTSIDE_KM:g} km"),
        "precision_km": round(town.precision_km + HEAT_PLANT_OUTSIDE_KM, 1)}, mention.span("name"))
    return True


_PLANT_CONTEXT = re.compile(r"\b(?i:power|electricity|energy|generat\w*|grid|nuclear|thermal|hydro\w*|CHP|TPP|NPP|"
                            r"reactors?|cooling\s+towers?|turbines?)\b|\b(?:Rosatom|Energoatom|IAEA)\b")
# the words that make a plant named with no kind the nuclear one ("a drone struck the dome of reactor unit 6 at the
# Zaporizhzhia plant", "Rosatom chief … inside the Zaporizhzhia plant's perimeter")
_NUCLEAR_CONTEXT = re.compile(r"\b(?i:nuclear|atomic|reactors?|containment|spent\s+fuel)\b|"
                              r"\b(?:Rosatom|Energoatom|IAEA|NPP)\b")
