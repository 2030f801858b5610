"""What a Ukrainian or Russian post says that is no news of a strike, whatever words of striking it holds: a list of
prices or a meme's lines (a joke), an anniversary recalled ("Рік тому, 29 грудня …"), the front's day (the General
Staff's count of clashes, "our positions" shelled). Read by :mod:`trucewatch.nlp.slavic.kinds`, which makes such a post
``other``. Nothing here raises on user text."""

from __future__ import annotations

import re
from collections import Counter

_F = re.IGNORECASE

# a list of prices, three or more in a row ("20 грн — ФПВ в підара 50 грн — скид з Мавіка …"): what things would
# cost, not what happened
_PRICE_LIST = re.compile(r"(?:(?<![\w'’])\d[\d\s]*\s*(?:грн|гривень|руб\w*|₴|\$)\.?\s*[—–-]\s*[^\d\n]{1,80}){3}", _F)


# a post opening with how many years ago something happened ("Рік тому, 29 грудня …", "Два роки тому, 10 жовтня
# 2022-го …", "Ровно год назад …"): an anniversary recalled, not news
_YEARS_AGO = re.compile(r"\W*(?:(?:рівно|ровно|саме|уже|вже)\s+)?(?:[\w'’]+\s+)?(?:рік|роки|років|год|года|лет)\s+"
                        r"(?:тому|назад)(?![\w'’])", _F)


# ... unless a later sentence opens with this night or today ("… А этой ночью снова атаковали нефтебазу в Туапсе")
_FRESH_NIGHT = re.compile(r"\W*(?:(?:а|але|і|и|но|та)\s+)?(?:(?:сьогодні|сегодня)\s+)?(?:вночі|уночі|цієї\s+ночі|"
                          r"минулої\s+ночі|этой\s+ночью|ночью|сьогодні|сегодня)(?![\w'’])", _F)
_FRESH_STRIKE = re.compile(r"(?<![\w'’])(?:атак|удар|уражен|уразил|вибух|взрыв|прил[еіё]т|знищ|уничтож|поразил)", _F)


# a meme's lines, each opening with the same word and "коли" / "когда" ("Кацап, коли чує …\nКацап, коли бачить …")
_MEME_LINE = re.compile(r"^\W*([А-ЯЁІЇЄҐA-Z][\w'’-]+),?\s+(?:коли|когда)\b", re.MULTILINE)


def _meme_lines(text: str) -> bool:
    """Whether three or more lines open with the same word and "when": a meme's template, a joke."""
    openings = Counter(match.group(1).lower() for match in _MEME_LINE.finditer(text))
    return bool(openings) and max(openings.values()) >= 3


# the General Staff's count of the front's clashes ("За добу 87 бойових зіткнень"), or the writer's side's positions
# shelled ("ворог … обстрілював наші позиції"): the front's day, a front-line statement (docs/posts.md: `other`)
_FRONT_DIGEST = re.compile(r"(?<![\w'’])\d+\s+(?:бойов\w*\s+зіткнен\w*|боєзіткнен\w*)|(?<![\w'’])(?:обстрілю\w*|"
                           r"обстріля\w*|атакува\w*|штурму\w*)\s+(?:[\w'’]+\s+){0,2}?(?:наші|українські)\s+позиці\w*",
                           _F)


def a_joke(text: str) -> bool:
    """Whether the post is a list of prices or a meme's template: a joke."""
    return _PRICE_LIST.search(text) is not None or _meme_lines(text)


def years_ago(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the post opens with how many years ago something happened and no later sentence opens with this night
    or today and a strike."""
    return bool(spans) and _YEARS_AGO.match(text, spans[0][0], spans[0][1]) is not None and not any(
        _FRESH_NIGHT.match(text, start, end) and _FRESH_STRIKE.search(text, start, end) for start, end in spans[1:])


def front_day(text: str) -> bool:
    """Whether the post tells the front's day: the General Staff's count of clashes, or "our positions" shelled."""
    return _FRONT_DIGEST.search(text) is not None
