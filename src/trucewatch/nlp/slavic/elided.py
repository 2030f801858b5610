"""A town's adjective in a list of towns after an object's noun, the noun left out after it: "по НПЗ у Волгограді,
Сизрані, Саратові, Рязані, Афіпському" (the Afipsky refinery, read as the town Afipsky), "по нафтобазах у Брянську та
Новозибківській"; or a town's adjective after an object named by the adjective of another town and its noun, the
noun left out after it: "Бурштинська ТЕС, Добротвірська", "Бурштинська ТЕС, Ладижинська...". Read by
:func:`trucewatch.nlp.slavic.places.find_places`, which looks the adjectives up as it does a
town's adjective before an object ("Рязанський НПЗ"). A works named by its town's adjective and then by the adjective
alone ("Слов'янський НПЗ … На Слов'янському пошкоджено колону") is that works, no town of its own
(:func:`facility_named_before`). Nothing here raises on user text.
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


# ... or of towns' adjectives in the nominative after one with its object's noun ("Бурштинська ТЕС, Добротвірська")
_NOMINATIVE = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’ʼ]+(?:ськ|цьк|зьк|ск|цк)(?:а|ий|е|ая|ое|ой)"
# (each standing alone, a mark or "та" / "і" after it: not "Бурштинська ТЕС, Українська правда пише")
_ALONE = r"(?![\w'’ʼ-])(?=\s*(?:[,.;:!?…—–)]|$)|\s+(?:та|і|й|и)\s)"
# (each may have its owner quoted or its region after it: "Новошахтинський НПЗ на ростовщині, Волгоградський «Лукойлу»,
# Сизранський на Самарщині та Саратовський")
_TAIL = r"(?:\s+«[^»\n]{1,40}»|\s+(?:на|у|в)\s+[\w'’ʼ-]+)?"
_AFTER_ONE = re.compile(rf"(?<![\w'’ʼ-]){_NOMINATIVE}\s+{_OBJECT}{_TAIL}"
                        rf"((?:(?:\s*,\s*|\s+(?:та|і|й|и)\s+){_NOMINATIVE}{_TAIL}{_ALONE})+)")
_ADJECTIVE_NOMINATIVE = re.compile(rf"(?<![\w'’ʼ-])({_NOMINATIVE})(?![\w'’ʼ-])")
# ... or listed after the object's noun and a colon ("сім нафтопереробних заводів: Рязанський, Саратовський та
# Афіпський"), or before the one object's noun they share ("Рязанський, Саратовський та Волгоградський НПЗ")
_AFTER_COLON = re.compile(rf"(?<![\w'’ʼ]){_OBJECT}\s*:\s*((?:{_NOMINATIVE}{_TAIL}(?:\s*,\s*|\s+(?:та|і|й|и)\s+))+"
                          rf"{_NOMINATIVE}{_TAIL}){_ALONE}")
_BEFORE_SHARED = re.compile(rf"(?<![\w'’ʼ-])((?:{_NOMINATIVE}\s*,\s*)*{_NOMINATIVE}\s+(?:та|і|й|и)\s+{_NOMINATIVE})"
                            rf"\s+{_OBJECT}")


def elided_object_adjectives(text: str) -> list[re.Match[str]]:
    """The towns' adjectives (group 1) in lists of towns after an object's noun (``_LIST``), after one town's
    adjective with its object's noun (``_AFTER_ONE``), after the noun and a colon (``_AFTER_COLON``) and before the
    noun they share (``_BEFORE_SHARED``)."""
    return [adjective for listed in _LIST.finditer(text)
            for adjective in _ADJECTIVE.finditer(text, listed.start(), listed.end())] + [
        adjective for pattern in (_AFTER_ONE, _AFTER_COLON, _BEFORE_SHARED) for listed in pattern.finditer(text)
        for adjective in _ADJECTIVE_NOMINATIVE.finditer(text, listed.start(1), listed.end(1))]


# a town's adjective in any case and gender, its stem in group 1 ("Слов'янському", "Рязанской")
_ADJECTIVE_FORM = re.compile(r"(.+?(?:ськ|цьк|зьк|ск|цк))(?:ий|ого|ому|им|ім|ій|ая|а|ої|у|ою|е|ое|ой|ом|ую)",
                             re.IGNORECASE)


def facility_named_before(word: str, start: int, facilities: list[re.Match[str]]) -> bool:
    """Whether ``word`` is a town's adjective that named a facility earlier in the text ("Слов'янський НПЗ"): said again
    alone ("На Слов'янському пошкоджено колону"), it is that facility with its noun left out, not a town of its own
    (Sloviansk in Ukraine)."""
    form = _ADJECTIVE_FORM.fullmatch(word)
    if form is None:
        return False
    stem = form.group(1).lower()
    return any(facility.end() <= start and (earlier := _ADJECTIVE_FORM.fullmatch(facility.group(1))) is not None
               and earlier.group(1).lower() == stem for facility in facilities)
