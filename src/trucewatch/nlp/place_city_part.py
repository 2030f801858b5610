"""A district no raion table knows, named right after a town ("Zaporizhzhia, Oleksandrivskyi district", "in Kharkiv,
Kyivskyi district"): the town's own part, so no other place that could anchor the town's namesakes (a hamlet that
happens to bear the district's adjective lies elsewhere; round 48). A raion the tables know ("Kramatorskyi
district") stays a place, read as the raion it is."""

from __future__ import annotations

import re

from trucewatch.nlp.place_names import RAION_AFTER
from trucewatch.nlp.place_raions import raion_named

# the town and comma before the district's name: "Zaporizhzhia, "
_TOWN_THEN_COMMA = re.compile(r"[A-Z][\w'’-]+\s*,\s*$")


def city_part(sentence: str, start: int, end: int, name: str, admin1: str | None) -> bool:
    """Whether ``name`` (at ``start``-``end`` of ``sentence``) is a district after a town's name and comma that no
    raion of ``admin1`` (or anywhere, without one) bears."""
    return (RAION_AFTER.match(sentence, end) is not None and _TOWN_THEN_COMMA.search(sentence, 0, start) is not None
            and raion_named(name, admin1) is None)
