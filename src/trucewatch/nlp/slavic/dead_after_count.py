"""A Russian official's count of drones downed followed by the people killed on the ground: "Собянин сообщил,
что сбито больше 70 дронов на подлёте. Погибли люди в Видном и Домодедово." The dead make it a strike on Russia told
with its count, not an air-defence tally (docs/posts.md); "погибших нет" and "без погибших" tell none, and the
wounded alone leave it a tally. Read by :func:`trucewatch.nlp.slavic.kinds.classify` and
:mod:`trucewatch.nlp.slavic.settled_kind_ru` for a Russian post.

A strike on Russia told with the official's count keeps that count wherever the harm is told, before it ("в
Зеленограде дрон атаковал жилой дом, выбиты стёкла. Собянин пишет о сбитых на подлёте 19 БПЛА") or after it ("14
дронов сбиты, один упал на территории нефтеперекачивающей станции — возгорание"), as a Ukrainian post's does
(:func:`trucewatch.nlp.slavic.reader.read_post`).
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.tallies import DESTROYED

_F = re.IGNORECASE

# the dead, as a sentence tells them ("Погибли люди", "погиб мужчина", "есть погибшие"); the wounded alone do not make a
# count a strike ("ПВО сбиты 10 реактивных снарядов. Осколками повреждены 6 домов, ранен мужчина" stays a tally, as
# the channels' gold batches have it)
_HURT = re.compile(r"(?<!\w)(?:погиб(?:л[иао]|ло|)|погибш\w*)(?!\w)", _F)
# ... not denied ("погибших нет", "без погибших и раненых")
_NONE = re.compile(r"(?<!\w)(?:без|не|нет)\s+(?:\w+\s+){0,2}$|^\s*(?:и\s+\w+\s+)?нет(?!\w)", _F)


def dead_after_count(text: str) -> bool:
    """Whether a Russian post tells people killed after its first word of downing."""
    found = DESTROYED.search(text)
    if found is None:
        return False
    for hurt in _HURT.finditer(text, found.end()):
        if not (_NONE.search(text, max(0, hurt.start() - 20), hurt.start()) or _NONE.match(text[hurt.end():][:20])):
            return True
    return False
