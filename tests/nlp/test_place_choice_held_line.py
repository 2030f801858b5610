"""On a line of contact that held for years, an undecided choice among namesakes near it gives the one on the line
over the gazetteer's first behind it (round 30); a line that moved, a first within reach of the line, a weaker
reading of the name, or a lean that would leave no point keep the undecided choice as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
from trucewatch.geo.hostilities import using_front_lines
from trucewatch.nlp.place_choice import UNDECIDED_MARK, Context, choose

# one line along 48.0 N from 36 to 39 E: three years in place, then one year
LINES = """periods:
  - name: held
    from: 2016-01-01
    until: 2018-12-31
    lines:
      - - [West, 48.0, 36.0]
        - [East, 48.0, 39.0]
  - name: moved within a year
    from: 2019-01-01
    until: 2019-12-31
    lines:
      - - [West, 48.0, 36.0]
        - [East, 48.0, 39.0]
"""
HELD_DAY, MOVING_DAY = date(2017, 6, 1), date(2019, 6, 1)
LEAN = "on a line that held for years"


@pytest.fixture
def lines(tmp_path: Path) -> Path:
    path = tmp_path / "lines.yaml"
    path.write_text(LINES, encoding="utf-8")
    return path


def _village(ident: str, lat: float, lon: float = 37.0, matched_by: str = MATCHED_BY[0]) -> GeoMatch:
    return GeoMatch(name="Testivka", lat=lat, lon=lon, admin1_code="UA-14", country="UA", precision_km=2.0,
                    source="test", candidates=3, matched_by=matched_by, id=ident)


# the gazetteer's first 15 km behind the line; two on it (1.7 and 3 km), so that none is clearly nearest
BEHIND, ON, ALSO_ON = _village("behind", 48.135), _village("on", 48.015), _village("also-on", 48.027, 37.3)


def _choose(lines: Path, candidates: list[GeoMatch], day: date, *, scoped: bool = True) -> tuple[GeoMatch, str]:
    with using_front_lines(lines):
        chosen = choose(tuple(candidates), Context(admin1="UA-14", front_day=day), scoped=scoped)
    assert chosen is not None
    return chosen


def test_on_a_line_that_held_the_namesake_on_it(lines: Path) -> None:
    match, basis = _choose(lines, [BEHIND, ON, ALSO_ON], HELD_DAY)
    assert match.id == "on" and LEAN in basis and UNDECIDED_MARK in basis
    # the precision still covers the gazetteer's first, 13 km off
    assert match.precision_km >= 13


def test_a_line_of_one_year_keeps_the_gazetteers_first(lines: Path) -> None:
    match, basis = _choose(lines, [BEHIND, ON, ALSO_ON], MOVING_DAY)
    assert match.id == "behind" and LEAN not in basis and "none clearly nearer" in basis


def test_a_first_within_reach_of_the_line_is_on_it_too(lines: Path) -> None:
    # 8 km from a line drawn through the villages on either side is still on it
    near = _village("near", 48.072)
    match, basis = _choose(lines, [near, ON, ALSO_ON], HELD_DAY)
    assert match.id == "near" and LEAN not in basis


def test_no_lean_to_a_weaker_reading_of_the_name(lines: Path) -> None:
    former = _village("on", 48.015, matched_by=MATCHED_BY[1])  # bore the name once
    match, basis = _choose(lines, [BEHIND, former, ALSO_ON], HELD_DAY)
    assert match.id == "behind" and LEAN not in basis


def test_no_lean_that_would_leave_no_point_where_no_region_is_named(lines: Path) -> None:
    # a third namesake on the line 120 km east: leaning to the west one would widen the precision past 100 km
    far_east = _village("far-east", 48.02, 38.6)
    match, basis = _choose(lines, [BEHIND, ON, far_east], HELD_DAY, scoped=False)
    assert match.id == "behind" and LEAN not in basis
    # within a region the text names the region bounds the error: the lean is taken
    match, basis = _choose(lines, [BEHIND, ON, far_east], HELD_DAY, scoped=True)
    assert match.id == "on" and LEAN in basis
