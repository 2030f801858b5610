"""Power plants by the names the news gives them (trucewatch.geo.power_plants)."""

from __future__ import annotations

import pytest

from trucewatch.geo.distance import distance_km
from trucewatch.geo.power_plants import plant_key, power_plant


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
])
def test_a_plant_is_found_by_the_name_the_news_gives_it(name: str, kind: str, point: tuple[float, float]) -> None:
    match = power_plant(name, kind)
    assert match is not None and distance_km(match.lat, match.lon, *point) < 10


@pytest.mark.parametrize(("name", "kind"), [
    ("Kursk", "hydro"),  # a kind the named plant is not
    ("Snake", "any"),  # no plant
    ("", "any"),
    ("x" * 500, "any"),
])
def test_no_plant(name: str, kind: str) -> None:
    assert power_plant(name, kind) is None
