"""A strike told in a clause with no verb at all, for :func:`trucewatch.nlp.slavic.verbless.verbless_strikes`.

Two shapes a channel writes under a place named in the post:

* "по" with an object struck after it and no weapon named ("Пізно ввечері по порту і по підстанції", "Жорстка
  ніч: по енергетиці Києва"): the object is an energy object, the sector as a whole or one of ``struck_object``'s,
  opening within two words of "по" (not "по 20 тисяч", "по черзі", "по всій країні");
* a weapon sent "в"/"у" a noun in the accusative ("Дві балістики в центр міста", "шахед у багатоповерхівку"): not
  a noun in the locative ("ракети в наявності", "дрони в дорозі").

Either is read only in a sentence where no word reads as a verb (a verb makes the clause one that ``strike_words``
or the other shapes read, or a habit, a sale, a delivery: "передали дрони в бригаду").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from trucewatch.nlp.slavic.energy_named import energy_mentions
from trucewatch.nlp.slavic.morph import readings
from trucewatch.nlp.slavic.wording import has_verb, struck_object

_F = re.IGNORECASE
_W = r"[\w'’ʼ-]+"
_ON = re.compile(rf"(?<![\w'’])по\s+((?:{_W}\s+){{0,2}}{_W})", _F)
# the energy sector as a whole in the dative or locative after "по" ("по енергетиці Києва"): the lexicon reads it as
# an energy object only after a word of striking, which a clause with no verb lacks
_SECTOR = re.compile(r"(?<![\w'’])(?:енергетиці|энергетике)(?![\w'’])", _F)
_WEAPON_INTO = re.compile(r"(?<![\w'’])(?:ракет(?!н)|КАБ|авіабомб|бомб|шахед|балістик|Іскандер|Кинджал|Калібр|Х-\d+|"
                          rf"(?:крилат|балістичн|керован)\w*\s+ракет)\w*\s+[ву]\s+({_W})", _F)


def _object_opens(words: str, language: str) -> bool:
    found = [match.start() for _, match in energy_mentions(words)]
    found.extend(match.start() for match in _SECTOR.finditer(words))
    struck = struck_object(words, language)
    found.extend([struck[0]] if struck else [])
    return any(not re.search(r"\d", words[:start]) for start in found)


def _accusative_place(word: str, language: str) -> bool:
    tags = [grammemes for _, grammemes in readings(word.lower(), language)]
    return any("NOUN" in grammemes and "accs" in grammemes for grammemes in tags) and not any(
        grammemes & {"loct", "ablt"} for grammemes in tags)


def aimed_without_verb(sentence: str, language: str, places_in_post: Callable[[], bool]) -> list[tuple[int, int]]:
    """Spans in ``sentence`` (offsets within it) of a strike told with no verb, by the two shapes of the module's
    doc; none when any word of the sentence reads as a verb or the post names no place."""
    found = [match.span() for match in _ON.finditer(sentence) if _object_opens(match.group(1), language)]
    found.extend(match.span() for match in _WEAPON_INTO.finditer(sentence)
                 if _accusative_place(match.group(1), language))
    if not found or has_verb(sentence, language) or not places_in_post():
        return []
    return found
