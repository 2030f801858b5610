"""A Ukrainian tally counted over a week or a span of days it names at its opening ("За тиждень з 23 по 29 грудня
Повітряні сили збили 386 ударних БпЛА та 28 ракет", "Протягом минулого тижня збито …", "З 23 по 29 грудня …"): a
``summary`` with its counts (docs/posts.md: a review of several days, a span of dates, a week of downing claims), not
one night's interceptions. Not a week named inside a sentence ("втретє за тиждень атакував", "найбільша атака за
тиждень"). Nothing here raises on user text.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.timing import UK_MONTHS

_F = re.IGNORECASE
_MONTH = "(?:" + "|".join(UK_MONTHS) + ")"
# the opening of the post or of a sentence, perhaps after a title and a colon ("Повітряні сили: за тиждень …")
_OPENING = r"(?:^|[.!?\n])\W*(?:[^:.!?\n]{0,40}:\W*)?"
_WEEK = re.compile(_OPENING + r"(?:за|протягом|впродовж|упродовж)\s+(?:цей\s+|минулий\s+|минулого\s+|останній\s+|"
                   r"останнього\s+)?(?:тиждень|тижня)(?![\w'’ʼ])", _F)
_SPAN = re.compile(_OPENING + rf"(?:за\s+(?:період\s+|тиждень\s+)?)?з\s+(\d{{1,2}})(?:\s+{_MONTH})?\s+"
                   rf"по\s+(\d{{1,2}})\s+{_MONTH}(?![\w'’ʼ])", _F)
_SPAN_DAYS = 5  # a span of this many days or more is a review, not one raid told over its nights


def counted_over_days(text: str) -> bool:
    """Whether a sentence of ``text`` opens by naming a week, or a span of ``_SPAN_DAYS`` days or more, counted over."""
    if _WEEK.search(text):
        return True
    for span in _SPAN.finditer(text):
        first, last = int(span.group(1)), int(span.group(2))
        if (last - first) % 31 + 1 >= _SPAN_DAYS:
            return True
    return False
