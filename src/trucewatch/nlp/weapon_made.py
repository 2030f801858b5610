"""A weapon named as what a works makes, not as what struck it: "struck workshops in Sheptytskyi, where long-range
drones were being assembled" names drones as the target's products (the weapon is told elsewhere, or not at all).
Only the "where ... were being assembled" form: "a factory making drones" is left to the parse (a held-out batch
lost a weapon when the participle form was read the same way)."""

from __future__ import annotations

import re

# before the weapon: "where (long-range) ..." after a works named within the 80 characters before it
_WHERE_BEFORE = re.compile(r"\bwhere\s+(?:[\w\-]+\s+){0,3}?$", re.IGNORECASE)
# after it: the passive of making ("were being assembled", "are produced")
_MADE_AFTER = re.compile(r"\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:being\s+)?(?:assembled|made|produced|"
                         r"built|manufactured|repaired|modified|fitted)\b", re.IGNORECASE)
_WORKS = re.compile(r"\b(?:plants?|factory|factories|works|workshops?|enterprises?|facilit(?:y|ies)|premises|"
                    r"hangars?)\b", re.IGNORECASE)


def made_there(sentence: str, start: int, end: int) -> bool:
    """Whether the weapon named at ``start:end`` is what a works the sentence names makes ("workshops …, where
    long-range drones were being assembled")."""
    before = _WHERE_BEFORE.search(sentence, max(0, start - 40), start)
    return before is not None and _MADE_AFTER.match(sentence, end) is not None and \
        _WORKS.search(sentence, max(0, before.start() - 80), before.start()) is not None
