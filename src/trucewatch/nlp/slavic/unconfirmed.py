"""A strike only heard of from others that the writer says they cannot confirm ("Орловщина, Ливни: місцеві кажуть, що
на днях вибухало, але ні дати, ні фото нема. Поки не можемо підтвердити ❓") or of which no hit is known yet ("в
пабліках пишуть шо гуде над Трубчевськом … Щодо уражень поки тиша"): no strike told. Read by
:func:`trucewatch.nlp.slavic.dismissed.no_strike_happened`."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.wording import strike_words

_F = re.IGNORECASE
# the writer cannot confirm it ("Поки не можемо підтвердити", "підтвердити не можемо", "не можем подтвердить"), not
# a detail of a strike told ("не можемо підтвердити масштаб ураження")
_NOT_A_DETAIL = r"(?!\s+(?:масштаб|наслід|детал|кількіст|характер|последств|количеств))"
_CANNOT_CONFIRM = re.compile(r"(?<![\w'’])(?:не\s+(?:можемо|можу|можем|могу)\s+(?:ні\s+|ни\s+)?(?:це\s+|цього\s+|"
                             r"это\s+|этого\s+)?(?:підтвердити|подтвердить)|(?:підтвердити|подтвердить)\s+(?:поки\s+|"
                             r"пока\s+|ще\s+|еще\s+)?(?:не\s+можемо|не\s+можу|не\s+можем|не\s+могу))(?![\w'’])"
                             + _NOT_A_DETAIL +
                             # ... or says it does not confirm it ("Ми це не підтверджуємо: жодного фото")
                             r"|(?<![\w'’])(?:(?:ми|мы)\s+)?(?:це\s+|цього\s+|это\s+|этого\s+)?не\s+(?:підтверджуємо|"
                             r"подтверждаем)(?![\w'’])" + _NOT_A_DETAIL +
                             # ... or says no hit is known yet ("Щодо уражень поки тиша, чекаємо ранку", "влучань поки
                             # немає")
                             r"|(?<![\w'’])(?:(?:щодо|про)\s+(?:уражень|влучань|влучання|результат\w*)\s+(?:поки\s+|ще\s+)?"
                             r"(?:тиша|нічого|невідомо|не\s+відомо)|(?:уражень|влучань|результатів)\s+(?:поки\s+|ще\s+)?"
                             r"(?:нема|немає|не\s+видно)"
                             # ... or asked what was hit and answered with silence ("Що й куди влучило — поки тиша")
                             r"|(?:що|куди|чи)\s+(?:[\w'’]+\s+){0,2}?(?:влучил\w*|прилетіл\w*|уразил\w*)\s*[—–-]\s*"
                             r"(?:поки\s+|ще\s+)?(?:тиша|невідомо|не\s+відомо))(?![\w'’])", _F)
# ... of what others say ("місцеві кажуть, що …", "пишуть, що …", "ходять чутки")
# (or passed on as an "insider", "allegedly": "Багато хто пересилає «інсайд» про нібито уражений Ту-160")
_HEARSAY = re.compile(r"(?<![\w'’])(?:кажуть|говорять|пишуть|пишут|говорят|чутки|слухи|пересилают|пересилає|"
                      r"пересилають|нібито|якобы|інсайд\w*|инсайд\w*)(?![\w'’])", _F)


def hearsay_unconfirmed(text: str) -> bool:
    """Whether the writer says they cannot confirm, and every word of striking in the post stands after others'
    word in its sentence."""
    said = [match.span() for match in _CANNOT_CONFIRM.finditer(text)]
    if not said:
        return False
    found = strike_words(text)
    # (a word of striking inside the words that no hit is known yet, "щодо уражень поки тиша", tells none)
    told = [(start, end) for start, end in found if not any(low <= start < high for low, high in said)]
    return bool(found) and all(_HEARSAY.search(text, sentence_around(text, start)[0], start) for start, _ in told)
