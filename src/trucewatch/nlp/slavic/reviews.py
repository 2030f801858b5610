"""A post whose first line heads a review of several days (a week's map, a span of dotted dates): read by
:mod:`trucewatch.nlp.slavic.kinds` as a summary, not one night's strike."""

from __future__ import annotations

import re

_F = re.IGNORECASE
_HEAD = 150  # the first line is read up to this many characters

# a review of several days by its first line: a week's map or summing-up ("Мапа тижня, 15–21.09"), or a span of dotted
# dates of at least _DOTTED_REVIEW_DAYS days ("Десять днів Криму і Кубані (28.08–06.09)"; "21.04–23.04" may be one
# raid told over its nights)
_WEEK_HEAD = re.compile(r"^\W*(?:мапа|карта|огляд|підсумки|підсумок|хронологія)\s+тижня(?![\w'’])", _F)
_DOTTED_SPAN = re.compile(r"(?<![\d.])(\d{1,2})(?:\.(\d{1,2}))?\s*[–—-]\s*(\d{1,2})\.(\d{1,2})(?![\d.])")
_DOTTED_REVIEW_DAYS = 5


def reviews_a_span(text: str) -> bool:
    """Whether a post's first line heads a review of several days: a week's map, or a span of dotted dates of at least
    ``_DOTTED_REVIEW_DAYS`` days (within a month or across one)."""
    line = text.lstrip().split("\n", 1)[0][:_HEAD]
    if _WEEK_HEAD.match(line):
        return True
    for span in _DOTTED_SPAN.finditer(line):
        first_day, last_day, last_month = int(span.group(1)), int(span.group(3)), int(span.group(4))
        first_month = int(span.group(2) or last_month)
        if not (1 <= first_month <= 12 and 1 <= last_month <= 12 and 1 <= first_day <= 31 and 1 <= last_day <= 31):
            continue
        days = (last_month - first_month) % 12 * 31 + last_day - first_day + 1
        if _DOTTED_REVIEW_DAYS <= days <= 62:
            return True
    return False
