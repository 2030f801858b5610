"""One distance, one "at or below" rule: the SQL and Python twins agree, and nothing else defines them."""

from __future__ import annotations

import re
from pathlib import Path

import duckdb
import pytest

from trucewatch import taxonomy
from trucewatch.geo.distance import (
    PointGrid,
    distance_km,
    distance_sql,
    lat_degrees_sql,
    lon_degrees_sql,
    valid_latitude,
    valid_longitude,
    valid_point,
)

SRC = Path(__file__).resolve().parents[2] / "src" / "trucewatch"
POINTS = [(50.45, 30.52, 49.99, 36.23), (48.75, 37.56, 48.75, 37.56), (46.48, 30.72, 55.75, 37.62),
          (0.0, 0.0, 0.0, 180.0), (89.9, 10.0, -89.9, -170.0)]


@pytest.mark.parametrize("points", POINTS)
def test_sql_and_python_give_the_same_distance(points: tuple[float, float, float, float]) -> None:
    sql = distance_sql(*(f"{v!r}::DOUBLE" for v in points))
    row = duckdb.sql(f"SELECT {sql}").fetchone()
    assert row is not None and row[0] == pytest.approx(distance_km(*points), abs=1e-6)


def test_known_distances() -> None:
    assert distance_km(50.45, 30.52, 49.99, 36.23) == pytest.approx(410, abs=5)  # Kyiv to Kharkiv
    assert distance_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(20015, abs=2)  # half the equator


def test_a_box_drawn_in_degrees_holds_the_distance() -> None:
    # a point 25 km due north and due east must lie within the box for 25 km
    for lat in (0.0, 45.0, 60.0):
        row = duckdb.sql(f"SELECT {lat_degrees_sql('25.0')}, {lon_degrees_sql('25.0', repr(lat))}").fetchone()
        assert row is not None
        assert distance_km(lat, 30.0, lat + row[0], 30.0) >= 25.0
        assert distance_km(lat, 30.0, lat, 30.0 + row[1]) >= 25.0


@pytest.mark.parametrize(("code", "prefix", "within", "below"), [
    ("energy.oil.refinery", "energy", True, True), ("energy", "energy", True, False),
    ("energy.oil", "energy.oil.refinery", False, False), ("energyx", "energy", False, False),
])
def test_at_or_below_in_python_and_sql(code: str, prefix: str, within: bool, below: bool) -> None:
    assert taxonomy.within(code, prefix) is within and taxonomy.below(code, prefix) is below
    row = duckdb.sql(f"SELECT {taxonomy.within_sql(repr(code), repr(prefix))}, "
                     f"{taxonomy.below_sql(repr(code), repr(prefix))}").fetchone()
    assert row == (within, below)


INF, NAN = float("inf"), float("nan")


@pytest.mark.parametrize(("lat", "lon", "valid"), [
    (0.0, 0.0, True), (50.45, 30.52, True), (90.0, 180.0, True), (-90.0, -180.0, True), (90, -180, True),
    (90.000001, 0.0, False), (-90.000001, 0.0, False), (0.0, 180.000001, False), (0.0, -180.000001, False),
    (180.0, 90.0, False),  # latitude and longitude swapped
    (NAN, 0.0, False), (0.0, NAN, False), (NAN, NAN, False),
    (INF, 0.0, False), (-INF, 0.0, False), (0.0, INF, False), (0.0, -INF, False),
])
def test_a_valid_point_is_finite_and_in_range(lat: float, lon: float, valid: bool) -> None:
    assert valid_point(lat, lon) is valid
    assert (valid_latitude(lat) and valid_longitude(lon)) is valid


def test_latitude_and_longitude_have_their_own_limits() -> None:
    assert valid_longitude(120.0) and not valid_latitude(120.0)
    assert valid_latitude(-90.0) and not valid_latitude(-90.5) and valid_longitude(-90.5)


def test_no_other_module_writes_out_the_coordinate_range() -> None:
    # the range test lives in geo/distance.py; the SQL check takes its bounds from there
    written_out = re.compile(r"-\s*90(\.0)?\s*<=|-\s*180(\.0)?\s*<=|BETWEEN -90 AND 90|BETWEEN -180 AND 180")
    offenders = sorted(str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
                       if written_out.search(path.read_text(encoding="utf-8")))
    assert offenders == []


def test_no_other_module_defines_a_distance_or_the_taxonomy_rule() -> None:
    distance = re.compile(r"6371|asin\(|haversine|\b111\.\d")
    at_or_below = re.compile(r"starts_with\([\w.]+, [\w.]+ \|\| '\.'\)|LIKE \? \|\| '\.%'"
                             r"|startswith\([\w.]+ \+ \"\.\"\)")
    offenders = sorted(str(path.relative_to(SRC)) for path in SRC.rglob("*.py")
                       if (distance.search(text := path.read_text(encoding="utf-8"))
                           and path.relative_to(SRC).as_posix() != "geo/distance.py")
                       or (at_or_below.search(text) and path.name != "taxonomy.py"))
    assert offenders == []


def test_point_grid_gives_the_nearest_item_in_the_cells_around_a_point() -> None:
    grid: PointGrid[str] = PointGrid()
    grid.add(50.0, 36.0, "west")
    grid.add(50.0, 36.5, "east")  # exactly as far from the query as "west": the first added wins
    grid.add(50.30, 36.25, "north")
    grid.add(49.20, 37.20, "Izium")  # another cell, one away
    found = grid.nearest(50.0, 36.25)
    assert found is not None and found[0] == "west" and found[1] == distance_km(50.0, 36.25, 50.0, 36.0)
    assert distance_km(50.0, 36.25, 50.0, 36.0) == distance_km(50.0, 36.25, 50.0, 36.5)
    izium = grid.nearest(49.0, 37.5)
    assert izium is not None and izium[0] == "Izium"
    assert grid.nearest(45.0, 30.0) is None  # nothing within the nine cells around it
