"""The table of cities' districts (geo/data/city_districts.yaml): every city in a Ukrainian or Russian region the
admin1 table knows, every district spelt in both languages as an adjective stem, and a name marked as one city's
alone borne by no other city of the table."""

from __future__ import annotations

from collections import defaultdict

from trucewatch.geo.admin1 import admin1_unit
from trucewatch.geo.city_districts import city_districts


def test_every_city_lies_in_a_known_ukrainian_or_russian_region() -> None:
    for district in city_districts():
        unit = admin1_unit(district.city.region)
        assert unit is not None and unit.country in ("UA", "RU"), district.city


def test_every_city_is_named_and_its_stems_are_words() -> None:
    for district in city_districts():
        assert district.city.names, district.city
        assert district.stem[0].isupper() and " " not in district.stem, district.stem


def test_a_name_marked_as_one_citys_is_no_other_citys() -> None:
    cities: dict[str, set[str]] = defaultdict(set)
    for district in city_districts():
        cities[district.stem.lower()].add(district.city.name)
    for district in city_districts():
        if district.only:
            assert cities[district.stem.lower()] == {district.city.name}, district.stem
