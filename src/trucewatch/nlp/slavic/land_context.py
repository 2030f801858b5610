"""The oblasts a post names by their short "-щина" / "-чина" names ("Харківщина, станом на 08:00. …"), as the
context that tells which of two hromadas of one name is meant ("по Золочівській громаді" on Kharkiv's summary is
Kharkiv oblast's Zolochiv, not Lviv oblast's, the larger). Read before the town pass of :mod:`.places` finds them,
so that the hromadas read earlier may use them. Nothing here raises on user text.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.region_names import name_code, oblast_land

_SHORT_NAME = re.compile(r"(?<![\w'’ʼ-])([А-ЯІЇЄҐ][а-яіїєґ'’ʼ-]{2,}[щч]ин\w*)")


def land_codes(text: str, language: str) -> list[str]:
    """The first-level codes of the oblasts ``text`` names by their short names, in textual order."""
    codes: list[str] = []
    for match in _SHORT_NAME.finditer(text):
        code = oblast_land(match.group(1), language) or name_code(match.group(1), language)
        if code and code not in codes:
            codes.append(code)
    return codes
