"""Districts of Ukrainian cities, and of a few Russian ones the channels' strikes name (``data/city_districts.yaml``,
hand-written from public facts).

A city's district is named by an adjective ("у Голосіївському районі", "в Кировском районе Донецка") that is often a
town's or a raion's elsewhere (Kirov, Holosiivskyi read as a village in Udmurtia): the table says which cities have a
district of that name, in which region they lie, and whether the name is the city's alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from trucewatch import safe_yaml
from trucewatch.geo.translit import transliterate

_SOURCE = "trucewatch/geo/data/city_districts.yaml"


@dataclass(frozen=True)
class City:
    """A city with districts: its name, ISO 3166-2 region, the forms of its name a text uses and the stems of the
    adjective that names it before an object ("Волгоградськ": "Волгоградський НПЗ")."""

    name: str
    region: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...] = ()


@dataclass(frozen=True)
class District:
    """A district's adjective stem in one spelling, the city it belongs to and whether no other place bears it."""

    stem: str
    city: City
    only: bool


@lru_cache(maxsize=1)
def city_districts() -> tuple[District, ...]:
    """Every district stem (Ukrainian and Russian spellings alike), longest first."""
    text = resources.files("trucewatch.geo").joinpath("data/city_districts.yaml").read_text(encoding="utf-8")
    districts: list[District] = []
    for entry in safe_yaml.load(text, _SOURCE):
        city = City(name=str(entry["city"]), region=str(entry["region"]),
                    names=tuple(str(name) for name in entry["names"]),
                    adjectives=tuple(str(stem) for stem in entry.get("adjectives", ())))
        for district in entry["districts"]:
            for spelling in ("uk", "ru"):
                districts.append(District(stem=str(district[spelling]), city=city, only=bool(district.get("only"))))
    return tuple(sorted(districts, key=lambda district: -len(district.stem)))


@lru_cache(maxsize=1)
def _english_names() -> dict[str, tuple[City, ...]]:
    """The cities with a district of each English name: every stem (its Ukrainian and its Russian spelling) romanised
    by the Ukrainian national system, with the adjective's endings ("Київськ" → "Kyivskyi", "Kyivskiy", "Kyivsky")."""
    cities: dict[str, list[City]] = {}
    for district in city_districts():
        stem = transliterate(district.stem, "uk")
        for ending in ("yi", "iy", "y"):
            found = cities.setdefault((stem + ending).casefold(), [])
            if district.city not in found:
                found.append(district.city)
    return {name: tuple(found) for name, found in cities.items()}


def cities_with_district(name: str) -> tuple[City, ...]:
    """The cities that have a district of the English ``name`` ("Kyivskyi": Kharkiv, Odesa, ...)."""
    return _english_names().get(name.casefold(), ())


def is_district_of(name: str, city: str) -> bool:
    """Whether ``city`` (its English name, any case) has a district of the English ``name`` ("Saltivskyi", Kharkiv)."""
    return any(each.name.casefold() == city.casefold() for each in cities_with_district(name))


def gazetteer_spelling(name: str) -> str:
    """A table city's English name as the gazetteer spells it ("Zaporizhzhia": GeoNames' "Zaporizhzhya")."""
    return name.replace("ia", "ya")


def is_district_of_spelled(name: str, city: str) -> bool:
    """:func:`is_district_of`, ``city`` spelt as the table or as the gazetteer spells it ("Zaporizhzhya")."""
    return any(city.casefold() in (each.name.casefold(), gazetteer_spelling(each.name).casefold())
               for each in cities_with_district(name))
