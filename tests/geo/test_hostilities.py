"""The front-line prior's geometry: distances to the line of contact of the period covering a day."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from trucewatch.geo.hostilities import distance_to_hostilities_km, periods


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
    ],
)
def test_distances(lat: float, lon: float, day: date, low: float, high: float) -> None:
    km = distance_to_hostilities_km(lat, lon, day)
    assert km is not None and low <= km <= high


def test_no_period_no_distance() -> None:
    assert distance_to_hostilities_km(48.594, 37.999, date(2013, 1, 1)) is None
    # the day before the full-scale invasion still uses the Minsk line
    minsk = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 23))
    after = distance_to_hostilities_km(50.291, 36.941, date(2022, 2, 24))
    assert minsk is not None and after is not None and minsk > 100 > after
