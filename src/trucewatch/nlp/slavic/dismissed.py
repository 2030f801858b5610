"""A fire or a strike a post tells and then dismisses in its own words: put down to a technical cause with no weapon
named (:func:`technical_cause`), or quoted from others and debunked (:func:`quoted_and_debunked`). Read by
:mod:`trucewatch.nlp.slavic.kinds`, which makes such a post ``other``.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.wording import strike_words

_F = re.IGNORECASE

# a fire or a blast put down to a technical cause, by anyone ("технологічний збій", "уряд каже, що причина технічна",
# "коротке замикання") ...
_TECHNICAL_CAUSE = re.compile(r"(?<![\w'’])(?:технологічн|технічн|техногенн|технологическ|техническ)\w*\s+"
                              r"(?:збій|збою|збої|причин\w*|несправн\w*|аварі\w*|сбой|сбоя|неисправн\w*|авари\w*)|"
                              r"(?<![\w'’])причин\w*\s+(?:[\w'’]+\s+){0,2}(?:технічн|технологічн|техническ|"
                              r"технологическ)\w*|(?<![\w'’])коротк\w*\s+замикан\w*|(?<![\w'’])самозайман\w*", _F)
# ... in a post naming no weapon nor a strike, once "no drones" is set aside ("без дронів", "дронів не було"), and
# not in mockery of the official word ("офіційно — технічна причина 😏")
_WEAPON_OR_STRIKE = re.compile(r"(?<![\w'’])(?:дрон|БПЛА|БпЛА|безпілот|беспилот|птах|птич|шахед|ракет|атак|удар|"
                               r"прил[іьеё]о?т|уражен|влучан|ППО|ПВО)\w*", _F)
_NO_DRONES = re.compile(r"(?<![\w'’])без\s+(?:дронів|птахів|БПЛА|БпЛА|атаки|удару|прильоту)(?![\w'’])|"
                        r"(?<![\w'’])(?:дронів|птахів|БПЛА|БпЛА|прильоту|прильотів)\s+(?:там\s+|тут\s+)?не\s+було"
                        r"(?![\w'’])", _F)
_MOCKED = re.compile(r"(?<![\w'’])(?:офіційн\w*|нібито|звісно|звичайно|ага|ну-ну|так-так)(?![\w'’])|[😏🤡😂🤣😁🙃]|"
                     r"[«\"]\s*(?:технічн|технологічн|техническ|технологическ)", _F)


def technical_cause(text: str) -> bool:
    """Whether the post puts its fire or blast down to a technical cause and names no weapon nor strike (drones said
    to be absent aside), with no mockery of the official word."""
    if not _TECHNICAL_CAUSE.search(text) or _MOCKED.search(text):
        return False
    return _WEAPON_OR_STRIKE.search(_NO_DRONES.sub(" ", text)) is None


# a quotation (« … ») and what the post says of it in its own words: the picture is of another year ("зроблене ще у
# 2022-му", "Насправді це Бєлгород 2024 року"), "не ведіться", nothing was found ("пошкоджень не зафіксовано")
_QUOTATION = re.compile(r"«[^«»]*(?:«[^«»]*»[^«»]*)*»")
_DEBUNKED = re.compile(r"(?<![\w'’])(?:насправді|не\s+ведіться|не\s+вір\w*)(?![\w'’])|"
                       r"(?<![\w'’])(?:зроблен|знят|відзнят)\w*\s+(?:ще\s+)?(?:у|в)\s+(?:19|20)\d\d|"
                       r"(?<![\w'’])(?:пошкоджень|уражень|влучань|руйнувань)\s+(?:[\w'’]+\s+)?не\s+зафіксован", _F)


def quoted_and_debunked(text: str) -> bool:
    """Whether every word of striking in the post stands inside a quotation the post's own words then debunk
    ("Фото «палаючого … НПЗ» … зроблене ще у 2022-му. Не ведіться", "Ці кадри русня видає за «удар ЗСУ по Брянську».
    Насправді це Бєлгород 2024 року")."""
    quotes = [match.span() for match in _QUOTATION.finditer(text)]
    if not quotes:
        return False
    outside = "".join(text[end:start] for (_, end), (start, _) in zip([(0, 0), *quotes], [*quotes, (len(text), 0)],
                                                                        strict=True))
    found = strike_words(text)
    return bool(found) and all(any(start <= word < end for start, end in quotes) for word, _ in found) and bool(
        _DEBUNKED.search(outside))
