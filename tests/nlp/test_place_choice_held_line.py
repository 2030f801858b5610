"""On a line that held in place (``held: true``), among namesakes near it that it does not clearly tell apart, the
one well nearer it gives the point; not on a line that moved, not over a village that outweighs the others, never a
codifier village placed at its hromada's centre (round 23)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trucewatch.geo.gazetteer import GeoMatch
from trucewatch.geo.hostilities import using_front_lines
from trucewatch.nlp.place_choice import HELD_MARGIN_KM, UNDECIDED_MARK, Context, choose

# a line along 48.0 N, held in place through 2016-2021, and one along the same parallel in 2022 that moved
LINES = """periods:
  - name: held
    from: 2016-01-01
    until: 2021-12-31
    held: true
    lines:
      - - [A, 48.0, 36.0]
        - [B, 48.0, 39.0]
  - name: moving
    from: 2022-01-01
    until: null
    lines:
      - - [A, 48.0, 36.0]
        - [B, 48.0, 39.0]
"""
KM_PER_DEGREE_LAT = 111.2


def _village(ident: str, km_from_line: float, population: int = 0, source: str = "geonames-ua") -> GeoMatch:
    return GeoMatch(name="Testove", lat=48.0 + km_from_line / KM_PER_DEGREE_LAT, lon=37.5, admin1_code="UA-14",
                    country="UA", precision_km=2.0, source=source, candidates=3, population=population, id=ident)


@pytest.fixture
def lines(tmp_path: Path) -> Path:
    path = tmp_path / "lines.yaml"
    path.write_text(LINES, encoding="utf-8")
    return path


def _choose(lines: Path, candidates: list[GeoMatch], day: date) -> tuple[GeoMatch, str]:
    with using_front_lines(lines):
        chosen = choose(tuple(candidates), Context(front_day=day))
    assert chosen is not None
    return chosen


def test_on_a_held_line_the_namesake_well_nearer_it_gives_the_point(lines: Path) -> None:
    first, on_line = _village("first", 10.0), _village("on-line", 2.0)
    match, basis = _choose(lines, [first, on_line], date(2018, 6, 1))
    assert match.id == "on-line"
    assert "the line held in place" in basis and UNDECIDED_MARK in basis
    assert match.precision_km >= 8.0  # the first is still covered


def test_on_a_line_that_moved_the_gazetteers_first_stays(lines: Path) -> None:
    first, on_line = _village("first", 10.0), _village("on-line", 2.0)
    match, basis = _choose(lines, [first, on_line], date(2022, 6, 1))
    assert match.id == "first" and "held" not in basis


def test_a_few_km_nearer_does_not_lean(lines: Path) -> None:
    first, nearer = _village("first", 8.0), _village("nearer", 8.0 - HELD_MARGIN_KM + 1.5)
    match, _ = _choose(lines, [first, nearer], date(2018, 6, 1))
    assert match.id == "first"


def test_a_village_that_outweighs_the_others_stays(lines: Path) -> None:
    first, on_line = _village("first", 10.0, population=1_500), _village("on-line", 2.0, population=200)
    match, _ = _choose(lines, [first, on_line], date(2018, 6, 1))
    assert match.id == "first"


def test_a_codifier_village_at_its_hromadas_centre_does_not_lean(lines: Path) -> None:
    first, codifier = _village("first", 10.0), _village("katottg:UA1400000", 1.0, source="katottg")
    match, _ = _choose(lines, [first, codifier], date(2018, 6, 1))
    assert match.id == "first"
