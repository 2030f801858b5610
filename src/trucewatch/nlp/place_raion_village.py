"""A settlement named right before the raion that holds it: "Stinka in Kupianskyi raion, Kharkiv oblast", "Russian-
controlled Lisne (Vasylivskyi raion, Zaporizhzhia oblast) was shelled", "Pokrovske, Synelnykove raion: drone strike",
"Bessonovka, Belgorod district".

An event coder or a monitor names the village and then, to say which of its namesakes, the raion. When the village
stands where no preposition leads to it (the subject of its sentence, a headline's first words, after "against"),
the name patterns read only the raion, and the event was placed at the raion's point with the raion's extent as the
precision (20–45 km from a village the text names). Here the name before the raion word is read as a settlement of
that raion: when exactly one place of the name lies in the raion (a current raion's pcode, or within a former
raion's reach of its seat), that place is the event's. Several bearers in the raion stay undecided (the raion, at
its extent); a name no place of the raion bears is no settlement of it (the raion again). A settlement by its own
name counts before another's alternate name and a hromada of the name; a place found only by a spelling variant
counts only when it is the raion's one place of the name in any spelling ("Novooleksandrovka (Sumskyi raion)", a
coder's Russian-style form of the raion's Novooleksandrivka; "Likhachevo, Lozivskyi raion", Lykhachove).
"""

from __future__ import annotations

import re
from typing import Any

from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode_candidates, raion
from trucewatch.nlp.place_names import NAME
from trucewatch.nlp.place_raions import in_raion, raion_location, raion_named
from trucewatch.nlp.place_sites import location_of

# the name just before the raion's: "Stinka in Kupianskyi raion", "Lisne (Vasylivskyi raion", "Pokrovske, Synelnykove
# raion", "Zoria of the Koriukivka district" (the name of up to two words, "Velyka Pysarivka")
_NAME_BEFORE = re.compile(r"(?P<name>" + NAME + r"(?:\s+" + NAME + r")?)\s*(?:,|\(|\b(?i:in|of)\b)\s*(?:(?i:the)\s+)?$")
# the raion's words, of up to three words, before the raion word
_RAION_MENTION = re.compile(r"\b(?P<name>" + NAME + r"(?:\s+" + NAME + r"){0,2})\s+(?i:raion|rayon|district)\b")
# a title that opens with a raion and then says what befell it ("14/07/2024 Nikopol district: artillery hit …")
_TITLE_RAION = re.compile(r"^\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s+)?(?P<name>" + NAME + r"(?:\s+" + NAME
                          + r")?)\s+(?i:raion|rayon|district)\s*[:,]")
_EVERY_READING = 1_000
_SHORTEST = 3


def village_before_raion(sentence: str, raion_start: int, code: str, admin1: str | None
                         ) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The location and span of the settlement named right before the raion ``code`` whose name starts at
    ``raion_start`` ("Stinka in |Kupianskyi raion"), when exactly one place of the name lies in that raion; None
    otherwise (no name there, an oblast's or another raion's name, none or several bearers in the raion)."""
    before = _NAME_BEFORE.search(sentence[:raion_start])
    if before is None:
        return None
    unit = raion(code)
    scope = unit.admin1 if unit else admin1
    whole = before.group("name")
    last = whole.split()[-1]
    # a name of two words first ("Velyka Pysarivka"), then its last word ("Russian-controlled Lisne")
    for name in dict.fromkeys((whole, last)):
        if len(name) < _SHORTEST or admin1_code(name):
            continue  # "Kharkiv oblast, Kupianskyi raion": the oblast, no village of the raion
        bearers = _in_raion(name, code, scope)
        if len(bearers) == 1:
            break
    else:
        return None
    match = bearers[0]
    start = before.start("name") + len(whole) - len(name)
    basis = (f"{name}: the only place of the name in the raion the text names after it "
             f"({unit.name + ' raion' if unit else 'the district of its seat'})")
    return location_of(name, match, basis), (start, start + len(name))


def village_location(sentence: str, raion_start: int, code: str, admin1: str | None) -> dict[str, Any] | None:
    """The location alone of :func:`village_before_raion`."""
    found = village_before_raion(sentence, raion_start, code, admin1)
    return found[0] if found else None


def village_in_sentence(sentence: str, admin1: str | None) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """:func:`village_before_raion` for the first raion the sentence names (within ``admin1`` when given) that has
    one: "Pokrovske, Synelnykove raion: drone strike on the fuel depot", where no preposition leads to either."""
    for mention in _RAION_MENTION.finditer(sentence):
        words = mention.group("name").split()
        for first in range(len(words)):
            # "Stinka in Kupianskyi" is no raion's name: the raion is the longest run of its last words that is
            code = raion_named(" ".join(words[first:]), admin1)
            start = mention.start("name") + len(" ".join(words[:first])) + (1 if first else 0)
            if code is None:
                # (a raion known only within an oblast, as a former raion by its seat, "Bezruky, Dergachi district":
                # read within the oblast of each reading of the name before it)
                if admin1 is None and (found := _in_its_oblast(sentence, start, " ".join(words[first:]), None)):
                    return found
                continue
            found = village_before_raion(sentence, start, code, admin1) or (
                None if admin1 else _in_its_oblast(sentence, start, " ".join(words[first:]), code))
            if found is not None:
                return found
            break
    return None


def several_before_raion(sentence: str, admin1: str | None) -> tuple[str, tuple[int, int]] | None:
    """The name and span of the settlement named right before the first raion the sentence names, when more than
    one place of the name lies in that raion ("Dmytrivka, Bucha district: destroyed school": two Dmytrivkas in
    the raion), for the choice among namesakes to weigh, the raion scoping it, rather than no place at all."""
    for mention in _RAION_MENTION.finditer(sentence):
        words = mention.group("name").split()
        for first in range(len(words)):
            code = raion_named(" ".join(words[first:]), admin1)
            if code is None:
                continue
            start = mention.start("name") + len(" ".join(words[:first])) + (1 if first else 0)
            before = _NAME_BEFORE.search(sentence[:start])
            if before is None:
                return None
            unit = raion(code)
            name = before.group("name")
            if len(name) < _SHORTEST or admin1_code(name) or len(_in_raion(name, code, unit.admin1 if unit
                                                                        else admin1)) < 2:
                return None
            return name, before.span("name")
    return None


def _in_its_oblast(sentence: str, start: int, words: str, code: str | None
                   ) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """With no oblast named, the raion's words read within the oblast of each reading of the name before them
    ("Bessonovka, Belgorod district": the district of Russia's Belgorod oblast, which holds a Bessonovka, not
    Ukraine's Bilhorod-Dnistrovskyi raion, which holds none)."""
    before = _NAME_BEFORE.search(sentence[:start])
    if before is None:
        return None
    oblasts = dict.fromkeys(m.admin1_code for m in geocode_candidates(
        before.group("name").split()[-1], limit=_EVERY_READING) if m.admin1_code)
    found = [hit for oblast in oblasts if (other := raion_named(words, oblast)) not in (None, code)
             and (hit := village_before_raion(sentence, start, str(other), oblast)) is not None]
    return found[0] if len(found) == 1 else None


def _in_raion(name: str, code: str, admin1: str | None) -> list[GeoMatch]:
    """The places of ``name`` (its own name, in ``admin1`` when given) that lie in raion ``code``, one per point."""
    readings = [m for m in geocode_candidates(name, admin1_code=admin1, limit=_EVERY_READING)
                if m.source not in ("admin1-centre", "geonames-section") and in_raion(m, code)]
    found = [m for m in readings if m.matched_by != MATCHED_BY[2]]
    if not found and len(variants := [m for m in readings if m.source != "katottg"]) == 1:
        # no place of the raion bears the name itself, one bears it in another spelling: the raion the text names
        # vouches for the spelling ("Novooleksandrovka (Sumskyi raion)", a coder's Russian-style form of the
        # raion's one Novooleksandrivka) (round 44)
        found = variants
    # a settlement by its own name before one by another's alternate name ("Chervone", not Esman once called so),
    # and before a hromada of the name (whose seat may be another village)
    own = [m for m in found if m.matched_by == MATCHED_BY[0] and m.source != "katottg"]
    points = {(round(m.lat, 3), round(m.lon, 3)): m for m in own or found}
    return list(points.values())


def title_raion(sentence: str, admin1: str | None) -> dict[str, Any] | None:
    """The raion a title opens with, when no settlement of the sentence was placed ("Nikopol district: artillery and
    drones hit three communities"): the raion at its extent (:func:`~trucewatch.nlp.place_raions.raion_location`),
    not the oblast's centre or nothing. Only a title's opening raion: "the Kyivskyi district" inside a sentence may be
    a city's."""
    opening = _TITLE_RAION.match(sentence)
    if opening is None:
        return None
    code = raion_named(opening.group("name"), admin1)
    if code is None:
        return None
    unit = raion(code)
    return raion_location(code, opening.group("name"), unit.admin1 if unit else admin1)
