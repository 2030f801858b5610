"""A clock inside the claim a denial answers ("Russia's Defence Ministry called Kyiv's claim that Russian drones had
struck a substation in Apostolove at about 02:10 on Saturday a fabrication"): the clock is the claim's, told by the
party that made it, so it is read in that party's zone (Kyiv's for a Ukrainian claim, Moscow's for a Russian one),
not in the denier's."""

from __future__ import annotations

import re

from trucewatch.nlp.sources import active_lexicon
from trucewatch.nlp.timex import KYIV, MOSCOW

# "Kyiv's claim that", "the Ukrainian side's allegations that", "Moscow's statement that": whose claim, then "that"
_CLAIM_OF = re.compile(r"\b(?P<who>(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,3}?(?:[A-Z][\w\-]*|side|regime|military|"
                       r"government|ministry))['’]s?\s+(?:claims?|reports?|allegations?|accusations?|statements?|"
                       r"assertions?|account)\s+that\b")
_ZONES = {"UA": KYIV, "RU": MOSCOW}
# "said reports that its drones had hit a substation in X at around 02:00 were invented": a claim with no owner named,
# which a party denying it answers, is the other party's
_CLAIM_BARE = re.compile(r"\b(?:claims?|reports?|allegations?|accusations?|assertions?)\s+that\b", re.IGNORECASE)
_OTHER = {"UA": "RU", "RU": "UA"}


def claim_zone(sentence: str, claimant: object, stance: object) -> tuple[str, int] | None:
    """(the zone of the party whose claim a denial quotes, where the claim begins) when that party is not the one
    denying it (a claim of no owner named is the denier's opponent's); None otherwise."""
    if stance != "denies":
        return None
    match = _CLAIM_OF.search(sentence)
    if match is None:
        bare = _CLAIM_BARE.search(sentence)
        other = _OTHER.get(claimant) if isinstance(claimant, str) else None
        return (_ZONES[other], bare.end()) if bare is not None and other is not None else None
    found = active_lexicon().party_of(match.group("who"), sentence)
    if found is None or found[0] == claimant or found[0] not in _ZONES:
        return None
    return _ZONES[found[0]], match.end()
