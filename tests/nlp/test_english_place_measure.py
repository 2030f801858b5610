"""The measure of English town names over the gazetteer (scripts/measure_english_places.py,
trucewatch.nlp.english_place_measure): its own transliteration, the choice of a place's Cyrillic names, how a
sentence is scored (a known case right, a false place counted), and bad input."""

from __future__ import annotations

import json
from types import ModuleType

import pytest

from trucewatch.nlp import english_place_measure as measure_module
from trucewatch.nlp.english_place_measure import (
    Case,
    Town,
    cases,
    measure,
    national,
    pick_names,
    russian,
    score,
    spellings,
    towns,
    uk_older,
)

from .ucdp_scripts import load_script

BAKHMUT = Town("Bakhmut", "UA-14", 48.5942, 37.9989, 80_500, "UA1402", "бахмут", "бахмут", "артемовск")


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("measure_english_places")


@pytest.mark.parametrize(("cyrillic", "expected"), [
    ("Запоріжжя", "Zaporizhzhia"), ("Білгород-Дністровський", "Bilhorod-Dnistrovskyi"), ("Згурівка", "Zghurivka"),
    ("Єнакієве", "Yenakiieve"), ("Купʼянськ", "Kupiansk"), ("", ""),
])
def test_national_romanisation(cyrillic: str, expected: str) -> None:
    assert national(cyrillic) == expected


def test_older_ukrainian_romanisation() -> None:
    assert uk_older("Купʼянськ") == "Kupyansk"
    assert uk_older("Хмельницький") == "Khmelnytskyy"


@pytest.mark.parametrize(("cyrillic", "style", "expected"), [
    ("николаев", "bgn", "Nikolayev"), ("николаев", "news", "Nikolaev"),
    ("белгород-днестровский", "bgn", "Belgorod-Dnestrovskiy"),
    ("белгород-днестровский", "news", "Belgorod-Dnestrovsky"),
    ("марьинка", "news", "Maryinka"), ("марьинка", "apostrophe", "Mar'inka"), ("енакиево", "news", "Enakievo"),
    ("енакиево", "bgn", "Yenakiyevo"), ("артемовск", "bgn", "Artemovsk"), ("ростов-на-дону", "bgn", "Rostov-na-Donu"),
])
def test_russian_romanisations(cyrillic: str, style: str, expected: str) -> None:
    assert russian(cyrillic, style) == expected


def test_spellings_are_distinct_and_need_a_name() -> None:
    made = spellings("бахмут", "бахмут", "артемовск")
    assert made == {"national": "Bakhmut", "ru_alternate": "Artemovsk"}
    assert spellings(None, None) == {}


def test_names_are_chosen_by_language_and_belarusian_left_out() -> None:
    ukrainian, russian_name, former = pick_names(
        "Myrnohrad", ["мирноград", "мірнаград"], ["димитров"], "UA")
    assert ukrainian == "мирноград" and russian_name == "мирноград" and former == "димитров"
    assert pick_names("Avdiyivka", ["авдеевка", "авдіївка"], [], "UA")[:2] == ("авдіївка", "авдеевка")
    # only a Russian spelling known: no Ukrainian name is made up from it
    assert pick_names("Kadiyivka", ["кадиевка", "кадзееўка"], [], "UA")[0] is None
    assert pick_names("Kamyshin", ["камишин", "камышин", "камышын"], [], "RU") == (None, "камышин", None)


def test_a_known_case_is_scored_right() -> None:
    result = measure([Case(BAKHMUT, "ru_alternate", "aftermath", "Artemovsk",
                           "Aftermath of a strike on a residential building in Artemovsk, Donetsk Oblast")],
                     false_sentences=[])
    assert result["within_10km"] == 1.0 and result["admin1"] == 1.0 and result["over_100km"] == 0.0


def test_a_miss_is_classed() -> None:
    zaraysk = Town("Zaraysk", "RU-MOS", 54.7633, 38.8808, 24_000, None, None, "зарайск")
    case = Case(zaraysk, "ru_bgn", "reported", "Zaraysk", "Shelling reported in Zaraysk")
    assert score(case, None)["miss"] == "refused"  # the one reading of the name is the town: not the spelling's fault
    case = Case(BAKHMUT, "national", "reported", "Bakhmut", "Shelling reported in Bakhmut")
    assert score(case, None)["miss"] == "undecided"  # namesakes far apart
    unknown = Case(BAKHMUT, "national", "reported", "Qwxzv", "Shelling reported in Qwxzv")
    assert score(unknown, None) == {"placed": False, "miss": "not_found"}


def test_false_places_are_counted() -> None:
    result = measure([], false_sentences=[("Tuesday", "Explosions heard near Tuesday"),
                                          ("Kharkiv", "Explosions heard near Kharkiv")])
    assert result["false_sentences"] == 2 and result["false_places"] == 1
    assert result["false_found"][0][0] == "Explosions heard near Kharkiv"
    assert result["sentences"] == 0 and result["within_10km"] == 0.0  # no sentence: no division by zero


def test_the_sample_is_fixed_and_covers_both_countries() -> None:
    sample = towns(every=40)
    assert sample == towns(every=40)
    assert {town.admin1[:2] for town in sample} == {"RU", "UA"}
    built = cases(every=40)
    assert {case.form for case in built} == {"reported", "heard", "aftermath", "substation", "raion"}
    assert any(case.system.startswith("ru_") for case in built) and any(case.system == "national" for case in built)
    assert all("Shelling" not in case.text for case in built if case.town.admin1.startswith("RU"))


def test_the_script_prints_one_json_line(script: ModuleType, capsys: pytest.CaptureFixture[str],
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(measure_module, "false_cases", lambda: [("Tuesday", "Explosions heard near Tuesday")])
    assert script.main(["--every", "200"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1
    printed = json.loads(lines[0])
    assert {"towns", "sentences", "within_10km", "within_25km", "over_100km", "false_places"} <= set(printed)
    assert printed["false_places"] == 0


def test_the_script_refuses_bad_input(script: ModuleType, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(SystemExit) as stopped:
        script.main(["--every", "0"])
    assert stopped.value.code == 2

    def missing(every: int = 1) -> list[Case]:
        raise FileNotFoundError("gazetteer.tsv.gz")

    monkeypatch.setattr(measure_module, "cases", missing)
    assert script.main([]) == 2
    assert "the gazetteer's data is missing" in capsys.readouterr().err
    monkeypatch.setattr(measure_module, "cases", lambda every=1: [])
    assert script.main([]) == 2
    assert "no place" in capsys.readouterr().err
