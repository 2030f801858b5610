"""A post whose first line heads a review of several days (a week's map, a span of dotted dates), or whose first
sentence counts a month's strikes ("За травень … уражено 14 НПЗ"): read by :mod:`trucewatch.nlp.slavic.kinds` as a
summary, not one night's strike."""

from __future__ import annotations

import re

_F = re.IGNORECASE
_HEAD = 150  # the first line is read up to this many characters

# a review of several days by its first line: a week's map or summing-up ("Мапа тижня, 15–21.09"), or a span of dotted
# dates of at least _DOTTED_REVIEW_DAYS days ("Десять днів Криму і Кубані (28.08–06.09)"; "21.04–23.04" may be one
# raid told over its nights)
_WEEK_HEAD = re.compile(r"^\W*(?:(?:мапа|карта|огляд|підсумки|підсумок|хронологія)\s+тижня|"
                        # ... or a week heading the line ("Тиждень очима Мінобороны рф", "Тижневий звіт"; not "Тиждень
                        # тому …", a week ago, nor "Тиждень без світла", a week without)
                        r"(?:тиждень|тижневий|тижнева)(?!\s+(?:тому|без)))(?![\w'’])", _F)
_DOTTED_SPAN = re.compile(r"(?<![\d.])(\d{1,2})(?:\.(\d{1,2}))?\s*[–—-]\s*(\d{1,2})\.(\d{1,2})(?![\d.])")
_DOTTED_REVIEW_DAYS = 5
# ... or a span of days in words opening the line ("З 1 по 12 квітня — три аеродроми", "Від 28 березня до 5 квітня:",
# "1–12 квітня:"), its months by the stem of their genitive
_MONTH_STEMS = ("січн", "лют", "берез", "квітн", "травн", "червн", "липн", "серпн", "вересн", "жовтн", "листопад",
                "грудн")
_WORDED_SPAN = re.compile(r"^\W*(?:(?:з|із|від)\s+)?(\d{1,2})(?:\s+([а-яіїє]+))?\s*(?:[–—-]|\s(?:по|до)\s)\s*"
                          r"(\d{1,2})\s+([а-яіїє]+)", _F)


# ... or a month with its year or a colon, a year with a colon ("2025: наш топ найдальших"), or a summing-up of a month,
# a week or so many days, heading a list of three or more items ("Березень 2025: що горіло …", "Січень: полювання на
# аеродроми", "Травень по НПЗ: підсумки місяця",
# "30 днів «перемир'я»: підсумок", "… за два місяці", then "▪️ Туапсе …", "🔸 Кубань …"): a review, each item a strike
# of another day
_MONTHS = r"(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)\w*"
_PERIOD_HEAD = re.compile(rf"^\W*(?:{_MONTHS}(?:\s+\d{{4}}(?!\d)|\s*:)|20\d\d\s*:|"
                          rf".{{0,60}}?(?<![\w'’])(?:підсум\w*|огляд\w*)(?![\w'’])"
                          rf".{{0,30}}?(?<![\w'’])(?:місяц\w*|тижн\w*|тиждень|{_MONTHS})|.{{0,20}}?(?<![\w'’])\d+\s+(?:днів|дні|діб)"
                          rf"(?![\w'’]).{{0,60}}?(?<![\w'’])(?:підсум\w*|огляд\w*)|"
                          # (or what was done over so many months or weeks: "Нафтова весна: що птахи встигли за два
                          # місяці")
                          rf".{{0,60}}?(?<![\w'’])за\s+(?:\d+|два|дві|три|чотири|п'ять|п’ять|кілька|декілька|пару)\s+"
                          rf"(?:місяц\w*|тижн\w*)(?![\w'’]))", _F)
# ... or so many days heading a count of the times each place was struck ("10 днів ударів по енергетиці", then "тричі
# били по підстанціях Запоріжжя, двічі накривали ЛЕП у Нікополі")
_DAYS_HEAD = re.compile(r"(?<![\w'’])(?:\d+|два|дві|три|чотири|п['’]ять|шість|сім|вісім|дев['’]ять|десять)\s+"
                        r"(?:днів|дні|діб|доби)(?![\w'’])", _F)
_TIMES = re.compile(r"(?<![\w'’])(?:двічі|тричі|\d+\s+раз\w*|(?:чотири|п['’]ять|шість)\s+раз\w*|ще\s+раз)"
                    r"(?![\w'’])", _F)
_TIMES_TOLD = 2
# (a list's items may open with any pictograph: "🛢 Кстово — …", "🔥 НПЗ: Рязань …")
# (a pictograph of the older blocks too: "⚡️ Курська АЕС — …", "☢️", "✈️")
_LIST_ITEM = re.compile(r"^\s*(?:[▪▫◾◽•·➖\u2600-\u27BF\U0001F300-\U0001FAFF]|[-–—]\s|\d{1,2}[.)]\s)", re.MULTILINE)
_LISTED_ITEMS = 3


# a night a post names ("у ніч на суботу", "в ніч на 12-те", "сьогодні вночі"): three different ones told in turn are a
# review of those nights ("У ніч на суботу — підстанція …. У ніч на неділю — НПЗ …. А сьогодні вночі …")
_A_NIGHT = re.compile(r"(?<![\w'’])(?:[ув]\s+ніч\s+(?:на|проти)\s+(?P<night>\d{1,2}(?:-?\w{1,3})?|[\w'’]+)|"
                      r"сьогодні\s+вночі|цієї\s+ночі|минулої\s+ночі)", _F)
_NIGHTS_REVIEWED = 3


def nights_in_turn(text: str) -> bool:
    """Whether a post tells ``_NIGHTS_REVIEWED`` or more different nights (this night counted once)."""
    return len({(night.group("night") or "this").lower() for night in _A_NIGHT.finditer(text)}) >= _NIGHTS_REVIEWED


# a digest of one night or day heading a list ("Ранкове зведення 14.08", "Підсумки ночі 13 грудня", then "🔺 …"): a
# summary of that night, dated by it (not a review of several days)
_NIGHT_DIGEST = re.compile(r"^\W*(?:(?:ранков|вечірн|нічн)\w*\s+зведення|зведення\s+за\s+(?:ніч|добу)|"
                           r"підсум(?:ки|ок)\s+(?:ночі|доби|дня))(?![\w'’])", _F)  # ("Підсумок ночі на 14 листопада")


def night_digest(text: str) -> bool:
    """Whether a post's first line heads a digest of one night or day over a list of ``_LISTED_ITEMS`` or more."""
    return bool(_NIGHT_DIGEST.match(_head_line(text))) and _items(text) >= _LISTED_ITEMS


def _items(text: str) -> int:
    """How many lines after a post's first line open as a list's items."""
    rest = text.lstrip().split("\n", 1)
    return len(_LIST_ITEM.findall(rest[1])) if len(rest) > 1 else 0


def _head_line(text: str) -> str:
    """A post's first line, up to ``_HEAD`` characters."""
    return text.lstrip().split("\n", 1)[0][:_HEAD]


def reviews_a_span(text: str) -> bool:
    """Whether a post reviews several days: its first line heads a week's map, a span of dotted dates of at least
    ``_DOTTED_REVIEW_DAYS`` days (within a month or across one), or a month or a summing-up of a period heading a list
    (``_PERIOD_HEAD``, ``_LISTED_ITEMS`` items or more); or it tells nights in turn (:func:`nights_in_turn`)."""
    if nights_in_turn(text):
        return True
    if night_digest(text):
        return False
    line = _head_line(text)
    if _WEEK_HEAD.match(line):
        return True
    if _PERIOD_HEAD.match(line) and _items(text) >= _LISTED_ITEMS:
        return True
    if _DAYS_HEAD.search(line) and len(_TIMES.findall(text)) >= _TIMES_TOLD:
        return True  # "10 днів ударів по енергетиці", then "тричі били по підстанціях …, двічі накривали ЛЕП …"
    spans = [(int(span.group(1)), int(span.group(2) or span.group(4)), int(span.group(3)), int(span.group(4)))
             for span in _DOTTED_SPAN.finditer(line)]
    if (worded := _WORDED_SPAN.match(line)) and (last := _month(worded.group(4))) and (
            first := _month(worded.group(2)) if worded.group(2) else last):
        spans.append((int(worded.group(1)), first, int(worded.group(3)), last))
    for first_day, first_month, last_day, last_month in spans:
        if not (1 <= first_month <= 12 and 1 <= last_month <= 12 and 1 <= first_day <= 31 and 1 <= last_day <= 31):
            continue
        days = (last_month - first_month) % 12 * 31 + last_day - first_day + 1
        if _DOTTED_REVIEW_DAYS <= days <= 62:
            return True
    return False


def _month(word: str) -> int:
    """The number of a month named in the genitive ("квітня", "листопада"), or 0 for another word."""
    return next((number for number, stem in enumerate(_MONTH_STEMS, 1) if word.lower().startswith(stem)), 0)


# a month named as the time counted over, with no day, opening the sentence or its part after a title and a colon:
# "За травень по наших даних уражено 14 НПЗ", "Підсумки: за місяць — удари по 19 об'єктах" (not "за 2 травня", a day;
# not "за місяць до виборів", before something; nor "найбільша атака за місяць", "вперше за місяць" inside one)
_A_MONTH = re.compile(r"^\W*(?:[^:\n]{0,40}:\W*)?за\s+(?:цей\s+|минулий\s+|весь\s+|останній\s+)?"
                      r"(?:місяць|січень|лютий|березень|квітень|травень|червень|липень|серпень|вересень|жовтень|листопад|грудень)(?!\s+до\s)(?![\w'’])",
                      _F)


# ... with strikes counted right after it ("уражено 14 НПЗ", "— удари по 19 об'єктах"; not "за жовтень ми написали
# 87 постів про удари", what the channel wrote about them)
_COUNTED = re.compile(r"(?:\W*[\w'’ʼ]+){0,4}?\W*(?<!про\s)(?:уражено|вражено|уразили|вразили|знищено|удари|ударів|"
                      r"атаки|атак|влучан\w*|прильот\w*)(?![\w'’])", _F)


def a_month(sentence: str) -> bool:
    """Whether ``sentence`` counts strikes over a month named with no day ("За травень … уражено 14 НПЗ", "За
    місяць — удари по …"): a month's review."""
    month = _A_MONTH.match(sentence)
    return month is not None and _COUNTED.match(sentence, month.end()) is not None
