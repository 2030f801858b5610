"""Which settlement a name found in text stands for, by what the gazetteer holds: a town's name at the start of a
facility's (:func:`leading_place`, :func:`sole_town_prefix`), a village's own name (:func:`village_named`), the only
settlement bearing a name (:func:`only_settlement`), a town typed in lower case (:func:`lower_case_town`), a name
without a Title Case headline's English words (:func:`title_words_dropped`); the English words that are never a place
by a loose match (:func:`english_words`). Read by :mod:`trucewatch.nlp.place_names`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.gazetteer import MATCHED_BY, MISSPELT_MIN_LETTERS, GeoMatch, geocode_candidates

NOT_PLACES = frozenset({
    "the", "a", "an", "russian", "ukrainian", "russia", "ukraine", "this", "that", "these", "those", "on",
    "in", "at", "near", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "casualties", "according", "its", "their", "our", "air", "armed", "military",
    "forces", "general", "staff", "ministry", "defence", "defense", "president", "governor", "moscow-time",
    "local", "kyiv's", "dpr", "lpr", "dnr", "lnr", "naf", "osce", "smm", "positions", "position", "government",
})

# Among same-named places that nothing else tells apart, a town (this many people, ten times any other) is
# taken as decided; otherwise the first is kept with a precision that covers them all.
TOWN_POPULATION = 10_000
# A facility is taken to stand in a smaller place named like it when that place alone bears the name and has
# this many people (a small town: "Makariv hospital"); see :func:`sole_town_prefix`
FACILITY_TOWN_POPULATION = 5_000
# A city this large known by a name (an alternate: its name in another language, or a former one) beats
# places that bear the name when none of them has this many people.
CITY_POPULATION = 100_000

_FIRST_WORD = re.compile(r"[\s\"'“‘«(\[]*(\w+)")


def may_name_a_place(sentence: str) -> bool:
    """Whether an entity the model finds in ``sentence`` could be placed at all: a name a place is read from
    starts with a capital (:func:`trucewatch.nlp.places.place` skips the rest), so a sentence with no capital
    after its first word, and that word no place's name, has none ("Analysts said the attacks were meant to wear
    down air defences."). Asked before the model runs, which costs far more than this."""
    first = _FIRST_WORD.match(sentence)
    if first is None:
        return any(letter.isupper() for letter in sentence)
    if any(letter.isupper() for letter in sentence[first.end(1):]):
        return True
    word = first.group(1)
    return word[:1].isupper() and (admin1_code(word) is not None or bool(geocode_candidates(word, limit=1)))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Common English words (the lemma lists the installed spaCy English model ships; empty without it)."""
    import importlib.util

    from spacy.lookups import Lookups

    from trucewatch.nlp.spacy_support import MODEL_PACKAGES

    for package in MODEL_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec is None or spec.origin is None:
            continue
        for table_dir in sorted(Path(spec.origin).parent.glob("*/lemmatizer/lookups")):
            lookups = Lookups().from_disk(table_dir)
            words: set[str] = set()
            if lookups.has_table("lemma_index"):
                for listed in lookups.get_table("lemma_index").values():
                    words.update(word for word in listed if word.isalpha())
            if lookups.has_table("lemma_exc"):
                for table in lookups.get_table("lemma_exc").values():
                    words.update(word for word in table if word.isalpha())
            return frozenset(words)
    return frozenset()


def cities_named(name: str) -> list[GeoMatch]:
    """The readings of ``name`` that are cities (CITY_POPULATION people or more), by a name or an alternate."""
    return [each for each in geocode_candidates(name, limit=3)
            if each.matched_by != MATCHED_BY[2] and each.population >= CITY_POPULATION]


def leading_place(name: str, *, town: bool, city: bool = False) -> str | None:
    """The longest leading part of a site's or facility's name that is a settlement's name ("Kharkiv" in
    "Kharkiv National University"); with ``town``, only a town's (or a city's, by an alternate name: "Nikolaev
    regional administration"); with ``city``, only a city's own name (100,000+ people)."""
    words = name.split()
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        if prefix.lower() in NOT_PLACES or len(prefix) < 3:
            continue
        readings = geocode_candidates(prefix, limit=5)
        for match in readings:
            own = match.matched_by == MATCHED_BY[0]
            if city and not (own and match.population >= CITY_POPULATION):
                continue
            if not town and own:
                return prefix
            if (own and match.population >= TOWN_POPULATION) or (
                    match.matched_by == MATCHED_BY[1] and size == 1 and match.population >= CITY_POPULATION):
                return prefix
            if match.matched_by == MATCHED_BY[1] and size == 1 and len(readings) == 1 and (
                    match.population >= TOWN_POPULATION):
                return prefix  # a town's former name that no other place bears ("Severodonetsk")
            if match.matched_by == MATCHED_BY[1] and size > 1 and match.population >= TOWN_POPULATION and all(
                    other.population * _DWARFED < match.population for other in readings if other is not match):
                return prefix  # ... in two words, whole ("Krasny Liman", Lyman's), not a hamlet called "Krasny"
    return None


def sole_town_prefix(name: str) -> str | None:
    """The longest leading part of a facility's name that one settlement alone bears as its own name, a
    settlement of FACILITY_TOWN_POPULATION people or more ("Makariv" in "Makariv hospital"), and that is no English
    word and no region's name: a smaller place, or a name several bear ("Druzhba", "Avanhard"), is as often a
    facility's own name."""
    words = name.split()
    for size in range(len(words), 0, -1):
        prefix = " ".join(words[:size])
        if len(prefix) < 4 or prefix.lower() in english_words() or prefix.lower() in NOT_PLACES or admin1_code(
                prefix):
            continue
        own = [match for match in geocode_candidates(prefix, limit=5) if match.matched_by == MATCHED_BY[0]
               and match.source not in ("admin1-centre", "geonames-section")]
        if len(own) == 1 and own[0].population >= FACILITY_TOWN_POPULATION:
            return prefix
    return None


def lower_case_town(name: str) -> str | None:
    """The town a name typed in lower case stands for: both words when they are a town's name ("nova
    kakhovka") or, neither an English word, a village's own name ("stara maiachka"); else the first word: a
    word of the English lists ("nova", "donetsk") only as a city's own name, a word of no English list as a
    town's or a village's own name ("chornobaivka"), or one town's misspelt name ("popasana")."""
    words = name.split()
    if words[0] in NOT_PLACES:
        return None  # "in near bar street": a preposition, not a name
    titled = " ".join(word.capitalize() for word in words)
    if len(words) == 2 and words[1] not in NOT_PLACES and leading_place(titled, town=True) == titled:
        return titled
    if len(words) == 2 and not any(word in english_words() or word in NOT_PLACES for word in words) and (
            leading_place(titled, town=False) == titled):
        return titled  # "in stara maiachka": two words of no English list that are a village's own name
    first = words[0]
    if first in english_words():
        return leading_place(first.capitalize(), town=True, city=True)
    town = leading_place(first.capitalize(), town=True) or (
        first.capitalize() if len(first) >= 5 and first not in NOT_PLACES and leading_place(
            first.capitalize(), town=False) == first.capitalize() else None)
    if town is None and len(first) >= MISSPELT_MIN_LETTERS:
        found = geocode_candidates(first.capitalize(), limit=2)
        if len(found) == 1 and found[0].matched_by == MATCHED_BY[2] and found[0].population >= TOWN_POPULATION:
            town = first.capitalize()
    return town


def title_words_dropped(name: str) -> str:
    """A name without the capitalised English words a Title Case headline puts before it ("Equipment
    Sulyhivka" is Sulyhivka), when the whole is no place's name and the rest is."""
    words = name.split()
    if len(words) < 2 or words[0].lower() not in english_words() or geocode_candidates(name, limit=1):
        return name
    while len(words) > 1 and words[0].lower() in english_words():
        words = words[1:]
    rest = " ".join(words)
    return rest if rest.lower() not in english_words() and geocode_candidates(rest, limit=1) else name


def village_named(name: str, *, first_word: bool = True, readings: int = 1) -> str | None:
    """The name, or (with ``first_word``) its first word, when settlements bear it as their own name (however
    many) and it is no English word, no oblast's name and no word this module refuses ("Destroyed bridge
    Moshchun"). ``readings``: how many of the name's best readings may be that settlement (1: the best itself; more
    where the text says a village is meant though a city's district comes first, "Peremoha near Baryshivka")."""
    words = name.split()
    for candidate in dict.fromkeys((name, words[0]) if first_word else (name,)):
        if candidate.lower() in english_words() or candidate.lower() in NOT_PLACES or admin1_code(candidate):
            continue
        if any(match.matched_by == MATCHED_BY[0] and match.source not in ("admin1-centre", "geonames-section")
               for match in geocode_candidates(candidate, limit=readings)):
            return candidate
    return None


def compound_variant(name: str) -> str | None:
    """The name when it is a hyphened compound ("Belgorod-Dnestrovsky") that one settlement alone bears in another
    spelling (Bilhorod-Dnistrovskyi): a compound so spelt names no other thing, as a single word read by a spelling
    variant may."""
    if "-" not in name.strip("-") or " " in name or name.lower() in english_words():
        return None
    found = [match for match in geocode_candidates(name, limit=2) if match.source not in ("admin1-centre",
                                                                                         "geonames-section")]
    return name if len(found) == 1 and found[0].candidates == 1 else None


def only_settlement(name: str) -> str | None:
    """The name when one settlement alone bears it as its own name and it is no English word ("Horenka, drone
    footage of …": a title's first name before a comma)."""
    if name.lower() in english_words() or name.lower() in NOT_PLACES:
        return None
    found = geocode_candidates(name, limit=2)
    if len(found) == 1 and found[0].matched_by == MATCHED_BY[0] and found[0].source != "admin1-centre":
        return name
    # ... or a town of 10,000 people or more by another spelling ("Yenakievo: explosion at the metallurgical plant",
    # "Khartsyzsk: …"), when no reading of the name is its own and any other reading is a place of its country a tenth
    # its size (not "Sverdlovsk", Yekaterinburg's older name and Dovzhansk's; nor "Kherson's", a possessive)
    if found and all(match.matched_by != MATCHED_BY[0] for match in found) and (
            found[0].population >= TOWN_POPULATION and found[0].source != "admin1-centre") and all(
            match.population * _DWARFED < found[0].population and match.country == found[0].country
            for match in found[1:]) and len(name) >= 5 and name.replace("-", "").replace(" ", "").isalpha():
        return name
    return None


_DWARFED = 10  # a reading this many times smaller than the town's is no rival to it


# Names of weapons, vehicles, electronic-warfare systems, drones and armed units, and the surnames of the war's
# public figures, that villages also bear ("Tyulpan", "Kurganets", "Buratino", "Strela", "Vostok", "Kadyrov"): in a
# title about a weapon or a unit ("Wreckage of Krasukha", "Captured Stugna") the name is the thing, not a place.
# Cities that give their name to a ship or a system ("Moskva", "Orsk", "Saratov") are not listed: they are read as
# the cities they are.
EQUIPMENT_NAMES = frozenset({
    # guns, rockets, missiles, air defence
    "tochka", "grad", "uragan", "smerch", "tornado", "iskander", "kalibr", "kinzhal", "buk", "pantsir", "tor", "osa",
    "strela", "igla", "verba", "kub", "krug", "tunguska", "krasnopol", "msta", "gvozdika", "akatsiya", "akatsia",
    "tyulpan", "tiulpan", "pion", "malka", "giatsint", "hiatsynt", "nona", "vena", "khosta", "rapira", "sprut",
    "kornet", "konkurs", "fagot", "metis", "shturm", "ataka", "khrizantema", "stugna", "korsar", "skif", "vilkha",
    "bohdana", "zuzana", "krab", "shmel", "solntsepek", "buratino", "topol", "yars", "sarmat", "bulava", "oniks",
    "bastion", "tsirkon", "zircon", "grom", "hrim", "polonez", "sapsan", "piorun", "gepard", "vampire", "vampir",
    # drones and electronic warfare
    "lancet", "shahed", "geran", "gerbera", "orlan", "zala", "eleron", "forpost", "orion", "supercam", "mavic",
    "krasukha", "zhitel", "leer", "palantin", "tirada", "pole", "rubicon", "zoopark", "sobolyatnik", "aistyonok",
    "bayraktar", "kupol",
    # vehicles
    "tigr", "typhoon", "taifun", "tayfun", "ural", "kamaz", "kurganets", "bumerang", "armata", "terminator", "uran",
    "kozak", "varta", "dozor", "novator", "spartan", "bulat", "oplot", "yatagan", "saxon", "mastiff", "husky",
    "senator", "kirpi", "bradley", "marder", "leopard", "abrams", "challenger", "stryker", "caesar",
    # units
    "kraken", "wagner", "akhmat", "vostok", "sparta", "somali", "pyatnashka", "rusich", "aidar", "bars", "kaskad",
    # the war's public figures
    "kadyrov", "prigozhin", "shoigu", "gerasimov", "surovikin", "budanov", "zaluzhnyi", "zaluzhny", "syrskyi",
    "syrsky", "girkin", "strelkov", "motorola", "givi", "zelensky", "zelenskyy", "putin", "lukashenko", "pushilin",
    "pasechnik", "saldo", "balitsky", "medvedev", "lavrov", "peskov", "konashenkov", "kuleba", "podolyak",
    "arestovych", "klitschko", "syniehubov",
})
# the words before a name that say a place is meant whatever else bears the name ("in Topol", "near the village
# of Strela", "shelling of Topol", "shelled Topol"); never "captured" or "using", said of weapons as of places
_LOCATIVE_BEFORE = re.compile(r"\b(?i:in|near|at|outside|around|towards?|into|through|outskirts\s+of|vicinity\s+of|"
                              r"(?:village|town|city|settlement)(?:\s+of)?|vil\.|v\.|s\.|smt\.?|"
                              r"(?:shelling|bombing|bombardment|liberation|occupation|residents|centre|center)\s+of|"
                              r"shelled|bombed|shelling|liberated|occupied)\s+(?:the\s+)?$")
_OBLAST_NEXT = re.compile(r"\s*,?\s*\(?[A-Z][\w'’-]+\s+(?i:oblast|region|province|raion|district)\b")


def names_equipment(name: str, sentence: str, span: tuple[int, int]) -> bool:
    """Whether the name at ``span`` is a weapon's, a vehicle's, a unit's or a public figure's
    (:data:`EQUIPMENT_NAMES`; "Tornado-S", "Borisoglebsk-2" by their first part) rather than a village's: so unless a
    locative word comes before it ("in Topol") or its oblast after it ("Strela, Donetsk Oblast")."""
    first = re.sub(r"['’]s$", "", re.split(r"[-\s]", name.strip(), maxsplit=1)[0].lower())
    if first not in EQUIPMENT_NAMES:
        return False
    return not (_LOCATIVE_BEFORE.search(sentence, 0, span[0]) or _OBLAST_NEXT.match(sentence, span[1]))


def company_town(name: str) -> str | None:
    """The town a works' company name ends with ("Gazprom Neftekhim Salavat" before "refinery", "Lukoil Volgograd"):
    its last word, a town of TOWN_POPULATION people or more by its own name, after at least one other capitalised
    word that is no place."""
    words = name.split()
    if len(words) < 2 or leading_place(" ".join(words[:-1]), town=False):
        return None
    last = words[-1]
    if leading_place(last, town=True, city=False) != last:
        return None
    return last if last.lower() not in english_words() or leading_place(last, town=True, city=True) else None
