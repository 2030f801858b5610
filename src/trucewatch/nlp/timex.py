"""Time expressions -> an interval with its time zone, resolved against the publication time.

Handles absolute dates (``10 January 2024``, ``March 18``, ``2025-03-18``), days relative to publication
(``yesterday``, ``overnight``, ``last night``, ``on Tuesday night``, ``in the early hours of Sunday``), clock
times (``at 21:30 local time``, ``at 3 a.m. Moscow time``) and offsets from a named anchor (``an hour
after the call``). Local times become UTC through ``zoneinfo``, so a window that crosses Kyiv's
2025-03-30 clock change gets the right offset at each end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from trucewatch.nlp.timex_clocks import ABOUT as _ABOUT
from trucewatch.nlp.timex_clocks import CLOCK_TEXT as _CLOCK_TEXT
from trucewatch.nlp.timex_clocks import CLOCK_WORD as _CLOCK_WORD
from trucewatch.nlp.timex_clocks import KYIV as KYIV
from trucewatch.nlp.timex_clocks import MOSCOW as MOSCOW
from trucewatch.nlp.timex_clocks import NAMED_CLOCK as _NAMED_CLOCK
from trucewatch.nlp.timex_clocks import clock_value as _clock_value
from trucewatch.nlp.timex_clocks import dated_clock_range as _dated_clock_range
from trucewatch.nlp.timex_clocks import end_of_speech_day, previous_weekday
from trucewatch.nlp.timex_clocks import guess_year as _guess_year
from trucewatch.nlp.timex_clocks import local as _local
from trucewatch.nlp.timex_clocks import named_clock as _named_clock
from trucewatch.nlp.timex_clocks import zone_of as _zone_of
from trucewatch.nlp.timex_days import day_of_month, days_from_anchor
from trucewatch.nlp.timex_holidays import holiday_day, is_holiday_name
from trucewatch.nlp.timex_near import FROM_CLOCK as _FROM_CLOCK
from trucewatch.nlp.timex_near import LATER as _LATER
from trucewatch.nlp.timex_near import LATER_AMOUNTS as _LATER_AMOUNTS
from trucewatch.nlp.timex_near import NEAR_BEFORE as _NEAR_BEFORE
from trucewatch.nlp.timex_near import UP_TO_CLOCK as _UP_TO_CLOCK
from trucewatch.nlp.timex_near import VAGUE_CLOCK as _VAGUE_CLOCK
from trucewatch.nlp.timex_offset import OFFSET_FROM_CLOCK, offset_from_clock
from trucewatch.nlp.timex_parts import PART_HOURS, part_of_day
from trucewatch.nlp.timex_ranges import hours_to as _hours_to
from trucewatch.nlp.timex_ranges import weekday_range as _weekday_range
from trucewatch.nlp.timex_said import MONTH_NAMES, MONTHS, WEEKDAYS, other_days, same_day
from trucewatch.nlp.timex_said import MONTH_PLAIN as _MONTH_PLAIN
from trucewatch.nlp.timex_words import digit_clocks, hours_on

_MONTH = r"(?P<month>" + MONTH_NAMES + r")\.?"
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"

DAY_MONTH = re.compile(rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
                       re.IGNORECASE)
MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
                       re.IGNORECASE)
ISO_DATE = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")
# 26/03/2025 and 26.03.2025: day first, as in Ukrainian, Russian and British usage
# 10.10.25: a year of two digits; 03/22/2025: month first where the second number cannot be a month
NUMERIC_DATE = re.compile(r"(?<![\d./])(?P<day>[0-3]?\d)(?P<mark>[./])(?P<month>[0-3]?\d)(?P=mark)"
                          r"(?P<year>(?:19|20)\d\d|[1-3]\d)(?![\d.]\d|/)")
# "at 07:05 on 14/11", "the night of 14/11": day and month without the year, after "on", "of" or "the"
SLASH_DATE = re.compile(r"\b(?:on|of|the)\s+(?P<day>[0-3]?\d)/(?P<month>[01]?\d)(?P<year>)(?![\d/]|\.\d)")
# "from 26 to 27 March", "between 26 and 27 March 2025", "26-27 March", "overnight from 26 to 27 March",
# "on the night of 26 to 27 March"
DATE_RANGE = re.compile(
    rf"\b(?P<night>overnight\s+(?:on\s+)?|(?:on\s+)?the\s+night\s+of\s+|(?:during\s+)?the\s+night\s+)?"
    rf"(?:(?:between|from)\s+)?(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?P<m1>{_MONTH_PLAIN}))?\s*"
    rf"(?:-|–|/|\bto\b|\band\b|\buntil\b|\binto\b)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_PLAIN})"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE)
# the month first ("overnight on July 9 to 10", "from March 26 to 27, 2025"), the second day ending the phrase
DATE_RANGE_MONTH_FIRST = re.compile(
    rf"\b(?P<night>overnight\s+(?:on\s+)?|(?:on\s+)?the\s+night\s+of\s+|(?:during\s+)?the\s+night\s+)?"
    rf"(?:(?:between|from)\s+)?(?P<m2>{_MONTH_PLAIN})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s*"
    rf"(?:-|–|\bto\b|\band\b|\buntil\b|\binto\b)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?(?=\s*(?:[,.;:)]|$)|\s+(?:at|when|as|and|in|the|local|Kyiv|Moscow)\b)",
    re.IGNORECASE)
NIGHT_OF = re.compile(rf"\b(?:on\s+)?the\s+night\s+of\s+(?:the\s+)?"
                      rf"(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_PLAIN}|"
                      rf"{_MONTH_PLAIN}\s+[0-3]?\d|[0-3]?\d(?:st|nd|rd|th)\b)", re.IGNORECASE)
# "between 5 p.m. and 7 p.m.", "from 22:00 to 02:00", "23:40-01:15", "between midnight and 3 a.m.", "from about
# 01:00 until around 03:00"
CLOCK_RANGE = re.compile(
    rf"(?:\b(?:between|from)\s+{_ABOUT}(?P<a>{_CLOCK_TEXT}|{_CLOCK_WORD})\s*(?:and|to|until|till|-|–)\s*"
    rf"{_ABOUT}(?P<b>{_CLOCK_TEXT}|{_CLOCK_WORD})|"
    rf"(?<![\d:.])(?P<a2>[0-2]?\d[:.][0-5]\d)\s*(?:-|–)\s*(?P<b2>[0-2]?\d[:.][0-5]\d)(?![\d:.]))"
    rf"(?P<zone>\s+(?:local time|kyiv time|kiev time|moscow time|msk|utc|gmt|cest|cet))?",
    re.IGNORECASE)
# a weekday's name
_PLAIN_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# "over the past week", "in the past 24 hours", "during the past three days": up to the publication
PAST_SPAN = re.compile(r"\b(?:over|in|during|within|throughout)\s+the\s+(?:past|last|previous)\s+"
                       r"(?:(?P<amount>\d+|an?|one|two|three|four|five|six|seven|several|a few)\s+)?"
                       r"(?P<unit>hours?|days?|weeks?|month)\b", re.IGNORECASE)
CLOCK = re.compile(
    r"\b(?:at|around|about|shortly after|shortly before|before|after)?\s*"
    # (the space before "a.m." is taken only with it, so that "23:15 GMT" keeps its zone)
    r"(?P<hour>[0-2]?\d)(?:[:.](?P<minute>[0-5]\d))?(?:\s*(?P<ampm>a\.?m\.?|p\.?m\.?))?"
    r"(?P<zone>\s+(?:local time|kyiv time|kiev time|moscow time|msk|utc|gmt|cest|cet))?",
    re.IGNORECASE,
)
RELATIVE = re.compile(
    # "from late Tuesday into Wednesday": the evening of one day and the night into the next
    r"\b(?P<phrase>(?:from\s+)?late\s+(?:on\s+)?" + _WEEKDAY.replace("?P<weekday>", "?:") +
    r"\s+(?:into|to|until|through)\s+(?:early\s+)?(?:on\s+)?" +
    _WEEKDAY.replace("?P<weekday>", "?P<into_weekday>") + r"|"
    r"overnight(?:\s+(?:into|on|to)\s+(?:" + _WEEKDAY.replace("?P<weekday>", "?:") + r"))?|"
    # "in the night to Saturday", "during the Sunday-to-Monday night": the night that ends on the day named
    r"(?:(?:in|on|during)\s+)?the\s+night\s+(?:to|into|before)\s+" +
    _WEEKDAY.replace("?P<weekday>", "?P<night_to>") + r"|"
    r"(?:(?:in|on|during)\s+)?the\s+" + _WEEKDAY.replace("?P<weekday>", "?:") + r"[- ]to[- ]" +
    _WEEKDAY.replace("?P<weekday>", "?P<night_into>") + r"\s+night|"
    # "the previous evening", "the day before yesterday", "two nights ago": counted back from the publication
    r"the\s+day\s+before\s+yesterday|the\s+previous\s+(?P<previous>day|morning|afternoon|evening|night)|"
    # "the night before last": the night that ended the morning before the publication's day
    r"the\s+(?P<before_last>night|evening)\s+before\s+last|"
    # "had shelled the district the night before": the night before the day it was told, as "the previous night"
    r"the\s+(?P<before_part>night|evening|day)\s+before(?![\s\-]+(?:yesterday|last|the|a|an|this|that|his|her|its|"
    r"their|\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)|"
    # ("said on Monday that drones had brought down a line two days earlier": counted back from the publication too)
    r"(?P<ago>two|three|four|five|six|\d)\s+(?P<ago_unit>days|nights)\s+(?:ago|earlier|before(?![\s\-]+\w))|"
    # "just after daybreak", "at dawn on Monday", "at dusk": the hours around the day's edge
    # ("at dawn yesterday", "yesterday at dusk": the edge of the day before the publication)
    r"(?:(?P<yesterday_edge>yesterday),?\s+)?"
    r"(?:(?:at|around|just\s+after|shortly\s+after|soon\s+after|after|just\s+before|before)\s+)"
    r"(?P<edge>dawn|daybreak|first light|sunrise|dusk|nightfall|sunset)(?:\s+on\s+" +
    _WEEKDAY.replace("?P<weekday>", "?P<edge_weekday>") + r"|\s+(?P<edge_yesterday>yesterday))?|"
    r"last night|yesterday(?:\s+(?:morning|afternoon|evening))?|this morning|earlier today|today|tonight|"
    r"(?:on\s+)?" + _WEEKDAY + r"(?:\s+(?P<part>night|morning|afternoon|evening))?|"
    r"in the (?:early|small|pre-?dawn) hours(?: of " + _WEEKDAY.replace("?P<weekday>", "?P<early_weekday>") + r")?|"
    r"before dawn|"
    r"during the night|at night|this evening|early (?:on )?" + _WEEKDAY.replace("?P<weekday>", "?P<early_on_weekday>") +
    r"|late (?:on )?" + _WEEKDAY.replace("?P<weekday>", "?P<late_weekday>") +
    r")\b",
    re.IGNORECASE,
)
# the hours after midnight, of the day named or of the day published
_EARLY_HOURS = ("in the early hours", "in the small hours", "in the predawn hours", "in the pre-dawn hours",
                "before dawn")
ANCHOR = re.compile(
    r"\b(?P<within>within\s+)?(?P<amount>an?|one|two|three|four|five|six|\d+|several|a few)?\s*"
    r"(?P<unit>minutes?|hours?|days?)\s+(?P<direction>after|before|of)\s+"
    r"(?:the\s+)?(?P<anchor>[a-z][\w\- ]{1,40}?)"
    r"(?=[,.;]|\s+(?:on|in|at|and|when|that|was|had|took|came|went|began|started|ended|expired)\b|$)",
    re.IGNORECASE,
)
# "just before the truce took effect", "minutes after the ceasefire began": within the hour before or after an anchor
# named with what it did
JUST_ANCHOR = re.compile(r"\b(?:just|shortly|minutes|moments|right|immediately)\s+(?P<side>before|after)\s+(?:the\s+)?"
                         r"(?P<anchor>[a-z][\w\- ]{1,40}?)\s+(?:took\s+effect|takes\s+effect|had\s+taken\s+effect|"
                         r"began|had\s+begun|started|came\s+into\s+force|kicked\s+in|ended|expired|ran\s+out)\b",
                         re.IGNORECASE)
# "on the eve of the talks": the day before a named anchor's day
EVE_OF = re.compile(r"\bon\s+the\s+eve\s+of\s+(?:the\s+)?(?P<anchor>[a-z][\w\- ]{1,40}?)"
                    r"(?=[,.;]|\s+(?:on|in|at|and|when|,)\b|$)", re.IGNORECASE)
# "over the weekend", "at the weekend", "last weekend": the last Saturday and Sunday up to the publication
WEEKEND = re.compile(r"\b(?:(?:over|at|during|on)\s+the\s+weekend|(?:this|last|over\s+the\s+past)\s+weekend)\b",
                     re.IGNORECASE)
# "last week", "earlier last week", "the previous week": the calendar week (Monday to Sunday) before the publication's
LAST_WEEK = re.compile(r"\b(?:last|the\s+previous|the\s+preceding)\s+week\b(?!\s*['’]s?\b)(?!end)", re.IGNORECASE)
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "several": 3, "a few": 3}


@dataclass(frozen=True)
class Resolved:
    start: datetime  # UTC
    end: datetime  # UTC
    tz: str
    span: tuple[int, int] | None  # character span in the sentence
    how: str  # absolute | relative | clock | anchor | publication | since …


def _day_interval(day: date, tz: str, start_hour: int = 0, end_hour: int = 24) -> tuple[datetime, datetime]:
    start = _local(day, time(start_hour), tz)
    end = _local(day + timedelta(days=1), time(0), tz) if end_hour >= 24 else _local(day, time(end_hour), tz)
    return start, end





# the date of another event the time is counted from ("some nine hours after the phone call ended on 18 March"),
# in a sentence that names the event's own weekday: the anchor's date, not the event's
_ANCHOR_DATE_BEFORE = re.compile(r"\b(?:after|before|since)\s+(?:the\s+)?[^,.;]{2,60}?\b(?:ended|began|started|"
                                 r"finished|was\s+held|took\s+place|concluded)\s+(?:on\s+)?$", re.IGNORECASE)
_A_WEEKDAY = re.compile(rf"\b{_PLAIN_WEEKDAY}\b", re.IGNORECASE)


def _find_date(sentence: str, published: datetime | None) -> tuple[date, tuple[int, int]] | None:
    # a text that writes one date month first (03/22/2025) writes its others so too
    month_first = any(int(each.group("month")) > 12 >= int(each.group("day"))
                      for each in NUMERIC_DATE.finditer(sentence) if each.group("mark") == "/")
    for pattern in (ISO_DATE, NUMERIC_DATE, SLASH_DATE, DAY_MONTH, MONTH_DAY):
        for match in pattern.finditer(sentence):
            month_text = match.group("month")
            month = int(month_text) if month_text.isdigit() else MONTHS.get(month_text.lower().rstrip("."))
            if month is None:
                continue
            day = int(match.group("day"))
            if pattern is NUMERIC_DATE and match.group("mark") == "/" and day <= 12 and (month > 12 or month_first):
                day, month = month, day  # 03/22/2025
            if month > 12:
                continue
            # "May 5" is a date, but "may 5 drones" is not: require a capital M for the bare word "may"
            if month_text.lower() == "may" and month_text[0] != "M":
                continue
            if _ANCHOR_DATE_BEFORE.search(sentence, 0, match.start()) and _A_WEEKDAY.search(sentence):
                continue
            year = int(match.group("year")) if match.group("year") else _guess_year(month, day, published)
            year += 2000 if year < 100 else 0
            try:
                return date(year, month, day) + timedelta(days=days_from_anchor(sentence, match.start())), match.span()
            except ValueError:
                continue
    holiday = holiday_day(sentence, published)
    return (holiday.day, holiday.span) if holiday is not None else day_of_month(sentence, published)


# a clock time a correction sets aside ("not at 02:10 as he had first written", "an earlier version gave 13:00")
_SUPERSEDED_BEFORE = re.compile(r"(?:\bnot\s+(?:at\s+|around\s+|about\s+)?|\b(?:earlier version|first reported|"
                                r"initially|originally|previously|mistakenly)\b[^;:]{0,60}?)$", re.IGNORECASE)
_SUPERSEDED_AFTER = re.compile(r"^[^;:]{0,30}?\bas\s+(?:\w+\s+){0,2}?(?:had\s+)?(?:first|initially|originally|earlier|"
                               r"previously|mistakenly)\s+(?:reported|written|said|stated|given|posted)", re.IGNORECASE)


# noon or midnight as the time of day something happened ("around noon", "shortly after midnight"); never a
# word alone ("the midnight deadline"), nor when a truce began or ended ("after the truce ended at midnight")
_NAMED_CLOCK_AT = re.compile(r"\b(?P<how>at|around|about|(?:shortly|just|soon|minutes|moments) (?:after|before)|after|"
                             r"before)\s+"
                             r"(?:(?:about|around)\s+)?(?P<clock>noon|midnight)\b(?!\s+(?:deadline|truce|ceasefire))",
                             re.IGNORECASE)
_TRUCE_EDGE_BEFORE = re.compile(r"\b(?:truce|ceasefire|cease-fire|moratorium|pause|deadline|curfew)\s+(?:\w+\s+){0,2}?"
                                r"(?:ended|ends|expired|expires|began|begins|started|starts|took effect|takes effect|"
                                r"came into force|comes into force|ran out|runs out)\s+$", re.IGNORECASE)


def _named_clocks(sentence: str) -> Iterator[tuple[time, str | None, tuple[int, int]]]:
    """Noon and midnight told as when something happened; midnight "before" it is the end of the day named."""
    for match in _NAMED_CLOCK_AT.finditer(sentence):
        if _TRUCE_EDGE_BEFORE.search(sentence, 0, match.start()):
            continue
        clock = _NAMED_CLOCK[match.group("clock").lower()]
        if clock == time(0) and match.group("how").lower().endswith("before"):
            clock = time(23, 59)  # "shortly before midnight on Sunday": late on Sunday
        yield clock, None, match.span("clock")


def _find_clock(sentence: str) -> tuple[time, str | None, tuple[int, int]] | None:
    """The sentence's first clock time, passing over those a correction sets aside when another is given."""
    found = sorted([*_clocks(sentence), *_named_clocks(sentence)], key=lambda each: each[2][0])
    kept = [each for each in found if not _SUPERSEDED_BEFORE.search(sentence[max(0, each[2][0] - 80):each[2][0]])
            and not _SUPERSEDED_AFTER.match(sentence[each[2][1]:])]
    return (kept or found)[0] if found else None


# a clip's running time in brackets after a title, one digit before the colon: a bracket opening right before, "-" or a
# bracket right after
_VIDEO_TIME = re.compile(r"\((?:\d{1,2}:\d{2}\s*[-–]\s*)?$")
_VIDEO_TIME_END = re.compile(r"\s*[-–)]")


def _clocks(sentence: str) -> Iterator[tuple[time, str | None, tuple[int, int]]]:
    for match in CLOCK.finditer(sentence):
        minute, ampm, zone = match.group("minute"), match.group("ampm"), match.group("zone")
        if re.match(r"[./]\d", sentence[match.end("minute"):] if minute else "") or re.search(
                r"\d[./]$", sentence[:match.start("hour")]):
            continue  # part of a date such as 08.05.2025
        if minute is None and ampm is None:
            continue  # a bare number is not a time
        if len(match.group("hour")) == 1 and _VIDEO_TIME.search(sentence, 0, match.start("hour")) and (
                _VIDEO_TIME_END.match(sentence, match.end())):
            continue  # a video's minute and second in brackets ("Aftermath (0:31)"; a clock has two digits, "(04:30)")
        hour = int(match.group("hour"))
        if ampm:
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if ampm.lower().startswith("p") else 0)
        if hour > 23:
            continue
        zone_name = _zone_of(zone) if zone else None
        start = match.start("hour")
        yield time(hour, int(minute or 0)), zone_name, (start, match.end())


def _relative(match: re.Match[str], published: datetime, tz: str) -> tuple[datetime, datetime]:
    phrase = match.group("phrase").lower()
    local_now = published.astimezone(ZoneInfo(tz))
    today = local_now.date()
    weekday = match.group("weekday") or match.group("early_weekday") or match.group("late_weekday") or \
        match.group("early_on_weekday")
    night_to = match.group("night_to") or match.group("night_into")
    if night_to:
        day = previous_weekday(today, WEEKDAYS[night_to.lower()])
        return _local(day - timedelta(days=1), time(18), tz), _local(day, time(8), tz)
    back = _days_back(match)
    if back is not None:
        return _back_interval(today, back, match, tz)
    if match.group("into_weekday"):
        day = previous_weekday(today, WEEKDAYS[match.group("into_weekday").lower()])
        return _local(day - timedelta(days=1), time(18), tz), _local(day, time(12), tz)
    if phrase.startswith("overnight into") or phrase.startswith("overnight on") or phrase.startswith("overnight to"):
        day = previous_weekday(today, WEEKDAYS[phrase.split()[-1]])
        return _local(day - timedelta(days=1), time(18), tz), _local(day, time(8), tz)
    if phrase.startswith(("overnight", "last night", "during the night", "at night")):
        # the night before publication; if published late in the evening, it may be tonight's
        start = _local(today - timedelta(days=1), time(18), tz)
        return start, min(_local(today, time(8), tz), published) if local_now.hour >= 1 else published
    if phrase.startswith(_EARLY_HOURS):
        day = previous_weekday(today, WEEKDAYS[weekday.lower()]) if weekday else today
        return _local(day, time(0), tz), _local(day, time(7), tz)
    if phrase.startswith("yesterday"):
        part = phrase.split()[-1]
        hours = PART_HOURS.get(part, (0, 24))
        return _day_interval(today - timedelta(days=1), tz, *hours)
    if phrase in ("this morning",):
        return _local(today, time(5), tz), _local(today, time(12), tz)
    if phrase in ("earlier today", "today"):
        return _local(today, time(0), tz), published
    if phrase in ("tonight", "this evening"):
        return _local(today, time(17), tz), _local(today + timedelta(days=1), time(6), tz)
    if weekday:
        day = previous_weekday(today, WEEKDAYS[weekday.lower()])
        if phrase.startswith("late"):
            return _local(day, time(18), tz), _local(day + timedelta(days=1), time(0), tz)
        if phrase.startswith("early"):
            return _local(day, time(0), tz), _local(day, time(10), tz)
        part = (match.group("part") or "").lower()
        if part == "night":
            return _local(day, time(18), tz), _local(day + timedelta(days=1), time(7), tz)
        hours = PART_HOURS.get(part, (0, 24))
        return _day_interval(day, tz, *hours)
    return _day_interval(today, tz)


_AGO = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# the hours a day's edge names: dawn from 3 to 9, dusk from 16 to 22 (the seasons move both)
_EDGE_HOURS = {"dawn": (3, 9), "daybreak": (3, 9), "first light": (3, 9), "sunrise": (3, 9), "dusk": (16, 22),
               "nightfall": (16, 22), "sunset": (16, 22)}


def _days_back(match: re.Match[str]) -> int | None:
    """How many days before the publication "the previous evening", "the day before yesterday", "two nights ago"
    and "at dawn" (0: the day published, or the weekday named) name; None for the other phrases."""
    phrase = match.group("phrase").lower()
    if match.group("before_last"):
        return 2
    if match.group("previous") or match.group("before_part"):
        return 1
    if phrase.startswith("the day before yesterday"):
        return 2
    if match.group("ago"):
        amount = match.group("ago").lower()
        return int(amount) if amount.isdigit() else _AGO[amount]
    if match.group("edge"):
        return 1 if match.group("yesterday_edge") or match.group("edge_yesterday") else 0
    return None


def _back_interval(today: date, back: int, match: re.Match[str], tz: str) -> tuple[datetime, datetime]:
    day = today - timedelta(days=back)
    edge = (match.group("edge") or "").lower()
    if edge:
        if match.group("edge_weekday"):
            day = previous_weekday(today, WEEKDAYS[match.group("edge_weekday").lower()])
        hours = _EDGE_HOURS[edge]
        return _local(day, time(hours[0]), tz), _local(day, time(hours[1]), tz)
    part = (match.group("previous") or match.group("before_part") or match.group("before_last") or "").lower()
    if part == "night" or (match.group("ago_unit") or "").lower() == "nights":
        return _local(day, time(18), tz), _local(day + timedelta(days=1), time(8), tz)
    hours = PART_HOURS.get(part, (0, 24))
    return _day_interval(day, tz, *hours)


def _anchor_instant(wanted: str, anchors: dict[str, datetime]) -> datetime | None:
    """The instant of the named anchor the words ``wanted`` refer to ("the call", "Trump's call with Putin")."""
    wanted = wanted.strip().lower()
    for name, instant in anchors.items():
        key = name.strip().lower()
        if key == wanted or wanted.endswith(key) or key.endswith(wanted):
            return instant
        # "the call between the American and Russian presidents", "the talks with the US": the anchor's noun with
        # words that say whose it is
        head = re.sub(r"^(?:the|a|an)\s+", "", key)
        if re.match(re.escape(head) + r"\s+(?:between|with|of|by|on|in)\b", wanted):
            return instant
    return None


def _anchor(match: re.Match[str], anchors: dict[str, datetime]) -> tuple[datetime, datetime] | None:
    found = _anchor_instant(match.group("anchor"), anchors)
    if found is None:
        return None
    amount_text = (match.group("amount") or "").lower()
    unit = match.group("unit").lower().rstrip("s")
    step = {"minute": timedelta(minutes=1), "hour": timedelta(hours=1), "day": timedelta(days=1)}[unit]
    sign = 1 if match.group("direction").lower() == "after" else -1
    if match.group("direction").lower() == "of" and not match.group("within"):
        return None  # "two days of talks"
    if match.group("direction").lower() == "of":
        # "within hours of the meeting": before or after it, by as much as the words allow
        amount = int(amount_text) if amount_text.isdigit() else _NUMBERS.get(amount_text, 24 if unit == "hour" else 7)
        return (found - step * amount).astimezone(UTC), (found + step * amount).astimezone(UTC)
    if amount_text in ("", "several", "a few") or (amount_text not in _NUMBERS and not amount_text.isdigit()):
        # "hours after the call": some time within a day of it
        # ("minutes after": within the hour)
        bound = found + sign * step * {"hour": 24, "minute": 60}.get(unit, 7)
        start, end = sorted((found, bound))
        return start.astimezone(UTC), end.astimezone(UTC)
    amount = int(amount_text) if amount_text.isdigit() else _NUMBERS[amount_text]
    centre = found + sign * step * amount
    slack = step / 2  # "an hour after" is rounded speech
    return (centre - slack).astimezone(UTC), (centre + slack).astimezone(UTC)


def _date_range(sentence: str, published: datetime | None) -> tuple[date, date, bool, tuple[int, int]] | None:
    """(first day, last day, said of a night, span) of "from 26 to 27 March" and the like."""
    for match in [*DATE_RANGE.finditer(sentence), *DATE_RANGE_MONTH_FIRST.finditer(sentence)]:
        month_end = MONTHS.get(match.group("m2").lower().rstrip("."))
        month_start = MONTHS.get((match.groupdict().get("m1") or match.group("m2")).lower().rstrip("."))
        if month_end is None or month_start is None:
            continue
        if match.group("m2")[0] == "m" and match.group("m2").lower() == "may":
            continue  # "5 to 6 may ..." is not a date
        first, last = int(match.group("d1")), int(match.group("d2"))
        year = int(match.group("year")) if match.group("year") else _guess_year(month_end, last, published)
        try:
            start_day = date(year - (1 if month_start > month_end else 0), month_start, first)
            end_day = date(year, month_end, last)
        except ValueError:
            continue
        if end_day < start_day or (end_day - start_day).days > 62:
            continue
        night = bool(match.group("night")) or bool(re.search(r"\bovernight\b|\bnight\b", sentence, re.I))
        return start_day, end_day, night and (end_day - start_day).days <= 1, match.span()
    return None


def _clock_range(sentence: str) -> tuple[time, time, str | None, tuple[int, int]] | None:
    """(from, to, zone, span) of "between 5 p.m. and 7 p.m.", "from 22:00 to 02:00", "23:40-01:15"."""
    for match in CLOCK_RANGE.finditer(sentence):
        first_text = match.group("a") or match.group("a2")
        last_text = match.group("b") or match.group("b2")
        if re.match(rf"\s*{_MONTH_PLAIN}", sentence[match.end():], re.IGNORECASE):
            continue  # "from 26 to 27 March" is a range of days
        if match.group("a2") and len(match.group("a2")) == 4 and sentence[max(0, match.start() - 1):match.start()] == (
                "(") and sentence[match.end():match.end() + 1] == ")":
            continue  # "(0:00-0:20)": a part of a video, in minutes and seconds
        ampm = re.search(r"[ap]\.?m\.?", last_text, re.IGNORECASE)
        last = _named_clock(last_text, True) or _clock_value(last_text, None)
        first = _named_clock(first_text, False) or _clock_value(
            first_text, ampm.group(0) if ampm and not re.search(r"[ap]\.?m", first_text, re.I) else None)
        if first is None or last is None:
            continue
        return first, last, _zone_of(match.group("zone")), match.span()
    return None


def _with_clock_range(day: date, found: tuple[time, time, str | None, tuple[int, int]], zone: str,
                      interval: tuple[datetime, datetime] | None) -> tuple[datetime, datetime]:
    start = _local(day, found[0], zone)
    if interval is not None and interval[1] - interval[0] < timedelta(hours=20) and not (
            interval[0] <= start <= interval[1]):
        start = _local(day + timedelta(days=1), found[0], zone)  # "overnight ... from 01:00 to 03:00"
    end = _local(start.astimezone(ZoneInfo(zone)).date(), found[1], zone)
    if end <= start:
        end = _local(start.astimezone(ZoneInfo(zone)).date() + timedelta(days=1), found[1], zone)
    return start, end


# a wire dateline, "KYIV, March 24 (Reuters) –": the day the story was filed, not the day of the event
_DATELINE = re.compile(r"^\s*[A-Z][A-Z.'\-]{2,}(?:\s+[A-Z][A-Z.'\-]+)*(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*)?,\s+"
                       r"(?P<date>[^–—\-()]{3,24}?)\s*(?:\([^)]{1,30}\)\s*)?[–—\-]{1,2}\s")
# a live blog's entry, "10:42 — Russian drones hit ...", "17:05 GMT – ...": the time it was posted, not the event's
_LIVE_STAMP = re.compile(r"^\s*(?P<clock>[0-2]?\d[:.][0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|UTC|BST|CET|CEST|EET|EEST|MSK))?)"
                         r"\s*[—–\-]{1,2}\s", re.IGNORECASE)
# "since the truce began at 18:00 on Saturday": from then until the statement
_SINCE = re.compile(r"\bsince\b[^.;]{0,60}$", re.IGNORECASE)


def blank(text: str, span: tuple[int, int]) -> str:
    """``text`` with ``span`` replaced by spaces (offsets kept)."""
    return text[:span[0]] + " " * (span[1] - span[0]) + text[span[1]:]


def without_dateline(sentence: str, published: datetime | None = None) -> str:
    """The sentence with a wire dateline's date ("MOSCOW, April 11 –") or a live blog's entry time ("10:42 —")
    blanked."""
    stamp = _LIVE_STAMP.match(sentence)
    if stamp:
        sentence = blank(sentence, stamp.span("clock"))
    match = _DATELINE.match(sentence)
    if match and _find_date(match.group("date"), published):
        return blank(sentence, match.span("date"))
    return sentence


def _dated(sentence: str, published: datetime | None) -> bool:
    return any(found is not None for found in (
        RELATIVE.search(sentence), _find_date(sentence, published), _find_clock(sentence), _clock_range(sentence),
        WEEKEND.search(sentence), PAST_SPAN.search(sentence), LAST_WEEK.search(sentence)))


def _weekend(sentence: str, published: datetime | None, tz: str) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "over the weekend": from the last Saturday's start to the Monday after it (or the
    publication, if earlier)."""
    match = WEEKEND.search(sentence)
    if match is None or published is None:
        return None
    saturday = previous_weekday(published.astimezone(ZoneInfo(tz)).date(), WEEKDAYS["saturday"])
    end = min(_local(saturday + timedelta(days=2), time(0), tz), published.astimezone(UTC))
    return _local(saturday, time(0), tz), end, match.span()


def _last_week(sentence: str, published: datetime | None, tz: str
               ) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "last week": from the Monday before the publication's week to that week's Monday."""
    match = LAST_WEEK.search(sentence)
    if match is None or published is None:
        return None
    today = published.astimezone(ZoneInfo(tz)).date()
    monday = today - timedelta(days=today.weekday())
    return _local(monday - timedelta(days=7), time(0), tz), _local(monday, time(0), tz), match.span()


def _eve_of(sentence: str, anchors: dict[str, datetime], tz: str) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "on the eve of the talks": the whole local day before the anchor's day."""
    for match in EVE_OF.finditer(sentence):
        instant = _anchor_instant(match.group("anchor"), anchors)
        if instant is not None:
            start, end = _day_interval(instant.astimezone(ZoneInfo(tz)).date() - timedelta(days=1), tz)
            return start, end, match.span()
    return None


def resolve_time(
    sentence: str,
    published: datetime | None,
    *,
    tz: str = KYIV,
    anchors: dict[str, datetime] | None = None,
    context_date: date | None = None,
) -> Resolved | None:
    """The interval a sentence's event happened in, or None if nothing says and no publication time. A wire
    dateline's date and the day a statement was made ("said on Monday", when the event is dated otherwise)
    are not the event's; "since X" runs from X to the publication."""
    sentence = same_day(without_dateline(digit_clocks(sentence), published))
    masked = other_days(sentence)
    if masked != sentence and _dated(masked, published):
        # what a statement made on an earlier day than the publication tells is read from the end of that day ("the
        # ministry said on Sunday that a drone had hit a substation at about 01:30": Sunday's 01:30, not Monday's)
        published = end_of_speech_day(sentence, published, tz)
        sentence = masked
    resolved = _resolve(sentence, published, tz=tz, anchors=anchors, context_date=context_date)
    if resolved is not None and resolved.span is not None and resolved.how in ("absolute", "relative"):
        narrowed = part_of_day(sentence, resolved.span, resolved.start, resolved.end, resolved.tz)
        if narrowed is not None:
            resolved = Resolved(*narrowed, resolved.tz, resolved.span, resolved.how)
    if (resolved is not None and resolved.span is not None and published is not None
            and _SINCE.search(sentence[:resolved.span[0]]) and resolved.start < published.astimezone(UTC)):
        return Resolved(resolved.start, published.astimezone(UTC), resolved.tz, resolved.span, "since")
    return resolved


def _past_span(sentence: str, published: datetime | None) -> tuple[datetime, datetime, tuple[int, int]] | None:
    """(start, end, span) of "over the past week", "in the last 24 hours": back from the publication."""
    match = PAST_SPAN.search(sentence)
    if match is None or published is None:
        return None
    amount = match.group("amount")
    count = int(amount) if amount and amount.isdigit() else _NUMBERS.get((amount or "one").lower(), 1)
    unit = match.group("unit").lower().rstrip("s")
    length = {"hour": timedelta(hours=1), "day": timedelta(days=1), "week": timedelta(days=7),
              "month": timedelta(days=31)}[unit] * count
    end = published.astimezone(UTC)
    return end - length, end, match.span()


# nothing but a zone or a joining word between a clock time and the day it falls on ("at around 05:00 on Thursday",
# "on Thursday at 05:00", "at 05:00 local time on Thursday")
_CLOCK_DAY_GAP = re.compile(r"^[\s,]*(?:\(?(?:local|kyiv|moscow)\s+time\)?[\s,]*)?(?:at|around|about|on|,)?\s*$",
                            re.IGNORECASE)


def _relative_by_clock(sentence: str, clock: tuple[time, str | None, tuple[int, int]] | None) -> re.Match[str] | None:
    """The day told right beside the clock time, where a sentence tells more than one ("journalists found it on
    Friday, a day after missiles struck it at around 05:00 on Thursday": the strike is Thursday's)."""
    if clock is None:
        return None
    found = list(RELATIVE.finditer(sentence))
    if len(found) < 2:
        return None
    for match in found:
        gap = sentence[clock[2][1]:match.start()] if match.start() >= clock[2][1] else sentence[match.end():clock[2][0]]
        if match.start() < clock[2][1] and match.end() > clock[2][0]:
            continue
        if _CLOCK_DAY_GAP.match(gap):
            return match
    return None


def _resolve(
    sentence: str,
    published: datetime | None,
    *,
    tz: str = KYIV,
    anchors: dict[str, datetime] | None = None,
    context_date: date | None = None,
) -> Resolved | None:
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
        eve = _eve_of(sentence, anchors, zone)
        if eve is not None:
            return Resolved(eve[0], eve[1], zone, eve[2], "anchor")
        for match in JUST_ANCHOR.finditer(sentence):
            instant = _anchor_instant(match.group("anchor"), anchors)
            if instant is not None:
                # "just before the truce took effect": within the hour before it (or after it)
                hour = timedelta(hours=1)
                bound = instant + (hour if match.group("side").lower() == "after" else -hour)
                low, high = sorted((instant, bound))
                return Resolved(low.astimezone(UTC), high.astimezone(UTC), zone, match.span(), "anchor")
    day: date | None = None
    span: tuple[int, int] | None = None
    how = "absolute"
    interval: tuple[datetime, datetime] | None = None
    if OFFSET_FROM_CLOCK.search(sentence):
        # "about two hours after an air-raid alert was declared there at 23:10 on Monday" (.timex_offset)
        def other(words: str) -> tuple[datetime, datetime, str] | None:
            told = _resolve(words, published, tz=tz, context_date=context_date)
            return None if told is None or told.how in ("publication", "context") else (told.start, told.end, told.tz)
        offset = offset_from_clock(sentence, other)
        if offset is not None:
            return Resolved(offset[0], offset[1], offset[2], offset[3], "anchor")
    dated = _dated_clock_range(sentence, published, tz)
    if dated is not None:
        return Resolved(dated[0], dated[1], dated[2], dated[3], "range")
    spanned = _weekday_range(sentence, published, tz) or _hours_to(sentence, published, tz)
    if spanned is None and found_date is None and clock is None:
        spanned = _weekend(sentence, published, tz) or _last_week(sentence, published, tz)
    if spanned is not None:
        return Resolved(spanned[0], spanned[1], tz, spanned[2], "range")
    clock_range = _clock_range(sentence)
    if clock_range is not None:
        zone = clock_range[2] or (tz if not clock or not clock[1] else zone)
    days = _date_range(sentence, published)
    night_of = NIGHT_OF.search(sentence)
    if days is not None:
        first, last, night, span = days
        day, how = first, "range"
        if night:
            # "overnight from 26 to 27 March": from the evening of the first day to the morning of the last
            end_day = last if last > first else first + timedelta(days=1)
            interval = (_local(first, time(18), zone), _local(end_day, time(8), zone))
        else:
            interval = (_local(first, time(0), zone), _local(last + timedelta(days=1), time(0), zone))
        found_date = None
    elif night_of is not None and found_date is not None:
        # "on the night of 26 March": which night is meant varies by usage; take both
        day, span = found_date
        interval = (_local(day - timedelta(days=1), time(18), zone), _local(day + timedelta(days=1), time(8), zone))
        how, found_date = "night", None
    if found_date is not None:
        day, span = found_date
        interval = _day_interval(day, zone)
        holiday = holiday_day(sentence, published) if clock is None and is_holiday_name(
            sentence[span[0]:span[1]]) else None
        if holiday is not None and holiday.night and holiday.span == span:
            # "on Easter night": the night before the day and the one after it
            interval = (_local(day - timedelta(days=1), time(18), zone), _local(day + timedelta(days=1), time(8), zone))
            how, found_date = "night", None
        relative = RELATIVE.search(sentence)
        # (only a night told with the date: "overnight into 19 March", "in the early hours of 19 March"; not "on the
        # 31st, a few minutes before midnight, ... restored overnight")
        if relative and not (0 <= span[0] - relative.end() <= 40 or 0 <= relative.start() - span[1] <= 20
                             or (relative.start() < span[1] and span[0] < relative.end())):
            relative = None
        if (relative and (relative.group("part") or "").lower() == "night") or (
            relative and relative.group("phrase").lower().startswith(("overnight", *_EARLY_HOURS))
        ):
            # "overnight into 19 March": the night that ends on that date
            if relative.group("phrase").lower().startswith("overnight"):
                interval = (_local(day - timedelta(days=1), time(18), zone), _local(day, time(8), zone))
            elif relative.group("phrase").lower().startswith(_EARLY_HOURS):
                interval = (_local(day, time(0), zone), _local(day, time(7), zone))
    elif published is not None and day is None:
        relative = _relative_by_clock(sentence, clock) or RELATIVE.search(sentence)
        if relative:
            interval = _relative(relative, published, zone)
            span, how = relative.span(), "relative"
            day = interval[0].astimezone(ZoneInfo(zone)).date()
    past = _past_span(sentence, published) if day is None and clock is None and clock_range is None else None
    if past is not None:
        return Resolved(past[0], past[1], zone, past[2], "past")
    if day is None and context_date is not None:
        day, how = context_date, "context"
        interval = _day_interval(day, zone)
    if clock_range is not None:
        if day is None and published is not None:
            local_pub = published.astimezone(ZoneInfo(zone))
            day = local_pub.date() if local_pub.time() >= clock_range[0] else local_pub.date() - timedelta(days=1)
        if day is not None:
            start_at, end_at = _with_clock_range(day, clock_range, zone, interval)
            return Resolved(start_at, end_at, zone, clock_range[3], "clock range")
    if interval is not None and how in ("range", "night"):
        return Resolved(interval[0], interval[1], zone, span, how)
    if clock is not None:
        if day is None and published is not None:
            local_pub = published.astimezone(ZoneInfo(zone))
            day = local_pub.date() if local_pub.time() >= clock[0] else local_pub.date() - timedelta(days=1)
        if day is not None:
            instant = _local(day, clock[0], zone)
            if interval is not None and interval[1] - interval[0] < timedelta(hours=20) and not (
                interval[0] <= instant <= interval[1] or interval[1] <= _local(day, time(23, 59), zone)
            ):  # ("around 04:10 this morning" stays on its day: only a span past midnight goes on to the next)
                instant = _local(day + timedelta(days=1), clock[0], zone)  # "overnight ... at 02:10"
            start = span[0] if span else clock[2][0]
            said = (min(start, clock[2][0]), max(span[1] if span else 0, clock[2][1]))
            before = sentence[:clock[2][0]]
            hours = hours_on(before, sentence[clock[2][1]:])
            if hours:
                return Resolved(instant, instant + timedelta(hours=hours), zone, said, "clock span")
            if _UP_TO_CLOCK.search(before):
                day_start = _local(instant.astimezone(ZoneInfo(zone)).date(), time(0), zone)
                return Resolved(day_start, instant, zone, said, "up to clock")
            if _FROM_CLOCK.search(before):
                # up to the publication when that came within a day, else half a day on
                until = published if published is not None and instant < published <= instant + timedelta(
                    hours=24) else instant + timedelta(hours=12)
                return Resolved(instant, until, zone, said, "from clock")
            later = _LATER.match(sentence, clock[2][1])
            if later:
                # "sirens went off at 01:10, and roughly an hour later a missile hit ...": the clock plus the time
                # told, with half of its unit as slack
                unit = timedelta(hours=1) if later.group("unit").lower().startswith("h") else timedelta(minutes=1)
                amount = _LATER_AMOUNTS.get(later.group("n").lower()) or float(later.group("n"))
                centre, slack = instant + unit * amount, max(unit / 2, timedelta(minutes=10))
                return Resolved(centre - slack, centre + slack, zone, said, "clock")
            near = _NEAR_BEFORE.search(before)
            if near:
                # "shortly before the stalls closed at 14:00": within half an hour before the clock time (or after)
                if near.group("side").lower() == "before":
                    return Resolved(instant - timedelta(minutes=30), instant, zone, said, "clock")
                return Resolved(instant, instant + timedelta(minutes=30), zone, said, "clock")
            slack = timedelta(minutes=30) if _VAGUE_CLOCK.search(before) else timedelta(0)
            return Resolved(instant - slack, instant + slack, zone, said, "clock")
    if interval is not None:
        return Resolved(interval[0], interval[1], zone, span, how)
    if published is not None:
        # nothing said: the report is about the day before its publication, at most
        return Resolved(published.astimezone(UTC) - timedelta(hours=24),
                        published.astimezone(UTC), zone, None, "publication")
    return None
