"""What a strike is said to answer: "Ответ за Белгород.", "Это ответ на ATACMS по Брянску.", "Вот так выглядит ответ
на атаки по нашим НПЗ", "у відповідь на удари по Харкову". A Russian war-correspondent's channel names, beside the
strike it cheers, the strike on its own side that the strike avenges; the places and the words of striking of that
clause are not the post's event, and neither its kind nor its regions are read from them (read by
:func:`trucewatch.nlp.slavic.kinds.classify` and by the posts' reader for the places struck). The clause runs from
"ответ на / за" over at most ``_WORDS`` words, to the end of its sentence or its part (a comma, a colon, a dash, a
quotation mark) or the verb of the strike that answers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trucewatch.nlp.slavic.places import Place

_WORDS = 4
# a word of the clause: not a mark that ends it, nor the verb of the strike that answers ("в ответ на удары по
# Таганрогу нанесен удар по объектам ТЭК": the clause ends before "нанесен")
_WORD = (r"(?!(?:нанес|нанош|нанёс|накрыл|ударил|атаковал|поразил|завда|вдари|уразил)\w*)"
         r"[^\s.!?,;:—–«»\"“”„]+")
_ANSWER = re.compile(rf"(?<![\w'’])(?:ответ\w*|відповід\w*)\s+(?:на|за)\s+(?:{_WORD}\s+){{0,{_WORDS - 1}}}{_WORD}",
                     re.IGNORECASE)


def retaliation_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the clauses that name what a strike answers."""
    return [match.span() for match in _ANSWER.finditer(text)]


def without_retaliation(text: str) -> str:
    """``text`` with the clauses naming what a strike answers blanked out (offsets kept)."""
    return _ANSWER.sub(lambda match: " " * len(match.group(0)), text)


def outside_retaliation(text: str, places: Sequence[Place]) -> list[Place]:
    """``places`` but those named inside a clause naming what a strike answers."""
    spans = retaliation_spans(text)
    return [place for place in places if not any(start <= place.span[0] < end for start, end in spans)]
