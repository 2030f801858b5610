"""A town in a list of regions: "Самарщина, Рязань, Саратовщина" names three places, and the oblast after the town is
the list's next item, not the oblast the town lies in (as in "Суджа, Курщина" or "Плехово, Курської області")."""

from __future__ import annotations

import re

# the gap between two items of a list (after the rest of the region's word, whose span may end at its stem: "Брянщин"):
# a comma, a slash ("Луганська/Бердянська"), or "і" / "та" / "й"
_LIST_GAP = re.compile(r"[\w'’-]*\s*(?:,|/|\s(?:і|та|й))\s*", re.IGNORECASE)


def listed_among_units(text: str, start: int, units: list[tuple[tuple[int, int], str]]) -> bool:
    """Whether the word at ``start`` follows a region (``units``: spans and codes) across the gap of a list only."""
    return any(end <= start and _LIST_GAP.fullmatch(text, end, start) is not None for (_, end), _ in units)
