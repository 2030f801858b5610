"""Where a facility or a town is said to lie: the region named right after it ("Слов’янський НПЗ у Краснодарському
краї", "…, що в …"), read by :mod:`trucewatch.nlp.slavic.places` and the reader.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from trucewatch.nlp.slavic.places import Place

# between a facility and the region named as where it lies: "Слов’янський НПЗ у Краснодарському краї",
# "… завод (НПЗ) у …", "…, що в …"
# (the facility's words may end after a stem matched: "нафтоперер|обний завод")
_IN_REGION_GAP = re.compile(r"\w*(?:\s+(?:завод|комбінат|комбинат|підприєм|предприят)\w*)?[\s,]*"
                            r"(?:\([^()]{0,30}\)[\s,]*)?(?:(?:що|який|яка|яке|розташован\w*)\s+)?(?:у|в)\s+$",
                            re.IGNORECASE)
_REGION_AFTER_REACH = 60


def _said_to_lie_in(text: str, end: int, start: int) -> bool:
    """Whether the name starting at ``start`` follows ``end`` as where the thing before it lies."""
    return 0 <= start - end <= _REGION_AFTER_REACH and _IN_REGION_GAP.fullmatch(text, end, start) is not None


def region_after(text: str, end: int, units: list[tuple[tuple[int, int], str]]) -> str | None:
    """The region (oblast, krai, republic) named right after ``end`` as where the thing before lies."""
    return next((code for (start, _), code in units if _said_to_lie_in(text, end, start)), None)


def lies_in(text: str, end: int, places: list[Place]) -> Place | None:
    """The place named right after ``end`` as where the thing before it lies ("… НПЗ у Краснодарському краї")."""
    return next((place for place in places if _said_to_lie_in(text, end, place.span[0])), None)
