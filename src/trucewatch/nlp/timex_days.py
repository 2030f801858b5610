"""A day of the month named alone ("in the early hours of the 14th", "at about 04:15 on the 9th"): the latest such
day on or before the publication day, this month or the month before. Read by :func:`trucewatch.nlp.timex._find_date`
after every fuller date form. Also the days a date is moved by when it is another event's the sentence counts from
("two days after Russia's mass strike of 30 October")."""

from __future__ import annotations

import re
from datetime import date, datetime

# "the 14th" after a preposition of time, and followed by no noun ("the 14th brigade", "the 9th wave" are not days)
DAY_OF_MONTH = re.compile(
    r"\b(?:on|of|since|from|until|till|by|before|after)\s+the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:at|when|as|and|in|around|about|shortly|just|before|after|between|from|local|Kyiv|"
    r"Kiev|Moscow|morning|evening|night|afternoon|while|during|until)\b)|"
    # "on the night of the 14th a drone struck ...": a night names a day whatever follows it
    r"\bnight\s+of\s+the\s+(?P<night_day>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:brigade|battalion|regiment|division|"
    r"corps|army|wave|round|day|anniversary|century)\b)", re.IGNORECASE)


def day_of_month(sentence: str, published: datetime | None) -> tuple[date, tuple[int, int]] | None:
    """The date a day of the month named alone stands for, with its span, or None without a publication day (the
    month is then unknown) or a day that fits neither this month nor the one before."""
    if published is None:
        return None
    today = published.date()
    for match in DAY_OF_MONTH.finditer(sentence):
        day = int(match.group("day") or match.group("night_day"))
        year, month = today.year, today.month
        if day > today.day:
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        try:
            return date(year, month, day), match.span()
        except ValueError:
            continue
    return None


# so many days after or before another event a date is given for, the date right after its words ("two days after
# Russia's mass strike on the grid of 30 October", "a day before the talks on 18 March"): the date is the other
# event's
_DAYS_FROM = re.compile(r"\b(?P<amount>\d{1,2}|an?|one|two|three|four|five|six|seven|ten)\s+days?\s+"
                        r"(?P<direction>after|before)\s+[^,.;:()]{2,80}?\b(?:of|on)\s+$", re.IGNORECASE)
_DAY_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}


def days_from_anchor(sentence: str, start: int) -> int:
    """The days to move a date found at ``start`` by, when it is the date of another event the sentence counts the
    event's days from ("two days after … of 30 October": +2); 0 otherwise."""
    found = _DAYS_FROM.search(sentence[max(0, start - 120):start])
    if found is None:
        return 0
    amount = found.group("amount").lower()
    days = int(amount) if amount.isdigit() else _DAY_WORDS[amount]
    return days if found.group("direction").lower() == "after" else -days
