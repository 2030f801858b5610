"""A comma that only closes a leading date ("On 23 February 2023, Kherson, Kherson oblast was hit …"): the name after
it opens the sentence's clause, it is not the second of a list of places ("Kyiv District, Donetsk, Donetsk Oblast",
where a district stands before its city). An event coder's notes open every sentence so (round 44), and the subject
after such a date or a leading source ("On 7 July 2024, Kyiv was shelled", "According to local authorities, Marivka
was hit") is the sentence's own (round 46)."""

from __future__ import annotations

import re

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
          r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
# what opens a sentence before its first comma when it is only a date: "On 23 February 2023,", "On the night of
# 3-4 May 2024,", "On March 5,", "12/04/2022,", "Overnight on 3 May,"
_DATE_THEN_COMMA = re.compile(
    r"(?:^|[.;:!?]\s+)(?:(?i:on|in|at|by|overnight|early|late)\s+)*(?:(?i:the)\s+(?i:night|morning|evening)\s+"
    r"(?i:of)\s+)?(?:" + _DAY + r"\s+" + _MONTH + r"|" + _MONTH + r"\s+" + _DAY + r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
    r"(?:,?\s+\d{4})?\s*,\s*$")


def after_date_comma(before: str) -> bool:
    """Whether ``before`` (the text up to a name) ends with a sentence's leading date and its comma."""
    return _DATE_THEN_COMMA.search(before) is not None


# a sentence's leading source before its first comma: "According to local authorities,", "According to the regional
# military administration,"
_SOURCE_THEN_COMMA = re.compile(r"(?:^|[.;:!?]\s+)(?i:according\s+to)\s+[^,.;:]{1,80},\s*$")


def opening_clause(before: str) -> bool:
    """Whether ``before`` ends with a sentence's leading date or source and its comma, after which the sentence's
    subject stands."""
    return after_date_comma(before) or _SOURCE_THEN_COMMA.search(before) is not None
