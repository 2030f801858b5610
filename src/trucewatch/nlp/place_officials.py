"""An oblast's own official who speaks names the oblast a text is about (:func:`oblast_official`), so that a village's
namesakes are chosen within it: "Luhansk governor: shelling of Bilohorivka", "the Kharkiv regional administration
reports", and (round 45) "Head of the Kherson administration: drone wounds man in Bilozerka". A city's mayor or a
plain "military administration" (a city has one too) names no oblast."""

from __future__ import annotations

import re

from trucewatch.nlp.place_names import NAME

# "Luhansk governor", "the Kharkiv regional military administration", "Sumy oblast head"
_OBLAST_OFFICIAL = re.compile(r"\b(?P<name>" + NAME + r")(?:['’]s)?\s+(?:(?i:governor)\b|(?i:regional|oblast)\s+"
                              r"(?:(?i:military|state)\s+)?(?i:governor|administration|council|head|authorities)\b)")
# the head of a named administration: "Head of the Kherson administration", "the head of the Zaporizhzhia regional
# military administration" (a city's administration lies in its oblast too)
_HEAD_OF = re.compile(r"\b(?i:head|chief)\s+of\s+the\s+(?P<name>" + NAME + r")\s+(?:(?i:regional|oblast|city)\s+)?"
                      r"(?:(?i:military|state|civil[\s-]military)\s+)?(?i:administration)\b")


def oblast_official(sentence: str) -> str | None:
    """The name of the oblast (or its city) whose official speaks in ``sentence``, or None."""
    found = _OBLAST_OFFICIAL.search(sentence) or _HEAD_OF.search(sentence)
    return found.group("name") if found else None
