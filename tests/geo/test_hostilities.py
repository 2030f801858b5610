"""The front-line prior's geometry: distances to the line of contact of the period covering a day."""

from __future__ import annotations

import itertools
import math
from datetime import date
from importlib import resources
from pathlib import Path

import pytest
import yaml

from trucewatch.errors import InputError
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import geocode_candidates, reverse_admin1
from trucewatch.geo.hostilities import (
    distance_to_any_hostilities_km,
    distance_to_hostilities_km,
    front_lines_label,
    held_by_ukraine_throughout,
    line_held,
    periods,
    using_front_lines,
)


def test_periods_are_ordered_and_do_not_overlap() -> None:
    found = periods()
    assert len(found) >= 2
    for earlier, later in itertools.pairwise(found):
        assert earlier.end is not None and earlier.end < later.start
    assert found[-1].end is None  # the current period is open-ended
    assert all(len(line) >= 2 for period in found for line in period.lines)


@pytest.mark.parametrize(
    ("lat", "lon", "day", "low", "high"),
    [
        (48.594, 37.999, date(2024, 3, 10), 0.0, 3.0),  # Bakhmut lies on the post-2022 line
        (50.450, 30.523, date(2024, 3, 10), 150.0, 700.0),  # Kyiv: far behind it (the border is ~200 km)
        (50.907, 34.798, date(2024, 3, 10), 20.0, 60.0),  # Sumy city: some tens of km from the border
        (48.594, 37.999, date(2018, 4, 6), 15.0, 40.0),  # Bakhmut (Artemivsk) in 2018: behind the Minsk line
        (48.140, 37.750, date(2018, 4, 6), 0.0, 3.0),  # Avdiivka in 2018: on it
        # after the Kharkiv counteroffensive the line meets the border where the Oskil crosses it (Topoli) and
        # follows the river to Kupiansk: Velykyi Burluk, between Vovchansk and the Oskil, lies behind it
        (50.062, 37.391, date(2023, 3, 1), 10.0, 40.0),
        (49.838, 37.709, date(2023, 3, 1), 0.0, 5.0),  # Hrianykivka, on the Oskil's east bank
        # north-east of Kupiansk the 2023 line ran by the Luhansk oblast's boundary (Novoiehorivka, Kharkiv
        # oblast), not down the Oskil, which is where it ran in September 2022 and again from late 2024
        (49.841, 37.968, date(2023, 3, 1), 0.0, 3.0),
        (49.841, 37.968, date(2022, 9, 20), 12.0, 30.0),
        # the border with Russia bends: towns some 10 km from it in the Sumy oblast (Bilopillia, Vorozhba) lie
        # near the line drawn along it, from the invasion on
        (51.147, 34.311, date(2023, 3, 1), 0.0, 12.0),
        (51.173, 34.227, date(2022, 6, 1), 0.0, 12.0),
        (51.147, 34.311, date(2024, 9, 1), 0.0, 12.0),
        (52.296, 32.430, date(2023, 3, 1), 0.0, 3.0),  # Tymonovychi, a Chernihiv oblast border village
        # Debaltseve: inside the salient Ukrainian forces held until 18 February 2015, behind the line after it
        (48.336, 38.403, date(2015, 1, 10), 0.0, 8.0),
        (48.336, 38.403, date(2016, 1, 10), 12.0, 30.0),
        # the Kursk salient (6 August 2024 to mid-March 2025): Korenevo on its western edge while it lasted,
        # behind the Russian line after it; Sudzha inside it, then within reach of the border
        (51.411, 34.900, date(2024, 8, 20), 0.0, 3.0),
        (51.411, 34.900, date(2024, 11, 1), 0.0, 3.0),
        (51.411, 34.900, date(2025, 6, 1), 15.0, 40.0),
        (51.191, 35.271, date(2025, 2, 1), 0.0, 3.0),
        (51.191, 35.271, date(2025, 6, 1), 5.0, 15.0),
        (51.059, 35.711, date(2024, 9, 2), 0.0, 3.0),  # Belaya, the salient's eastern side
        # Pokrovsk: 10-15 km from the bulge in August 2024, at its south-east by February 2025, fought for
        # from the spring; Avdiivka (lost in February 2024) lies behind the line, which no longer passes it
        (48.280, 37.177, date(2024, 8, 20), 8.0, 25.0),
        (48.280, 37.177, date(2025, 2, 1), 0.0, 10.0),
        (48.280, 37.177, date(2025, 6, 1), 0.0, 3.0),
        (48.140, 37.750, date(2025, 2, 1), 15.0, 60.0),
        # Vuhledar on the line until 1 October 2024 and behind it after; Kurakhove fought for in the autumn of
        # 2024 and behind the line after January 2025; Marinka far behind it by 2025
        (47.780, 37.250, date(2024, 8, 20), 0.0, 3.0),
        (47.780, 37.250, date(2025, 2, 1), 15.0, 60.0),
        (47.985, 37.281, date(2024, 11, 1), 0.0, 3.0),
        (47.985, 37.281, date(2025, 6, 1), 15.0, 60.0),
        (47.945, 37.505, date(2025, 6, 1), 25.0, 80.0),
        # Borova: by the Oskil line from the autumn of 2024; Kramatorsk, some 25 km behind the line in 2025
        (49.380, 37.619, date(2024, 11, 1), 0.0, 3.0),
        (48.723, 37.556, date(2025, 6, 1), 15.0, 40.0),
        # the Sumy oblast's border villages Russian forces entered from the spring of 2025 (Yunakivka), and the
        # Kinburn spit opposite Ochakiv (Pokrovka), on the Dnipro's line
        (51.123, 35.038, date(2025, 6, 1), 0.0, 3.0),
        (46.478, 31.708, date(2025, 6, 1), 0.0, 3.0),
    ],
)
def test_distances(lat: float, lon: float, day: date, low: float, high: float) -> None:
    km = distance_to_hostilities_km(lat, lon, day)
    assert km is not None and low <= km <= high


def test_the_border_is_one_line_in_every_period_since_the_invasion() -> None:
    """The border with Russia is drawn once (a YAML anchor) and every period from the invasion on has it."""
    since_invasion = [period for period in periods() if period.start >= date(2022, 2, 24)]
    border = since_invasion[0].lines[0]
    assert len(border) > 10
    assert all(border in period.lines for period in since_invasion)


SINCE_KURSK = date(2024, 8, 6)


def _recent_lines() -> list[tuple[str, tuple[tuple[float, float], ...]]]:
    """The lines drawn for the periods from the Kursk incursion on (not those shared with earlier periods, such
    as the state border)."""
    older = {line for period in periods() if period.start < SINCE_KURSK for line in period.lines}
    return [(period.name, line) for period in periods() if period.start >= SINCE_KURSK
            for line in period.lines if line not in older]


def _turn_degrees(a: tuple[float, float], b: tuple[float, float], c: tuple[float, float]) -> float:
    """The angle at b between the ways to a and to c (180: straight on; near 0: the line turns back)."""
    scale = math.cos(math.radians(b[0]))
    u = ((a[1] - b[1]) * scale, a[0] - b[0])
    v = ((c[1] - b[1]) * scale, c[0] - b[0])
    cos = (u[0] * v[0] + u[1] * v[1]) / (math.hypot(*u) * math.hypot(*v))
    return math.degrees(math.acos(max(-1.0, min(1.0, cos))))


def test_the_lines_since_the_kursk_incursion_do_not_double_back() -> None:
    """Each line runs along the front: consecutive points at most 50 km apart, and no turn sharper than 45
    degrees (a line through Avdiivka, then Pokrovsk, 45 km behind it, then back to Marinka turned at 37)."""
    recent = _recent_lines()
    assert len(recent) >= 12
    for name, line in recent:
        for a, b in itertools.pairwise(line):
            assert distance_km(*a, *b) <= 50.0, (name, a, b)
        for a, b, c in zip(line, line[1:], line[2:], strict=False):
            assert _turn_degrees(a, b, c) >= 45.0, (name, b)


def test_the_periods_since_the_kursk_incursion() -> None:
    """Four periods from 2024-08-06: to the fall of Vuhledar, of Kurakhove, the end of the Kursk salient, and
    after it; the salient (Korenevo, Sudzha) is in the first three only."""
    recent = [period for period in periods() if period.start >= SINCE_KURSK]
    assert [p.start for p in recent] == [date(2024, 8, 6), date(2024, 10, 1), date(2025, 1, 6), date(2025, 3, 17)]
    previous = next(p for p in periods() if p.end is not None and p.end == date(2024, 8, 5))
    assert previous.start == date(2024, 2, 18)
    for period in recent:
        in_kursk = any(reverse_admin1(*point) == ("RU", "RU-KRS") for line in period.lines for point in line)
        assert in_kursk is (period.end is not None and period.end <= date(2025, 3, 16)), period.name


def test_the_lines_run_through_gazetteer_places() -> None:
    """Every point of every period's lines is a gazetteer place of the name the file gives it (within 300 m),
    Russian villages included: the file says the coordinates are the gazetteer's."""
    text = resources.files("trucewatch.geo").joinpath("data/hostilities.yaml").read_text(encoding="utf-8")
    points = {tuple(point) for period in yaml.safe_load(text)["periods"] for line in period["lines"]
              for point in line}
    assert len(points) > 200
    for name, lat, lon in sorted(points):
        nearest = min((distance_km(lat, lon, m.lat, m.lon) for m in geocode_candidates(name)), default=None)
        assert nearest is not None and nearest <= 0.3, (name, lat, lon, nearest)


def test_no_period_no_distance() -> None:
    assert distance_to_hostilities_km(48.594, 37.999, date(2013, 1, 1)) is None
    # no line before the armed groups took Sloviansk (12 April 2014); the siege of Sloviansk to 5 July
    assert distance_to_hostilities_km(48.852, 37.605, date(2014, 4, 1)) is None
    spring = distance_to_hostilities_km(48.852, 37.605, date(2014, 6, 1))
    assert spring is not None and spring < 2
    # after the withdrawal from Sloviansk the fighting lay 30 km and more east of it
    summer = distance_to_hostilities_km(48.852, 37.605, date(2014, 8, 1))
    assert summer is not None and summer > 30
    # the day before the full-scale invasion still uses the Minsk line
    minsk = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 23))
    after = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 24))
    assert minsk is not None and after is not None and minsk > 100 > after


INVASION = date(2022, 2, 24)


@pytest.mark.parametrize(("name", "lat", "lon", "held"), [
    # clearly behind Ukraine's lines in every period since the invasion
    ("Kramatorsk", 48.723, 37.556, True), ("Sloviansk", 48.866, 37.616, True), ("Zaporizhzhia", 47.823, 35.19, True),
    ("Dnipro", 48.45, 34.98, True),
    # held by Russia, or on or near a line in some period (the coarse lines do not tell)
    ("Donetsk", 48.023, 37.802, False), ("Melitopol", 46.849, 35.365, False), ("Mariupol", 47.097, 37.543, False),
    ("Kherson", 46.636, 32.617, False), ("Enerhodar", 47.499, 34.658, False), ("Pokrovsk", 48.282, 37.176, False),
    ("Belgorod", 50.6, 36.6, False),
])
def test_held_by_ukraine_throughout(name: str, lat: float, lon: float, held: bool) -> None:
    assert held_by_ukraine_throughout(lat, lon, INVASION) is held, name


def test_held_by_ukraine_by_the_side_of_the_lines_in_use(tmp_path: Path) -> None:
    # one line running south to north: its left, Russia's side, lies west of it
    lines = tmp_path / "lines.yaml"
    lines.write_text("periods:\n  - name: custom\n    from: 2024-01-01\n    until: null\n    lines:\n"
                     "      - - [A, 47.0, 36.0]\n        - [B, 49.0, 36.0]\n", encoding="utf-8")
    with using_front_lines(lines):
        assert held_by_ukraine_throughout(48.0, 36.5, INVASION) is True  # 37 km east
        assert held_by_ukraine_throughout(48.0, 35.5, INVASION) is False  # 37 km west
        assert held_by_ukraine_throughout(48.0, 36.1, INVASION) is False  # 7 km east: within the margin
        assert held_by_ukraine_throughout(49.5, 36.5, INVASION) is False  # beyond the line's end


GOOD_PERIOD = """periods:
  - name: custom
    from: 2024-01-01
    until: null
    lines:
      - - [A, 47.60, 37.70]
        - [B, 47.66, 37.80]
"""

BAD_FILES = [
    ("periods: []\n", 1, "periods", "non-empty list"),
    ("periods:\n  - name: x\n    from: 2024-13-01\n    lines: [[[a, 1, 2], [b, 3, 4]]]\n", 3, "from", "not a date"),
    ("periods:\n  - name: x\n    from: 2024-01-01\n    until: 2023-01-01\n    lines: [[[a, 1, 2], [b, 3, 4]]]\n",
     4, "until", "before"),
    ("periods:\n  - name: x\n    from: 2024-01-01\n    lines: [[[a, 1, 2]]]\n", 4, "lines", "two points"),
    ("periods:\n  - name: x\n    from: 2024-01-01\n    lines:\n      - - [a, north, 2]\n        - [b, 3, 4]\n",
     5, "lines", "must be numbers"),
    ("periods:\n  - name: x\n    from: 2024-01-01\n    lines:\n      - - [a, 95, 2]\n        - [b, 3, 4]\n",
     5, "lines", "out of range"),
    ("periods:\n  - name: x\n    from: 2024-01-01\n    colour: red\n    lines: [[[a, 1, 2], [b, 3, 4]]]\n",
     2, "colour", "unknown key"),
    ("periods:\n  - {name: x, from: 2024-01-01, lines: [[[a, 1, 2], [b, 3, 4]]]}\n"
     "  - {name: y, from: 2023-06-01, lines: [[[a, 1, 2], [b, 3, 4]]]}\n", 3, "from", "must not overlap"),
    ("periods: [\n", 2, None, "not valid YAML"),
]


@pytest.mark.parametrize(("text", "line", "field", "message"), BAD_FILES, ids=[m for *_, m in BAD_FILES])
def test_a_bad_front_line_file_names_file_line_and_field(
    tmp_path: Path, text: str, line: int, field: str | None, message: str
) -> None:
    path = tmp_path / "lines.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught, using_front_lines(path):
        pass
    assert caught.value.where.file == str(path) and caught.value.where.line == line
    assert caught.value.where.field == field
    assert message in str(caught.value)
    assert front_lines_label() == "default"  # nothing half-applied


def test_a_front_line_file_is_used_inside_the_block_only(tmp_path: Path) -> None:
    path = tmp_path / "lines.yaml"
    path.write_text(GOOD_PERIOD, encoding="utf-8")
    with using_front_lines(path):
        assert front_lines_label().startswith("lines.yaml (sha256 ")
        assert distance_to_hostilities_km(47.63, 37.75, date(2024, 3, 10)) == pytest.approx(0.0, abs=3.0)
        assert distance_to_hostilities_km(47.63, 37.75, date(2023, 3, 10)) is None  # before its one period
    assert front_lines_label() == "default"
    assert distance_to_hostilities_km(47.63, 37.75, date(2023, 3, 10)) is not None


def test_a_window_of_days_reaches_the_lines_of_the_period_before(two_period_lines: Path) -> None:
    south = (48.0, 37.0)
    with using_front_lines(two_period_lines):
        # on 10 June only the northern line is the day's; a window of 30 days also holds the southern one
        assert distance_to_hostilities_km(*south, date(2024, 6, 10)) == pytest.approx(222, abs=2)
        assert distance_to_hostilities_km(*south, date(2024, 6, 10), days_before=30) == pytest.approx(0, abs=0.1)
        # two months on, the southern line is out of the window
        assert distance_to_hostilities_km(*south, date(2024, 8, 10), days_before=30) == pytest.approx(222, abs=2)
        # no period before 2024: a window reaching into it finds nothing there, one reaching past it does
        assert distance_to_hostilities_km(*south, date(2023, 12, 1), days_before=10) is None
        assert distance_to_hostilities_km(*south, date(2024, 1, 5), days_before=10) == pytest.approx(0, abs=0.1)
        # any period's lines, whatever the day
        assert distance_to_any_hostilities_km(50.5, 37.0) == pytest.approx(55.6, abs=1)


HELD_AND_MOVING = """periods:
  - name: two years and more in place
    from: 2015-01-01
    until: 2017-12-31
    lines:
      - - [A, 47.60, 37.70]
        - [B, 47.66, 37.80]
  - name: one year
    from: 2018-01-01
    until: 2018-12-31
    lines:
      - - [A, 47.60, 37.70]
        - [B, 47.66, 37.80]
  - name: still current
    from: 2019-01-01
    until: null
    lines:
      - - [A, 47.60, 37.70]
        - [B, 47.66, 37.80]
"""


def test_a_line_held_for_years_only_on_the_minsk_line() -> None:
    assert line_held(date(2018, 4, 6)) and line_held(date(2015, 2, 19)) and line_held(date(2022, 2, 23))
    # the lines of 2014 moved weekly, those of 2022 on within each period; no line before the war
    for day in (date(2014, 8, 1), date(2015, 2, 18), date(2022, 2, 24), date(2023, 6, 1), date(2013, 1, 1)):
        assert not line_held(day), day
    # the period still current has not shown how long it holds
    assert not line_held(date(2026, 1, 1))


def test_a_line_held_is_read_from_the_lines_in_use(tmp_path: Path) -> None:
    path = tmp_path / "lines.yaml"
    path.write_text(HELD_AND_MOVING, encoding="utf-8")
    with using_front_lines(path):
        assert line_held(date(2016, 6, 1))
        assert not line_held(date(2018, 6, 1))  # one year
        assert not line_held(date(2020, 6, 1))  # no end yet
        assert not line_held(date(2014, 6, 1))  # no period
        assert not line_held(date(2022, 2, 23))  # the shipped Minsk line is not in use
