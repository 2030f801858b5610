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


def described_only(sentence: str, starts: list[int], language: str = "uk") -> set[int]:
    """The starts of the objects named only to describe a place, when another object of the sentence is not."""
    described = {start for start in starts if describes_place(sentence, start, language)}
    return described if len(described) < len(starts) else set()
