"""Airfields by name: Ukraine's from GeoNames' UA extract (data/airfields.tsv.gz), Russia's and Belarus's from
the airportsdata package."""

from __future__ import annotations

import pytest

from trucewatch.geo.airfields import airfield, reference
from trucewatch.geo.distance import distance_km


@pytest.mark.parametrize(("name", "point"), [
    ("Antonov", (50.591, 30.208)),  # Antonov Airport is at Hostomel
    ("Antonov International Airport", (50.591, 30.208)),
    ("Hostomel", (50.591, 30.208)),
    ("Antonovo", (50.591, 30.208)),  # a spelling variant (same consonants)
    ("Chornobaivka", (46.676, 32.506)),  # Kherson's airport, "Chernobayevka Airport" to GeoNames
    ("Kherson", (46.676, 32.506)),
    ("Severodonetsk", (48.900, 38.542)),
])
def test_an_airfield_is_found_by_its_names_and_their_variants(name: str, point: tuple[float, float]) -> None:
    match = airfield(name)
    assert match is not None and match.source == "geonames-airfield"
    assert distance_km(match.lat, match.lon, *point) < 2


def test_an_oblast_keeps_only_its_airfields() -> None:
    assert airfield("Kherson", admin1_code="UA-65") is not None
    assert airfield("Kherson", admin1_code="UA-14") is None


@pytest.mark.parametrize(("name", "code", "country", "admin1"), [
    ("Gomel", "UMGG", "BY", None),  # Belarus: no first-level region in the gazetteer
    ("Engels-2 air base", "XWSG", "RU", "RU-SAR"),  # the number of a town's airfield is not its name
    ("Morozovsk", "URRM", "RU", "RU-ROS"),
    ("Kursk airport", "UUOK", "RU", "RU-KRS"),  # "Kursk East Airport", by its city
])
def test_russian_and_belarusian_airfields_come_by_icao_code(name: str, code: str, country: str,
                                                             admin1: str | None) -> None:
    match = airfield(name)
    assert match is not None and match.source == "icao-airfield" and match.id == code
    assert (match.country, match.admin1_code) == (country, admin1)
    assert reference(match) == f"ICAO {code}"


def test_ukraine_comes_from_geonames_and_an_oblast_filters_abroad_too() -> None:
    match = airfield("Kherson")
    assert match is not None and reference(match) == f"GeoNames {match.id}"
    assert airfield("Engels", admin1_code="RU-SAR") is not None
    assert airfield("Engels", admin1_code="RU-ROS") is None


@pytest.mark.parametrize("name", ["", "Airport", "Chaplynka", "Rostov", "x" * 10_000, "Аэропорт", "東京",
                                  "Orsha\x00", "2"])
def test_no_airfield_or_bad_input_gives_none(name: str) -> None:
    # Chaplynka's airfield is not in the data; Rostov's two airports lie 27 km apart (no one answer); a name
    # alone of the kind, a number, or junk is none
    assert airfield(name) is None
