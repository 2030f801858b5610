"""The clock and zone words the time reader builds on (:mod:`trucewatch.nlp.timex`): a clock told in digits or by
a word ("23:40", "7 p.m.", "midnight", "dawn"), the zone named after it ("Moscow time", "GMT"), the year of a date
told without one, and a range of clocks with a date at each end ("between 23:00 on 23 March and 02:00 Moscow time on
24 March")."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trucewatch.nlp.timex_said import MONTH_PLAIN, MONTHS, speech_weekday

KYIV = "Europe/Kyiv"
CENTRAL_EUROPE = "Europe/Paris"  # CET / CEST, the zone of the IAEA's and other Western bodies' clocks
DEFAULT_YEAR = 2025  # the year of the shipped case file, for dates without year or publication
MOSCOW = "Europe/Moscow"

# a clock told in digits ("23:40", "7 p.m.")
CLOCK_TEXT = r"[0-2]?\d(?:[:.][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)?"
# a clock time named by a word ("between nightfall and 7 a.m.", "between dusk on Sunday and dawn on Monday")
CLOCK_WORD = r"midnight|noon|dusk|nightfall|sunset|dawn|daybreak|first light|sunrise"
# a clock told roughly ("about 01:00", "around midnight")
ABOUT = r"(?:(?:about|around|roughly|approximately|some|circa)\s+)?"

# "between 23:00 on 23 March and 02:00 Moscow time on 24 March", "from 11 p.m. on March 23 to 2 a.m. on March 24": a
# clock and a date at each end
_ZONE_TEXT = r"local time|kyiv time|kiev time|moscow time|msk|utc|gmt|cest|cet"
_DATED = (r"(?:(?P<{d}>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?P<{m}>" + MONTH_PLAIN + r"))?|"
          r"(?P<{mb}>" + MONTH_PLAIN + r")\s+(?P<{db}>[0-3]?\d)(?:st|nd|rd|th)?)")
_DATED_END = (rf"{ABOUT}(?P<{{c}}>{CLOCK_TEXT}|{CLOCK_WORD})(?:\s+(?P<{{z}}>{_ZONE_TEXT}))?,?\s+(?:on\s+)?"
              + _DATED)
DATED_CLOCK_RANGE = re.compile(
    r"\b(?:between|from)\s+" + _DATED_END.format(c="c1", z="z1", d="d1", m="m1", mb="mb1", db="db1")
    + r",?\s+(?:and|to|until|till)\s+" + _DATED_END.format(c="c2", z="z2", d="d2", m="m2", mb="mb2", db="db2")
    + r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE)


def local(day: date, clock: time, tz: str) -> datetime:
    """The instant of a local clock on a day in a zone, in UTC."""
    return datetime.combine(day, clock, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def guess_year(month: int, day: int, published: datetime | None) -> int:
    """The year of a day and month told without one: the publication's, or the year before for a date well after it."""
    if published is None:
        return DEFAULT_YEAR  # never the wall clock: results must not depend on when they are computed
    year = published.year
    try:
        candidate = date(year, month, day)
    except ValueError:
        return year
    # a date well after publication is last year's (a January article about "December 30")
    return year - 1 if candidate > published.date() + timedelta(days=2) else year


def zone_of(text: str | None) -> str | None:
    """The zone a zone word names ("Moscow time", "GMT"), None for none or "local time"."""
    lowered = (text or "").strip().lower()
    if lowered in ("moscow time", "msk"):
        return MOSCOW
    if lowered in ("utc", "gmt"):
        return "UTC"
    if lowered in ("kyiv time", "kiev time"):
        return KYIV
    if lowered in ("cest", "cet"):
        return CENTRAL_EUROPE  # (summer or winter time, as the day has it)
    return None


def clock_value(text: str, ampm_default: str | None) -> time | None:
    """The clock a clock text tells ("23:40", "7 p.m."; with ``ampm_default`` for "7" of "between 5 and 7 p.m."), None
    for a bare number."""
    found = re.fullmatch(r"\s*(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?\s*",
                         text, re.IGNORECASE)
    if not found:
        return None
    hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
    ampm = found.group("ampm") or ampm_default
    if ampm:
        if hour > 12 or hour == 0:
            return None
        hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
    elif found.group("minute") is None:
        return None  # a bare number is not a time
    return time(hour, minute) if hour <= 23 else None


# a clock time named by a word; at the end of a range, midnight is the next day's start (see _with_clock_range)
NAMED_CLOCK = {"midnight": time(0), "noon": time(12)}
# a day's edge as a bound, widest the seasons allow: a span from dusk starts at 16:00 and one to dawn ends at 08:00
# (one from dawn starts at 03:00, one to dusk ends at 22:00)
_EDGE_BOUNDS = {"dusk": (time(16), time(22)), "nightfall": (time(16), time(22)), "sunset": (time(16), time(22)),
                "dawn": (time(3), time(8)), "daybreak": (time(3), time(8)), "first light": (time(3), time(8)),
                "sunrise": (time(3), time(8))}


def named_clock(text: str, end: bool) -> time | None:
    """The clock a word tells ("midnight", "dawn"), as a range's start or ``end``."""
    lowered = re.sub(r"\s+", " ", text.strip().lower())
    edge = _EDGE_BOUNDS.get(lowered)
    return edge[1 if end else 0] if edge else NAMED_CLOCK.get(lowered)


def dated_clock_range(sentence: str, published: datetime | None,
                       tz: str) -> tuple[datetime, datetime, str, tuple[int, int]] | None:
    """(start, end, zone, span) of "between 23:00 on 23 March and 02:00 Moscow time on 24 March": each end its own
    day; the zone named at either end is both's."""
    for match in DATED_CLOCK_RANGE.finditer(sentence):
        month_end = MONTHS.get((match.group("m2") or match.group("mb2") or "").lower().rstrip("."))
        month_start = MONTHS.get((match.group("m1") or match.group("mb1") or match.group("m2") or match.group("mb2")
                                  or "").lower().rstrip("."))
        if month_end is None or month_start is None:
            continue
        last_day, first_day = int(match.group("d2") or match.group("db2")), int(match.group("d1") or match.group("db1"))
        year = int(match.group("year")) if match.group("year") else guess_year(month_end, last_day, published)
        ampm = re.search(r"[ap]\.?m\.?", match.group("c2"), re.IGNORECASE)
        first = named_clock(match.group("c1"), False) or clock_value(
            match.group("c1"), ampm.group(0) if ampm and not re.search(r"[ap]\.?m", match.group("c1"), re.I) else None)
        last = named_clock(match.group("c2"), True) or clock_value(match.group("c2"), None)
        try:
            start_day = date(year - (1 if month_start > month_end else 0), month_start, first_day)
            end_day = date(year, month_end, last_day)
        except ValueError:
            continue
        if first is None or last is None or not timedelta(0) <= end_day - start_day <= timedelta(days=7):
            continue
        zone = zone_of(match.group("z2")) or zone_of(match.group("z1")) or tz
        start, end = local(start_day, first, zone), local(end_day, last, zone)
        if end < start:
            continue
        return start, end, zone, match.span()
    return None


def end_of_speech_day(sentence: str, published: datetime | None, tz: str) -> datetime | None:
    """The end of the day of speaking the sentence names by its weekday ("the ministry said on Sunday that ...") when
    that is before the publication's day (the latest such weekday), else the publication: what the statement tells
    is read from then."""
    weekday = speech_weekday(sentence)
    if published is None or weekday is None:
        return published
    today = published.astimezone(ZoneInfo(tz)).date()
    day = previous_weekday(today, weekday)
    return published if day >= today else local(day, time(23, 59), tz)


def previous_weekday(reference: date, weekday: int) -> date:
    """The most recent ``weekday`` on or before ``reference`` (news speaks of the past)."""
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)
