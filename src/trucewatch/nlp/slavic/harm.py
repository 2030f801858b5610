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


# the energy system harmed: a word of harm or a hit ("уражено ТЕЦ", "прильоти по ТЕС"), or the outages it brings
_ENERGY_HARM = re.compile(r"(?<![\w'’ʼ])(?:уражен\w*|уразил\w*|вгатил\w*|аварійн\w+\s+відключен\w*|екстрен\w+\s+"
                          r"відключен\w*|графік\w*\s+(?:відключен\w*|погодинн\w*)|без\s+(?:тепла|води))(?![\w'’ʼ])",
                          re.IGNORECASE)


# the verbs of an attack launched or struck, whose subject names the side attacking
_LAUNCH_VERBS = r"запустил\w*|випустил\w*|атакувал\w*|вдарил\w*|вгатил\w*|б['’ʼ]є|били|знищил\w*|полетіл\w*"
LAUNCHED = re.compile(rf"(?<![\w'’ʼ])(?:{_LAUNCH_VERBS})(?![\w'’ʼ])", re.IGNORECASE)
# the attack told: launched, struck, hit ("русня запустила 145 шахедів", "рф вдарила по всій країні", "Масована атака")
_ATTACK_TOLD = re.compile(rf"(?<![\w'’ʼ])(?:{_LAUNCH_VERBS}|атакува\w*|атак\w*|удар\w*|прилет\w*|прильот\w*|"
                          r"влучан\w*|пошкод\w*)(?![\w'’ʼ])", re.IGNORECASE)
# ... and the count told: air defence or the Air Force, or a word of downing
_COUNT_TOLD = re.compile(r"(?<![\w'’ʼ])(?:ППО|протиповітрян\w*|Повітрян\w*\s+сил\w*|ПС|збит\w*|збил\w*|знешкод\w*|"
                         r"подавлен\w*|поклал\w*|перехопил\w*|перехоплен\w*)(?![\w'’ʼ])", re.IGNORECASE)



def attack_told_first(text: str) -> bool:
    """Whether the attack is told before its count downed ("У ніч на середу русня запустила 145 шахедів … ППО збила
    72", "Наймасованіша атака …"): a strike report passing the count on, where a post that opens with the count ("За
    ніч наші знешкодили 6 ракет …", "Підсумки ночі від Повітряних сил") is the tally."""
    attack, count = _ATTACK_TOLD.search(text), _COUNT_TOLD.search(text)
    return attack is not None and (count is None or attack.start() < count.start())


def energy_harmed(text: str, sentences: list[tuple[int, int]], energy: list[tuple[int, int]]) -> bool:
    """Whether a sentence of ``text`` names an energy object (``energy``: the spans of the energy objects named) with
    harm done to it or the outages it brings ("Є влучання в енергооб'єкти: на Рівненщині пошкоджено підстанцію",
    "уражено ТЕЦ у столиці", "Укренерго вводить аварійні відключення"): a strike on the energy system reported, which a
    count downed passed on after or before it does not make a tally."""
    for start, end in sentences:
        if any(start <= at < end for at, _ in energy) and (
                HARM.search(text, start, end) or _ENERGY_HARM.search(text, start, end)):
            return True
    return False
