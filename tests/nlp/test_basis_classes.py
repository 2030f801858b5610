"""The classes the evals count their place misses under, from the words of ``location_basis``."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.distance import distance_km
from trucewatch.model import Location, Report, Source
from trucewatch.nlp.basis_classes import basis_class, count_basis, namesake_near
from trucewatch.nlp.evaluate_cir import CIR_COLUMNS, eval_cir


def _report(location: Location | None, basis: str | None) -> Report:
    return Report(id="r", source=Source(name="test"), location=location,
                  provenance={"location_basis": basis} if basis else {})


CASES: list[dict[str, Any]] = yaml.safe_load((Path(__file__).parent / "place_basis_cases.yaml").read_text("utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["class"] + str(i) for i, case in enumerate(CASES)])
def test_basis_class(case: dict[str, Any]) -> None:
    assert basis_class(case["basis"]) == case["class"]
    if "alternate" in case:
        counter: Counter[str] = Counter()
        count_basis(counter, _report(Location(name="X", lat=48.0, lon=37.0), case["basis"]))
        assert counter[case["class"]] == 1
        assert counter["by_alternate_name"] == int(case["alternate"])


def test_count_basis_without_a_place_or_a_basis() -> None:
    counter: Counter[str] = Counter()
    count_basis(counter, None)
    count_basis(counter, _report(None, None))
    count_basis(counter, _report(Location(name="Donetsk Oblast", admin1_code="UA-14"), "an oblast's name"))
    count_basis(counter, _report(Location(name="X", lat=48.0, lon=37.0), None))
    assert counter == Counter({"no_place": 3, "unstated": 1})


# Vodiane of Volnovakha raion, the gazetteer's first of the name in Donetsk oblast, and Vodiane by Shyrokyne, 83 km
# from it: the point given for the one, the truth at the other
VODIANE_GIVEN = (47.826, 37.312)
VODIANE_MEANT = (47.1478, 37.7881)
MYKOLAIV_CITY = (46.976, 31.993)


def _place(name: str, point: tuple[float, float] | None) -> Location:
    return Location(name=name, lat=point[0] if point else None, lon=point[1] if point else None)


def test_namesake_near_truth_tells_a_wrong_namesake_from_a_coarse_point() -> None:
    # the wrong Vodiane: another reading of the name lies at the truth
    assert namesake_near(_place("Vodiane", VODIANE_GIVEN), VODIANE_MEANT, 25)
    # Mykolaiv city is meant, its point lies 14 km from a school shelled in it: no other Mykolaiv lies within 10 km
    school = (46.85, 31.98)
    assert 10 < distance_km(*MYKOLAIV_CITY, *school) < 25
    assert not namesake_near(_place("Mykolaiv", MYKOLAIV_CITY), school, 10)
    # a point within the radius is no miss; a location without a name or a point says nothing
    assert not namesake_near(_place("Vodiane", VODIANE_MEANT), VODIANE_MEANT, 25)
    assert not namesake_near(_place("", VODIANE_GIVEN), VODIANE_MEANT, 25)
    assert not namesake_near(_place("Vodiane", None), VODIANE_MEANT, 25)
    # a name the gazetteer does not know reads no namesake
    assert not namesake_near(_place("Qwxzvillage", VODIANE_GIVEN), VODIANE_MEANT, 25)


def test_count_basis_counts_a_namesake_near_the_truth_beside_the_class() -> None:
    basis = ("37 settlements share the name; nothing in the text decides: the gazetteer's first; the precision "
             "covers them")
    counter: Counter[str] = Counter()
    count_basis(counter, _report(_place("Vodiane", VODIANE_GIVEN), basis), VODIANE_MEANT, 25)
    count_basis(counter, _report(_place("Mykolaiv", MYKOLAIV_CITY), "the only town among them"), (46.85, 31.98), 10)
    assert counter == Counter({"namesakes_undecided": 1, "namesakes_by_population": 1, "namesake_near_truth": 1})
    # without the truth, only the class
    alone: Counter[str] = Counter()
    count_basis(alone, _report(_place("Vodiane", VODIANE_GIVEN), basis))
    assert alone == Counter({"namesakes_undecided": 1})


def test_eval_cir_counts_the_wrong_namesake_among_its_misses(tmp_path: Path) -> None:
    # "Mykolaiv" alone is the city of 470,000 people; the row's point is the town of Lviv oblast that bears the name
    path = tmp_path / "cir.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(CIR_COLUMNS))
        writer.writeheader()
        writer.writerow({"entry": "1", "title": "Shelling of a school in Mykolaiv", "brief description": "",
                         "lat": 49.526, "lon": 23.978, "country": "Ukraine", "province": "Lviv Oblast",
                         "town/city": "Mykolaiv"})
    scores = eval_cir(path)
    assert scores["misses_by_basis"]["over_100km"] == {"namesakes_by_population": 1, "namesake_near_truth": 1}
    assert scores["misses_by_basis"]["named_town_not_within_10km"] == {"namesakes_by_population": 1,
                                                                      "namesake_near_truth": 1}
