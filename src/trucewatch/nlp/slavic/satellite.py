"""Damage a Ukrainian post shows on satellite images ("Супутникові знімки підстанції «Липецкая» після атаки в неділю:
вигорілі автотрансформатори", "Супутникові знімки НПЗ … після нашого останнього візиту: вигоріла установка"): the
strike's results, which the gold conventions file under the strike (dated only when the post names its day), not
other (used by :func:`trucewatch.nlp.slavic.kinds.classify`). Nothing here raises on user text."""

from __future__ import annotations

import re

# satellite images, then in the same sentence or the next line's words harm to what they show
_SEEN = re.compile(r"(?<![\w'’])(?:супутников|спутников)\w*\s+(?:знімк|зображенн|кадр|фото|снимк|изображени)\w*"
                   r"[^.!?]{0,200}?(?<![\w'’])(?:вигорі|вигорів|згорі|вигоріл|пошкодж|зруйнов|знищен|сгоревш|"
                   r"выгоревш|поврежд|разрушен)\w*", re.IGNORECASE)
# how long before the post images of a strike whose day it does not say may have been taken
SEEN_WITHIN_DAYS = 30


def satellite_damage(text: str) -> bool:
    """Whether the post shows harm on satellite images."""
    return _SEEN.search(text) is not None
