"""Airfields of Ukraine by name (GeoNames' UA extract, shipped as data/airfields.tsv.gz)."""

from __future__ import annotations

import pytest

from trucewatch.geo.airfields import airfield
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


@pytest.mark.parametrize("name", ["", "Airport", "Gomel", "Engels", "Chaplynka", "x" * 10_000, "Аэропорт", "東京",
                                  "Orsha\x00"])
def test_no_airfield_or_bad_input_gives_none(name: str) -> None:
    # Russian and Belarusian airfields are not in the data; a name alone of the kind, or junk, is none
    assert airfield(name) is None
