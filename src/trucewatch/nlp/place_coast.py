"""An island, spit or peninsula a sentence names as where its event happened ("Smoke rose over Snake Island", "the
Kinburn Spit was shelled", "on the island of Dzharylhach"): the feature's own point from
:mod:`trucewatch.geo.coast`, which the gazetteer of settlements cannot give.

Only a name written with its kind ("X Island", "X Spit", "the X peninsula", "the island of X") is looked up; a
name in another role (where a shot came from, a dateline, a comparison) is not the event's place.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from trucewatch.geo.coast import PRECISION_KM, coast_feature
from trucewatch.geo.gazetteer import GeoMatch
from trucewatch.nlp.place_names import NAME
from trucewatch.nlp.place_roles import ELSEWHERE_ROLES, name_role

_KIND = r"(?i:islands?|isle|spit|peninsula)"
_MENTION = re.compile(
    rf"(?P<before>{NAME}(?:\s+{NAME}){{0,2}})\s+{_KIND}\b"
    rf"|\b(?i:the\s+)?{_KIND}\s+of\s+(?P<after>{NAME}(?:\s+{NAME}){{0,1}})")
# where a unit, a shot or a person came from: not where the event was
_OTHER_ROLES = (*ELSEWHERE_ROLES, "origin", "home")


class CoastMention(NamedTuple):
    match: GeoMatch
    span: tuple[int, int]  # the mention, kind word included
    basis: str  # how the place was chosen, for the report's location_basis


def coast_named(sentence: str) -> CoastMention | None:
    """The first island, spit or peninsula ``sentence`` names in no other role, or None."""
    for mention in _MENTION.finditer(sentence):
        if name_role(sentence, mention.start()) in _OTHER_ROLES:
            continue
        group = "before" if mention.group("before") else "after"
        parts = mention.group(group).split()
        # "the Ukrainian-held Kinburn Spit": the whole name, then its last words
        for size in range(len(parts), 0, -1):
            words = " ".join(parts[-size:])
            match = coast_feature(words)
            if match is not None:
                start = mention.end(group) - len(words) if group == "before" else mention.start()
                return CoastMention(match, (start, mention.end()),
                                    f"the {_kind(match)} the text names: {match.name} (GeoNames {match.id})")
    return None


def _kind(match: GeoMatch) -> str:
    """What the feature is, in words for a basis ("island", "spit or peninsula")."""
    return "spit or peninsula" if match.precision_km >= PRECISION_KM["SPIT"] else "island"
