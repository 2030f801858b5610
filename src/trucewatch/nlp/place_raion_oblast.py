"""The oblast of a raion the text names, for when none of a name's readings lies in the raion itself ("Mykolaivka,
Kherson raion", where the gazetteer puts the village in the next raion of the same oblast; a raion spelt by its seat
or by an old name; round 48): the readings in the raion's oblast are kept before any elsewhere, so that a wrong or
redrawn raion never sends the place to a namesake hundreds of kilometres off."""

from __future__ import annotations

from trucewatch.geo.gazetteer import GeoMatch, raion


def raion_oblast(code: str | None) -> str | None:
    """The admin1 code ("UA-65") of the current raion ``code`` (an OCHA pcode, whose two digits are OCHA's numbering of
    the oblasts, not ISO's: "UA0102" is a raion of Crimea, UA-43); None for a former raion or no code."""
    found = raion(code) if code else None
    return found.admin1 if found is not None else None


def in_raion_oblast(settlements: list[GeoMatch], code: str | None) -> list[GeoMatch]:
    """The readings among ``settlements`` that lie in the oblast of the raion ``code`` (none when it is not known)."""
    oblast = raion_oblast(code)
    return [m for m in settlements if oblast is not None and m.admin1_code == oblast]
