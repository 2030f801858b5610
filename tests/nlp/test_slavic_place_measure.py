"""The measure of town names in Russian and Ukrainian sentences (scripts/measure_slavic_places.py), on a fixed
sample of the gazetteer's towns: how often the place reader gives a town's region, and that common words in the
same sentences give no place."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from .ucdp_scripts import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("measure_slavic_places")


@pytest.fixture(scope="module")
def sample_result(script: ModuleType) -> dict[str, object]:
    result: dict[str, object] = script.measure(every=9)
    return result


def test_sample_is_fixed_and_covers_both_countries(script: ModuleType) -> None:
    towns = script.towns(every=9)
    assert towns == script.towns(every=9)
    assert {town.admin1[:2] for town in towns} == {"RU", "UA"}
    assert len(towns) >= 60


def test_inflection_gives_the_cases_posts_use(script: ModuleType) -> None:
    assert script.inflect("Харків", "loct", "uk") == "Харкові"
    assert script.inflect("Лозова", "gent", "uk") == "Лозової"
    assert script.inflect("Ростов-на-Дону", "loct", "ru") == "Ростове-на-Дону"
    assert script.inflect("Брянськ", "adjective", "uk") == "Брянський"
    assert script.inflect("Харків", "adjective", "uk") is None  # no "-ськ": no adjective made


def test_towns_are_read_in_their_region(sample_result: dict[str, object]) -> None:
    # this sample scored 0.70 (uk-adjective 0.50, uk-nomn 0.19) before towns named like adjectives, by their
    # adjective before a training centre or opening a line were read
    assert isinstance(sample_result["admin1"], float) and sample_result["admin1"] >= 0.75
    assert isinstance(sample_result["within_25km"], float) and sample_result["within_25km"] >= 0.74
    by_case = sample_result["by_case"]
    assert isinstance(by_case, dict) and by_case["uk-adjective"] >= 0.8 and by_case["uk-nomn"] >= 0.45


def test_common_words_give_no_place(sample_result: dict[str, object]) -> None:
    assert sample_result["common_sentences"] == 228
    assert sample_result["false_places"] == 0, sample_result["false_sentences"]


def test_main_prints_one_json_line(script: ModuleType, capsys: pytest.CaptureFixture[str]) -> None:
    assert script.main(["--every", "40"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    printed = json.loads(lines[0])
    assert {"towns", "sentences", "admin1", "within_25km", "false_places"} <= set(printed)
