"""Where a thing came from, not where it was struck: a place after a participle of origin ("a train carrying armour
captured near Kupiansk was hit at the station in Balakliia", "shells made in Tula") tells the cargo's or the weapon's
history; it yields to the sentence's other places and stands only when the sentence names no other. So does the town a
direction is given from ("Slatino, north of Kharkov: damaged houses"): the place told is the one before it."""

from __future__ import annotations

import re

# a past participle of getting or making a thing, right before the preposition of the place
_ORIGIN_BEFORE = re.compile(r"\b(?i:captured|seized|taken|made|built|produced|manufactured|assembled|bought|"
                            r"purchased|loaded|shipped|brought)\s+(?i:near|in|at|outside|around|from)\s+$")
# a point of the compass in words ("north", "south-east"; also read by trucewatch.nlp.place_shape)
COMPASS_WORD = r"(?:north|south)(?:[- ]?(?:east|west))?|east|west"
# a direction from a town after a comma or a distance ("X, north of Y", "X, 20 km south-west of Y")
_DIRECTION_FROM = re.compile(r"(?:,\s*|\d+(?:[.,]\d+)?\s*(?i:km|kms|kilometres|kilometers)\s+)"
                             rf"(?i:(?:just|to\s+the)\s+)?(?i:{COMPASS_WORD})\s+"
                             r"(?i:of)\s+(?i:the\s+)?(?i:(?:city|town|village)\s+of\s+)?$")


def origins_last(entries: list[tuple[str, tuple[int, int], str | None, bool]],
                 sentence: str) -> list[tuple[str, tuple[int, int], str | None, bool]]:
    """``entries`` (name, span, oblast text, said "near") with the places of origin, and the towns a direction is
    given from, moved after the others."""
    origin = [entry for entry in entries if _ORIGIN_BEFORE.search(sentence, 0, entry[1][0])]
    # (a town a direction is given from, when a place named before it in the sentence is what the direction places)
    origin += [entry for entry in entries if entry not in origin and _DIRECTION_FROM.search(sentence, 0, entry[1][0])
               and any(other[1][1] <= entry[1][0] for other in entries if other is not entry)]
    return [entry for entry in entries if entry not in origin] + origin


# where fire came from ("shelling from the direction of Popasna", "shelled from across the border at Kozinka"): no
# place of the event, so a title's village before it is still read alone (place_names.names_in)
_FIRED_FROM = re.compile(r"\b(?i:from)\s+(?i:the\s+)?(?i:direction|side|area|territory)\s+(?i:of)\s+(?i:the\s+)?$|"
                         r"\b(?i:launched|fired|shot|shelled)\s+(?i:from)\s+(?i:the\s+)?$")


def fired_from(sentence: str, start: int) -> bool:
    """Whether the name at ``start`` is told as where fire came from."""
    return _FIRED_FROM.search(sentence, max(0, start - 60), start) is not None
