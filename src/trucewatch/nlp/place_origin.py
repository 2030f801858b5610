"""Where a thing came from, not where it was struck: a place after a participle of origin ("a train carrying armour
captured near Kupiansk was hit at the station in Balakliia", "shells made in Tula") tells the cargo's or the weapon's
history; it yields to the sentence's other places and stands only when the sentence names no other."""

from __future__ import annotations

import re

# a past participle of getting or making a thing, right before the preposition of the place
_ORIGIN_BEFORE = re.compile(r"\b(?i:captured|seized|taken|made|built|produced|manufactured|assembled|bought|"
                            r"purchased|loaded|shipped|brought)\s+(?i:near|in|at|outside|around|from)\s+$")


def origins_last(entries: list[tuple[str, tuple[int, int], str | None, bool]],
                 sentence: str) -> list[tuple[str, tuple[int, int], str | None, bool]]:
    """``entries`` (name, span, oblast text, said "near") with the places of origin moved after the others."""
    origin = [entry for entry in entries if _ORIGIN_BEFORE.search(sentence, 0, entry[1][0])]
    return [entry for entry in entries if entry not in origin] + origin
