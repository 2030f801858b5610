"""A Russian war-correspondent's post headed by the Ukrainian towns struck and a blast, then the strike with no verb
or with Russia's weapon named: "Харьков, Полтава, Днепр — ночью по ТЭС и подстанциям 💥", "Запорожье 💥 Ночью по
объектам ВСУ, противник пишет, что повреждена подстанция", "Кривой Рог 💥 Удар Искандера по месту сбора командиров
ВСУ". The channel's own side strikes; "ВСУ" after the object names whom the strike was aimed at, not a strike at the
front (the ministry's "удар по опорному пункту ВСУ" names no town at a post's head). Read by
:func:`trucewatch.nlp.slavic.kinds.classify` for a Russian post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trucewatch.geo.admin1 import CRIMEA
from trucewatch.nlp.slavic.lexicon import lexicon
from trucewatch.nlp.slavic.places import Place

_F = re.IGNORECASE

# the head: one to four capitalised names (of one or two words), with commas between, perhaps the night or the
# morning told ("Киев этой ночью 🔥"), then any emoji ("Запорожье ⚡️", "Одесса, Измаил 🌊"), a dash, or a full stop
# closing the head ("Сумы. Ударом Искандера-М …")
_NAME = r"(?-i:[А-ЯЁ])[\w-]+(?:\s(?-i:[А-ЯЁ])[\w-]+)?"  # ("Кривой Рог", "Белая Церковь")
_WHEN = r"(?:\s+(?:этой|этим|сегодня|вчера)\s+(?:ночью|утром|днём|днем|вечером))?"
_EMOJI = "[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?"
_HEAD = re.compile(rf"^\W*{_NAME}(?:\s*,\s*{_NAME}){{0,3}}{_WHEN}\s*(?:{_EMOJI}|—|–|\.(?=\s))", _F)
# the strike after it: "по" and an object or a target with no verb before it ("ночью по ТЭС", "по объектам ВСУ"), or
# a strike by Russia's weapon ("Удар Искандера по месту сбора")
_STRIKE = re.compile(r"(?:^|[\s💥🔥—–,.])(?:ночью\s+|утром\s+|днём\s+|днем\s+|вечером\s+)?по\s+(?:[\w-]+\s+){0,2}?"
                     r"(?:объект|ТЭС|ТЭЦ|ГЭС|подстанц|энергетик|энергообъект|инфраструктур|склад|аэродром|завод|"
                     r"предприяти|мест\w*\s+сбора|пункт\w*\s+(?:временной\s+)?дислокац)\w*|"
                     r"(?<!\w)удар\w*\s+(?:Искандер|Калибр|Кинжал|Геран|Оникс|Циркон|ФАБ|КАБ)\w*", _F)


def headed_strike(text: str, places: Sequence[Place]) -> bool:
    """Whether a Russian post's head names places only in Ukraine, Crimea aside, and a blast or a dash, and its
    first lines tell a strike there with no verb or by Russia's weapon."""
    head = _HEAD.match(text)
    if head is None:
        return False
    in_head = [place for place in places if place.span[0] < head.end()]
    if not in_head or any(not place.code.startswith("UA-") or place.code in CRIMEA for place in in_head):
        return False
    strike = _STRIKE.search(text, head.end() - 1, head.end() + 120)
    # (the other side named before the strike strikes it: "Донецк. Сегодня утром ВСУ ударили по подстанции")
    return strike is not None and not lexicon().actors["UA"].search(text, head.end(), strike.start())
