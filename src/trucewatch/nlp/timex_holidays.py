"""A day named by a feast or a public holiday ("on Christmas morning", "at 02:10 on Easter night", "on Victory Day",
"on New Year's Eve 2024"): the day of the year the text means, the latest on or before the publication's day unless
a year is written after the name. The names and their days are data: ``data/holidays.yaml`` (its header gives the
decisions: "Easter" alone is Orthodox Easter, "Christmas" alone 25 December). Read by
:func:`trucewatch.nlp.timex._find_date` after every written date and before a day of the month named alone.

Only a holiday told as the day of something ("on", "at", "of the morning of", "early on") is read: "the Easter
truce", "ahead of Victory Day" and "the Christmas message" name no day the event happened on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from importlib import resources

from trucewatch import safe_yaml

_ORIGIN = "trucewatch/data/holidays.yaml"
# a part of the day told as the holiday's ("on the morning of Christmas Day", "in the early hours of Easter Sunday")
_PART = r"(?:(?:early\s+|late\s+)?(?:morning|afternoon|evening|night|eve)|(?:early|small)\s+hours)"


@dataclass(frozen=True)
class _Holiday:
    month_day: tuple[int, int] | None
    easter: str | None
    offset: int
    night: bool


@dataclass(frozen=True)
class HolidayDay:
    """The day a holiday's name stands for, the span of the name in the sentence, and whether the name is a night
    (then the night before the day and the one after it are both meant)."""

    day: date
    span: tuple[int, int]
    night: bool


def orthodox_easter(year: int) -> date:
    """Orthodox Easter Sunday of ``year`` in the Gregorian calendar (Meeus's Julian computus, 1900-2099)."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1) + timedelta(days=13)


def western_easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def _table() -> tuple[re.Pattern[str], dict[str, _Holiday]]:
    data = safe_yaml.load(resources.files("trucewatch").joinpath("data/holidays.yaml").read_text("utf-8"), _ORIGIN)
    by_name: dict[str, _Holiday] = {}
    for index, item in enumerate(data["holidays"]):
        where = f"{_ORIGIN}: holidays[{index}]"
        month_day = None
        if "date" in item:
            month, day = (int(part) for part in str(item["date"]).split("-"))
            date(2024, month, day)  # a day that exists (2024 has 29 February)
            month_day = (month, day)
        elif item.get("easter") not in ("orthodox", "western"):
            raise ValueError(f"{where}: needs `date` (MM-DD) or `easter` (orthodox | western)")
        holiday = _Holiday(month_day, item.get("easter"), int(item.get("offset", 0)), item.get("night") == "both")
        for name in item["names"]:
            by_name[str(name).lower()] = holiday
    names = "|".join(re.escape(name) for name in sorted(by_name, key=len, reverse=True))
    pattern = re.compile(
        rf"\b(?:(?:(?:early|late)\s+)?(?:on|at)\s+(?:the\s+)?(?:{_PART}\s+of\s+(?:the\s+)?)?|"
        rf"(?:in|during)\s+the\s+{_PART}\s+of\s+(?:the\s+)?)"
        rf"(?P<name>{names})(?![\w’'])(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
        r"(?!\s+(?:truce|ceasefire|cease-fire|moratorium|pause|parade|services?|offer|proposal|message|address|"
        r"greetings|celebrations?|holidays?|break|lull|period|week|weekend|season|festivities)\b)",
        re.IGNORECASE)
    return pattern, by_name


def _day_in(holiday: _Holiday, year: int) -> date:
    if holiday.month_day is not None:
        return date(year, *holiday.month_day)
    sunday = orthodox_easter(year) if holiday.easter == "orthodox" else western_easter(year)
    return sunday + timedelta(days=holiday.offset)


def holiday_day(sentence: str, published: datetime | None) -> HolidayDay | None:
    """The day the first holiday told as a day stands for, or None (none told, or no year written and no
    publication to count back from)."""
    pattern, by_name = _table()
    for match in pattern.finditer(sentence):
        holiday = by_name[match.group("name").lower()]
        year = int(match.group("year")) if match.group("year") else published.year if published is not None else None
        if year is None or not 1901 <= year <= 2099:
            continue  # (the computus holds for 1900-2099; a publication's year counts back one)
        eve = re.search(r"\beve\s+of\s+(?:the\s+)?$", sentence[match.start():match.start("name")], re.IGNORECASE)
        if match.group("year") or published is None:
            day = _day_in(holiday, year)
        else:
            today = published.date()
            day = _day_in(holiday, today.year)
            if day > today:
                day = _day_in(holiday, today.year - 1)
        if eve:
            day -= timedelta(days=1)
        return HolidayDay(day, match.span("name"), holiday.night and not eve)
    return None


def is_holiday_name(name: str) -> bool:
    """Whether a capitalised name is a holiday's ("Orthodox Christmas Eve", "Victory Day"): no place."""
    return name.strip().lower() in _table()[1]
