"""Hours back from the post ("Годину тому в порту … бахнуло", "дві години тому", "пів години тому", "полчаса назад",
"40 хвилин тому"): the moment that many hours before the post's time, which in a post written just after midnight is
the evening before. Read by :func:`trucewatch.nlp.slavic.timing.resolve` as a clock time."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.morph import number_word

_HOURS_BACK_MAX = 12  # more hours than this back is no moment a post tells by the hour
_AGO = re.compile(r"(?<![\w'’ʼ])(?:([\w'’ʼ]+)\s+)?(пів\s*години|півгодини|пол\s*часа|полчаса|годину|години|годин|"
                  r"час|часа|часов|хвилин[уи]?|минут[уы]?)\s+(?:тому|назад)(?![\w'’ʼ])", re.IGNORECASE)


def hours_back(text: str) -> tuple[float, tuple[int, int]] | None:
    """How many hours back the first "N годин тому" / "N часов назад" of ``text`` says and its span; None when none
    says a single number of them (not "кілька годин тому") or more than ``_HOURS_BACK_MAX``."""
    match = _AGO.search(text)
    if match is None:
        return None
    unit = match.group(2).lower().replace(" ", "")
    if unit in ("півгодини", "полчаса"):
        return 0.5, match.span()
    said = match.group(1)
    count = None
    if said is not None:
        count = int(said) if said.isdigit() else number_word(said.lower(), "uk") or number_word(said.lower(), "ru")
    if count is None:
        if unit not in ("годину", "час"):
            return None  # "кілька годин тому": no single number
        count = 1
    hours = count / 60 if unit.startswith(("хвилин", "минут")) else float(count)
    return (hours, match.span()) if 0 < hours <= _HOURS_BACK_MAX else None
