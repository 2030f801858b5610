"""Clock times written in words ("half past nine in the morning", "at around four in the morning", "a little after
two in the afternoon", "ten past one in the morning", "eleven o'clock at night"), rewritten as digits
("09:30", "04:00", "14:00", "01:10", "23:00") in place, padded with spaces to the phrase's length, so that the
clock readers of :mod:`trucewatch.nlp.timex` read them and every span stays where it was; and how many hours a span
told from a clock time lasts ("for about three hours from 01:00", :func:`hours_on`)."""

from __future__ import annotations

import re

_HOURS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}
_MINUTES = {"five": 5, "ten": 10, "quarter": 15, "a quarter": 15, "twenty": 20, "twenty-five": 25, "half": 30}
_HOUR = r"(?P<hour>" + "|".join(sorted(_HOURS, key=len, reverse=True)) + r"|\d{1,2})"
_MINUTE = r"(?P<minute>" + "|".join(sorted(_MINUTES, key=len, reverse=True)) + r")"
# the part of the day that says a.m. or p.m.; "o'clock" alone leaves the hour as said (a reading needs a part of
# the day or minutes past it)
_PART = (r"(?P<part>in the morning|in the afternoon|in the evening|at night|a\.?m\.?(?![\w.])|"
         r"p\.?m\.?(?![\w.]))")
# the part of the day told by the day's words right after the clock, which stay for the reader of days: "a quarter
# past nine the previous evening", "at ten to eleven last night", "at half past six on Thursday morning"
_DAY_PART = (r"(?=\s+(?:the\s+previous|the\s+same|yesterday|last|that|this|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|"
             r"satur|sun)day)\s+(?P<day_part>morning|afternoon|evening|night)\b)")
WORD_CLOCK = re.compile(
    rf"\b(?:{_MINUTE}\s+(?P<relation>past|to)\s+)?{_HOUR}(?:\s+o['’]clock)?(?:\s+{_PART}|{_DAY_PART})?(?![\w\-])",
    re.IGNORECASE)


def _hour_of_day(hour: int, part: str | None) -> int | None:
    if part is None:
        return hour if hour <= 23 else None
    lowered = part.lower()
    if hour > 12:
        return None
    if lowered == "at night":
        return hour + 12 if 7 <= hour <= 11 else (0 if hour == 12 else hour)
    if lowered.startswith(("in the morning", "a")):
        return 0 if hour == 12 else hour
    return 12 if hour == 12 else hour + 12  # afternoon, evening, p.m.


def digit_clocks(sentence: str) -> str:
    """The sentence with each clock time in words rewritten as HH:MM, padded to the words' length. A number in
    words is a clock time only with minutes ("half past nine") or a part of the day ("four in the morning");
    digits count only with minutes in words ("half past 9")."""
    if not any(word in sentence.lower() for word in ("past", "morning", "afternoon", "evening", "night", "o'clock",
                                                     "o’clock", " to ", "m.", "am", "pm")):
        return sentence
    parts: list[str] = []
    last = 0
    for match in WORD_CLOCK.finditer(sentence):
        minute_text, part = match.group("minute"), match.group("part")
        if part is None and match.group("day_part"):
            part = "at night" if match.group("day_part").lower() == "night" else f"in the {match.group('day_part')}"
        hour_text = match.group("hour").lower()
        if minute_text is None and (part is None or hour_text.isdigit()):
            continue  # "four drones", "at 4 a.m." (read as it stands)
        if minute_text and part is None and match.group("relation").lower() == "to":
            continue  # "ten to twelve drones" is a count
        hour = _HOURS.get(hour_text) or (int(hour_text) if hour_text.isdigit() else None)
        if hour is None or not 1 <= hour <= 12:
            continue
        minute = 0
        if minute_text:
            minute = _MINUTES[minute_text.lower()]
            if match.group("relation").lower() == "to":
                hour, minute = hour - 1 or 12, 60 - minute
        of_day = _hour_of_day(hour, part)
        if of_day is None:
            continue
        digits = f"{of_day:02d}:{minute:02d}"
        if len(digits) > match.end() - match.start():
            continue
        parts.append(sentence[last:match.start()])
        parts.append(digits.ljust(match.end() - match.start()))
        last = match.end()
    if not parts:
        return sentence
    parts.append(sentence[last:])
    return "".join(parts)


# "for about three hours from 01:00", "from 22:00 for two hours": that many hours on from the clock time
_FOR_HOURS = (r"\bfor\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?(?P<amount>\d{1,2}|an?|"
              r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+hours?\b")
_HOURS_FROM = re.compile(_FOR_HOURS + r"\s+(?:from|starting(?:\s+at)?|beginning(?:\s+at)?)\s*$", re.IGNORECASE)
_FROM_FOR_HOURS = re.compile(r"^(?:\s+(?:on\s+)?[\w\-]+){0,2}?\s*,?\s*" + _FOR_HOURS, re.IGNORECASE)
_HOUR_AMOUNTS = {"a": 1, "an": 1, **_HOURS}


def hours_on(before: str, after: str) -> int | None:
    """How many hours a span told from a clock time lasts, given the text ``before`` and ``after`` the clock time:
    "for about three hours from 01:00", "for an hour starting at 3 a.m.", "from 22:00 for two hours"; None when the
    clock time is not so told."""
    found = _HOURS_FROM.search(before[-60:]) or (
        _FROM_FOR_HOURS.match(after) if re.search(r"\bfrom\s*$", before, re.IGNORECASE) else None)
    if found is None:
        return None
    amount = found.group("amount").lower()
    return int(amount) if amount.isdigit() else _HOUR_AMOUNTS.get(amount)
