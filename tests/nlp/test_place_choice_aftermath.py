"""Damage whose weapon the text does not name: the front-line prior decides only after population, against the
lines of the weeks before the report, and never on a spelling variant alone; a town beyond the war's reach does
not outweigh a namesake within it (round 14)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
from trucewatch.geo.hostilities import using_front_lines
from trucewatch.nlp.place_choice import AFTERMATH_DAYS, UNDECIDED_MARK, Context, choose

# the front lines: ``two_period_lines`` (tests/conftest.py), a line along 48.0 N until 2024-05-31, then one
# along 50.0 N

def _village(ident: str, lat: float, population: int = 500, matched_by: str = MATCHED_BY[0]) -> GeoMatch:
    return GeoMatch(name="Testivka", lat=lat, lon=37.0, admin1_code="UA-14", country="UA", precision_km=2.0,
                    source="test", candidates=2, population=population, matched_by=matched_by, id=ident)


def _choose(lines: Path, candidates: list[GeoMatch], day: date, *, after_population: bool) -> tuple[GeoMatch, str]:
    with using_front_lines(lines):
        chosen = choose(tuple(candidates), Context(front_day=day, front_after_population=after_population))
    assert chosen is not None
    return chosen


def test_the_line_decides_damage_after_population(two_period_lines: Path) -> None:
    far, near = _village("far", 46.0), _village("near", 50.02)
    match, basis = _choose(two_period_lines, [far, near], date(2024, 8, 1), after_population=True)
    assert match.id == "near"
    assert "perhaps a front-line act" in basis and f"{AFTERMATH_DAYS} days to 2024-08-01" in basis


def test_the_only_town_outweighs_the_line_for_damage(two_period_lines: Path) -> None:
    town, village = _village("town", 46.0, population=40_000), _village("village", 50.02, population=300)
    match, basis = _choose(two_period_lines, [town, village], date(2024, 8, 1), after_population=True)
    assert match.id == "town" and "the only town among them" in basis
    # a town that does not outweigh the village tenfold: the line decides
    smaller = _village("town", 46.0, population=2_000)
    assert _choose(two_period_lines, [smaller, village], date(2024, 8, 1), after_population=True)[0].id == "village"


def test_damage_counts_the_lines_of_the_weeks_before(two_period_lines: Path) -> None:
    south, north = _village("south", 48.02), _village("north", 50.02)
    # ten days after the line moved north: ruins in the south may be the old line's; nothing decides
    _match, basis = _choose(two_period_lines, [south, north], date(2024, 6, 10), after_population=True)
    assert UNDECIDED_MARK in basis
    # shelling on that day is judged by that day's line alone
    assert _choose(two_period_lines, [south, north], date(2024, 6, 10), after_population=False)[0].id == "north"
    # two months later the old line is out of the window
    assert _choose(two_period_lines, [south, north], date(2024, 8, 10), after_population=True)[0].id == "north"


def test_a_spelling_variant_is_not_settled_by_damage(two_period_lines: Path) -> None:
    far = _village("far", 46.0, matched_by=MATCHED_BY[2])
    near = _village("near", 50.02, matched_by=MATCHED_BY[2])
    _match, basis = _choose(two_period_lines, [far, near], date(2024, 8, 1), after_population=True)
    assert UNDECIDED_MARK in basis and "front-line" not in basis


def test_a_town_beyond_the_wars_reach_does_not_outweigh_a_namesake_within_it(two_period_lines: Path) -> None:
    # a town of 40,000 people about 2,600 km east of the lines, a village by the southern line; a text naming no region
    far_town = GeoMatch(name="Testivka", lat=50.0, lon=75.0, admin1_code="RU-XX", country="RU", precision_km=4.0,
                        source="test", candidates=2, population=40_000, id="far")
    village = _village("village", 47.5)
    with using_front_lines(two_period_lines):
        chosen = choose((far_town, village), Context())
    assert chosen is not None
    _match, basis = chosen
    assert "the only town" not in basis and "the largest town" not in basis and UNDECIDED_MARK in basis
    # within reach (about 570 km east of the lines), the town is the only town among them as before
    near_town = GeoMatch(name="Testivka", lat=50.0, lon=46.0, admin1_code="RU-XX", country="RU", precision_km=4.0,
                         source="test", candidates=2, population=40_000, id="near")
    with using_front_lines(two_period_lines):
        chosen = choose((near_town, village), Context())
    assert chosen is not None and "the only town among them" in chosen[1]


def test_a_namesake_beyond_the_wars_reach_is_listed_but_not_covered(two_period_lines: Path) -> None:
    # two villages 200 km apart near the lines, undecided, and a hamlet of the name about 2,600 km east of them
    near, other = _village("near", 47.5, population=6_000), _village("other", 49.3, population=5_000)
    remote = GeoMatch(name="Testivka", lat=50.0, lon=75.0, admin1_code="RU-XX", country="RU", precision_km=2.0,
                      source="test", candidates=3, population=100, id="remote")
    with using_front_lines(two_period_lines):
        chosen = choose((near, other, remote), Context())
    assert chosen is not None
    match, basis = chosen
    assert match.id == "near" and "remote" in basis and "other" in basis
    assert "but not the 1 beyond the war's reach" in basis
    # the precision covers the namesake within reach (200 km), not the one 2,600 km away
    assert 200 < match.precision_km < 300
    # without the remote one the choice and its precision are the same
    with using_front_lines(two_period_lines):
        alone = choose((near, other), Context())
    assert alone is not None and alone[0].precision_km == match.precision_km and "beyond" not in alone[1]
