"""ACLED's sub-event type and acting side from a note's own wording, where the report's event and weapon leave them
open (:func:`trucewatch.nlp.evaluate.sub_event_type` asks here first).

- A place changing hands: "Ukrainian forces retook X", "Russian forces took control of X", "X was liberated by
  Ukrainian troops", "Russian forces withdrew from X and Ukrainian forces re-established control": the side that gains
  acts; it regains territory when the place lies in its own country, else it overtakes it (ACLED's "Non-state actor
  overtakes territory" for a foreign army's gains).
- Electronic warfare stopping a weapon ("Russian electronic warfare suppressed a Ukrainian drone"): disrupted weapons
  use, the side that jammed it acting.
- Two sides fighting ("Ukrainian and Russian forces fought in X"): an armed clash, the side the report reads as
  acting, else the side named first;
  forces that "attacked near X" (no object, no weapon) clash too.
- A bomb dropped from a drone is the drone's strike; a grenade thrown is a grenade; a car blown up or unexploded
  ordnance is an explosive; forces looting or setting fire to houses destroy property; forces laying mines, with no
  blast, are another strategic development.

Written by hand from ACLED's codebook's definitions; no row of any evaluation file is named here.
"""

from __future__ import annotations

import re

from trucewatch.model import Report

_SIDE = r"(russian|ukrainian|russia's|ukraine's)"
_FORCES = r"(?:armed\s+)?(?:forces|troops|units|army|soldiers|servicemen|military|fighters|marines|paratroopers)"
_GAIN_VERB = (r"(?:re-?established|regained|restored|established|took|taken|seized|gained)\s+(?:full\s+)?control|"
              r"retook|retaken|recaptured|regained|liberated|captured|occupied|took\s+over|overran|seized")
# "<Side> forces (had) (reportedly) retook X" / "<Side> forces ... and re-established control"
_GAINED_ACTIVE = re.compile(
    rf"\b{_SIDE}\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}\s+(?:(?:had|have|has)\s+)?(?:(?:reportedly|fully|finally|"
    rf"completely)\s+)?(?:{_GAIN_VERB})\b", re.IGNORECASE)
# "X was liberated by Ukrainian forces", "came under the control of Russian forces"
_GAINED_PASSIVE = re.compile(
    rf"\b(?:(?:was|were|had\s+been|has\s+been)\s+(?:{_GAIN_VERB})\s+by|(?:came|passed)\s+under\s+(?:the\s+)?"
    rf"control\s+of)\s+(?:the\s+)?{_SIDE}\s+(?:[\w\-]+\s+){{0,2}}?{_FORCES}\b", re.IGNORECASE)
# what was captured is a place, not people or arms ("captured two Ukrainian soldiers", "captured a tank")
_NOT_A_PLACE = re.compile(r"\s+(?:of\s+)?(?:(?:an?|the|\d+|two|three|several|some|"
                                 r"a\s+group\s+of)\s+)?(?:[\w\-]+\s+){0,2}?(?:soldiers?|servicem[ae]n|prisoners?|"
                                 r"troops|fighters|tanks?|vehicles?|weapons?|equipment|drones?|documents?|"
                                 r"positions?|trenches?|strongpoints?)\b", re.IGNORECASE)

_JAMMED = re.compile(rf"\b{_SIDE}\s+(?:[\w\-]+\s+){{0,2}}?electronic\s+warfare\s+(?:units?\s+|systems?\s+|means\s+)?"
                     r"(?:suppressed|jammed|disabled|downed|neutrali[sz]ed|brought\s+down|intercepted)\b",
                     re.IGNORECASE)
# "Ukrainian and Russian forces fought in X", "Russian and Ukrainian troops clashed near X"
_BOTH_SIDES = re.compile(rf"\b{_SIDE}\s+and\s+{_SIDE}\s+{_FORCES}\s+(?:(?:reportedly|heavily)\s+)?"
                         r"(?:fought|clashed|exchanged\s+fire|engaged)\b", re.IGNORECASE)
# forces "attacked near X" / "attacked in the area of X": an attack with no object and no weapon is ground fighting
_ATTACKED_NEAR = re.compile(rf"\b{_FORCES}\s+(?:(?:reportedly|unsuccessfully|repeatedly)\s+)?attacked\s+"
                            r"(?:near|around|in\s+the\s+area\s+of|on\s+the\s+outskirts\s+of|towards?)\b",
                            re.IGNORECASE)
_FROM_DRONE = re.compile(r"\bdrop(?:ped|s|ping)?\b[^.;]{0,80}?\bfrom\s+(?:an?\s+)?(?:[\w\-]+\s+){0,2}?"
                         r"(?:drones?|uavs?|quadcopters?|copters?)\b", re.IGNORECASE)
_GRENADE_THROWN = re.compile(r"\b(?:grenades?\s+(?:was|were|had\s+been)\s+thrown|thr(?:ew|own|owing)\s+"
                             r"(?:an?\s+|the\s+)?(?:[\w\-]+\s+)?grenades?)\b", re.IGNORECASE)
_EXPLOSIVE_MORE = re.compile(r"\b(?:(?:car|vehicle|truck|bus)\b[^.;]{0,60}?\b(?:was|were|had\s+been)\s+blown\s+up|"
                             r"car\s+bomb|unexploded\s+(?:ordnance|munitions?|shells?|bombs?|devices?)|"
                             r"explosive\s+remnants?)", re.IGNORECASE)
_PROPERTY = re.compile(rf"\b{_FORCES}\b[^.;]{{0,80}}?\b(?:loot(?:ed|ing)|plunder(?:ed|ing)|pillag(?:ed|ing)|"
                       r"set\s+fire\s+to|set\s+(?:\w+\s+){1,3}?(?:on\s+fire|alight)|torched|burn(?:ed|t)\s+(?:down\s+)?"
                       r"(?:\w+\s+){0,3}?(?:houses?|homes?|buildings?|property))\b", re.IGNORECASE)
_MINES_LAID = re.compile(r"\b(?:lay(?:ing)?|laid|plant(?:ed|ing)|plac(?:ed|ing)|install(?:ed|ing)|scatter(?:ed|ing))"
                         r"\s+(?:[\w\-]+\s+){0,2}?(?:land)?mines\b", re.IGNORECASE)
_BLAST = re.compile(r"\b(?:explo(?:ded|sion|sions)|detonat\w*|killed|wounded|injured|hit|struck|blew\s+up)\b",
                    re.IGNORECASE)

_PARTIES = {"russian": "RU", "russia's": "RU", "ukrainian": "UA", "ukraine's": "UA"}


def _party(word: str) -> str:
    return _PARTIES[word.lower()]


def territory_gain(text: str) -> str | None:
    """The party ("RU"/"UA") a note says took or retook a place, or ``None``."""
    for pattern in (_GAINED_PASSIVE, _GAINED_ACTIVE):
        for match in pattern.finditer(text):
            if pattern is _GAINED_ACTIVE and _NOT_A_PLACE.match(text, match.end()):
                continue
            return _party(match.group(1))
    return None


def coded_by_wording(report: Report) -> tuple[str, str | None] | None:
    """(sub_event_type, acting party or ``None`` for the report's own) when the note's wording decides them, else
    ``None``."""
    text = report.text or ""
    # a place changes hands in a note of ground fighting or of no fire at all, never in one of a weapon's fire
    # ("Ukrainian artillery shelled X, which Russian forces occupied in 2022")
    gainer = territory_gain(text) if report.weapon is None and report.event in (None, "ground_assault", "other") \
        else None
    if gainer:
        country = report.location.country if report.location else None
        own = country == gainer or (country is None and gainer == "UA")
        return ("Government regains territory" if own else "Non-state actor overtakes territory"), gainer
    jammed = _JAMMED.search(text)
    if jammed:
        return "Disrupted weapons use", _party(jammed.group(1))
    both = _BOTH_SIDES.search(text)
    if both:
        # the side the extractor read as acting, else the side named first
        return "Armed clash", report.actor or _party(both.group(1))
    if report.weapon is None and _ATTACKED_NEAR.search(text):
        return "Armed clash", None
    if _FROM_DRONE.search(text):
        return "Air/drone strike", None
    if _GRENADE_THROWN.search(text):
        return "Grenade", None
    if report.weapon in (None, "other") and _EXPLOSIVE_MORE.search(text):
        return "Remote explosive/landmine/IED", None
    if report.weapon is None and _PROPERTY.search(text):
        return "Looting/property destruction", None
    if _MINES_LAID.search(text) and not _BLAST.search(text):
        return "Other", None
    return None
