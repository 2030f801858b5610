"""Romanisation variants and far namesakes by consonants alone, as YAML data (spelling_variant_cases.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import geocode, geocode_candidates
from trucewatch.geo.translit import (
    adjective_spellings,
    older_system_spellings,
    russian_form_spellings,
    skeleton,
    variant_spellings,
)

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "spelling_variant_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[f"{case['name']}@{case.get('context', '-')}" for case in CASES])
def test_spelling_variant(case: dict[str, Any]) -> None:
    match = geocode(case["name"], admin1_code=case.get("context"))
    if case.get("none"):
        assert match is None, match
        return
    if "not_matched_by" in case:
        assert match is None or match.matched_by not in case["not_matched_by"], match
        return
    if "candidate_near" in case:
        # the name reaches a place there among its readings (not necessarily as the first)
        candidates = geocode_candidates(case["name"], admin1_code=case.get("context"))
        assert any(distance_km(found.lat, found.lon, *case["candidate_near"]) <= case["within_km"]
                   for found in candidates), candidates
        return
    if "not_admin1" in case:
        codes = {found.admin1_code for found in geocode_candidates(case["name"], admin1_code=case.get("context"))}
        assert codes.isdisjoint(case["not_admin1"]), codes
        return
    assert match is not None
    assert match.admin1_code == case["admin1"], match
    if "near" in case:
        assert distance_km(match.lat, match.lon, *case["near"]) <= case["within_km"], match
    if "matched_by" in case:
        assert match.matched_by == case["matched_by"], match


def test_the_cases_cover_changes_and_inputs_that_must_not_change() -> None:
    assert any(case.get("unchanged") for case in CASES)
    assert any(not case.get("unchanged") for case in CASES)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Krymskie", {"krymske"}),
        ("Umanskoye", {"umanske"}),
        ("Popasnaya", {"popasna"}),
        ("Dolzhanskiy", {"dolzhanskyi"}),
        ("Hrystoforivka", {"khrystoforivka"}),
        ("Stanitsa Luganskaya", {"stanitsa luganska"}),
        ("Mychajlivka", {"mykhailivka"}),
        ("Jaryšiv", {"yaryshiv"}),
        ("Ščerbivci", {"shcherbivtsi"}),
        ("Hojdaji", {"hoidai", "khoidai"}),
    ],
)
def test_variant_spellings(name: str, expected: set[str]) -> None:
    assert variant_spellings(name) == expected


@pytest.mark.parametrize("name", ["", "Kyiv", "Кримське", "Shoe", "x" * 3, "Kharkiv"])
def test_no_variant_for_short_cyrillic_or_national_names(name: str) -> None:
    # a Cyrillic name is romanised by the index itself; a name already national has no other form
    assert variant_spellings(name) == frozenset()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Troitskoye", {"troitske"}),
        ("Popasnaya", {"popasna"}),
        ("Dolzhanskiy", {"dolzhanskyi"}),
        ("Stanitsa Luganskaya", {"stanitsa luganska"}),
        ("Mychajlivka", set()),  # the scholarly system is no adjective ending
        ("Hrystoforivka", set()),
        ("Troitske", set()),  # already national
        ("Троицкое", set()),
        ("Kyiv", set()),  # shorter than five letters
    ],
)
def test_adjective_spellings(name: str, expected: set[str]) -> None:
    assert adjective_spellings(name) == expected


@pytest.mark.parametrize(
    ("name", "ukrainian"),
    [
        ("Nikolayevka", "Mykolaivka"),
        ("Novonikolskoye", "Novomykilske"),
        ("Konstantinovka", "Kostiantynivka"),
        ("Dolgoye", "Dovhe"),
        ("Volchansk", "Vovchansk"),
        ("Zheltoye", "Zhovte"),
        ("Olshanka", "Vilshanka"),
        ("Orekhovo", "Horikhove"),
        ("Annovka", "Hannivka"),
        ("Bugskoye", "Buzke"),
        ("Zaporozhskoye", "Zaporizke"),
        ("Bolshaya Kostromka", "Velyka Kostromka"),
    ],
)
def test_russian_form_reaches_the_ukrainian_consonants(name: str, ukrainian: str) -> None:
    assert skeleton(ukrainian) in {skeleton(form) for form in russian_form_spellings(name, initial=True)}
    assert skeleton(ukrainian) != skeleton(name)


@pytest.mark.parametrize("name", ["", "Kyiv", "Кримське", "Mykolaivka", "Sloviansk", "Bakhmut", "x" * 4])
def test_no_russian_form_for_national_short_or_cyrillic_names(name: str) -> None:
    assert russian_form_spellings(name) == frozenset()


@pytest.mark.parametrize(("name", "ukrainian"), [("Olshanka", "Vilshanka"), ("Annovka", "Hannivka")])
def test_an_initial_vowels_consonant_only_when_asked(name: str, ukrainian: str) -> None:
    # a letter more: the gazetteer asks for it only within an oblast or raion
    assert skeleton(ukrainian) not in {skeleton(form) for form in russian_form_spellings(name)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lysyanka", {"lysianka"}),
        ("Novoserhiyivka", {"novoserhiivka"}),
        ("Buyalyk", {"buialyk"}),
        ("Zaporizhzhya", {"zaporizhzhia"}),
        ("Yenakiyeve", {"yenakiieve"}),
        ("Mykhaylivka", {"mykhailivka"}),
        ("Zahoruykivka", {"zahoruikivka"}),
        ("Zahorodnye", {"zahorodnie"}),
        ("Staryy Kuzhil", {"staryi kuzhil"}),
        ("Novokyyivka", {"novokyivka"}),
        ("Troitskoye", set()),  # the Russian neuter's y is no й
        ("Stay", set()),  # nor a word's last letter
        ("Stanitsa Luganskaya", set()),  # the Russian adjective's -aya is no older Ukrainian я
        ("Umanskoye", set()),  # nor the Russian neuter -oye
        ("Yasynuvata", set()),  # y at a word's start is y in both systems
        ("Kupiansk", set()),  # already national
        ("Кураховe", set()),
        ("Kyiv", set()),
        ("", set()),
    ],
)
def test_older_system_spellings(name: str, expected: set[str]) -> None:
    assert older_system_spellings(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maysky", {"mayskyi", "mayskiy"}),
        ("Yasny", {"yasnyi", "yasnyy"}),
        ("Troitskoe", {"troitske", "troitskoye"}),
        ("Krasny Yar", {"krasnyi yar", "krasnyy yar"}),
    ],
)
def test_news_endings_give_the_national_and_russian_forms(name: str, expected: set[str]) -> None:
    assert expected <= variant_spellings(name)
