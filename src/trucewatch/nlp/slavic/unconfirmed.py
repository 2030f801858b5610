"""A strike only heard of from others that the writer says they cannot confirm ("Орловщина, Ливни: місцеві кажуть, що
на днях вибухало, але ні дати, ні фото нема. Поки не можемо підтвердити ❓"): no strike told. Read by
:func:`trucewatch.nlp.slavic.dismissed.no_strike_happened`."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.wording import strike_words

_F = re.IGNORECASE
# the writer cannot confirm it ("Поки не можемо підтвердити", "підтвердити не можемо", "не можем подтвердить"), not
# a detail of a strike told ("не можемо підтвердити масштаб ураження")
_CANNOT_CONFIRM = re.compile(r"(?<![\w'’])(?:не\s+(?:можемо|можу|можем|могу)\s+(?:ні\s+|ни\s+)?(?:це\s+|цього\s+|"
                             r"это\s+|этого\s+)?(?:підтвердити|подтвердить)|(?:підтвердити|подтвердить)\s+(?:поки\s+|"
                             r"пока\s+|ще\s+|еще\s+)?(?:не\s+можемо|не\s+можу|не\s+можем|не\s+могу))(?![\w'’])"
                             r"(?!\s+(?:масштаб|наслід|детал|кількіст|характер|последств|количеств))", _F)
# ... of what others say ("місцеві кажуть, що …", "пишуть, що …", "ходять чутки")
_HEARSAY = re.compile(r"(?<![\w'’])(?:кажуть|говорять|пишуть|пишут|говорят|чутки|слухи)(?![\w'’])", _F)


def hearsay_unconfirmed(text: str) -> bool:
    """Whether the writer says they cannot confirm, and every word of striking in the post stands after others'
    word in its sentence."""
    if not _CANNOT_CONFIRM.search(text):
        return False
    found = strike_words(text)
    return bool(found) and all(_HEARSAY.search(text, sentence_around(text, start)[0], start) for start, _ in found)
