"""How a clock time is told, from the words right before or after it: vaguely ("around 3 a.m.", "minutes before
midnight"), as the end or the start of a span ("by 4 p.m.", "since 6 a.m."), near another thing's time ("shortly before
the stalls closed at 14:00"), or as the time something else was counted from ("roughly an hour later"). Read by
:mod:`trucewatch.nlp.timex`."""

from __future__ import annotations

import re

VAGUE_CLOCK = re.compile(
    r"\b(?:around|about|approximately|roughly|(?:shortly|just|a little|soon|minutes|moments) "
    r"(?:after|before))\s*$", re.IGNORECASE)
# "roughly an hour later", "20 minutes later" right after a clock time: the event's time from it
LATER = re.compile(r"[^.;]{0,60}?\b(?:(?:roughly|about|some|around|nearly|almost|only)\s+)?(?P<n>an?|one|two|three|"
                   r"half an|\d{1,3})\s+(?P<unit>hours?|minutes?)\s+later\b", re.IGNORECASE)
LATER_AMOUNTS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half an": 0.5}
# "shortly before the stalls closed at 14:00": near a clock time that is another thing's ("at" before the clock)
NEAR_BEFORE = re.compile(r"\b(?:shortly|just|minutes|moments|soon)\s+(?P<side>before|after)\s+(?!at\b)[^.;,\d]{3,50}?"
                         r"\b(?:at|around|about)\s*$", re.IGNORECASE)
# "dropped 26 bombs by 4 p.m.": the day up to the time; "shelling since 6 a.m.": from the time on
UP_TO_CLOCK = re.compile(r"(?<!shortly )(?<!just )(?<!little )(?<!soon )(?<!minutes )(?<!moments )"
                         r"\b(?:by|before|until|till)\s*$", re.IGNORECASE)
FROM_CLOCK = re.compile(r"(?<!shortly )(?<!just )(?<!little )(?<!soon )(?<!minutes )(?<!moments )"
                        r"\b(?:after|since)\s*$", re.IGNORECASE)
