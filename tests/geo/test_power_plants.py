"""Power plants by the names the news gives them (trucewatch.geo.power_plants)."""

from __future__ import annotations

import pytest

from trucewatch.geo.distance import distance_km
from trucewatch.geo.power_plants import named_after, plant_key, power_plant


@pytest.mark.parametrize(("words", "key"), [
    ("Trypillia", "trypil"), ("Trypilska", "trypil"),  # a town's name and the adjective made of it
    ("Zmiiv thermal power plant", "zmiv"), ("Zmiivska power station", "zmiv"),
    ("Novocherkassk", "novocherkas"), ("Novocherkasskaya GRES", "novocherkas"),
    ("Kiev CHP-5", "kiev"),  # numbers and kind words say which unit or what kind, not which plant
])
def test_the_key_a_town_and_its_plant_share(words: str, key: str) -> None:
    assert plant_key(words) == key


@pytest.mark.parametrize(("name", "kind", "point"), [
    ("Trypillia", "thermal", (50.13, 30.75)),
    ("Burshtyn", "any", (49.21, 24.67)),
    ("Zaporizhzhia", "nuclear", (47.51, 34.59)),  # at Enerhodar, not at Zaporizhzhia
    ("Rouno", "nuclear", (51.33, 25.89)),  # a name the registry gives in parentheses
    ("Novocherkassk", "any", (47.40, 40.23)),
    # the registry spells the town otherwise: found through the gazetteer's names of the town
    ("Kharkiv 5", "thermal", (49.97, 36.11)),  # "Karkov CHP-5"
    ("Kryvyi Rih", "thermal", (47.54, 33.66)),  # "Kryvorizka", the town's adjective; 46 km from its centre
    ("Kamianske", "hydro", (48.55, 34.54)),  # "Dniprodzerzhynsk", the town's former name
    ("Kremenchuk", "hydro", (49.07, 33.25)),  # "Kremenchug"
])
def test_a_plant_is_found_by_the_name_the_news_gives_it(name: str, kind: str, point: tuple[float, float]) -> None:
    match = power_plant(name, kind)
    assert match is not None and distance_km(match.lat, match.lon, *point) < 10


@pytest.mark.parametrize(("registry", "town", "made_of"), [
    ("karkov", "kharkov", True),  # one letter apart
    ("kryvorizk", "kryv rih", True),  # the adjective: the town's consonants but its last
    ("dniprodzerzhynsk", "dniprodzerzhynsk", True),
    ("zmiv", "zmiv", True),
    ("kurakhov", "kharkov", False),
    ("kremenchug", "krasnodar", False),
])
def test_a_plant_named_after_a_town(registry: str, town: str, made_of: bool) -> None:
    assert named_after(registry, town) is made_of


@pytest.mark.parametrize(("name", "kind"), [
    ("Kursk", "hydro"),  # a kind the named plant is not
    ("Snake", "any"),  # no plant
    ("", "any"),
    ("x" * 500, "any"),
    ("Kyiv 6", "thermal"),  # the registry's plant of that town is CHP-5: another unit is another plant
    ("Kharkiv", "hydro"),  # the town has no plant of that kind
    ("Lviv", "thermal"),  # no plant named after the town in the registry
])
def test_no_plant(name: str, kind: str) -> None:
    assert power_plant(name, kind) is None
