"""Harm told on the ground before the Air Force's count: "Росія вгатила ракетами по ДніпроГЕС — пряме влучання,
Запоріжжя частково без світла. Повітряні сили: збито 55 шахедів і 37 ракет", "Вночі шахеди та ракети били по
житлових кварталах, обвалився підʼїзд … ПС: збито 270 шахедів": a strike report that passes on the country's count,
not a tally (the tally headed "ЗБИТО …" stays one: downed_uk.air_force_headline; and so does a region's count by its own
air defence after the harm it tells, "Кіпер: про наслідки нічної атаки на Одещину: … пошкоджено … Сили ППО збили 19
шахедів"). Nothing here raises on user text.
"""

from __future__ import annotations

import re

# a hit, a building or a plant destroyed or damaged, the dead and wounded, a town without power (not "знищено" /
# "знищили" with a count, the words of downing: a thing destroyed needs its object after the verb, "знищили
# найбільшу генерацію", and no number)
HARM = re.compile(
    r"(?<![\w'’ʼ])(?:(?:пряме\s+)?влучання|прильот\w*|обвал\w+|зруйнова\w*|руйнуван\w*|пошкоджен\w*|пошкодил\w*|"
    r"загинул\w*|загиблих|загибл\w+|поранен\w*|постраждал\w*|знеструмлен\w*|без\s+світла|без\s+електрик\w*|"
    r"(?:знищили|знищено|знищив|знищила)\s+(?!\d)(?:[\w'’ʼ-]+\s+){0,2}?(?:генерац\w*|ТЕС|ТЕЦ|ГЕС|підстанц\w*|"
    r"будин\w*|будівл\w*|підприємств\w*|об['’ʼ]?єкт\w*))(?![\w'’ʼ])", re.IGNORECASE)


# the Air Force named as the one counting, before the count in its sentence ("Повітряні сили: збито …", "ПС: збито …",
# "За даними ПС, збито …")
_AIR_FORCE = re.compile(r"(?<![\w'’ʼ])(?:Повітрян\w*\s+сил\w*|ПС|ПСУ|ПС\s+ЗСУ)(?![\w'’ʼ])")


# ... or the count's sentence saying some got through ("ППО збила 104 ракети і 42 шахеди, але частина пройшла")
_GOT_THROUGH = re.compile(r"(?<![\w'’ʼ])(?:частина|дещо|кілька|декілька|деякі)\s+(?:[\w'’ʼ]+\s+)?(?:пройшл|прорвал|"
                          r"долетіл|проскочил|прилетіл)\w*|(?<![\w'’ʼ])не\s+всі\s+(?:[\w'’ʼ]+\s+)?(?:збили|збито|"
                          r"перехопили)", re.IGNORECASE)


def harm_before_air_force_count(text: str, sentence: tuple[int, int], downed: int) -> bool:
    """Whether ``text`` tells harm done on the ground (``HARM``) before ``sentence``, which names the Air Force before
    its word of downing at ``downed`` or says some got through."""
    if HARM.search(text, 0, sentence[0]) is None and _GOT_THROUGH.search(text, downed) is None:
        return False
    end = text.find(".", downed)
    return _AIR_FORCE.search(text, sentence[0], downed) is not None or _GOT_THROUGH.search(
        text, downed, len(text) if end < 0 else end) is not None
