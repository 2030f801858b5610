"""Time expressions -> an interval with its time zone, resolved against the publication time.

Handles absolute dates (``10 January 2024``, ``March 18``, ``2025-03-18``), days relative to publication
(``yesterday``, ``overnight``, ``last night``, ``on Tuesday night``, ``in the early hours of Sunday``), clock
times (``at 21:30 local time``, ``at 3 a.m. Moscow time``) and offsets from a named anchor (``an hour
after the call``). Local times become UTC through ``zoneinfo``, so a window that crosses Kyiv's
2025-03-30 clock change gets the right offset at each end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

KYIV = "Europe/Kyiv"
DEFAULT_YEAR = 2025  # the year of the shipped case file, for dates without year or publication
MOSCOW = "Europe/Moscow"

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {name: number for number, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
                       re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
                       re.IGNORECASE)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
CLOCK = re.compile(
    r"\b(?:at|around|about|shortly after|shortly before|before|after)?\s*"
    r"(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?"
    r"(?P<zone>\s+(?:local time|kyiv time|kiev time|moscow time|msk|utc|gmt))?",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    r"\b(?P<phrase>overnight(?:\s+(?:into|on|to)\s+(?:" + _WEEKDAY.replace("?P<weekday>", "?:") + r"))?|"
    r"last night|yesterday(?:\s+(?:morning|afternoon|evening))?|this morning|earlier today|today|tonight|"
    r"(?:on\s+)?" + _WEEKDAY + r"(?:\s+(?P<part>night|morning|afternoon|evening))?|"
    r"in the early hours(?: of " + _WEEKDAY.replace("?P<weekday>", "?P<early_weekday>") + r")?|"
    r"during the night|at night|this evening|late on " + _WEEKDAY.replace("?P<weekday>", "?P<late_weekday>") +
    r")\b",
    re.IGNORECASE,
)
ANCHOR = re.compile(
    r"\b(?P<amount>an?|one|two|three|four|five|six|\d+|several|a few)?\s*"
    r"(?P<unit>minutes?|hours?|days?)\s+(?P<direction>after|before)\s+(?:the\s+)?(?P<anchor>[a-z][\w\- ]{1,40}?)"
    r"(?=[,.;]|\s+(?:on|in|at|and|when|that|was|had)\b|$)",
    re.IGNORECASE,
)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "several": 3, "a few": 3}


@dataclass(frozen=True)
class Resolved:
    start: datetime  # UTC
    end: datetime  # UTC
    tz: str
    span: tuple[int, int] | None  # character span in the sentence
    how: str  # absolute | relative | clock | anchor | publication


def _local(day: date, clock: time, tz: str) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def _day_interval(day: date, tz: str, start_hour: int = 0, end_hour: int = 24) -> tuple[datetime, datetime]:
    start = _local(day, time(start_hour), tz)
    end = _local(day + timedelta(days=1), time(0), tz) if end_hour >= 24 else _local(day, time(end_hour), tz)
    return start, end


def _guess_year(month: int, day: int, published: datetime | None) -> int:
    if published is None:
        return DEFAULT_YEAR  # never the wall clock: results must not depend on when they are computed
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    # a date well after publication is last year's (a January article about "December 30")
    return year - 1 if candidate > published.date() + timedelta(days=2) else year


def _find_date(sentence: str, published: datetime | None) -> tuple[date, tuple[int, int]] | None:
    for pattern in (ISO_DATE, DAY_MONTH, MONTH_DAY):
        for match in pattern.finditer(sentence):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
            if month is None:
                continue
            day = int(match.group("day"))
            # "May 5" is a date, but "may 5 drones" is not: require a capital M for the bare word "may"
            if month_text.lower() == "may" and month_text[0] != "M":
                continue
            year = int(match.group("year")) if match.group("year") else _guess_year(month, day, published)
            try:
                return date(year, month, day), match.span()
            except ValueError:
                continue
    return None


def _find_clock(sentence: str) -> tuple[time, str | None, tuple[int, int]] | None:
    for match in CLOCK.finditer(sentence):
        minute, ampm, zone = match.group("minute"), match.group("ampm"), match.group("zone")
        if minute is None and ampm is None:
            continue  # a bare number is not a time
        hour = int(match.group("hour"))
        if ampm:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        if hour > 23:
            continue
        zone_name = None
        if zone:
            lowered = zone.strip().lower()
            zone_name = MOSCOW if lowered in ("moscow time", "msk") else "UTC" if lowered in ("utc", "gmt") else None
            if lowered in ("kyiv time", "kiev time"):
                zone_name = KYIV
        start = match.start("hour")
        return time(hour, int(minute or 0)), zone_name, (start, match.end())
    return None


def _previous_weekday(reference: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``reference`` (news speaks of the past)."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _relative(match: re.Match[str], published: datetime, tz: str) -> tuple[datetime, datetime]:
    phrase = match.group("phrase").lower()
    local_now = published.astimezone(ZoneInfo(tz))
    today = local_now.date()
    weekday = match.group("weekday") or match.group("early_weekday") or match.group("late_weekday")
    if phrase.startswith("overnight into") or phrase.startswith("overnight on") or phrase.startswith("overnight to"):
        day = _previous_weekday(today, WEEKDAYS[phrase.split()[-1]])
        return _local(day - timedelta(days=1), time(18), tz), _local(day, time(8), tz)
    if phrase.startswith(("overnight", "last night", "during the night", "at night")):
        # the night before publication; if published late in the evening, it may be tonight's
        start = _local(today - timedelta(days=1), time(18), tz)
        return start, min(_local(today, time(8), tz), published) if local_now.hour >= 1 else published
    if phrase.startswith("in the early hours"):
        day = _previous_weekday(today, WEEKDAYS[weekday.lower()]) if weekday else today
        return _local(day, time(0), tz), _local(day, time(7), tz)
    if phrase.startswith("yesterday"):
        part = phrase.split()[-1]
        hours = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 24)}.get(part, (0, 24))
        return _day_interval(today - timedelta(days=1), tz, *hours)
    if phrase in ("this morning",):
        return _local(today, time(5), tz), _local(today, time(12), tz)
    if phrase in ("earlier today", "today"):
        return _local(today, time(0), tz), published
    if phrase in ("tonight", "this evening"):
        return _local(today, time(17), tz), _local(today + timedelta(days=1), time(6), tz)
    if weekday:
        day = _previous_weekday(today, WEEKDAYS[weekday.lower()])
        if phrase.startswith("late on"):
            return _local(day, time(18), tz), _local(day + timedelta(days=1), time(0), tz)
        part = (match.group("part") or "").lower()
        if part == "night":
            return _local(day, time(18), tz), _local(day + timedelta(days=1), time(7), tz)
        hours = {"morning": (5, 12), "afternoon": (12, 18), "evening": (17, 24)}.get(part, (0, 24))
        return _day_interval(day, tz, *hours)
    return _day_interval(today, tz)


def _anchor(match: re.Match[str], anchors: dict[str, datetime]) -> tuple[datetime, datetime] | None:
    wanted = match.group("anchor").strip().lower()
    found = None
    for name, instant in anchors.items():
        key = name.strip().lower()
        if key == wanted or wanted.endswith(key) or key.endswith(wanted):
            found = instant
            break
    if found is None:
        return None
    amount_text = (match.group("amount") or "").lower()
    unit = match.group("unit").lower().rstrip("s")
    step = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}[unit]
    sign = 1 if match.group("direction").lower() == "after" else -1
    if amount_text in ("", "several", "a few") or (amount_text not in _NUMBERS and not amount_text.isdigit()):
        # "hours after the call": some time within a day of it
        bound = found + sign * step * 24 if unit == "hour" else found + sign * step * 7
        start, end = sorted((found, bound))
        return start.astimezone(UTC), end.astimezone(UTC)
    amount = int(amount_text) if amount_text.isdigit() else _NUMBERS[amount_text]
    centre = found + sign * step * amount
    slack = step / 2  # "an hour after" is rounded speech
    return (centre - slack).astimezone(UTC), (centre + slack).astimezone(UTC)


def resolve_time(
    sentence: str,
    published: datetime | None,
    *,
    tz: str = KYIV,
    anchors: dict[str, datetime] | None = None,
    context_date: date | None = None,
) -> Resolved | None:
    """The interval a sentence's event happened in, or None if nothing says and no publication time."""
    clock = _find_clock(sentence)
    zone = clock[1] if clock and clock[1] else tz
    if clock and clock[1] == "UTC":
        zone = "UTC"
    found_date = _find_date(sentence, published)
    if anchors:
        for match in ANCHOR.finditer(sentence):
            window = _anchor(match, anchors)
            if window is not None:
                return Resolved(window[0], window[1], zone, match.span(), "anchor")
    day: date | None = None
    span: tuple[int, int] | None = None
    how = "absolute"
    interval: tuple[datetime, datetime] | None = None
    if found_date is not None:
        day, span = found_date
        interval = _day_interval(day, zone)
        relative = RELATIVE.search(sentence)
        if (relative and (relative.group("part") or "").lower() == "night") or (
            relative and relative.group("phrase").lower().startswith(("overnight", "in the early hours"))
        ):
            # "overnight into 19 March": the night that ends on that date
            if relative.group("phrase").lower().startswith("overnight"):
                interval = (_local(day - timedelta(days=1), time(18), zone), _local(day, time(8), zone))
            elif relative.group("phrase").lower().startswith("in the early hours"):
                interval = (_local(day, time(0), zone), _local(day, time(7), zone))
    elif published is not None:
        relative = RELATIVE.search(sentence)
        if relative:
            interval = _relative(relative, published, zone)
            span, how = relative.span(), "relative"
            day = interval[0].astimezone(ZoneInfo(zone)).date()
    if day is None and context_date is not None:
        day, how = context_date, "context"
        interval = _day_interval(day, zone)
    if clock is not None:
        if day is None and published is not None:
            local_pub = published.astimezone(ZoneInfo(zone))
            day = local_pub.date() if local_pub.time() >= clock[0] else local_pub.date() - timedelta(days=1)
        if day is not None:
            instant = _local(day, clock[0], zone)
            if interval is not None and interval[1] - interval[0] < timedelta(hours=20) and not (
                interval[0] <= instant <= interval[1]
            ):
                instant = _local(day + timedelta(days=1), clock[0], zone)  # "overnight ... at 02:10"
            start = span[0] if span else clock[2][0]
            end = max(span[1] if span else 0, clock[2][1])
            return Resolved(instant, instant, zone, (min(start, clock[2][0]), end), "clock")
    if interval is not None:
        return Resolved(interval[0], interval[1], zone, span, how)
    if published is not None:
        # nothing said: the report is about the day before its publication, at most
        return Resolved(published.astimezone(UTC) - timedelta(hours=24),
                        published.astimezone(UTC), zone, None, "publication")
    return None
