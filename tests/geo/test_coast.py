"""Islands, spits and peninsulas by name, from the shipped table built from GeoNames' UA extract."""

from __future__ import annotations

import pytest

from trucewatch.geo.coast import coast_feature, feature_key


@pytest.mark.parametrize(("name", "lat", "lon"), [
    ("Snake Island", 45.255, 30.204),  # an English alternate
    ("Zmiinyi Island", 45.255, 30.204),  # the national romanisation of its Ukrainian name
    ("Zmiyinyy", 45.255, 30.204),  # another romanisation, by its consonant skeleton
    ("Serpent Island", 45.255, 30.204),
    ("Kinburn Spit", 46.567, 31.517),
    ("Kinburn peninsula", 46.567, 31.517),  # the kind word is not part of the name
    ("Velykyi Potomkin Island", 46.578, 32.540),
    ("Khortytsia", 47.821, 35.098),
])
def test_a_feature_is_found_by_its_names(name: str, lat: float, lon: float) -> None:
    match = coast_feature(name)
    assert match is not None and abs(match.lat - lat) < 0.01 and abs(match.lon - lon) < 0.01
    assert match.country == "UA" and match.source == "geonames-coast"


def test_an_island_is_precise_and_a_spit_is_not() -> None:
    island, spit, coded_as_island = coast_feature("Snake Island"), coast_feature("Kinburn Spit"), \
        coast_feature("Tendra Spit")
    assert island is not None and island.precision_km <= 5 and island.admin1_code == "UA-51"
    assert spit is not None and spit.precision_km >= 40
    # GeoNames codes the 65 km Tendra Spit as an island; its own name says it is a spit
    assert coded_as_island is not None and coded_as_island.precision_km >= 40


@pytest.mark.parametrize("name", [
    "Velykyi Island",  # two islands of that name 330 km apart: neither
    "Crimean Peninsula",  # a region's name: left out of the table, the region answers it
    "Big Island", "Island", "Of", "", "x" * 1000, "Зміїний острів!" * 20,
])
def test_no_feature_for_a_name_none_or_several_far_apart_bear(name: str) -> None:
    assert coast_feature(name) is None


def test_bad_input_gives_no_match() -> None:
    assert coast_feature(None) is None  # type: ignore[arg-type]


def test_the_kind_words_are_dropped_from_the_key() -> None:
    assert feature_key("Ostriv Zmiinyi") == feature_key("Zmiinyi Island") == "zmiinyi"
    assert feature_key("the island of Dzharylhach") == "dzharylhach"
