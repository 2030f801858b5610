"""Raions of before the 2020 reform: read from GeoNames' historical units, looked up within an oblast, and
used to choose among same-named villages."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

import pytest
import yaml

from trucewatch.geo.build import build, former_raion_rows
from trucewatch.geo.distance import distance_km
from trucewatch.geo.former_raions import raion_point
from trucewatch.geo.gazetteer import GeoMatch, raion_code
from trucewatch.geo.geonames import read_former_raions
from trucewatch.nlp.place_choice import Context, choose

from .dumps import write_dump

CASES: list[dict[str, Any]] = yaml.safe_load(
    (Path(__file__).parent / "former_raion_cases.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES, ids=[case["id"] for case in CASES])
def test_former_raion_case(case: dict[str, Any]) -> None:
    code = raion_code(case["name"], case["admin1"])
    if "code" in case:
        assert code == case["code"]
        return
    assert code is not None
    point = raion_point(code)
    lat, lon, km = case["near"]
    assert point is not None and distance_km(*point, lat, lon) <= km, (code, point)


def test_a_code_that_is_no_former_raion_has_no_point() -> None:
    assert raion_point("UA1402") is None
    assert raion_point("former-0") is None
    assert raion_point("seat-no-such-place") is None


def _line(ident: int, name: str, alternates: str, lat: float, lon: float, feature: str, feature_class: str = "A"
          ) -> str:
    return "\t".join([str(ident), name, name, alternates, str(lat), str(lon), feature_class, feature, "UA", "",
                      "05", "", "", "", "0", "", "100", "Europe/Kyiv", "2024-01-01"])


DUMP = [
    _line(688369, "Yasynuvata Raion", "Yasynuvats'kyy Rayon,Ясинуватський район,Jasinuvacki rajon,Rejon jasynuwacki,"
          "Raion de Yasynuvata", 48.16667, 37.83333, "ADM2H"),
    _line(9030689, "Yasynuvatska Miskrada", "Ясинуватська Міськрада", 48.1284, 37.85919, "ADM2H"),  # a city council
    _line(689196, "Volnovakha Raion", "", 47.5, 37.5, "ADM2"),  # a current raion
    _line(700000, "Hryhorivka", "", 48.64, 37.86, "PPL", "P"),
]


def test_the_build_reads_former_raions_with_their_names(tmp_path: Path) -> None:
    path = write_dump(tmp_path, "UA", DUMP, zipped=True)
    read = read_former_raions(path)
    assert [unit.id for unit in read] == [688369]
    code, admin1, name, _lat, _lon, keys, skeletons = former_raion_rows(read)[0]
    assert (code, admin1, name) == ("former-688369", "UA-14", "Yasynuvata Raion")
    # the word for raion dropped; other languages' phrasings ("Rejon …", "Raion de …") give no key
    assert {"yasynuvata", "yasynuvatskyy", "ясинуватський"} <= set(keys.split("|"))
    assert not any("rejon" in key or "raion" in key for key in keys.split("|"))
    assert skeletons
    build(tmp_path / "gazetteer.tsv.gz", geonames_ua=path)
    lines = gzip.decompress((tmp_path / "former_raions.tsv.gz").read_bytes()).decode("utf-8").splitlines()
    assert lines[0].startswith("# Derived from GeoNames") and lines[1].split("\t")[0] == "raion"
    assert [line.split("\t")[0] for line in lines[2:]] == ["former-688369"]


def _village(ident: str, lat: float, lon: float) -> GeoMatch:
    return GeoMatch(name="Vodiane", lat=lat, lon=lon, admin1_code="UA-14", country="UA", precision_km=2.0,
                    source="geonames-ua", candidates=3, raion="UA1416", id=ident)


NAMESAKES = (_village("a", 47.826, 37.312), _village("b", 48.095, 37.671), _village("c", 47.147, 37.789))


def test_a_former_raion_chooses_the_namesake_that_lies_in_it() -> None:
    code = raion_code("Yasynuvata", "UA-14")
    assert code is not None
    chosen = choose(NAMESAKES, Context(admin1="UA-14", raion=code))
    assert chosen is not None
    assert chosen[0].id == "b" and "former raion" in chosen[1]


def test_a_former_raion_far_from_every_namesake_decides_nothing() -> None:
    code = raion_code("Popasna", "UA-09")
    assert code is not None
    chosen = choose(NAMESAKES, Context(admin1="UA-14", raion=code))
    assert chosen is not None and "former raion" not in chosen[1]
