"""An energy object named in a relative clause that describes a place ("Унеча. Там де нафтопровід «Дружба» качає
нафту в Європу, вночі прилетіло по нафтоперекачувальній станції"): the pipeline says what the place is known for; the
object struck is the one the sentence's word of striking hits. Read by :func:`trucewatch.nlp.slavic.reader._strikes`
when a sentence names more than one object. Nothing here raises on user text.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.wording import names_striking

_F = re.IGNORECASE
# a relative word of place, the object within three words after it ("там де нафтопровід …", "куди йде газ …")
_WHERE = re.compile(r"(?<![\w'’ʼ])(?:де|куди|звідки|через\s+як(?:ий|у|е|і))\s+(?:[\w'’ʼ«»\"-]+\s+){0,3}$", _F)
_CLAUSE_END = re.compile(r"[,.;:!?\n—–]")


def describes_place(sentence: str, start: int, language: str = "uk") -> bool:
    """Whether the object named at ``start`` of ``sentence`` stands in a relative clause of place with no word of
    striking in it."""
    where = _WHERE.search(sentence, max(0, start - 60), start)
    if where is None:
        return False
    end = _CLAUSE_END.search(sentence, start)
    return not names_striking(sentence[where.start():end.start() if end else len(sentence)], language)


# what an object is a part of: "ЛВДС «Унеча» — вузол нафтопроводу «Дружба»", "узел нефтепровода", "частина
# газопроводу": the pipeline a station belongs to, told to say what the station is
_PART_OF = re.compile(r"(?<![\w'’ʼ])(?:вуз[оу]?л\w*|уз[еe]?л\w*|частин\w*|часть|части|ланк\w*|звен\w*|ланцюг\w*)\s+$",
                      _F)


def described_only(sentence: str, starts: list[int], language: str = "uk") -> set[int]:
    """The starts of the objects named only to describe a place or another object (what that object is a part of),
    when another object of the sentence is not."""
    parts = {start for start in starts if _PART_OF.search(sentence, max(0, start - 20), start)}
    if parts and len(parts) < len(starts):
        return parts  # "ЛВДС «Унеча» — вузол нафтопроводу «Дружба»": the station, whatever clause names it
    described = {start for start in starts if describes_place(sentence, start, language)}
    return described if len(described) < len(starts) else set()
