"""A city's district named by its adjective ("у Голосіївському районі", "в Кировском районе Донецка"): placed in
the city's region, never read as the far town or raion the adjective also names.

Which city: the one named right after the district ("… районе Донецка", "… районі міста Харкова"), else the one the
post names nearest (a city with a district of that name), else the only city with a district of that name when no
other place bears it (Kyiv's Holosiivskyi). A district named with its oblast after it ("Кіровський район
Кіровоградської області") is a raion, left to the oblast. Otherwise a city's district name (Kirovskyi, Kyivskyi) is
read as no place: better none than a far one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from trucewatch.geo.city_districts import City, District, city_districts
from trucewatch.geo.gazetteer import MATCHED_BY
from trucewatch.geo.translit import match_keys
from trucewatch.nlp.slavic.adjectives import TOWN_POPULATION, adjective_town
from trucewatch.nlp.slavic.settlements import settlement

# the adjective's ending; the word district after it ("районі", "районе", "р-ні", "р-не", "районах"), not a body
# named after a district ("районного суду"); or, before it, the adjectives joined ("в Оболонському та Дарницькому
# районах")
# (the instrumental too: "над Красноармійським районом", "Кировским районом")
_ENDING = r"(?:ий|ій|ого|ому|ім|им|ом|ый|ой|ым|ем|ая|а|ої|ою|ую|их|і|ие|ые)"
_NOUN = re.compile(r"\s+(?:район(?!н)\w*|р-н(?:у|а|і|е|ом|ах)?\b)")
_JOINED = re.compile(r"\s*(?:,|та|і|й|и)\s+")
# between a district and the city it lies in: "районі міста Харкова", "районе г. Донецка"
_CITY_WORD = r"[\s,]*(?:(?:міста|города|м\.|г\.)\s*)?"
# the oblast (krai, republic) named right after a district: a raion, which the oblast places
_UNIT_AFTER = re.compile(r"[\s,]*(?:[А-ЯЁІЇЄҐ][\w'’-]+\s+(?:област|обл\b|обл\.|кра[йюяїе]|республик|республік)|"
                         r"[А-ЯЁІЇЄҐ][\w'’-]+(?:щин|чин)\w*)")
# a capitalised word right after a district: the city the district is of ("в Советском районе Брянска")
_CAPITALISED_AFTER = re.compile(_CITY_WORD + r"([А-ЯЁІЇЄҐ][\w'’-]+)")


@dataclass(frozen=True)
class DistrictMention:
    """A district named in a text: its span (adjective and noun) and the region of its city, or None when the text
    does not say which city (the span is then no place at all)."""

    span: tuple[int, int]
    region: str | None


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    stems = "|".join(re.escape(district.stem).replace("'", "['’ʼ]") for district in city_districts())
    return re.compile(r"(?<![\w'’ʼ-])(" + stems + r")" + _ENDING + r"(?![\w'’ʼ-])", re.IGNORECASE)


def _normal(word: str) -> str:
    return word.lower().replace("’", "'").replace("ʼ", "'").replace("ё", "е")


def _districts_of(stem: str) -> list[District]:
    return [district for district in city_districts() if _normal(district.stem) == _normal(stem)]


@lru_cache(maxsize=1)
def _city_names() -> re.Pattern[str]:
    names = sorted({name for district in city_districts() for name in district.city.names}, key=len, reverse=True)
    stems = sorted({stem for district in city_districts() for stem in district.city.adjectives}, key=len, reverse=True)
    adjectives = [re.escape(stem) + _ENDING for stem in stems]
    return re.compile(r"(?<![\w'’ʼ-])(" + "|".join([*(re.escape(name) for name in names), *adjectives])
                      + r")(?![\w'’ʼ-])")


def _city_of(name: str, cities: list[City]) -> City | None:
    """The city of ``cities`` that ``name`` names, by a form of its name or by its adjective ("Волгоградський")."""
    return next((city for city in cities if name in city.names or any(
        name.startswith(stem) and re.fullmatch(_ENDING, name[len(stem):]) for stem in city.adjectives)), None)


def district_mentions(text: str, language: str) -> list[DistrictMention]:
    """The city districts ``text`` names, each with its city's region or None; districts named with their oblast
    after them are left out (raions, which the oblast places)."""
    mentions: list[DistrictMention] = []
    named = [(match.start(), match.group(1)) for match in _city_names().finditer(text)]
    adjectives = list(_pattern().finditer(text))
    named_districts: list[re.Match[str]] = []
    spans: dict[int, tuple[int, int]] = {}
    for match in reversed(adjectives):  # "в Оболонському та Дарницькому районах": the last one says it is a district
        joined = _JOINED.match(text, match.end())
        if _NOUN.match(text, match.end()) or (joined and named_districts
                                              and named_districts[-1].start() == joined.end()):
            named_districts.append(match)
    noun_end = len(text)
    for match in named_districts:  # from the last: the noun the joined ones share
        noun = _NOUN.match(text, match.end())
        noun_end = noun.end() if noun is not None else noun_end
        spans[match.start()] = (match.start(), noun_end)
    for match in reversed(named_districts):
        span = spans[match.start()]  # to the end of its noun, or of the noun it shares
        if _UNIT_AFTER.match(text, span[1]):
            continue
        districts = _districts_of(match.group(1))
        cities = [district.city for district in districts]
        after = _CAPITALISED_AFTER.match(text, span[1])
        if after is not None:
            city = _city_of(after.group(1), cities)
            region = city.region if city is not None else _city_region(text, span[1], language)
            if region is not None:
                mentions.append(DistrictMention(span, region))
                continue
        by_distance = sorted(((abs(start - match.start()), city) for start, name in named
                              if (city := _city_of(name, cities)) is not None), key=lambda pair: pair[0])
        if by_distance:
            mentions.append(DistrictMention(span, by_distance[0][1].region))
        elif len({city.name for city in cities}) == 1 and all(district.only for district in districts):
            mentions.append(DistrictMention(span, cities[0].region))
        elif not _town_of_that_name(match, language):
            mentions.append(DistrictMention(span, None))
    return mentions


def city_after(text: str, end: int, language: str) -> str | None:
    """The region of the city named right after a district whose adjective ends at ``end`` ("в Советском районе
    Брянска": Bryansk's district, not Sovetsk), or None."""
    noun = _NOUN.match(text, end)
    return _city_region(text, noun.end(), language) if noun is not None else None


def _city_region(text: str, end: int, language: str) -> str | None:
    """The region of the city (a town of ``TOWN_POPULATION`` people or more) named right after a district's noun
    ending at ``end``, or None (nor when an oblast is named there: the district is its raion)."""
    after = _CAPITALISED_AFTER.match(text, end)
    if after is None or _UNIT_AFTER.match(text, end):
        return None
    town = settlement(after.group(1), language, "preposition")
    if town is None or town.admin1_code is None or town.population < TOWN_POPULATION:
        return None
    return town.admin1_code


def _town_of_that_name(match: re.Match[str], language: str) -> bool:
    """Whether the district's adjective is that of a town bearing the stem as its very name ("Подольского района":
    Podolsk's raion), which the adjective then names as before; not a town the stem only begins with ("Кировском
    районе" is no Kirov's) or is a former name of ("Куйбышевском": Samara's)."""
    town = adjective_town(match.group(0), language)
    return town is not None and town.matched_by == MATCHED_BY[0] and bool(
        match_keys(match.group(1)) & match_keys(town.name))
