"""The part of the day told beside a day ("in mid-afternoon on Easter Sunday", "late on the evening of 14 March",
"on the morning of 9 May", "on Sunday mid-afternoon"): a whole day read from the day's words is narrowed to the
hours of that part. Read by :func:`trucewatch.nlp.timex.resolve_time` after the day is read."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

# local hours (start, end) of each part of the day (every reader of :mod:`trucewatch.nlp.timex` uses them), with its
# early / mid / late thirds
PART_HOURS = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 24)}
_THIRDS = {"early": (0.0, 0.5), "mid": (0.25, 0.75), "late": (0.5, 1.0)}
_PART = r"(?:(?P<third>early|mid|late)[- ]?)?(?P<part>morning|afternoon|evening)"
# before the day: "in mid-afternoon on", "late on the evening of", "on the morning of", "in the afternoon on Easter"
_BEFORE = re.compile(rf"\b(?:(?:in|during)\s+(?:the\s+)?|(?P<late_on>late|early)\s+on\s+the\s+|on\s+the\s+)?{_PART}"
                     r"\s+(?:(?:of|on)\s+(?:the\s+)?)?(?:(?:Easter|Orthodox|Christmas|Victory)\s+)?$", re.IGNORECASE)
# after the day: "on Sunday mid-afternoon", "on 9 May in the late evening"
_AFTER = re.compile(rf"^,?\s+(?:(?:in|during)\s+the\s+)?{_PART}\b", re.IGNORECASE)


def part_of_day(sentence: str, span: tuple[int, int], start: datetime, end: datetime, tz: str
                ) -> tuple[datetime, datetime] | None:
    """The interval ``start``-``end`` (one whole local day, read from the words at ``span``) narrowed to the part of
    the day told right before or after those words; None when none is told or the interval is no whole day."""
    zone = ZoneInfo(tz)
    local_start = start.astimezone(zone)
    if local_start.hour != 0 or end.astimezone(zone) != (local_start + timedelta(days=1)).replace(
            hour=0, minute=0).astimezone(zone):
        return None
    found = _BEFORE.search(sentence, 0, span[0]) or _AFTER.match(sentence[span[1]:])
    if found is None:
        return None
    first, last = PART_HOURS[found.group("part").lower()]
    third = (found.group("third") or (found.groupdict().get("late_on") or "")).lower()
    low, high = _THIRDS.get(third, (0.0, 1.0))
    length = last - first
    opening = local_start.replace(tzinfo=None) + timedelta(hours=first + low * length)
    closing = local_start.replace(tzinfo=None) + timedelta(hours=first + high * length)
    return (opening.replace(tzinfo=zone).astimezone(UTC), closing.replace(tzinfo=zone).astimezone(UTC))
