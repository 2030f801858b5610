"""Words that make a name a street's, a site's or a facility's rather than a settlement's, and the landmark named
after one place that stands in another (:mod:`trucewatch.nlp.place_names` reads the names of a sentence with them).

A site or a facility is often named after a settlement ("Chuhuiv airbase", "Mariupol Drama Theater"), but also after
a city it does not stand in: "the Moscow bridge in Kyiv", "the Kyiv metro station in Kharkiv", "the Druzhba sports
complex in Kharkiv". When the words right after the landmark put it in another settlement the text names, and no
reading of the landmark's name lies near a reading of that settlement, the landmark's name is only its name: the
settlement it stands in is the place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trucewatch.geo.city_districts import is_district_of_spelled
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import geocode_candidates
from trucewatch.nlp.place_readings import cities_named

# Words after a name that make it a street's, a water's or a city part's name: never a settlement
# ("Heroiv Pratsi St", "the Dnipro river", "Kalininsky district of Donetsk").
FEATURE_WORDS = frozenset({
    "st", "str", "street", "vulytsya", "vulytsia", "vul", "ulitsa", "ul", "avenue", "ave", "prospekt", "prospect",
    "prosp", "lane", "boulevard", "blvd", "square", "highway", "road", "motorway", "embankment", "river",
    "reservoir", "lake", "sea", "shore", "shoreline", "riverbank", "floodplain",  # "near the Dnipro shore" (round 50)
    "canal", "bay", "island", "spit", "district", "microdistrict", "neighborhood", "neighbourhood", "quarter",
    "park", "forest", "stadium",
    # a hill or heights is named for itself, not for a settlement of the name ("positions on Kremenets hill")
    "hill", "hills", "heights",
    # a monument is named after a person, not after where it stands ("the Pushkin monument in Kharkiv")
    "monument", "statue", "bust", "memorial", "obelisk",
})
# Sites named after the settlement they are at, whatever its size ("Yarova bridge", "Chuhuiv airbase", "Olenivka
# prison": a prison or a penal colony bears its village's name).
SITE_WORDS = frozenset({
    "bridge", "dam", "station", "airport", "airfield", "airbase", "base", "checkpoint", "port", "crossing",
    "railway", "prison",
})
# Facilities often named after their town ("Kharkiv National University", "Mariupol Drama Theater"), but also
# after anything else ("Karavan shopping centre"): the name is taken only when it is a town's (TOWN_POPULATION).
FACILITY_WORDS = frozenset({
    "university", "school", "lyceum", "college", "gymnasium", "hospital", "clinic", "theatre", "theater",
    "drama", "museum", "library", "tower", "tv", "market", "mall", "shopping", "centre", "center", "church",
    "cathedral", "monastery", "cemetery", "hotel", "restaurant", "cafe", "building", "office",
    "administration", "council", "hall", "palace", "int", "international", "national", "regional", "state",
    "city", "oncology", "maternity", "local", "history", "seminary", "institute", "academy", "police",
    "department", "kindergarten", "polyclinic", "cinema", "circus", "supermarket", "store",
})
POWER_WORDS = frozenset({"power", "nuclear", "npp", "tpp", "chp", "hpp", "substation", "hydroelectric", "thermal",
                          "mine", "facility", "complex"})
# Facilities named after a region rather than their town ("Zaporizhzhia Nuclear Power Plant" is at Enerhodar):
# the name says nothing of where they are.
REGIONAL_WORDS = frozenset({
    "plant", "factory", "power", "nuclear", "npp", "tpp", "chp", "hpp", "refinery", "substation", "depot",
    "works", "mine", "facility", "complex", "combine", "pumping", "compressor",
})

# A mountain's or a hill's name is no settlement's ("Mount Karachun")
RELIEF_WORDS = frozenset({"mount", "mt", "mountain", "hill", "height", "heights"})


# A metro station named by an adjective is named after a street, a square or another city ("near Lukianivska
# metro" is in Kyiv, not a village of Zaporizhzhia oblast); one named by a quarter is in that quarter ("Osokorky
# metro station"), and a city's own metro in the city ("the Kharkiv metro")
_STOP_AFTER = re.compile(r"\s+(?i:metro|subway|underground)\b")
_ADJECTIVE_ENDING = re.compile(r"(?:s|ts|z)['’]?k(?:a|e|yi|iy|ii|y|ij|aya|oye|iye)$", re.IGNORECASE)


def names_a_stop(name: str, sentence: str, end: int) -> bool:
    """Whether the name ending at ``end`` is a metro station's named by an adjective."""
    return _STOP_AFTER.match(sentence, end) is not None and _ADJECTIVE_ENDING.search(name) is not None

# A landmark's name and the settlement it is said to stand in name one place when readings of the two lie this close
# (a city's districts lie within 25 km of its point: "the Chornobaivka airfield in Kherson" is by Kherson).
LANDMARK_NEAR_KM = 25.0
# (power plants too: "the Dnipro hydroelectric station in Zaporizhzhia" stands in Zaporizhzhia)
_KINDS = FEATURE_WORDS | SITE_WORDS | FACILITY_WORDS | REGIONAL_WORDS | POWER_WORDS | {
    "metro", "subway", "sports", "arena", "bus", "train", "tram", "trolleybus", "oil", "gas", "fuel", "river",
    "central", "main", "passenger", "freight", "cargo", "concert", "children's", "children’s",
    # works and stores named after a town they need not stand in ("the Chernihiv brewery in Kyiv")
    "brewery", "bakery", "distillery", "winery", "dairy", "mill", "foundry", "shipyard", "warehouse", "warehouses",
    "terminal", "elevator", "silo", "hypermarket", "workshop", "garage"}
# after a name: up to two more words of the landmark's name or kind, its kind ("metro station", "sports complex"),
# and the settlement it stands in ("in Kyiv", "in the city of Kyiv"); never a verb between ("Bucha hit a school in
# Irpin" names two places)
_KIND = r"(?i:" + "|".join(sorted(_KINDS)) + r")\b"
_LANDMARK_IN = re.compile(r"(?:['’]s?)?(?:\s+(?:[A-Z][\w'’-]*|" + _KIND + r"|(?i:no)\.?\s*\d+)){0,2}?\s+" + _KIND
                          + r"(?:\s+" + _KIND + r")?\s*,?\s+(?i:in|inside|within)\s+"
                          r"(?:(?i:the)\s+)?(?:(?i:city|town|village)\s+(?:(?i:of)\s+)?)?")

Entry = tuple[str, tuple[int, int], str | None, bool]


def _readings(name: str) -> list[tuple[float, float]]:
    return [(m.lat, m.lon) for m in geocode_candidates(name) if m.source != "admin1-centre"]


def landmark_elsewhere(entries: Iterable[Entry], sentence: str) -> set[int]:
    """The indices of ``entries`` (name, span, oblast text, "near") that name a landmark standing in another
    settlement of the entries ("near the Moscow bridge in Kyiv": Moscow), the two names never near each other."""
    entries = list(entries)
    starts = {span[0]: name for name, span, _admin, _near in entries}
    dropped = set()
    for index, (name, span, _admin, _near) in enumerate(entries):
        landmark = _LANDMARK_IN.match(sentence, span[1])
        where = starts.get(landmark.end()) if landmark else None
        if where is None or where == name:
            continue
        ours, theirs = _readings(name), _readings(where)
        if theirs and not any(distance_km(*a, *b) <= LANDMARK_NEAR_KM for a in ours for b in theirs):
            dropped.add(index)
    return dropped


# the word of a district after its name ("in the Shevchenkivskyi district"; a district named without its city)
DISTRICT_WORD = r"\s+(?i:district|raion|rayon)\b"
DISTRICT_AFTER = re.compile(DISTRICT_WORD)


def districts_of_cities(entries: Iterable[Entry], sentence: str) -> set[int]:
    """The indices of ``entries`` that name, before the word "district", a district of a city another entry names
    ("Dnipro: burning cars in the Shevchenkivskyi district": Dnipro's district, not the village of the name 148 km
    off; the city is the place). A district named first, "the Oleksandrivskyi district of Zaporizhzhia", is one too
    when no reading of its name lies in the city's region (Kyiv's "Shevchenkivskyi" is a quarter of Kyiv the
    gazetteer places)."""
    entries = list(entries)
    districts = [index for index, (_name, span, _admin, _near) in enumerate(entries)
                 if DISTRICT_AFTER.match(sentence, span[1])]
    if not districts:
        return set()
    # (by the text's spelling and the gazetteer's: "Zaporizhzhya" is the table's "Zaporizhzhia")
    cities = [(span[0], each, match.admin1_code) for name, span, _admin, _near in entries
              for match in cities_named(name) for each in (name, match.name)]
    found = set()
    for index in districts:
        name, (start, end), _admin, _near = entries[index]
        named_of = _DISTRICT_OF.match(sentence, end)
        for city_start, city, region in cities:
            if city == name or not is_district_of_spelled(name, city):
                continue
            if city_start < start or (named_of is not None and city_start == named_of.end() and not any(
                    match.admin1_code == region for match in geocode_candidates(name))):
                found.add(index)
    return found


# "the Oleksandrivskyi district of Zaporizhzhia", "the Zavodskyi district of the city of Mykolaiv"
_DISTRICT_OF = re.compile(DISTRICT_WORD + r"\s+of\s+(?:the\s+city\s+of\s+)?")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def kind_before(sentence: str, start: int) -> bool:
    """Whether the word before a name is a facility's or a street's kind ("restaurant Ukrayina")."""
    before = _WORD_BEFORE.search(sentence[max(0, start - 30):start])
    return before is not None and before.group(1).lower() in (FEATURE_WORDS | FACILITY_WORDS | SITE_WORDS
                                                              | RELIEF_WORDS)
