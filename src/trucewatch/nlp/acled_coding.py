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

The same coding serves the ACLED evaluation (:func:`trucewatch.nlp.evaluate.sub_event_type`, on an extracted report)
and the ACLED-format export (:mod:`trucewatch.api.acled_export`, on an incident: its event and weapon, the primary
report's words): :func:`sub_event_type` takes a :class:`Note` of either, so that an incident exported and a note
evaluated are coded alike, and ``EVENT_TYPES`` gives each sub-event its event and disorder type as ACLED's codebook
groups them.

Written by hand from ACLED's codebook's definitions; no row of any evaluation file is named here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from trucewatch.model import Report


@dataclass(frozen=True)
class Note:
    """What the coding reads: the note's words, the event and weapon read from them (or an incident's), the acting
    party and the country of the place."""

    text: str
    event: str | None
    weapon: str | None
    actor: str | None = None
    country: str | None = None


def note_of(report: Report) -> Note:
    """The coding's view of an extracted report."""
    return Note(report.text or "", report.event, report.weapon, report.actor,
                report.location.country if report.location else None)


# sub_event_type → (disorder_type, event_type), as ACLED's codebook groups them
EVENT_TYPES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
                    ("Political violence", "Battles")),
    **dict.fromkeys(("Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED",
                     "Grenade", "Suicide bomb", "Chemical weapon"),
                    ("Political violence", "Explosions/Remote violence")),
    **dict.fromkeys(("Attack", "Abduction/forced disappearance", "Sexual violence"),
                    ("Political violence", "Violence against civilians")),
    **dict.fromkeys(("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
                    ("Demonstrations", "Protests")),
    "Violent demonstration": ("Demonstrations", "Riots"),
    "Mob violence": ("Political violence", "Riots"),
    **dict.fromkeys(("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                     "Headquarters or base established", "Looting/property destruction",
                     "Non-violent transfer of territory", "Other"),
                    ("Strategic developments", "Strategic developments")),
}

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


def coded_by_wording(note: Note) -> tuple[str, str | None] | None:
    """(sub_event_type, acting party or ``None`` for the report's own) when the note's wording decides them, else
    ``None``."""
    text = note.text
    # a place changes hands in a note of ground fighting or of no fire at all, never in one of a weapon's fire
    # ("Ukrainian artillery shelled X, which Russian forces occupied in 2022")
    gainer = territory_gain(text) if note.weapon is None and note.event in (None, "ground_assault", "other") \
        else None
    if gainer:
        country = note.country
        own = country == gainer or (country is None and gainer == "UA")
        return ("Government regains territory" if own else "Non-state actor overtakes territory"), gainer
    jammed = _JAMMED.search(text)
    if jammed:
        return "Disrupted weapons use", _party(jammed.group(1))
    both = _BOTH_SIDES.search(text)
    if both:
        # the side the extractor read as acting, else the side named first
        return "Armed clash", note.actor or _party(both.group(1))
    if note.weapon is None and _ATTACKED_NEAR.search(text):
        return "Armed clash", None
    if _FROM_DRONE.search(text):
        return "Air/drone strike", None
    if _GRENADE_THROWN.search(text):
        return "Grenade", None
    if note.weapon in (None, "other") and _EXPLOSIVE_MORE.search(text):
        return "Remote explosive/landmine/IED", None
    if note.weapon is None and _PROPERTY.search(text):
        return "Looting/property destruction", None
    if _MINES_LAID.search(text) and not _BLAST.search(text):
        return "Other", None
    return None


_CLASH = re.compile(r"\b(clash\w*|small arms|machine ?guns?|assault\w*|advance\w*|storm\w*|firefights?|"
                    r"battles?|fighting)\b")
_EXPLOSIVE = re.compile(r"\b(landmines?|mines?|explosive (?:device|element|object)s?|uxo|ieds?|mishandling|"
                        r"blew up|tripwire)\b")

# an attack on positions, no weapon named ("attacked Ukrainian positions near X", "an attack on Russian positions")
_ON_POSITIONS = re.compile(r"\battack(?:s|ed|ing)?\b(?:\s+on)?\s+(?:\w+\s+){0,2}?positions\b")
# what a drone drops ("a drone dropped an explosive device", "a grenade dropped from a drone")
_DROPPED = re.compile(r"\bdrop(?:ped|s|ping)?\b")
# events of no violence at all: a prisoner exchange, or none read
_NO_VIOLENCE = (None, "prisoner_exchange")


def sub_event_type(note: Note) -> str:
    """ACLED's sub_event_type for a note (an extracted report's, or an incident's with its primary report's words)."""
    text = note.text.lower()
    coded = coded_by_wording(note)
    if coded:
        return coded[0]  # the note's wording decides (places changing hands, jamming, clashes ...)
    if note.event == "interception" or "defused" in text:
        return "Disrupted weapons use"
    if note.event == "other" and any(w in text for w in ("protest", "demonstrat", "rally", "picket")):
        return "Peaceful protest"
    if note.event == "ground_assault":
        # "fired at positions with drones" is a drone strike in ACLED's terms, not a clash
        return "Air/drone strike" if note.weapon in ("drone", "fpv") and not _CLASH.search(text) else "Armed clash"
    if note.event == "strike" and note.weapon is None and _ON_POSITIONS.search(text):
        return "Armed clash"  # "Russian forces attacked Ukrainian positions near X": no weapon named, a clash
    if note.weapon in ("drone", "fpv") and _DROPPED.search(text):
        return "Air/drone strike"  # "a drone dropped an explosive device on X": the drone's strike, not an IED
    if _EXPLOSIVE.search(text):
        return "Remote explosive/landmine/IED"
    if note.event in _NO_VIOLENCE:
        return "Other"
    if note.weapon in ("drone", "fpv", "aerial_bomb"):
        return "Air/drone strike"
    return "Shelling/artillery/missile attack"
