"""A town read in one region gives way to its namesake in a region the post named before it, by whatever words
named that region: "Криворізька ТЕС у Зеленодольську" is the Zelenodolsk of Dnipropetrovsk oblast (12,700 people),
which the adjective of Kryvyi Rih names first, not Tatarstan's (99,600). :func:`trucewatch.nlp.slavic.places.
find_places` makes the same choice while it reads settlements, against the regions read before them; the regions a
works' adjective or an object's town gives are read after the settlements, so the choice is made again here, on
every place the post gives.

The town gives way only when no other place of the post lies in its region, when it is no city of NAMESAKE_CITY
people (a city's name stays the city), and when the namesake bears the same name and has NAMESAKE_TOWN people or
more (a hamlet of the name in the region named is no better reading).
"""

from __future__ import annotations

from collections.abc import Iterable

from trucewatch.geo.gazetteer import GeoMatch, geocode
from trucewatch.model import Location
from trucewatch.nlp.slavic.adjectives import town_location
from trucewatch.nlp.slavic.settlements import within_oblast

# a town read first elsewhere gives way to a namesake in a region the post named before it when it is no city of
# this size and the namesake is a town of at least that size (here and in find_places' own choice)
NAMESAKE_CITY = 100_000
NAMESAKE_TOWN = 5_000

Found = tuple[int, str, tuple[int, int], Location]


def namesake_among(word: str, language: str, codes: Iterable[str], *, name: str | None = None) -> GeoMatch | None:
    """A town of ``word``'s name, of NAMESAKE_TOWN people or more, in one of the regions ``codes`` (in order); with
    ``name``, only one the gazetteer calls so."""
    for code in dict.fromkeys(codes):
        if code.startswith("SEA-"):
            continue
        namesake = within_oblast(word, language, code)
        if namesake is not None and namesake.population >= NAMESAKE_TOWN and (name is None or namesake.name == name):
            return namesake
    return None


def namesakes_in_regions_before(text: str, language: str, found: list[Found]) -> list[Found]:
    """``found`` (start, code, span, location of each place read), each town that gives way replaced by its
    namesake in a region named before it (see the module)."""
    kept: list[Found] = []
    for item in found:
        start, code, span, location = item
        earlier = list(dict.fromkeys(other for begin, other, _, _ in found
                                     if begin < start and other != code and not other.startswith("SEA-")))
        if not earlier or not location.name or any(other == code for begin, other, _, _ in found if begin != start):
            kept.append(item)
            continue
        current = geocode(location.name, admin1_code=code)
        if current is None or current.source == "admin1-centre" or current.population >= NAMESAKE_CITY:
            kept.append(item)
            continue
        namesake = namesake_among(text[span[0]:span[1]], language, earlier, name=location.name)
        kept.append((start, namesake.admin1_code, span, town_location(namesake))
                    if namesake is not None and namesake.admin1_code else item)
    return kept
