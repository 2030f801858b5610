"""A Russian post that sums up the strikes of a week or a month by the span it names rather than by a head: "Декабрь,
подводим итоги ⚡️ За месяц ВСУ атаковали НПЗ и нефтебазы в Орле, Брянске, Ростове и Энгельсе", "МО опубликовало
список нарушений: за неделю атакованы объекты энергетики в Брянской, Курской, Белгородской областях и Крыму". A span
told of one place ("третий раз за неделю атакован НПЗ в Рязани") is a strike's news, not a review: the review names
at least ``MIN_REGIONS`` regions. Read by :func:`trucewatch.nlp.slavic.ukrainian_russian.month_review`.
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.places import find_places

_F = re.IGNORECASE

# the span summed up: "за месяц", "за прошедшую неделю", "за последние две недели"; or the summing-up itself
# ("подводим итоги", "подытожим")
_SPAN = re.compile(r"(?<!\w)(?:за\s+(?:(?:эту|всю|прошедш\w+|минувш\w+|последн\w+)\s+)?(?:(?:две|три)\s+)?"
                   r"(?:недел[юи]|месяц)|подвод\w*\s+итог\w*|подытож\w*)(?!\w)", _F)
MIN_REGIONS = 3


def sums_up_span(text: str) -> bool:
    """Whether a Russian post names a week or a month summed up and at least ``MIN_REGIONS`` regions."""
    if _SPAN.search(text) is None:
        return False
    return len({place.code for place in find_places(text, "ru")}) >= MIN_REGIONS
