"""An event timed from another event whose clock the same clause gives: "about two hours after an air-raid alert was
declared there at 23:10 on Monday" is 01:10 on Tuesday, "40 minutes before the sirens sounded at 04:10" 03:30. The
other event's time is read from its clock onwards with the rest of the clause (its day: "on Monday"), then moved by
the amount; "about", "around" or "some" widen it by a quarter of the amount on either side. A clock the sentence gives
the event before the offset is its own, and wins ("at 20:15 on Saturday, two hours after the truce began at 18:00").
Nothing here raises on user text."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta

_F = re.IGNORECASE
_AMOUNTS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
            "half an": 0.5, "ten": 10.0, "fifteen": 15.0, "twenty": 20.0, "twenty-five": 25.0, "thirty": 30.0,
            "forty": 40.0, "forty-five": 45.0, "fifty": 50.0, "ninety": 90.0}
# (the words of _AMOUNTS, the longest first: "twenty-five" before "twenty")
_AMOUNT_WORDS = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in sorted(_AMOUNTS, key=len, reverse=True))
# ... so many minutes or hours after it, before it, or into it ("about 45 minutes into an air-raid alert that began at
# 04:15": after its start)
# ("within an hour of the all-clear, which had sounded at 03:40": from its clock to the amount after it; the other
# event may be told with a clause of its own, "which", "that" or "when")
OFFSET_FROM_CLOCK = re.compile(
    r"\b(?P<within>within\s+)?(?P<vague>(?:about|around|some|roughly|approximately)\s+)?(?P<amount>" + _AMOUNT_WORDS
    + r"|\d{1,3})(?P<half>\s+and\s+a\s+half)?\s+"
    r"(?P<unit>minutes?|hours?)\s+"
    r"(?P<direction>(?(within)of|(?:after|before|into)))\s+"
    r"(?P<what>[^,.;:()]{3,80}?(?:,\s+(?:which|that|when)\s+[^,.;:()]{3,60}?)?)\s+"
    r"(?:at|around|about)\s+(?:about\s+|around\s+)?(?P<clock>\d{1,2}[:.]\d{2}(?!\d))", _F)
# a clock of the event's own, told before the offset
_OWN_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}[:.]\d{2}(?![\d.])")
# the clause the other event's clock stands in ends at a comma, a full stop or a semicolon
_CLAUSE_END = re.compile(r"[,;]|\.(?!\d)")


def offset_from_clock(sentence: str, resolve: Callable[[str], tuple[datetime, datetime, str] | None]
                      ) -> tuple[datetime, datetime, str, tuple[int, int]] | None:
    """(start, end, zone, span) of an event timed so many minutes or hours from a clocked one, or None;
    ``resolve`` reads the other event's time ("23:10 on Monday") into (start, end, zone) in UTC."""
    for match in OFFSET_FROM_CLOCK.finditer(sentence):
        if _OWN_CLOCK.search(sentence, 0, match.start()):
            continue  # "at 20:15 on Saturday, a little over two hours after the truce began at 18:00": its own clock
        end = _CLAUSE_END.search(sentence, match.end())
        told = resolve(sentence[match.start("clock"):end.start() if end else len(sentence)])
        if told is None:
            continue
        amount_word = " ".join(match.group("amount").lower().split())
        amount = (_AMOUNTS.get(amount_word) or float(amount_word)) + (0.5 if match.group("half") else 0.0)
        moved = timedelta(hours=amount) if match.group("unit").lower().startswith("hour") else timedelta(
            minutes=amount)
        sign = -1 if match.group("direction").lower() == "before" else 1
        start, finish = told[0] + sign * moved, told[1] + sign * moved
        if match.group("within"):
            start, finish = told[0], told[1] + moved  # "within an hour of …": up to the amount after it
        if match.group("vague"):
            start, finish = start - moved / 4, finish + moved / 4
        return start, finish, told[2], match.span()
    return None
