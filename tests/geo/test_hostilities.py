"""The front-line prior's geometry: distances to the line of contact of the period covering a day."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from trucewatch.errors import InputError
from trucewatch.geo.hostilities import (
    distance_to_hostilities_km,
    front_lines_label,
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


def test_no_period_no_distance() -> None:
    assert distance_to_hostilities_km(48.594, 37.999, date(2013, 1, 1)) is None
    # the Donbas war's first summer moved across the region: no line until the Minsk Protocol of 5 September
    assert distance_to_hostilities_km(48.852, 37.605, date(2014, 6, 1)) is None
    assert distance_to_hostilities_km(48.852, 37.605, date(2014, 9, 5)) is not None
    # the day before the full-scale invasion still uses the Minsk line
    minsk = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 23))
    after = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 24))
    assert minsk is not None and after is not None and minsk > 100 > after


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
