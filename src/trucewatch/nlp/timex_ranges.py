"""Spans of hours told by their edges: "between 6 p.m. on Saturday and midnight on Sunday", "from Friday evening
until Sunday" (the last such days before the publication) and "in the four hours to midnight" (the hours before the
last such clock time). Read by :func:`trucewatch.nlp.timex.resolve_time`."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from trucewatch.nlp.timex_clocks import CLOCK_TEXT as _CLOCK_TEXT
from trucewatch.nlp.timex_clocks import CLOCK_WORD as _CLOCK_WORD
from trucewatch.nlp.timex_clocks import clock_value as _clock_value
from trucewatch.nlp.timex_clocks import local as _local
from trucewatch.nlp.timex_clocks import named_clock as _named_clock
from trucewatch.nlp.timex_clocks import previous_weekday
from trucewatch.nlp.timex_parts import PART_HOURS
from trucewatch.nlp.timex_said import WEEKDAYS

# "between 6 p.m. on Saturday and midnight on Sunday", "from Friday evening until Sunday": a span of named days
_PLAIN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
WEEKDAY_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?:(?P<c1>{_CLOCK_TEXT}|{_CLOCK_WORD})\s+)?(?:on\s+)?(?P<w1>{_PLAIN_WEEKDAY})"
    rf"(?:\s+(?P<p1>morning|afternoon|evening|night))?\s+(?:and|to|until|till|through|into)\s+"
    rf"(?:(?P<c2>{_CLOCK_TEXT}|{_CLOCK_WORD})\s+)?(?:on\s+)?(?P<w2>{_PLAIN_WEEKDAY})\b",
    re.IGNORECASE)
# "in the four hours to midnight", "during the six hours before 6 a.m.": the hours up to a clock time
HOURS_TO = re.compile(rf"\b(?:in|during|over|within)\s+the\s+(?P<amount>\d{{1,2}}|two|three|four|five|six|seven|eight|"
                      rf"nine|ten|eleven|twelve)\s+hours\s+(?:to|until|till|before|up to)\s+"
                      rf"(?P<clock>{_CLOCK_TEXT}|midnight|noon)", re.IGNORECASE)
_HOUR_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                "eleven": 11, "twelve": 12}


def _bound(text: str | None, part: str | None, end: bool) -> time | None:
    """The clock time a bound of a weekday range names ("6 p.m.", "midnight", "evening"); None for the day's edge."""
    if text:
        named = _named_clock(text, end)
        if named is not None:
            return None if end and named == time(0) else named  # midnight at the end: the day's edge
        return _clock_value(text, None)
    hours = {**PART_HOURS, "night": (18, 24)}.get(
        (part or "").lower())
    if hours is None or (end and hours[1] == 24):
        return None
    return time(hours[1] if end else hours[0])


def weekday_range(sentence: str, published: datetime | None,
                   tz: str) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "between 6 p.m. on Saturday and midnight on Sunday": the last such days before
    publication."""
    match = WEEKDAY_RANGE.search(sentence)
    if match is None or published is None:
        return None
    last = previous_weekday(published.astimezone(ZoneInfo(tz)).date(), WEEKDAYS[match.group("w2").lower()])
    first = previous_weekday(last, WEEKDAYS[match.group("w1").lower()])
    opening = _bound(match.group("c1"), match.group("p1"), end=False) or time(0)
    closing = _bound(match.group("c2"), None, end=True)
    end = _local(last, closing, tz) if closing else _local(last + timedelta(days=1), time(0), tz)
    return _local(first, opening, tz), end, match.span()


def hours_to(sentence: str, published: datetime | None, tz: str) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "in the four hours to midnight": the hours before the last such clock time up to the
    publication."""
    match = HOURS_TO.search(sentence)
    if match is None or published is None:
        return None
    amount_text = match.group("amount").lower()
    amount = int(amount_text) if amount_text.isdigit() else _HOUR_COUNTS.get(amount_text)
    clock = _named_clock(match.group("clock"), True) or _clock_value(match.group("clock"), None)
    if amount is None or clock is None:
        return None
    local_pub = published.astimezone(ZoneInfo(tz))
    day = local_pub.date() if local_pub.time() >= clock else local_pub.date() - timedelta(days=1)
    end = _local(day, clock, tz)
    return end - timedelta(hours=amount), end, match.span()
