"""The energy objects a Russian or Ukrainian post names (``energy_mentions``): by the lexicon's words for a kind of
one ("НПЗ", "підстанція") or by an object's own name (slavic.facilities), not goods a works makes nor an object a ship
or a unit guards. Nothing here raises on user text."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.facilities import energy_facilities
from trucewatch.nlp.slavic.lexicon import lexicon

_F = re.IGNORECASE

# a verb of making earlier in the clause: the energy word names goods a works makes, not an object struck
_MADE = re.compile(r"(?<![\w'’])(?:виготовля|вироблял|виробляє|виробляють|производ[ия]т|производил|выпуска[ею]т|"
                   r"выпускал|випуска[єю]|випускал)\w*[^.!?;\n]*$", _F)
_MADE_REACH = 80
# the safety or guarding of an energy object just before it: what a ship or a unit protects, not an object struck
# ("корабль …, выполняющий задачи по обеспечению безопасности функционирования газовых трубопроводов «Турецкий
# поток»", "охорона нафтопроводу")
_GUARDED = re.compile(r"(?<![\w'’])(?:безопасност|безпек|охран|охорон)\w*(?:\s+[\w'’-]+){0,3}\s+$", _F)
_GUARDED_REACH = 60


_QUOTED_NAME_OF = re.compile(r"[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s*[«\"“„]\s*")  # the object's words, then its name


def energy_mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """(category, match) for each energy object named, most specific kind first per place in the text."""
    found: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    named = [(category, match) for category, pattern in lexicon().energy_objects for match in pattern.finditer(text)]
    # "КІНЕФ", "Шесхаріс": an energy object by its own name (slavic.facilities), after the words for a kind of one
    facilities = energy_facilities(text)
    for category, match in [*named, *facilities]:
        if any(start < match.end() and match.start() < end for start, end in taken):
            continue
        if (category, match) in facilities and any(_QUOTED_NAME_OF.fullmatch(text, end, match.start())
                                                   for _, end in taken):
            continue  # "НПЗ «КІНЕФ»", "станции «Кропоткинская»": the name quoted is the object's own, one object
        if _MADE.search(text, max(0, match.start() - _MADE_REACH), match.start()):
            continue  # "Там виготовляли радіолокаційне обладнання, електроніку та трансформатори": goods made
        if _GUARDED.search(text, max(0, match.start() - _GUARDED_REACH), match.start()):
            continue  # "по обеспечению безопасности функционирования газовых трубопроводов": an object guarded
        found.append((category, match))
        taken.append(match.span())
    found.sort(key=lambda item: item[1].start())
    return found
