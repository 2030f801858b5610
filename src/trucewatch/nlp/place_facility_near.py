"""A works named after its town and placed "near" a bigger one: "the Kirishi refinery near St Petersburg",
"the Novoshakhtinsk refinery outside Rostov-on-Don". The town the works is named after is where it stands; the place
after "near" only tells a reader unfamiliar with the town where to look for it. A works named after a region
("the Kursk nuclear plant near Kurchatov", "the Zaporizhzhia plant near Enerhodar") is not: there the place after
"near" is the one the works stands by.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trucewatch.geo.admin1 import admin1_code
from trucewatch.nlp.place_landmarks import REGIONAL_WORDS

Entry = tuple[str, tuple[int, int], str | None, bool]

def _works_then(prepositions: str) -> re.Pattern[str]:
    """Up to two words between the town and the works' word, then one of ``prepositions``."""
    return re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?i:" + "|".join(sorted(
        REGIONAL_WORDS, key=len, reverse=True)) + r")\s+(?i:" + prepositions + r")\s+")


# "the Kirishi oil refinery near", "the Ilsky plant outside"; "the Kremenchuk hydroelectric plant in Svitlovodsk"
_WORKS_THEN_NEAR = _works_then("near|outside")
_WORKS_THEN_IN = _works_then("in")


def named_works_first(read: Sequence[Entry], sentence: str) -> list[Entry]:
    """``read`` with a town a works is named after moved before the place its works is said to be near; and a town
    a works is said to be in moved before the town it is named after: "the Kremenchuk hydroelectric plant in
    Svitlovodsk" stands in Svitlovodsk (a region it is said to be in names no more than the town does)."""
    entries = _works_in(list(read), sentence)
    for entry in list(entries):
        name, (_start, end), _admin, _near = entry
        works = _WORKS_THEN_NEAR.match(sentence, end)
        if works is None or admin1_code(name):
            continue
        beside = next((index for index, other in enumerate(entries)
                       if other[1][0] == works.end() and other[3]), None)
        if beside is not None and entries.index(entry) > beside:
            entries.remove(entry)
            entries.insert(beside, entry)
    return entries


def _works_in(entries: list[Entry], sentence: str) -> list[Entry]:
    for entry in list(entries):
        _name, (_start, end), _admin, _near = entry
        works = _WORKS_THEN_IN.match(sentence, end)
        if works is None:
            continue
        inside = next((index for index, other in enumerate(entries)
                       if other[1][0] == works.end() and not admin1_code(other[0])), None)
        if inside is not None and inside > entries.index(entry):
            town = entries.pop(inside)
            entries.insert(entries.index(entry), town)
    return entries
