""""Сьогоднішня атака", "после сегодняшнего удара": today said by its adjective. In a post written just after midnight
local time (a State Emergency Service's report at 00:40: "ліквідовано пожежу на складі після сьогоднішньої атаки
дронів") it is the day just ended, as "сьогодні" is (docs/posts.md, Round 22). Not "сьогоднішня ніч", the night going
on, read as a night by :mod:`.timing`. Nothing here raises on user text.
"""

from __future__ import annotations

import re

_TODAYS = re.compile(r"(?<![\w'’ʼ])(?:сьогоднішн|сегодняшн)\w*(?!\s+(?:ніч|ночі|ночь|ночи|ночью)(?![\w'’ʼ]))",
                     re.IGNORECASE)


def todays(text: str) -> re.Match[str] | None:
    """The first adjective of today in ``text`` that does not name the night, or None."""
    return _TODAYS.search(text)
