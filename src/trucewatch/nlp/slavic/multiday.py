"""A Ukrainian tally of an attack that has gone on for days ("Шостку атакують уже третю добу поспіль … з 10
листопада над громадою збито 63 дрони", "атака триває вже понад 60 годин"): a ``summary`` with its count
(docs/posts.md, Round 22), not one night's interceptions. Nothing here raises on user text.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.spans import sentence_around

_F = re.IGNORECASE
_ORDINAL = (r"(?:другу|третю|четверту|п['’ʼ]?яту|шосту|сьому|восьму|дев['’ʼ]?яту|десяту|\d{1,2}-?(?:ту|у))")
# "уже третю добу поспіль", "другу ніч поспіль", "третьи сутки подряд"; "триває вже понад 60 годин" (a day and a half
# or more); "протягом трьох діб"
_DAYS_LONG = re.compile(
    rf"(?<![\w'’ʼ])(?:{_ORDINAL}\s+(?:добу|ніч|день)\s+(?:поспіль|підряд)|"
    r"(?:вторые|третьи|четвертые|пятые)\s+сутки\s+подряд|"
    r"(?:протягом|впродовж|за)\s+(?:двох|трьох|чотирьох|п['’ʼ]?яти|\d{1,2})\s+(?:діб|днів|ночей)|"
    r"трива\w*\s+(?:вже\s+|уже\s+)?(?:понад\s+|більше\s+)?(?P<hours>\d{2,3})\s+годин)(?![\w'’ʼ])", _F)
_DAY_AND_A_HALF = 36


def days_long(text: str) -> bool:
    """Whether the post says the attack it counts has gone on for two days or more."""
    for match in _DAYS_LONG.finditer(text):
        hours = match.group("hours")
        if hours is None or int(hours) >= _DAY_AND_A_HALF:
            return True
    return False


# a word of attacking in the sentence that says how long ("атака українських БПЛА триває вже понад 50 годин"; not a fire
# burning for days, "горить третю добу поспіль")
_ATTACK = re.compile(r"(?<![\w'’ʼ])(?:атак|атаку|наліт|налёт|удар|обстріл|обстрел)\w*", _F)


def attack_over_days(text: str) -> bool:
    """Whether the post says an attack has gone on for two days or more, in the sentence that says how long."""
    for match in _DAYS_LONG.finditer(text):
        hours = match.group("hours")
        if (hours is None or int(hours) >= _DAY_AND_A_HALF) and _ATTACK.search(
                text, *sentence_around(text, match.start(), match.end())):
            return True
    return False
