"""A town's adjective in a list of towns after an object's noun, the noun left out after it: "по НПЗ у Волгограді,
Сизрані, Саратові, Рязані, Афіпському" (the Afipsky refinery, read as the town Afipsky), "по нафтобазах у Брянську та
Новозибківській". Read by :func:`trucewatch.nlp.slavic.places.find_places`, which looks the adjectives up as it does a
town's adjective before an object ("Рязанський НПЗ"). Nothing here raises on user text.
"""

from __future__ import annotations

import re

# an object's noun, then "у" / "в" and a list of capitalised names joined by commas or "та" / "і" / "й" / "и"
_OBJECT = (r"(?:НПЗ|НПС|ТЕЦ|ТЭЦ|ТЕС|ТЭС|нафтобаз\w*|нефтебаз\w*|нафтопереробн\w*\s+завод\w*|аеродром\w*|аэродром\w*|"
           r"підстанці\w*|подстанци\w*|завод\w*)")
_NAME = r"[А-ЯЁІЇЄҐ][\w'’ʼ-]+"
_LIST = re.compile(rf"(?<![\w'’ʼ]){_OBJECT}\s+(?:у|в|во)\s+{_NAME}(?:\s*,\s*{_NAME}|\s+(?:та|і|й|и)\s+{_NAME})+")
# ... of which one is a town's adjective in the locative or dative ("Афіпському", "Новозибківській")
_ADJECTIVE = re.compile(r"(?<![\w'’ʼ-])([А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:ськ|цьк|зьк|ск|цк)(?:ому|ім|ій|ом|ой))(?![\w'’ʼ-])")


def elided_object_adjectives(text: str) -> list[re.Match[str]]:
    """The towns' adjectives (group 1) in lists of towns after an object's noun (``_LIST``)."""
    return [adjective for listed in _LIST.finditer(text)
            for adjective in _ADJECTIVE.finditer(text, listed.start(), listed.end())]
