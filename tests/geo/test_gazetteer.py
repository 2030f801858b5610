from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.distance import distance_km
from trucewatch.geo.edits import by_dropped_forms, one_edit, one_edit_forms
from trucewatch.geo.gazetteer import (
    MATCHED_BY,
    MISSPELT_REPLACEABLE,
    all_places,
    all_raions,
    alternate_names,
    geocode,
    geocode_candidates,
    raion_code,
    resolve_location,
    reverse_admin1,
    reverse_country,
)
from trucewatch.model import Location

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "gazetteer_cases.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{case['name']}@{case.get('context', '-')}" for case in CASES]
)
def test_geocode(case: dict[str, Any]) -> None:
    match = geocode(case["name"], admin1_code=case.get("context"), country=case.get("country"))
    assert match is not None
    assert match.admin1_code == case["admin1"]
    if "near" in case:
        assert distance_km(match.lat, match.lon, *case["near"]) <= case["within_km"]
    if "min_precision_km" in case:
        assert match.precision_km >= case["min_precision_km"]
    if "max_precision_km" in case:
        assert match.precision_km <= case["max_precision_km"]


def test_shared_names_are_counted_as_candidates() -> None:
    anywhere = geocode("Mykhailivka")
    assert anywhere is not None and anywhere.candidates > 10
    in_oblast = geocode("Mykhailivka", admin1_code="UA-23")
    assert in_oblast is not None and in_oblast.candidates < anywhere.candidates


def test_near_widens_precision() -> None:
    plain = geocode("Shebekino")
    near = geocode("near Shebekino")
    assert plain is not None and near is not None
    assert near.precision_km == pytest.approx(plain.precision_km + 10)
    assert (near.lat, near.lon) == (plain.lat, plain.lon)


def test_context_without_a_match_gives_none_rather_than_another_oblast() -> None:
    assert geocode("Shebekino", admin1_code="UA-63") is None


@pytest.mark.parametrize("name", ["", "   ", "Atlantis Prime", "x" * 500, "near", "\x00\x01"])
def test_unknown_names_give_none(name: str) -> None:
    assert geocode(name) is None


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (49.99, 36.23, ("UA", "UA-63")),
        (51.73, 36.19, ("RU", "RU-KRS")),
        (44.95, 34.10, ("UA", "UA-43")),
        (47.10, 37.55, ("UA", "UA-14")),  # Mariupol
        (50.45, 30.52, ("UA", "UA-30")),
    ],
)
def test_reverse_admin1(lat: float, lon: float, expected: tuple[str, str]) -> None:
    assert reverse_admin1(lat, lon) == expected


def test_reverse_outside_ukraine_and_russia() -> None:
    assert reverse_admin1(52.23, 21.01) is None  # Warsaw: a country, but no admin1 of ours
    assert reverse_country(52.23, 21.01) == ("PL", None)
    assert reverse_admin1(43.0, 33.5) is None  # open Black Sea
    assert reverse_admin1(float("nan"), 30.0) is None
    assert reverse_admin1(95.0, 30.0) is None


def test_resolve_location_from_name_and_admin1_text() -> None:
    resolved = resolve_location(Location(name="Mykhailivka", admin1="Zaporizhia Oblast"))
    assert resolved.admin1_code == "UA-23"
    assert resolved.country == "UA"
    assert resolved.lat is not None and resolved.precision_km is not None


def test_resolve_location_from_coordinates_keeps_them() -> None:
    resolved = resolve_location(Location(lat=50.6, lon=36.6, precision_km=1.0))
    assert (resolved.lat, resolved.lon, resolved.precision_km) == (50.6, 36.6, 1.0)
    assert (resolved.country, resolved.admin1_code) == ("RU", "RU-BEL")


def test_resolve_location_from_admin1_alone_uses_its_centre() -> None:
    resolved = resolve_location(Location(admin1="Kursk Oblast"))
    assert resolved.admin1_code == "RU-KRS"
    assert resolved.precision_km is not None and resolved.precision_km > 40


def test_resolve_location_never_raises_on_unknown_input() -> None:
    unknown = Location(name="Nowhere-at-all", admin1="Atlantis", country="Ukraine")
    resolved = resolve_location(unknown)
    assert resolved.lat is None and resolved.admin1_code is None
    assert resolved.country == "UA"
    assert resolve_location(Location()) == Location()


def test_codifier_villages_sit_at_their_hromada_with_its_radius() -> None:
    # a village of the codifier that GeoNames does not place
    match = geocode("Verkhnokamianske", admin1_code="UA-14")
    assert match is not None and match.source == "katottg"
    assert match.raion is not None and match.raion.startswith("UA14")
    assert match.precision_km >= 5


def test_candidates_list_every_reading_best_first() -> None:
    everywhere = geocode_candidates("Ivanivka")
    in_kherson = geocode_candidates("Ivanivka", admin1_code="UA-65")
    assert len(everywhere) > len(in_kherson) > 1
    assert {match.admin1_code for match in in_kherson} == {"UA-65"}
    assert geocode("Ivanivka", admin1_code="UA-65") == in_kherson[0]


@pytest.mark.parametrize(
    ("name", "admin1", "expected"),
    [
        ("Skadovskyi", None, "UA6508"),
        ("Skadovskyi raion", None, "UA6508"),
        ("Skadovsk district", "UA-65", "UA6508"),
        ("Скадовський район", None, "UA6508"),
        ("Pokrovskyi", "UA-14", "UA1416"),
        ("Pokrovskyi", "UA-63", None),  # no raion of that name in Kharkiv oblast
        ("Atlantis raion", None, None),
        ("", None, None),
        # the raion named after its town, the adjective's ending spelt out (round 12)
        ("Bakhmut raion", None, "UA1402"),  # Bakhmutskyi: "t" + "s" is the "ts" of the adjective
        ("Bucha district", None, "UA3208"),  # Buchanskyi: "-anskyi" after a vowel
        ("Okhtyrka raion", None, "UA5904"),  # Okhtyrskyi: the last vowel gives way
        ("Kakhovka district", None, "UA6506"),  # Kakhovskyi: "-ka" gives way
        ("Kyiv Oblast", None, None),  # an oblast is no raion
    ],
)
def test_raion_code(name: str, admin1: str | None, expected: str | None) -> None:
    assert raion_code(name, admin1) == expected


def test_raion_restricts_same_named_villages() -> None:
    code = raion_code("Skadovskyi")
    assert code is not None
    match = geocode("Ivanivka", admin1_code="UA-65", raion=code)
    assert match is not None and match.raion == code
    assert match != geocode("Ivanivka", admin1_code="UA-65")
    assert geocode("Kharkiv", raion=code) is None


def test_shipped_data_names_its_sources() -> None:
    import gzip
    from importlib import resources

    for name in ("gazetteer.tsv.gz", "raions.tsv.gz", "admin1_centres.tsv.gz"):
        raw = resources.files("trucewatch.geo").joinpath(f"data/{name}").read_bytes()
        header = gzip.decompress(raw).decode("utf-8").splitlines()[0]
        assert "GeoNames" in header and "CC BY 4.0" in header and "KATOTTG" in header and "OCHA" in header
        assert "UA extract" in header and "postal-code file for Russia, CC BY 3.0" in header


def test_a_russian_village_from_the_postal_file_is_placed_as_a_village() -> None:
    match = geocode("Колотиловка")
    assert match is not None and match.source == "geonames-postal-ru" and match.country == "RU"
    assert match.precision_km == 3.0 and match.population == 0 and match.raion is None


@pytest.mark.parametrize(
    ("name", "admin1", "expected"),
    [
        # the postal file's hamlets named like a person or a district are left out: a street, a general, a district
        ("Ленина", "RU-ROS", None),
        ("Попов", "RU-ROS", None),
        ("Ленинский", "RU-ROS", None),
        # the adjective a Ukrainian text's "у Пролетарську" reads as is the town, not the hamlet Пролетарский
        ("Пролетарский", "RU-ROS", "Proletarsk"),
    ],
)
def test_postal_names_that_read_as_another_word_are_not_villages(name: str, admin1: str, expected: str | None) -> None:
    match = geocode(name, admin1_code=admin1)
    assert (match.name if match else None) == expected


@pytest.mark.parametrize("name", ["Григорівка", "Григоровка", "Hryhorivka", "Grigorovka"])
def test_cyrillic_spellings_are_the_place_own_name(name: str) -> None:
    # Ukrainian and Russian Cyrillic and the Ukrainian romanisation reach the same villages in Donetsk
    # oblast, by their own name (GeoNames lists the Russian spelling of some only: the others are reached as
    # a spelling variant of their own name, after those); never "an alternate name"
    found = geocode_candidates(name, admin1_code="UA-14")
    everywhere = {match.id for match in geocode_candidates("Hryhorivka", admin1_code="UA-14")}
    if name != "Grigorovka":  # a Latin name stops at exact matches
        assert {match.id for match in found} == everywhere and len(everywhere) >= 5
    assert found[0].matched_by == "its name"
    assert {match.matched_by for match in found} <= {"its name", "a spelling variant"}
    assert all(match.id.isdigit() for match in found)  # GeoNames ids


@pytest.mark.parametrize("name", ["Київ" * 2500, "東京", "كييف", "\u202eKyiv", "🙂🙂🙂", "К"])
def test_odd_names_give_a_clear_empty_result(name: str) -> None:
    assert geocode_candidates(name) == ()
    assert geocode(name) is None


@pytest.mark.parametrize(("lat", "lon"), [(91.0, 30.0), (48.0, 200.0), (float("nan"), 30.0), (0.0, 0.0)])
def test_coordinates_outside_give_none(lat: float, lon: float) -> None:
    assert reverse_admin1(lat, lon) is None


@pytest.mark.parametrize(("first", "second", "apart"), [
    ("popasna", "popasana", True),  # a letter added
    ("kramatorsk", "kramatorks", True),  # two neighbours swapped
    ("melitopol", "melitopl", True),  # a letter dropped
    ("mykolaiv", "mikolaev", False),  # two edits
    ("abakan", "abadan", False),  # a consonant for another makes another word
    ("lozova", "lozovo", True),  # a vowel for another
    ("kharkiv", "kharkiv", False),  # the same word is no misspelling
])
def test_one_edit_apart(first: str, second: str, apart: bool) -> None:
    assert one_edit(first, second, replaceable=MISSPELT_REPLACEABLE) is apart
    assert one_edit(second, first, replaceable=MISSPELT_REPLACEABLE) is apart
    # the forms listed one edit from a word are the words the check finds one edit from it
    letters = "abcdefghijklmnopqrstuvwxyz"
    assert (second in one_edit_forms(first, alphabet=letters, replaceable=MISSPELT_REPLACEABLE)) is apart
    assert (first in one_edit_forms(second, alphabet=letters, replaceable=MISSPELT_REPLACEABLE)) is apart


def test_every_form_one_edit_away_is_one_edit_away() -> None:
    forms = one_edit_forms("lozova", alphabet="abcdefghijklmnopqrstuvwxyz ", replaceable=MISSPELT_REPLACEABLE)
    assert "lozova" not in forms and {"lozva", "lozovoa", "lzoova", "lozovo", "loz ova"} <= forms
    assert all(one_edit("lozova", form, replaceable=MISSPELT_REPLACEABLE) for form in forms)


@pytest.mark.parametrize("name", [
    "Kosovo",  # a country abroad, one consonant from a Russian town and from no Ukrainian one
    "Sahara", "Bailey", "Marlin",  # English words one consonant from a Russian or Ukrainian town
    "Bakhmutovo",  # two letters more than Bakhmut
    "Lozov",  # too short for a guess
    "Kramatorsk7",  # a digit: no spelling of a name
])
def test_no_town_for_a_word_that_is_no_misspelling(name: str) -> None:
    match = geocode(name)
    assert match is None or match.matched_by != MATCHED_BY[2], (name, match)


def test_a_misspelling_one_edit_from_two_towns_places_neither(monkeypatch: pytest.MonkeyPatch) -> None:
    from trucewatch.geo import gazetteer

    index = gazetteer._index()
    popasna = next(number for number, place in enumerate(index.places) if place.name == "Popasna")
    other = next(number for number, place in enumerate(index.places) if place.name == "Kramatorsk")
    alone = by_dropped_forms([("popasna", popasna)])
    assert gazetteer._misspelt_town(index, "Popasana", None, None, None)[0][1].name == "Popasna"
    monkeypatch.setattr(gazetteer, "_town_keys", lambda: by_dropped_forms([("popasna", popasna),
                                                                           ("popasnaa", other)]))
    # "popasana" is one edit from "popasna" (Popasna) and from "popasnaa" (here Kramatorsk's): no place
    assert gazetteer._misspelt_town(index, "Popasana", None, None, None) == []
    monkeypatch.setattr(gazetteer, "_town_keys", lambda: alone)
    assert gazetteer._misspelt_town(index, "Popasana", "UA-14", None, None) == []  # another oblast named


@pytest.mark.parametrize(("typed", "town", "hamlet"), [
    ("Horliva", "Horlivka", "Horile"),  # a k dropped: the city, before the village its consonants meet
    ("Alchevk", "Alchevsk", "Chornomors’k"),  # an s dropped: not the town once called Ilichevsk
    ("Ocnakiv", "Ochakiv", "Itsenkiv"),  # a letter in place of h
])
def test_a_town_one_letter_off_comes_before_places_met_by_their_consonants(typed: str, town: str, hamlet: str) -> None:
    found = geocode_candidates(typed)
    assert found[0].name == town and found[0].matched_by == MATCHED_BY[2], found[:3]
    assert hamlet in [m.name for m in found]  # still a reading, after the town


def test_an_alternate_name_one_letter_from_a_shared_name_reads_every_bearer() -> None:
    # "Rubizne" is an alternate name of the Luhansk oblast city Rubizhne only; it is also Rubizhne spelt without
    # the h, a name villages of several oblasts bear: those are readings too, after the city
    found = geocode_candidates("Rubizne")
    assert found[0].matched_by == "an alternate name" and found[0].admin1_code == "UA-09"
    bearers = found[1:]
    assert len({m.admin1_code for m in bearers}) >= 3
    assert all(m.name == "Rubizhne" and m.matched_by == "a spelling variant" for m in bearers)


def test_an_alternate_name_of_a_name_no_other_place_bears_stays_alone() -> None:
    # Kremenchug is Kremenchuk one letter off, but no other place bears Kremenchuk
    found = geocode_candidates("Kremenchug")
    assert [m.matched_by for m in found] == ["an alternate name"]
    # an alternate name far from the own name reads no bearers of the own name ("Artemivsk" is Bakhmut)
    assert all(m.name != "Bakhmut" or m.matched_by != "a spelling variant" for m in geocode_candidates("Artemivsk"))


def test_a_misspelt_village_is_reached_only_inside_the_oblast_named() -> None:
    from trucewatch.geo import gazetteer

    index = gazetteer._index()
    # "Moschun" (Moshchun, a Kyiv-oblast village of 794 people, with an h dropped): its consonant skeleton is too
    # short for the skeleton stage, and the village too small for the towns' one-edit look-up
    assert geocode("Moschun") is None
    found = geocode("Moschun", admin1_code="UA-32")
    assert found is not None and found.name == "Moshchun" and found.matched_by == MATCHED_BY[2]
    assert geocode("Moschun", admin1_code="UA-63") is None  # Kharkiv oblast holds no such village
    # a family name differs from the village named after the family in its ending: no misspelling
    for surname, oblast in (("Kovalenko", "UA-18"), ("Lavrov", "UA-07"), ("Zelensky", "UA-32"),
                            ("Medvedev", "UA-59"), ("Terekhov", "UA-32")):
        assert gazetteer._misspelt_town(index, surname, oblast, None, None) == [], surname
    # too short for a village by one edit, even inside the oblast
    assert gazetteer._misspelt_town(index, "Bucah", "UA-32", None, None) == []


def test_public_tables_for_measures() -> None:
    # measures built from the gazetteer read it through these, not its private index
    places = all_places()
    renamed = next(place for place in places if place.name == "Dovzhansk" and place.country == "UA")
    assert "sverdlovsk" in alternate_names(renamed)  # its name before 2016
    alternate_names(renamed).clear()
    assert "sverdlovsk" in alternate_names(renamed)  # a copy each time: the index is not changed by a caller
    assert alternate_names(renamed._replace(id="no-such-id")) == []
    raions = all_raions()
    assert len(raions) > 130 and all(code.startswith("UA") for code in raions)
    assert renamed.raion in raions
