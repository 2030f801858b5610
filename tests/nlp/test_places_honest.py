"""A false place is worse than no place: what the place component refuses, flags or widens."""

from __future__ import annotations

import re
from typing import Any

import pytest

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import admin1_match
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.places import english_words
from trucewatch.nlp.reader import Article


def _located(text: str) -> list[tuple[Any, dict[str, Any]]]:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="news"))
    return [(report.location, report.provenance) for report in reports if report.location]


def test_the_english_word_list_is_available() -> None:
    words = english_words()
    assert {"strike", "market", "park", "border"} <= words
    assert "hryhorivka" not in words


@pytest.mark.parametrize("word", ["Strike", "Market", "TOS"])
def test_an_english_word_is_no_place_by_an_alternate_or_a_variant(word: str) -> None:
    located = _located(f"On 5 May 2024, a Russian drone hit {word} in Lviv, the governor said.")
    assert located, "the sentence still gives Lviv"
    for location, provenance in located:
        assert location.name != word, provenance.get("location_basis")
        assert location.admin1_code == "UA-46"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("On 5 May 2024, Russian drones struck the village of Zzyzxivka in Kharkiv region.", "UA-63"),
        ("On 5 May 2024, Russian shelling hit Zzyzxivka, a village in Kharkiv Oblast.", "UA-63"),
        ("On 5 May 2024, Ukrainian drones struck Zzyzxovo in Kursk region, the governor said.", "RU-KRS"),
        # a Russian border village cities500 lacks: the region, never Belgorod city
        ("On 5 May 2024, Ukrainian forces shelled Spodaryushino, Belgorod region.", "RU-BEL"),
    ],
)
def test_a_place_missing_from_the_gazetteer_gives_its_region_at_region_precision(text: str, admin1: str) -> None:
    ((location, provenance),) = _located(text)
    assert "not in the gazetteer" in provenance["location_basis"]
    centre = admin1_match(admin1)
    assert centre is not None
    assert location.admin1_code == admin1 and location.name is None
    assert location.precision_km == centre.precision_km and location.precision_km > 40  # never a city's 8-15 km


def test_an_undecided_choice_keeps_the_candidates_and_widens_the_precision() -> None:
    # two Vodiane of Zaporizhzhia oblast, 52 km apart: the gazetteer's first, the precision covering the other
    ((location, provenance),) = _located("On 10 March 2024, a Russian missile struck Vodiane, Zaporizhzhia region.")
    basis = provenance["location_basis"]
    assert "nothing in the text decides" in basis and "other candidates" in basis
    assert "the gazetteer's first" in basis
    assert 50 < location.precision_km < 100
    assert provenance["location_candidates"] > 1


def _candidates(basis: str) -> list[tuple[str, float]]:
    return [(ident, float(km)) for ident, km in re.findall(r"(\d+|katottg:\w+) \((\d+) km\)", basis)]


def test_namesakes_far_apart_in_the_region_named_give_their_middle_not_a_coin_toss() -> None:
    # four Bohdanivkas of Donetsk oblast up to 128 km apart, a missile (no front-line prior), no other place:
    # none of them is given, but the centre of the smallest circle holding them, its radius the precision
    ((location, provenance),) = _located("On 10 March 2024, a Russian missile struck Bohdanivka, Donetsk region.")
    basis = provenance["location_basis"]
    assert "nothing in the text decides" in basis and "the middle of them" in basis
    assert "gazetteer's first" not in basis
    listed = _candidates(basis)
    assert len(listed) == 4
    farthest = max(km for _ident, km in listed)
    # the middle is nearer to the farthest candidate than any one candidate is to all the others (128 km)
    assert farthest < 70 and location.precision_km >= farthest
    assert location.admin1_code == "UA-14" and location.name == "Bohdanivka"
    for lat, lon in ((47.63, 37.756), (47.486, 38.048), (48.093, 36.964), (48.618, 37.897)):
        assert distance_km(location.lat, location.lon, lat, lon) <= location.precision_km


def test_a_village_far_larger_than_its_namesakes_leans_within_the_region_named() -> None:
    # ten Shevchenkoves of Kharkiv oblast, up to 144 km apart; one has 7,090 people, the others none recorded:
    # its point, the precision still covering the others
    ((location, provenance),) = _located("On 10 March 2024, a Russian missile struck Shevchenkove, Kharkiv region.")
    basis = provenance["location_basis"]
    assert "the most populous among them (7,090 people" in basis and "other candidates" in basis
    assert distance_km(location.lat, location.lon, 49.695, 37.176) < 1
    assert location.precision_km > 100


def test_namesakes_far_apart_without_a_region_still_give_no_point() -> None:
    ((location, provenance),) = _located("On 10 March 2024, a Russian missile struck Bohdanivka.")
    assert location.lat is None and location.name is None
    assert "no point is given" in provenance["location_basis"]


def test_other_places_named_decide_before_the_front_line_and_population() -> None:
    ((location, provenance), *_rest) = _located(
        "On 14 March 2023, Russian forces shelled Novoselivka, Donetsk region. Strikes were also reported "
        "in Avdiivka.")
    assert "nearest to another place the article names" in provenance["location_basis"]
    assert distance_km(location.lat, location.lon, 48.14, 37.75) < 40  # near Avdiivka
    assert location.precision_km < 10


def test_a_candidate_far_from_every_other_place_named_is_not_taken_on_an_alternate_name() -> None:
    # "Stalino" is a former name of Donetsk (and the own name of a few villages): alone, it is Donetsk,
    # flagged as found by an alternate name; beside Kherson and Beryslav, 390 km away, it is not taken
    ((alone, provenance),) = _located("On 5 May 2024, Russian drones struck Stalino, killing two.")
    assert alone.admin1_code == "UA-14" and "by an alternate name" in provenance["location_basis"]
    reports = extract_article(Article(
        id="a", source="test", source_kind="news",
        text="On 5 May 2024, Russian drones struck Kherson and Beryslav. Another Russian drone struck Stalino, "
             "killing two."))
    assert len(reports) == 2
    assert reports[0].location is not None and reports[0].location.admin1_code == "UA-65"
    assert reports[1].location is None or reports[1].location.admin1_code != "UA-14"


def test_a_city_known_by_the_name_beats_hamlets_that_bear_it() -> None:
    # "Nikolaev" is Mykolaiv's Russian name; a Rostov hamlet of 630 people bears it as its own
    ((location, provenance),) = _located("On 15 April 2022, Russian missiles struck Nikolaev, killing two.")
    assert location.admin1_code == "UA-48" and "a city of 470,011 people" in provenance["location_basis"]
    # ...but a village that bears the name is not displaced by a city once called so ("Oleksandrivka")
    ((village, _),) = _located("On 5 May 2024, Russian forces shelled Oleksandrivka, Donetsk region.")
    assert distance_km(village.lat, village.lon, 48.0, 37.8) > 5  # not Donetsk city's centre


def test_the_oblast_after_a_missing_village_is_no_second_place() -> None:
    # "near X, Kharkiv": Kharkiv names the oblast that holds X, not a place of the list
    ((location, provenance),) = _located("On 11 September 2023, Russian forces shelled Zzyzxivka, Kharkiv.")
    assert location.name is None and location.admin1_code == "UA-63"
    assert "not in the gazetteer" in provenance["location_basis"]


@pytest.mark.parametrize(
    ("text", "city", "point"),
    [
        # a street's name is no settlement: the city after it is
        ("On 4 March 2022, shelling hit cars on Heroiv Pratsi St, Kharkiv.", "Kharkiv", (49.99, 36.23)),
        ("On 26 April 2022, shelling damaged a building on Lomizova street, Mariupol.", "Mariupol", (47.1, 37.55)),
        # a facility named after its town places the town; one named otherwise, the town named after it
        ("On 14 March 2022, a Russian missile hit Kharkiv National University.", "Kharkiv", (49.99, 36.23)),
        ("On 8 April 2022, a Russian strike set Karavan shopping centre in Kharkiv on fire.", "Kharkiv",
         (49.99, 36.23)),
        # a city district that is not a raion: the city it belongs to
        ("On 9 October 2022, shelling damaged a school in Kalininsky district of Donetsk.", "Donetsk",
         (48.0, 37.8)),
    ],
)
def test_streets_facilities_and_districts_give_their_town(text: str, city: str, point: tuple[float, float]) -> None:
    located = _located(text)
    assert located
    location, provenance = located[0]
    assert location.name == city, provenance.get("location_basis")
    assert distance_km(location.lat, location.lon, *point) < 15


def test_a_river_is_no_town() -> None:
    located = _located("On 14 August 2022, Ukrainian rockets struck the bridge across the Dnipro river.")
    assert all(location.name != "Dnipro" for location, _ in located)


def test_a_place_the_text_puts_in_a_country_the_gazetteer_lacks_is_not_taken_elsewhere() -> None:
    # Bakhmut is a Ukrainian town and no Polish one: "Bakhmut, Poland" is not taken in Ukraine
    located = _located("On 16 October 2022, a missile strike was reported in Bakhmut, Poland.")
    assert all(location.lat is None for location, _ in located)
    # the gazetteer knows an Orsha in Russia's Tver oblast and the Belarusian town: the country decides
    ((location, _provenance),) = _located("On 16 October 2022, a Russian missile strike was reported near "
                                          "Orsha, Belarus.")
    assert location.country == "BY"


def test_namesakes_far_apart_with_no_region_named_give_no_point() -> None:
    ((location, provenance),) = _located("On 14 April 2022, a Russian drone struck Andriivka.")
    basis = provenance["location_basis"]
    assert location.lat is None and location.name is None
    assert "no point is given" in basis and "other candidates" in basis and basis.startswith("Andriivka")
    # with its oblast named, the oblast bounds the choice: a point, its precision covering the others
    ((scoped, _scoped_provenance),) = _located("On 14 April 2022, a Russian drone struck Andriivka, Kyiv region.")
    assert scoped.lat is not None and scoped.admin1_code == "UA-32"


def test_a_town_far_larger_than_its_namesakes_is_the_point_but_not_decided() -> None:
    # a missile (no front-line prior; in May 2022 the line itself ran through Lyman, and shelling is placed by it)
    ((location, provenance),) = _located("On 16 May 2022, a Russian missile hit a house in Lyman.")
    assert location.admin1_code == "UA-14" and distance_km(location.lat, location.lon, 48.99, 37.8) < 10
    basis = provenance["location_basis"]
    assert "the largest town among them" in basis and "the precision covers them" in basis
    assert location.precision_km > 100  # the other Lymans stay covered


@pytest.mark.parametrize(
    ("text", "admin1", "point"),
    [
        # a town's name before a facility, without a preposition
        ("On 25 March 2022, Mariupol police station was damaged by Russian shelling.", "UA-14", (47.1, 37.55)),
        # a name before its oblast, with no preposition
        ("On 1 May 2022, shelling destroyed the Government Office Lyman, Donetsk Oblast.", "UA-14", (48.99, 37.8)),
        # a place's name after its country's possessive
        ("On 9 April 2022, fires burned after Russian strikes in Ukraine's Mariupol.", "UA-14", (47.1, 37.55)),
    ],
)
def test_a_town_named_without_a_preposition(text: str, admin1: str, point: tuple[float, float]) -> None:
    location, provenance = _located(text)[0]
    assert location.admin1_code == admin1, provenance.get("location_basis")
    assert distance_km(location.lat, location.lon, *point) < 15


@pytest.mark.parametrize("text", [
    "On 27 May 2022, drone footage showed LNR's Osa air defences being struck near the front.",
    "On 10 November 2022, shelling damaged restaurant Ukrayina.",
])
def test_what_a_party_owns_and_a_country_name_are_no_place(text: str) -> None:
    assert all(location.lat is None for location, _ in _located(text))


def test_a_sentence_with_no_place_takes_the_place_of_the_next() -> None:
    ((location, provenance),) = _located("On 17 August 2022, shelling damaged a school. Bakhmut, Donetsk region.")
    assert distance_km(location.lat, location.lon, 48.59, 38.0) < 10
    assert "named in the next sentence" in provenance["location_basis"]
    # "school no. 11 in Bakhmut" is one sentence: a number's sign ends none (extractor 48; before, it was split there
    # and placed by this rule)
    ((location, provenance),) = _located("On 17 August 2022, shelling damaged school no. 11 in Bakhmut.")
    assert distance_km(location.lat, location.lon, 48.59, 38.0) < 10
    assert "named in the next sentence" not in provenance["location_basis"]


def test_a_town_typed_in_lower_case_but_never_an_english_word() -> None:
    ((location, _provenance),) = _located("On 18 March 2022, Russian forces shelled houses in melitopol.")
    assert distance_km(location.lat, location.lon, 46.85, 35.37) < 10
    assert all(location.lat is None for location, _ in _located("On 18 March 2022, shelling hit a house in bar."))


def test_an_undecided_choice_gives_a_place_bearing_the_name_before_one_that_once_bore_it() -> None:
    # two namesakes near the line of 2023 on the Kherson front: an Ivanivka, and Bilozerka, whose former name
    # GeoNames keeps as an alternate (and which the gazetteer puts first, by population); the point is the
    # Ivanivka's, the precision still covering Bilozerka
    from datetime import date

    from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
    from trucewatch.nlp.place_choice import Context, choose

    former = GeoMatch(name="Bilozerka", lat=46.627, lon=32.444, admin1_code="UA-65", country="UA", precision_km=4.0,
                      source="geonames-ua", candidates=2, population=9_565, matched_by=MATCHED_BY[1], id="former")
    bearer = GeoMatch(name="Ivanivka", lat=46.748, lon=33.022, admin1_code="UA-65", country="UA", precision_km=2.0,
                      source="geonames-ua", candidates=2, matched_by=MATCHED_BY[0], id="bearer")
    chosen = choose((former, bearer), Context(admin1="UA-65", front_day=date(2023, 3, 17)))
    assert chosen is not None
    location, basis = chosen
    assert "bearing the name as its own" in basis and location.id == "bearer"
    assert distance_km(location.lat, location.lon, former.lat, former.lon) <= location.precision_km


def test_an_undecided_choice_on_the_kherson_front_covers_every_namesake_near_the_line() -> None:
    # the real text: three Ivanivkas and Bilozerka near the Dnipro line of 2023 (one on the left bank by Krynky,
    # one south of Hola Prystan): undecided, a place bearing the name given, the precision covering the others
    ((location, provenance),) = _located("Russian artillery shelled Ivanivka, Kherson region, on 17 March 2023.")
    basis = provenance["location_basis"]
    assert "none clearly nearer" in basis and "found as" not in basis
    for lat, lon in ((46.627, 32.444), (46.748, 33.022)):  # Bilozerka, the Ivanivka by Krynky
        assert distance_km(location.lat, location.lon, lat, lon) <= location.precision_km


def test_a_name_given_with_its_country_is_no_anchor_elsewhere() -> None:
    # "Orsha, Belarus": the Belarusian town, and its Russian namesake (Tver oblast) is no other place of the
    # text from which the town would lie far
    ((location, provenance),) = _located("On 16 October 2022, a train carrying Russian armoured vehicles was seen "
                                         "in Orsha, Belarus.")
    assert location.country == "BY"
    assert "caution" not in provenance["location_basis"]


def test_the_middle_of_namesakes_is_the_centre_of_a_small_circle_holding_them_all() -> None:
    from itertools import combinations
    from random import Random

    from trucewatch.nlp.place_choice import _middle

    rng = Random(7)
    for _ in range(50):
        points = [(rng.uniform(44.5, 52.0), rng.uniform(22.5, 40.0)) for _ in range(rng.randint(2, 30))]
        lat, lon, radius = _middle(points)
        widest = max(distance_km(a, b, c, d) for (a, b), (c, d) in combinations(points, 2))
        assert all(distance_km(lat, lon, a, b) <= radius + 1e-6 for a, b in points)
        # the smallest circle's radius lies between half the widest pair and widest / sqrt(3)
        assert widest / 2 - 1e-6 <= radius <= 0.6 * widest


@pytest.mark.parametrize(
    "text",
    [
        # headlines joined a line each, as a wire archive or UCDP's source_headline gives them: a village name many
        # places share, alone on its line under a headline of losses (its place has no single point)
        "Three Ukrainian soldiers killed in further clashes in the east\nDmitrovka\nDmitrovka",
        "Krasnyi Lyman\nConflicting accounts in heightened eastern Ukraine fighting",
    ],
)
def test_a_name_without_a_point_alone_on_its_line_does_not_stop_extraction(text: str) -> None:
    reports = extract_article(Article(id="a", text=text, source="test", source_kind="news"))
    assert reports, "the headline of losses or fighting is still read"
    for report in reports:
        location = report.location
        assert location is None or location.lat is None or location.precision_km is not None
