"""What carried a dropped munition: "Russian soldiers dropped a grenade from a quadcopter onto a house", "The buzz of
drones was heard over the village. One of them dropped a grenade on a bus stop". A grenade, an explosive or a bomb
dropped where the sentence, or the one before it, names a drone is the drone's strike: the weapon class is the
carrier's (``drone``), not the munition's (``other``)."""

from __future__ import annotations

import re

from trucewatch.nlp import lexicon as lx

# the verb of dropping a munition
_DROPPED = re.compile(r"\b(?:dropp(?:ed|ing)|drops?)\b", re.IGNORECASE)
# the class of weapons a dropped munition's carrier may be
_CARRIERS = ("drone", "fpv")


def _carrier(text: str) -> str | None:
    return next((weapon for pattern, weapon in lx.WEAPONS if weapon in _CARRIERS and pattern.search(text)), None)


def dropped_from(sentence: str, before: str) -> str | None:
    """The carrier's weapon class when ``sentence`` tells a munition dropped and it, or ``before`` (the sentence
    before it), names a drone; None otherwise."""
    if not _DROPPED.search(sentence):
        return None
    return _carrier(sentence) or _carrier(before)
