"""A strike dated by the movable feast it fell on ("внаслідок ракетного удару по центру міста у Вербну неділю": Palm
Sunday, the Sunday before Easter of the Orthodox reckoning Ukraine's churches keep). Nothing here raises on user text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from trucewatch.nlp.timex_holidays import orthodox_easter

_F = re.IGNORECASE
# a feast after a word of striking in its clause ("удару по центру міста у Вербну неділю", "атака на Великдень");
# the feast's offset from Easter in days
_FEASTS = {"вербн": -7, "вербное": -7, "великд": 0, "пасх": 0, "трійц": 49, "троиц": 49}
_STRIKE_THEN_FEAST = re.compile(r"(?<![\w'’ʼ])(?:удар|атак|обстріл|обстрел|влучан|прил[іе]т)\w*[^.!?;\n]{0,60}?"
                                r"(?<![\w'’ʼ])(?:у|в|на)\s+(?P<feast>Вербн\w*\s+(?:неділ|воскресень)\w*|Великд\w*|"
                                r"Пасх\w*|Трійц\w*|Троиц\w*)", _F)
_RECENT_DAYS = 14  # how long after a feast a post may name the strike by it


def feast_day(text: str, today: date) -> tuple[date, tuple[int, int]] | None:
    """The day of the feast a strike is told by, within ``_RECENT_DAYS`` before ``today`` (or that day), and the
    feast's span; None when the post tells no strike so."""
    if not 1900 <= today.year <= 2099:
        return None
    for match in _STRIKE_THEN_FEAST.finditer(text):
        word = match.group("feast").lower()
        offset = next((days for stem, days in _FEASTS.items() if word.startswith(stem)), None)
        if offset is None:
            continue
        day = orthodox_easter(today.year) + timedelta(days=offset)
        if timedelta(0) <= today - day <= timedelta(days=_RECENT_DAYS):
            return day, match.span("feast")
    return None
