"""A denial that shifts the blame: the post (or the side it quotes) says the other side struck the object itself
("Генштаб ЗСУ каже — фейк, станцію обстріляла сама росія своєю ж артилерією", "станцію самі росіяни обстрілювали").
The object was still struck, so the post passes on the accusation it answers rather than a strike that did not
happen (docs/posts.md, the gold set's conventions: an energy claim whichever side it blames). Nothing here raises on
user text."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.spans import sentence_around

_F = re.IGNORECASE
_RUSSIA = r"(?:росія|росіяни|кацапи|русня|рашисти|окупанти|россия|россияне|рф)"
_ITSELF = re.compile(rf"(?<![\w'’])(?:сам[аі]?|сами)\s+(?:ж\s+)?{_RUSSIA}(?![\w'’])|"
                     rf"(?<![\w'’]){_RUSSIA}\s+(?:ж\s+)?(?:сам[аі]?|сами)(?![\w'’])", _F)
_STRUCK = re.compile(r"(?<![\w'’])(?:обстрі?л|обстрел|підірва|подорва|вдари|удари|атакува|атакова|знищи|уничтож|"
                     r"зруйнува|розбомби)\w*", _F)


def self_inflicted(text: str) -> bool:
    """Whether a sentence of the post says Russia struck or blew up the thing itself (a verb of striking beside
    "сама росія", "самі росіяни", "кацапи самі")."""
    for match in _ITSELF.finditer(text):
        start, end = sentence_around(text, match.start(), match.end())
        if _STRUCK.search(text, start, end):
            return True
    return False
