"""A name the text calls a village is no town or city of the name: "fired small arms at residents in the village of
Kalynivka, Donetsk oblast" is one of the oblast's villages, not a town of 100,000 people that bears the name as an
alternate one.

The choice among namesakes (:func:`~trucewatch.nlp.place_choice.choose`) lets population decide when nothing else
does, and a town outweighs villages by design ("Volnovakha" is the town). Where the text itself says "the village of
X" or "X village", the readings of X that are towns (TOWN_POPULATION people or more) or a city's district are left
out of the choice, when a reading that could be a village by its own or an alternate name remains (villages found
only by a spelling variant are not enough: "the village Kabanauka" in Belarus is no Ukrainian hamlet spelt alike),
and unless a town left out bears the name as its own while the villages bear it only as an alternate name ("Sartana
village" is the urban settlement of that name, 10,000 people, not a hamlet in Crimea once called so);
the choice among the villages, those found by a spelling variant too, is made as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode_candidates
from trucewatch.nlp.place_names import NAME
from trucewatch.nlp.place_readings import TOWN_POPULATION

# "the village of Kalynivka", "a village called Kalynivka", "Kalynivka village" (not "village council", "village of
# the district")
_VILLAGE_OF = re.compile(r"\b(?i:village|hamlet)\s+(?:(?i:of|called|named)\s+)?(?P<name>" + NAME + r")")
_NAME_VILLAGE = re.compile(r"\b(?P<name>" + NAME + r")\s+(?i:village|hamlet)\b(?!\s+(?i:of|council|head))")


def called_villages(text: str) -> frozenset[str]:
    """The names ``text`` calls a village."""
    return frozenset(match.group("name") for pattern in (_VILLAGE_OF, _NAME_VILLAGE)
                     for match in pattern.finditer(text))


def as_villages(found: Sequence[GeoMatch]) -> list[GeoMatch]:
    """The readings of a name the text calls a village that could be one (no town, no city's district), or all of
    them when none could."""
    villages = [m for m in found if m.source != "admin1-centre" and m.source != "geonames-section"
                and m.population < TOWN_POPULATION]
    by_name = any(m.matched_by != MATCHED_BY[2] for m in villages)
    # a town left out that bears the very name as its own is kept when the villages hold it only by an alternate
    # name or a spelling ("Sartana village": the urban settlement of 10,000 named Sartana, not a Crimean hamlet that
    # was once called so)
    own_name = MATCHED_BY[0]
    outranked = any(m.matched_by == own_name for m in found if m not in villages) and not any(
        m.matched_by == own_name for m in villages)
    return villages if by_name and len(villages) < len(found) and not outranked else list(found)


def village_readings(name: str, **scope: Any) -> tuple[GeoMatch, ...]:
    """:func:`~trucewatch.geo.gazetteer.geocode_candidates` of a name the text calls a village, as villages."""
    return tuple(as_villages(geocode_candidates(name, **scope)))
