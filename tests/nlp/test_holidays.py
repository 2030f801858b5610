"""Days named by a holiday: the two Easters' computus, the year a holiday is read in, and names that give no day."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from trucewatch.nlp.timex_holidays import holiday_day, is_holiday_name, orthodox_easter, western_easter


@pytest.mark.parametrize(("year", "orthodox", "western"), [
    (2022, date(2022, 4, 24), date(2022, 4, 17)),
    (2023, date(2023, 4, 16), date(2023, 4, 9)),
    (2024, date(2024, 5, 5), date(2024, 3, 31)),
    (2025, date(2025, 4, 20), date(2025, 4, 20)),
    (2026, date(2026, 4, 12), date(2026, 4, 5)),
])
def test_easter_sundays(year: int, orthodox: date, western: date) -> None:
    assert orthodox_easter(year) == orthodox
    assert western_easter(year) == western


def test_latest_on_or_before_the_publication() -> None:
    found = holiday_day("drones struck on Victory Day", datetime.fromisoformat("2025-05-08T12:00:00+03:00"))
    assert found is not None and found.day == date(2024, 5, 9)
    found = holiday_day("drones struck on Victory Day", datetime.fromisoformat("2025-05-09T23:00:00+03:00"))
    assert found is not None and found.day == date(2025, 5, 9)


def test_eve_of_and_night() -> None:
    published = datetime.fromisoformat("2025-04-25T12:00:00+03:00")
    eve = holiday_day("a drone hit a depot on the eve of Easter", published)
    night = holiday_day("a drone hit a depot on Easter night", published)
    western = holiday_day("a drone hit a depot on Catholic Easter", datetime.fromisoformat("2024-04-10T12:00+02:00"))
    assert eve is not None and eve.day == date(2025, 4, 19) and not eve.night
    assert night is not None and night.day == date(2025, 4, 20) and night.night
    assert western is not None and western.day == date(2024, 3, 31)


@pytest.mark.parametrize("text", [
    "Russia broke the Easter truce with a drone strike",
    "Moscow prepared strikes ahead of Victory Day",
    "the Christmas message of the president",
    "a drone hit a depot on Easter services' eve",
])
def test_names_that_give_no_day(text: str) -> None:
    assert holiday_day(text, datetime.fromisoformat("2025-04-25T12:00:00+03:00")) is None


def test_without_publication_and_year_no_day() -> None:
    assert holiday_day("a drone hit a depot on Christmas Day", None) is None
    found = holiday_day("a drone hit a depot on Christmas Day 2023", None)
    assert found is not None and found.day == date(2023, 12, 25)


def test_holiday_names_are_no_places() -> None:
    assert is_holiday_name("Orthodox Christmas Eve") and is_holiday_name("victory day")
    assert not is_holiday_name("Kherson")


def test_outside_the_computus_years_no_day() -> None:
    assert holiday_day("a drone hit a depot on Easter", datetime.fromisoformat("2100-05-01T12:00:00+03:00")) is None
    assert holiday_day("a drone hit a depot on Easter", datetime.fromisoformat("1900-05-01T12:00:00+03:00")) is None
