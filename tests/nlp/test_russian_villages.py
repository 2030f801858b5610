"""Villages of the Russian border regions (GeoNames' postal-code file for Russia) in reports and posts: a village
the gazetteer holds is placed at its point, a missing one gives its region at the region's precision, and a
Russian namesake never moves a town the text names."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import admin1_match
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.posts import Post, read_posts
from trucewatch.nlp.reader import Article


def _located(text: str) -> list[tuple[Any, dict[str, Any]]]:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="news"))
    return [(report.location, report.provenance) for report in reports if report.location]


def _post_locations(text: str) -> list[Any]:
    post = Post(id="p", text=text, published_at=datetime(2024, 8, 19, 9, 0, tzinfo=UTC))
    (result,) = read_posts([post]).results
    return [report.location for report in result.reports if report.location]


@pytest.mark.parametrize(
    ("text", "admin1", "point"),
    [
        ("On 5 May 2024, Ukrainian shelling hit Kolotilovka, Belgorod region, the governor said.", "RU-BEL",
         (50.85, 35.60)),
        ("On 12 August 2024, Ukrainian drones struck Plekhovo in Kursk region.", "RU-KRS", (51.10, 35.33)),
        ("On 12 August 2024, Ukrainian forces shelled the village of Snagost, Kursk Oblast.", "RU-KRS",
         (51.31, 34.89)),
    ],
)
def test_a_border_village_in_english_is_placed_at_its_point(text: str, admin1: str, point: tuple[float, float]) -> None:
    ((location, _provenance),) = _located(text)
    assert location.admin1_code == admin1 and location.country == "RU"
    assert distance_km(location.lat, location.lon, *point) < 3
    assert location.precision_km == 3.0  # a village's, not a region's


@pytest.mark.parametrize(
    ("text", "admin1", "village"),
    [
        # a village the gazetteer holds: the region, or the village itself; never another town
        ("Вооружённые формирования киевского режима обстреляли село Плехово Курской области, повреждены два дома.",
         "RU-KRS", (51.10, 35.33)),
        # a village missing from the data: its region at the region's precision
        ("Вооружённые формирования киевского режима обстреляли село Нехотеевка Белгородской области, повреждены "
         "два дома.", "RU-BEL", None),
    ],
)
def test_a_post_naming_a_border_village_gives_it_or_its_region(text: str, admin1: str,
                                                               village: tuple[float, float] | None) -> None:
    locations = _post_locations(text)
    assert locations and all(location.admin1_code == admin1 for location in locations)
    centre = admin1_match(admin1)
    assert centre is not None
    for location in locations:
        at_village = village is not None and distance_km(location.lat, location.lon, *village) < 3
        assert at_village or (location.precision_km == centre.precision_km and location.precision_km > 40)


def test_a_town_named_in_ukrainian_stays_the_town_beside_a_hamlet_of_its_adjective() -> None:
    # "у Пролетарську" reads as the adjective "Пролетарський", the name of a hamlet of the same oblast 50 km away
    (location,) = _post_locations("Нафтобазу в Пролетарську, Ростовської області уражено дронами, пожежа триває.")
    assert location.name == "Proletarsk" and location.admin1_code == "RU-ROS"
    assert distance_km(location.lat, location.lon, 46.70, 41.72) < 3


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        # a village named with its oblast right after it: the village of that oblast, of any size
        ("Вооружённые формирования киевского режима обстреляли село Плехово Курской области, повреждены два дома.",
         "Plekhovo", "RU-KRS"),
        ("Вночі дрони атакували тягову підстанцію у селі Журавка Воронезької області.", "Zhuravka", "RU-VOR"),
        # a town opening the post with its oblast after a comma: the town, not the oblast's centre
        ("Шебекіно, Бєлгородська область: після атаки дронів горить хімічне підприємство.", "Shebekino", "RU-BEL"),
    ],
)
def test_a_place_named_with_its_oblast_right_after_is_that_oblasts(text: str, name: str, admin1: str) -> None:
    locations = _post_locations(text)
    assert [(location.name, location.admin1_code) for location in locations] == [(name, admin1)]
    assert all(location.precision_km is not None and location.precision_km < 10 for location in locations)


def test_a_common_word_before_an_oblast_is_no_village() -> None:
    # "Атака" opening a sentence before the oblast's name is no village the oblast holds: the oblast itself
    locations = _post_locations("Атака на Бєлгородську область: уражено електропідстанцію, повідомляє губернатор.")
    assert all(location.precision_km is not None and location.precision_km > 40 for location in locations)


@pytest.mark.parametrize("text", ["Ворог завдав удару по Курахове, пошкоджено будинки.",
                                  "Окупанти обстріляли Курахове, є загиблі."])
def test_a_town_fought_over_is_read_after_a_preposition_or_a_verb_of_striking(text: str) -> None:
    # 18,000 people: under the 20,000 a one-word name needs there, but within 30 km of a line of contact
    assert [(location.name, location.admin1_code) for location in _post_locations(text)] == [("Kurakhove", "UA-14")]


def test_a_small_town_far_from_the_lines_still_needs_the_size() -> None:
    # Burshtyn (15,000 people) lies hundreds of km from every line: a name of that size there may be a common noun
    assert _post_locations("Ворог завдав удару по Бурштину, пошкоджено будинки.") == []
