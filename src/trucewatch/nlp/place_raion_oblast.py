"""The oblast of a raion the text names, for when none of a name's readings lies in the raion itself ("Mykolaivka,
Kherson raion", where the gazetteer puts the village in the next raion of the same oblast; a raion spelt by its seat
or by an old name; round 48): the readings in the raion's oblast are kept before any elsewhere, so that a wrong or
redrawn raion never sends the place to a namesake hundreds of kilometres off."""

from __future__ import annotations

import re

from trucewatch.geo.gazetteer import GeoMatch

# a current raion's code (KATOTTG-style "UA6510": country, the oblast's two digits, the raion's two)
_CURRENT = re.compile(r"UA(?P<oblast>\d{2})\d{2}")


def raion_oblast(code: str | None) -> str | None:
    """The admin1 code ("UA-65") of the current raion ``code``; None for a former raion or no code."""
    found = _CURRENT.fullmatch(code or "")
    return f"UA-{found.group('oblast')}" if found else None


def in_raion_oblast(settlements: list[GeoMatch], code: str | None) -> list[GeoMatch]:
    """The readings among ``settlements`` that lie in the oblast of the raion ``code`` (none when it is not known)."""
    oblast = raion_oblast(code)
    return [m for m in settlements if oblast is not None and m.admin1_code == oblast]
