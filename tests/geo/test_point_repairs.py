"""Gazetteer places whose region their neighbours contradict (trucewatch.geo.point_repairs) and the shipped table
of repairs the gazetteer applies when it loads."""

from __future__ import annotations

from trucewatch.geo.gazetteer import Place, geocode, geocode_candidates
from trucewatch.geo.point_repairs import misplaced


def _village(name: str, lat: float, lon: float, admin1: str, raion: str | None = None) -> Place:
    return Place(name, lat, lon, "UA", admin1, 100, "geonames-ua", raion, None, name)


def _cherkasy_villages() -> list[Place]:
    return [_village(f"V{i}", 49.20 + 0.02 * i, 32.18 + 0.02 * i, "UA-71", "UA7108") for i in range(6)]


def test_a_village_coded_far_from_its_oblast_among_another_oblasts_villages_is_repaired() -> None:
    stray = _village("Kulykivka", 49.21, 32.19, "UA-12")
    far_own = _village("Far", 48.27, 34.77, "UA-12")
    repairs = misplaced([*_cherkasy_villages(), stray, far_own])
    assert [(r.name, r.coded_admin1, r.admin1, r.raion) for r in repairs] == [
        ("Kulykivka", "UA-12", "UA-71", "UA7108")]
    assert repairs[0].own_km > 100


def test_a_village_at_its_oblasts_edge_is_left_alone() -> None:
    # a place of its own oblast 30 km off: an edge, not a wrong code
    edge = _village("Edge", 49.21, 32.19, "UA-12")
    own = _village("Own", 49.21, 31.78, "UA-12")
    assert misplaced([*_cherkasy_villages(), edge, own]) == []


def test_neighbours_that_disagree_among_themselves_repair_nothing() -> None:
    stray = _village("Stray", 49.21, 32.19, "UA-12")
    mixed = [_village(f"M{i}", 49.20 + 0.02 * i, 32.18 + 0.02 * i, "UA-71" if i % 2 else "UA-35") for i in range(6)]
    assert misplaced([*mixed, stray]) == []


def test_the_shipped_repairs_place_a_village_in_the_oblast_around_it() -> None:
    # GeoNames codes this Kulykivka to Dnipropetrovsk oblast at a point among Cherkasy oblast's villages
    assert not [m for m in geocode_candidates("Kulykivka", admin1_code="UA-12") if m.source != "admin1-centre"]
    match = geocode("Kniahynia", admin1_code="UA-21")
    assert match is not None and match.admin1_code == "UA-21"
    assert not [m for m in geocode_candidates("Kniahynia", admin1_code="UA-07") if m.source != "admin1-centre"]
