"""An oblast's centre named in a tally's list of regions ("над Дніпропетровщиною, Запоріжжям, Харківщиною та
Полтавщиною"): between two regions of the list it stands for its oblast, as the names around it do. Read by
:func:`trucewatch.nlp.slavic.places.find_places` in tallies, where towns are not read. Nothing here raises on user
text."""

from __future__ import annotations

import re

from trucewatch.geo.admin1 import admin1_name
from trucewatch.geo.city_districts import gazetteer_spelling
from trucewatch.nlp.slavic.settlements import settlement

_CAPITALISED = re.compile(r"(?<![\w«\"“„])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)(?![\w'’-])")
_GAP = 6  # characters at most between the centre and the regions listed either side of it ("ою, ", " та ")


def centres_listed(text: str, language: str, spans: list[tuple[int, int]]) -> list[tuple[str, tuple[int, int]]]:
    """(code, span) of each oblast's centre ``text`` names between two of the regions found at ``spans``."""
    listed: list[tuple[str, tuple[int, int]]] = []
    for match in _CAPITALISED.finditer(text):
        if any(start <= match.start() < end for start, end in spans) or not any(
                0 <= match.start() - end <= _GAP for _, end in spans) or not any(
                0 <= start - match.end() <= _GAP for start, _ in spans):
            continue
        town = settlement(match.group(1), language, "preposition")
        if town is None or not town.admin1_code:
            continue
        oblast = admin1_name(town.admin1_code).split()[0]
        if town.name in (oblast, gazetteer_spelling(oblast)):
            listed.append((town.admin1_code, match.span()))
    return listed
