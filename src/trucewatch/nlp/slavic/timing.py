"""When a Russian or Ukrainian post says things happened, resolved against the post's own time.

Read in this order (the first that applies wins): a period of days ("с 13 по 19 апреля", "з 1 по 7
червня"); a night ("в ночь на 27 марта", "у ніч з 26 на 27 березня", "у ніч на неділю"); a date ("Ночью 1
августа", "2-го березня", "22.11.2024"); clock times in the source's zone ("около 12.00 мск", "с 08:00 до
14:00 мск", "в период с 15.55 до 16.15"); days back ("два дні тому", "тиждень тому"; "кілька днів тому": no
single day); "overnight" words ("в течение прошедшей ночи", "сегодня ночью", "вночі", "минулої ночі"); the
past 24 hours ("за минулу добу", "минулої доби", "за прошедшие сутки"); "the day before yesterday" and
"yesterday"; a weekday ("у суботу", "во вторник": the latest one up to the post); "today"; a daily digest's
own day; otherwise the local day of the post. Days are local days in the source's zone (Kyiv for Ukrainian,
Moscow for Russian posts), whatever zone the post's time was given in. A night is dated by the morning it
ends on, as "у ніч на 27 березня" says; so are the past 24 hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from trucewatch.nlp.slavic.feasts import feast_day
from trucewatch.nlp.slavic.hours_ago import hours_back
from trucewatch.nlp.slavic.lexicon import raw_lexicon
from trucewatch.nlp.slavic.morph import number_word, readings
from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.today_adjective import todays
from trucewatch.nlp.timex_clocks import previous_weekday

_MONTHS = {
    "январ": 1, "січ": 1, "феврал": 2, "лют": 2, "март": 3, "берез": 3, "апрел": 4, "квіт": 4, "ма": 5,
    "трав": 5, "июн": 6, "черв": 6, "июл": 7, "лип": 7, "август": 8, "серп": 8, "сентябр": 9, "верес": 9,
    "октябр": 10, "жовт": 10, "ноябр": 11, "листопад": 11, "декабр": 12, "груд": 12,
}
# the Ukrainian months in the genitive, as a date names them ("7 серпня")
UK_MONTHS = ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня")
_MONTH = (r"(январ[яе]|феврал[яе]|марта?|апрел[яе]|ма[яе]|июн[яе]|июл[яе]|августа?|сентябр[яе]|октябр[яе]|"
          r"ноябр[яе]|декабр[яе]|" + "|".join(UK_MONTHS) + ")")
_F = re.IGNORECASE
_YEAR = r"(?:\s+\d{4}\s*(?:г\.|года|року|р\.)?)?"
_PERIOD = re.compile(rf"\b[сз]\s+(\d{{1,2}})(?:-?го)?(?:\s+{_MONTH})?{_YEAR}\s+(?:по|до)\s+(\d{{1,2}})(?:-?е)?\s+"
                     rf"{_MONTH}", _F)
# "9–16 березня", "(8-16 листопада)": a span of days; two days in a row ("1–2 серпня") are the night
# between them
# the tens of a month's days ("у 20-их числах квітня", "20-е числа августа", "в последних числах мая"): some ten days
_DECADE = re.compile(rf"(?<![\d.])(?:([12]0)\s*-?\s*(?:[иі]?х|их|е|ті|ые)|(?:останн|последн|перш|перв)\w*)\s+"
                     rf"числ(?:ах|а|ами)\s+{_MONTH}", _F)
_DECADE_DAYS = 10
_DASH_PERIOD = re.compile(rf"(?<![\d.:])(\d{{1,2}})\s*[–—-]\s*(\d{{1,2}})\s+{_MONTH}", _F)
# "минулого тижня", "за тиждень", "впродовж перших двох тижнів березня", "на прошлой неделе", "в течение текущей
# недели", "за останні 10 днів": a week or more up to the post, no single day (not "вдруге за тиждень", "второй раз
# за неделю": a strike that happened once more within a week)
_AGAIN = r"(?<!вдруге\s)(?<!втретє\s)(?<!вчетверте\s)(?<!вкотре\s)(?<!раз\s)"
_WEEKS = re.compile(rf"минул\w+\s+тижн|на\s+(?:цьому|минулому|цім)\s+тижні|{_AGAIN}за\s+(?:\w+\s+)?тиждень|"
                    r"(?:протягом|впродовж|упродовж)\s+(?:\w+\s+){0,2}тижн|"
                    rf"на\s+(?:прошлой|этой|прошедшей|минувшей)\s+неделе|{_AGAIN}за\s+(?:\w+\s+)?неделю|"
                    r"в\s+течение\s+(?:\w+\s+){0,2}недел|за\s+(?:останні|последние|минулі|прошедшие)\s+"
                    r"(?:\d+|\w+)\s+(?:дн|доб|сут)", _F)
# a post that says at its head it covers many days ("За 45 днів українські БПЛА здійснили 21 ураження",
# "Тижневі підсумки прильотів", "Итоги недели") tells of no single day, whatever dates its list names
_MANY_DAYS_HEAD = re.compile(r"\bза\s+(?:(?:останні|последние|минулі|прошедшие)\s+)?\d+\s+(?:дн|доб|сут)\w*|"
                             r"тижнев\w+\s+(?:підсумк|звіт|огляд)|итог\w*\s+недел|недельн\w+\s+(?:итог|отч|обзор)|"
                             r"підсумк\w*\s+тижн|"
                             # a month or half of one ("об атаках дронов … за январь", "за першу половину лютого")
                             r"(?:атак|удар|уражен|нал[еіё]т)\w*\s+(?:[\w-]+\s+){0,5}?за\s+(?:(?:першу|другу|первую|"
                             r"вторую)\s+половину\s+)?(?:январ|феврал|март|апрел|ма[йя]\b|июн|июл|август|сентябр|"
                             r"октябр|ноябр|декабр|січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)", _F)
_HEAD = 160  # how far into the post its head reaches
# "З 7 серпня українські БПЛА б’ють по росії без перестану", "С 1 сентября …": a head that opens with the day a
# run of events began and names no end ("з 7 по 10 серпня" is a period above) tells of many days
_SINCE_HEAD = re.compile(rf"^\W*(?:починаючи\s+|начиная\s+)?[сз]\s+(\d{{1,2}})(?:-?го)?\s+{_MONTH}{_YEAR}"
                         r"(?!\s*(?:по|до|[-–—])\s*\d)", _F)
# ... and so do strikes in the plural since a day ("подробиці результатів атак на нафтову інфраструктуру росії з 26
# березня"; "з 26 березня 2024 року" is history)
STRIKES_SINCE = re.compile(rf"(?<![\w'’])(?:атак|ударів|уражень|прильотів|влучань)(?![\w'’])[^.!?\n]{{0,60}}?"
                           rf"(?<![\w'’])з\s+(\d{{1,2}})\s+{_MONTH}(?!\s+\d{{4}})(?![\w'’])", _F)
_SINCE_SPAN = timedelta(days=2)  # a run begun at least this long before the post's day
_FIRST_IN = re.compile(r"(?:вперше|впервые)\s+$", _F)  # "вперше за 550 днів": the first time in many days
# "у ніч на 27 березня", "в ночь с 26 на 27 марта", "у ніч з 26-го на 27-ме березня" (and across a month's end, "у
# ніч з 31 травня на 1 червня", "в ночь с 31 мая на 1 июня": the night that ends on the second day)
# (and the night told of, "Уточнення по ночі на 2 квітня", "Уточнили по ночи на 12 января")
_NIGHT_ON = re.compile(rf"(?:в\s+ночь|у\s+ніч|в\s+ніч|ніч|ночь|з\s+ночі|с\s+ночи|по\s+ночі|по\s+ночи)\s+"
                       rf"(?:[сз]\s+\d{{1,2}}(?:-?[а-яії]{{1,3}})?(?:\s+(?:{_MONTH[1:-1]}))?\s+)?на\s+"
                       rf"(\d{{1,2}})(?:-?[а-яії]{{1,3}})?\s+{_MONTH}(?:\s+(\d{{4}}))?", _F)
# ... or by its date in digits ("після удару в ніч на 18.08", "у ніч з 17 на 18.08.2025", "в ночь на 18.08")
# (the night's word: "ніч", "ночь", or its genitive after "з" / "с" / "по")
_NIGHT_WORD = r"(?<![\w-])(?:ночь|ніч|(?<=з\s)ночі|(?<=с\s)ночи|(?<=по\s)ночі|(?<=по\s)ночи)\s+"
_NIGHT_ON_DOTTED = re.compile(_NIGHT_WORD + r"(?:(?:[сз]|із)\s+\d{1,2}"
                              r"(?:\.\d{2})?\s+)?(?:на|проти)\s+(\d{1,2})\.(\d{2})(?:\.(\d{4}|\d{2}))?(?![\d.]\d)",
                              _F)
# "в новорічну ніч", "у ніч на Новий рік", "в новогоднюю ночь": the night that ends on the first of January
_NEW_YEAR_NIGHT = re.compile(r"(?<![\w'’])(?:новорічн\w*\s+ніч\w*|новогодн\w*\s+ноч\w*|(?:у|в)\s+ніч\s+на\s+"
                             r"новий\s+рік|в\s+ночь\s+на\s+новый\s+год)(?![\w'’])", _F)
_WEEKDAYS = {"понедельник": 0, "понеділ": 0, "вторник": 1, "вівтор": 1, "сред": 2, "серед": 2, "четверг": 3,
             "четвер": 3, "пятниц": 4, "п'ятниц": 4, "п’ятниц": 4, "пʼятниц": 4, "суббот": 5, "субот": 5,
             "воскресен": 6, "неділ": 6}
# (Thursday's forms, not the ordinal "четвертий" of an hour: "з четвертої до сьомої")
_WEEKDAY = (r"(понедельник|понеділ\w*|вторник|вівтор\w*|сред[уы]|серед[уи]|четверг|четвер(?!т)\w*|пятниц[уы]|"
            r"п['’ʼ]?ятниц[юі]|суббот[уы]|субот[уи]|воскресень[ея]|неділ[юі])")
# a weekday in the Ukrainian genitive ("проти вівторка", "вечір середи")
_WEEKDAY_GENITIVE = r"понеділка|вівторка|середи|четверга|п['’ʼ]?ятниці|суботи|неділі"
# "в ночь на субботу", "у ніч на неділю": the night before that weekday, the latest one up to the post
# (also as a headline's words with no preposition: "🔥 Ніч на понеділок, …")
# (and "вночі з суботи на неділю", "в ночь с субботы на воскресенье": the night before the second day)
# ("у ніч проти вівторка": the Ukrainian "against" a day in the genitive says the same)
# ("з ночі на п'ятницю", "с ночи на пятницу": from that night, a video of it)
# ("в ніч на минулу п'ятницю", "в ночь на прошлую пятницу": the last such night, a week back on that weekday)
_LAST = r"(?:минул|прошл)\w+"
_NIGHT_ON_WEEKDAY = re.compile(rf"(?:(?:в|у)\s+)?(?<![\w-])(?:ночь|ніч|вночі|уночі|ночью|(?<=з\s)ночі|(?<=із\s)ночі|"
                               rf"(?<=с\s)ночи)\s+"
                               rf"(?:(?:з|із|с|со)\s+[\w'’ʼ]+\s+)?(?:на|проти)\s+(?:{_LAST}\s+)?(?:{_WEEKDAY}\b|"
                               rf"({_WEEKDAY_GENITIVE})(?![\w'’ʼ]))", _F)
# "у неділю вночі", "в воскресенье ночью": the night of that day's morning, as "у ніч на неділю"
_WEEKDAY_NIGHT = re.compile(rf"(?<![\w-])(?:в|у|во)\s+{_WEEKDAY}\s+(?:вночі|уночі|ночью)(?![\w'’])", _F)
# "в субботу", "у неділю", "во вторник": the latest such day up to the post; "з неділі", "с воскресенья": a fire
# or an outage burning since that day
# ... also the last one named so ("у минулу суботу", "минулої неділі", "в прошлую субботу", "прошлым воскресеньем"):
# a week back when the post's own day is that weekday
_ON_WEEKDAY = re.compile(rf"(?<![\w-])(?:(?:в|во|у|з|із|с|со)\s+(минул\w+\s+|прошл\w+\s+)?|(минул(?:ої|ого)\s+|"
                         rf"прошл(?:ой|ого|ым)\s+))(?:{_WEEKDAY}|(воскресенья|воскресеньем|понедельника))\b", _F)
# "вечір вівторка", "ранок середи", "вечер вторника": a part of a weekday named by the day in the genitive
_PART_OF_WEEKDAY = re.compile(r"(?<![\w'’ʼ-])(?:вечір|вечора|вечері|ранок|ранку|вечер|вечера|утро|утра)\s+"
                              rf"({_WEEKDAY_GENITIVE}|понедельника|вторника|среды|пятницы|субботы|воскресенья)"
                              r"(?![\w'’ʼ])", _F)
# "за минулу добу", "минулої доби", "за прошедшие сутки": the 24 hours up to the post
_PAST_DAY = re.compile(r"(?:за|протягом|впродовж|в\s+течение)\s+(?:минул\w+|останн\w+|прошедш\w+|минувш\w+|"
                       r"последн\w+)\s+(?:добу|доби|сутки|суток)|минулої\s+доби|за\s+добу|за\s+сутки", _F)
# (and the night before last: "позаминулої ночі", "позапрошлой ночью", the night that ended yesterday morning)
_DAY_BEFORE_YESTERDAY = re.compile(r"\bпозавчора\b|\bпозавчера\b|позавчорашн|позавчерашн|позаминул\w*\s+ноч|"
                                   r"позапрошл\w*\s+ноч", _F)
_DAY_MONTH = re.compile(rf"(?:(ночью|вночі|уночі|утром|вранці|днем|днём|вечером|увечері)\s+)?\b(\d{{1,2}})"
                        rf"(?:-?(?:го|е|ге|те|ме|ее))?\s+{_MONTH}"
                        r"(?:\s+(\d{4})\s*(?:г\.|года|року|р\.)?)?", _F)
_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{2})\.(\d{4}|\d{2})\b")
# a day and month with no year ("Операцію провели 29.10.", "За ніч 21.09", "🇺🇦 18.05:"); not a time ("о 10.30", "около
# 12.00"), a decimal ("2.50 млн", "2.50,5") or a span ("21.04–23.04"): a date of the last week only (a comma may
# follow: "Нафтобаза, яку наші атакували 18.08, горить досі")
_DAY_DOT_MONTH = re.compile(r"(?<![\d.,:])(?<!\bо\s)(?<!\bоб\s)(?<!\bв\s)(?<!\bс\s)(?<!\bз\s)(?<!\bдо\s)"
                            r"(?<!около\s)(?<!близько\s)(?<!приблизно\s)(?<!примерно\s)"
                            r"\b(\d{1,2})\.(\d{2})\b(?!\d|,\d|\.\d|\s*(?:[–—-]|%|млн|млрд|тис|км|год|мск|ч\b|грн|руб|\$))")
_SHORT_DATE_BACK = timedelta(days=7)
# "21.04–23.04": days and months with a dash, no year ("21.04.2025" is a date, above)
_DOTTED_PERIOD = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{2})\s*[–—-]\s*(\d{1,2})\.(\d{2})(?![\d.])")
_CLOCK = r"(\d{1,2})(?:[.:](\d{2}))?(?:-х)?"
# ("з 21:00 до 23:00", "із 21:00 до 23:00 за московським часом", "с 20.00 до 23.00 мск")
_RANGE = re.compile(rf"(?<!\w)(?:[сзcC]|із|зі)\s+{_CLOCK}\s+(?:до|по)\s+{_CLOCK}"
                    r"(?:\s*(?:мск|по\s+московскому|часов|за\s+московським))?", _F)
_AROUND = re.compile(rf"(?:около|приблизно|близько|примерно|в\s+районе|в\s+районі|\bв|\bо|\bоб)\s+{_CLOCK}\s*"
                     rf"(?:мск|часов|часа|год\.?|годин)", _F)
_AROUND_DOTTED = re.compile(r"(?:около|приблизно|близько|примерно|\bв|\bо|\bоб)\s+(\d{1,2})[.:](\d{2})\b", _F)
_NIGHT = re.compile(r"прошедшей\s+ночи|прошлой\s+ночью|минувшей\s+ночью|сегодня\s+ночью|этой\s+ночью|"
                    r"сегодняшней\s+ночи|минувшей\s+ночи|прошлой\s+ночи|сьогоднішньої\s+ночі|"
                    r"в\s+ночное\s+время|\bночью\b|\bвночі\b|\bуночі\b|цієї\s+ночі|минулої\s+ночі|за\s+ніч|"
                    r"нічн\w+\s+атак|протягом\s+ночі|в\s+течение\s+ночи|за\s+ночь|на\s+ранок|"
                    # "вчорашньої ночі", "учорашньою ніччю": last night, as "вчора вночі" and "вчерашней ночью" are
                    r"(?<![\w'’])[ву]чорашн(?:ьої|ьою|я)\s+(?:ночі|ніччю|ніч)(?![\w'’])|"
                    # "Сьогодні однозначно гарна ніч", "сьогоднішня ніч": the night going on, dated by its morning
                    r"(?<![\w'’ʼ])сьогодні\s+(?:[\w'’ʼ]+\s+){0,3}?ніч(?![\w'’ʼ])|"
                    r"сьогоднішн(?:я|ю)\s+ніч(?![\w'’ʼ])", _F)
_LAST_NIGHT = re.compile(r"минулої\s+ночі|прошлой\s+ночью|минувшей\s+ночью", _F)
_YESTERDAY_AT_NIGHT = re.compile(r"(?<![\w'’])(?:[ву]чора|вчера)\s+$", _F)
_TODAY = re.compile(r"\bсегодня\b|\bсьогодні\b|\bутром\b|\bднем\b|\bднём\b|\bвранці\b|прямо\s+зараз|\bзараз\b", _F)
_TODAY_WORD = re.compile(r"\bсегодня\b|\bсьогодні\b", _F)
_JUST_AFTER_MIDNIGHT = 1  # a post written before this hour, local time, says "today" of the day just ended
# ... and one written before this hour says "in the evening" of the evening just ended (not "завтра ввечері": to come)
_EVENING_UNTIL = 6
# (also "в течение вечера", "протягом вечора": a governor's count of the evening)
# (and an hour of the evening: "близько десятої вечора", "о 22:00 вечора", "в 10 вечера")
_EVENING = re.compile(r"(?<![\w'’])(?<!завтра\s)(?:ввечері|увечері|вечером|в\s+течение\s+вечера|протягом\s+вечора|"
                      r"(?:\d{1,2}(?::\d\d)?|сьомої|восьмої|дев['’ʼ]?ятої|десятої|одинадцятої|семи|восьми|девяти|десяти|"
                      r"одиннадцати)\s+(?:годин[иі]\s+|часов\s+)?(?:вечора|вечера))(?![\w'’])", _F)
_NIGHT_PARTS = ("ночью", "вночі", "уночі")
# (and the evening before: "минулого вечора", "прошлым вечером")
# (and "напередодні" said alone or before a part of the day: "Напередодні ввечері дрони атакували …"; not "напередодні
# Нового року", the eve of something)
_YESTERDAY = re.compile(r"\bвчера\b|\b[ву]чора\b|вчерашн|(?<![\w'’])[ву]чорашн|накануне|минулого\s+вечора|"
                        r"прошл(?:ым|ого)\s+вечер|(?<![\w'’])напередодні(?=\s*[,.:;—–-]|\s+(?:ввечері|увечері|вночі|уночі|"
                        r"вдень|зранку|вранці|пізно)(?![\w'’]))", _F)
# "два дні тому", "3 дні тому", "тиждень тому", "два дня назад", "неделю назад": that many days before the post's day
# ("кілька днів тому", "на днях", "несколько дней назад": some day of the last week, no single one)
_DAYS_AGO = re.compile(r"(?<![\w'’])(?:(\d{1,2}|[\w'’ʼ]+)\s+(?:дні|днів|доби|діб|дня|дней|суток)|(тиждень|неделю))"
                       r"\s+(?:тому|назад)(?![\w'’])", _F)
_SOME_DAYS = re.compile(r"(?<![\w'’])(?:(?:кілька|декілька|несколько)\s+(?:днів|дней|діб|суток)\s+(?:тому|назад)|"
                        r"на\s+днях)(?![\w'’])", _F)
# "Днями дрони уразили …", "цими днями", "нещодавно", "недавно", "намедни": lately, no single day (only when the post
# names no other time: "Вночі дрони атакували нещодавно відремонтований НПЗ" is last night)
_LATELY = re.compile(r"(?<![\w'’])(?:(?<!\d\s)(?<!за\s)(?<!кількома\s)днями|нещодавно|недавно|намедни)(?![\w'’])", _F)
_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
_DAYS_AGO_MAX = 7
# a late evening told in a morning post ("Пізно ввечері дрони атакували …" at 09:00): the evening before
_LATE_EVENING = re.compile(r"(?<![\w'’])(?:пізно\s+(?:ввечері|увечері)|пізнього\s+вечора|поздно\s+вечером|"
                           r"поздним\s+вечером)(?![\w'’])", _F)
_LATE_EVENING_UNTIL = 12
# "щойно", "только что" in a sentence telling the strike: it happened just now, so an evening or a "today" just after
# midnight in a later sentence ("Щойно серія вибухів … Сьогодні ввечері ще й Камишин тривожили", at 00:25) is not
# its day
_JUST_NOW = re.compile(r"(?<![\w'’])(?:щойно|только\s+что)(?![\w'’])", _F)


def _after_now(text: str, events: Spans, position: int) -> bool:
    """Whether a "щойно" / "только что" in the sentences telling the strike ends its sentence before ``position``."""
    return events is not None and any(
        _inside(said.start(), events) and sentence_around(text, said.start())[1] <= position
        for said in _JUST_NOW.finditer(text, 0, position))


# a night named by its day of the month alone ("у ніч на 13-те", "в ночь на 13-е", "в ніч з 12 на 13,", "у ніч проти
# 13-го"), or a day of the month alone with its ordinal ending before a part of the day, "числа" or a mark ("вночі
# 13-го", "13-го числа", "13-го вранці"; not "14-го полку": a unit's number): a day of the last week, by the post's
# month
_MONTH_STEMS = (r"січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд|январ|феврал|март|апрел|ма[йя]|июн|"
                r"июл|август|сентябр|октябр|ноябр|декабр")
_NIGHT_ON_DAY = re.compile(_NIGHT_WORD +
                           r"(?:(?:[сз]|із)\s+\d{1,2}(?:-?[а-яії]{1,3})?\s+)?(?:на|проти)\s+(\d{1,2})"
                           # (an ordinal ending may close the sentence or a clause: "у ніч на 18-те.", "з ночі на
                           # 2-ге: …")
                           r"(?:-?(?:ге|те|тє|ме|ше|го|е|ое)(?![\w/-])|(?![\w.,:/-]))(?!\s*[\d%])"
                           rf"(?!\s+(?:{_MONTH_STEMS}|числ|годин|хвилин|час|минут))", _F)
_PARTS_OF_DAY = r"вночі|уночі|вранці|зранку|ввечері|увечері|ночью|утром|вечером"
_DAY_ALONE = re.compile(rf"(?<![\w.,:/-])(\d{{1,2}})-?(?:го|ого)(?=\s*[,.:;!?)]|\s*$|\s+(?:числа|{_PARTS_OF_DAY})\b)|"
                        rf"(?<![\w-])(?:{_PARTS_OF_DAY})\s+(\d{{1,2}})-?(?:го|ого)(?![\w.,:/-])|"
                        r"(?<![\w.,:/-])(\d{1,2})\s+числа\b", _F)
_DIGEST = re.compile(r"Главное\s+за\s+день|Головне\s+за\s+день", _F)
# a daily digest (the evening's "Главное за день", the morning's "Сводка"): it tells of its own day and the
# one before; a date further back in it is background ("после теракта 26 сентября 2022 года", "Указом от 29
# сентября")
_DAILY_DIGEST = re.compile(r"Главное\s+за\s+день|Головне\s+за\s+день|Сводка\s+(?:\*+\s*)?(?:Министерства\s+обороны|"
                           r"Минобороны)", _F)
# a date in a clause opened by a relative word ("HIMARS, которыми был нанесен удар по Севастополю 23 июня";
# "уразили ППД бригади, яка … завдала удару по Сумах 13 квітня"), with no sentence end, colon or new line
# between, when both the clause and the sentence before it tell of a strike: the day of the other strike the
# clause recalls, not of the one the post reports ("танкер, який було уражено 18 грудня" alone keeps its date)
_RELATIVE = re.compile(r"\b(?:котор(?:ый|ая|ое|ые|ым|ыми|ого|ой|ую|ых)|як(?:ий|а|е|і|им|ими|ого|ої|у|их))\b"
                       r"[^.!?:;\n▫•]*$", _F)
_STRUCK = re.compile(r"уничтож|уразил|уразив|поразил|нанес|завда|атакова|атакува|знищил|знищен|удар", _F)
_BACKGROUND_REACH = 160


# "Атака на цей обʼєкт відбулася повторно від 31 січня": a date after "від" with no end after it is the
# earlier strike a repeat is counted from, not the day of the one reported; so is one after "з" ("НПЗ, який не
# працював з 26 травня": since when; "з 15 на 16 березня" is a night, "з 7 по 10 серпня" a period)
_SINCE = re.compile(r"(?<![\w'’])(?:від|з|із|зі)\s*$", _F)
# (the end right after the date: "з 7 по 10 серпня", "з 15 на 16 березня", "з 01.03 до 05.03"; not a "по" further on,
# "з 1 січня, тож «удар по енергетиці»")
_UNTIL = re.compile(r"\d{1,2}(?:-?(?:го|е))?(?:[./]\d{1,2}(?:[./]\d{2,4})?)?(?:\s+[^\W\d]+)?"
                    r"(?:\s+\d{4}(?:\s+(?:року|р\.|года|г\.))?)?\s*(?:[–—-]|(?<![\w'’])(?:до|по|на)(?![\w'’]))", _F)


# "4 липня 2024 року наші БПЛА вже атакували цю частину": a date whose clause says its strike came already,
# before the one the post reports
_ALREADY = re.compile(r"[^.!?\n]{0,60}?(?<![\w'’])(?:вже|уже)\s+(?:[\w'’]+\s+)?(?:атакува|атакова|уразил|уражал|"
                      r"вдарил|вдарял|завдавал|завдал|наносил|нанесл|били)", _F)


# "Нагадаємо, 28 листопада розвідники знищили …", "Напомним, …", "Раніше, 5 травня, …": a sentence that recalls
# an earlier event, not the one the post reports
_RECALLING = re.compile(r"[^\w]*(?:нагада\w*|нагаду\w*|напомн\w*|як\s+відомо|как\s+известно|раніше|ранее)"
                        r"(?![\w'’])", _F)


# ... unless it recalls the strike itself that the post's pictures show ("Нагадаємо, сам удар був у ніч на 18-те")
_THE_STRIKE_ITSELF = re.compile(r"(?<![\w'’])(?:сам|сама|саме|самий|сам\s+по\s+собі)\s+(?:удар|атак|приліт|прильот|"
                                r"ураження|влучання|удара)\w*", _F)
# a date the picture was taken or shown on ("на знімку Sentinel-2 від 19.09", "снимки Maxar за 19 сентября"): the
# image's day, not the strike's
_IMAGE_DATED = re.compile(r"(?<![\w'’])(?:знім|сним|кадр|зображен|изображен)\w*(?:\s+[\w-]+){0,3}\s+(?:від|от|за)\s+$",
                          _F)


def recalled(text: str, position: int) -> bool:
    """Whether the sentence around ``position`` opens with a word of recalling an earlier event (not the strike
    itself the post's pictures show), or ``position`` is the date of an image."""
    if _IMAGE_DATED.search(text, max(0, position - 60), position):
        return True
    start = max(text.rfind(mark, 0, position) for mark in (". ", "! ", "? ", "\n")) + 1
    end = min((found for mark in (". ", "! ", "? ", "\n") if (found := text.find(mark, position)) >= 0),
              default=len(text))
    return bool(_RECALLING.match(text, start)) and not _THE_STRIKE_ITSELF.search(text, start, end)


def _background(text: str, position: int) -> bool:
    if recalled(text, position):
        return True
    if _SINCE.search(text, max(0, position - 6), position) and not _UNTIL.match(text, position):
        return True
    if _ALREADY.match(text, position):
        return True
    clause = _RELATIVE.search(text, max(0, position - _BACKGROUND_REACH), position)
    if clause is None:
        return False
    sentence_start = sentence_around(text, clause.start())[0]
    clause_end = _CLAUSE_END.search(text, position)
    return bool(_STRUCK.search(text, clause.start(), clause_end.start() if clause_end else len(text))) and bool(
        _STRUCK.search(text, sentence_start, clause.start()))


_CLAUSE_END = re.compile(r"[.!?:;\n▫•]")
# how far back a date without a year may lie: further back, "30 сентября" said on 28 September is a date ahead
# (an anniversary, a deadline), not last year's
_YEARLESS_BACK = timedelta(days=183)
# a date with its year more than this before the post is history ("в ніч на 26 квітня 1986 року")
_HISTORY = timedelta(days=366)
# "около 12.00 мск": the half hour either side
_AROUND_WIDTH = timedelta(hours=1)


@dataclass(frozen=True)
class When:
    start: datetime  # UTC
    end: datetime  # UTC
    tz: str
    span: tuple[int, int] | None
    how: str  # period | night | date | clock | overnight | past_day | today | yesterday | day_before_yesterday |
    # digest | publication

    def event_date(self) -> date | None:
        """The local day this happened on; None when it spans more than a night. A clock time, or a range of them
        an hour long at most, is dated by its middle ("2 ноября около 23.45 мск" is on 2 November, though its
        half hour either side ends after midnight); a night and the past 24 hours by the morning they end on."""
        if self.end - self.start > timedelta(hours=36):
            return None
        if self.how == "clock" and self.end - self.start <= _AROUND_WIDTH:
            return (self.start + (self.end - self.start) / 2).astimezone(ZoneInfo(self.tz)).date()
        local_end = self.end.astimezone(ZoneInfo(self.tz))
        if (local_end.time() == time(0) and self.end > self.start) or (
                self.how == "past_day" and local_end.hour < _JUST_AFTER_MIDNIGHT):
            # (ending at midnight, or "за добу" in a post written just after midnight: the day just ended, as
            # "сьогодні" then is)
            return local_end.date() - timedelta(days=1)
        return local_end.date()


def _month(word: str) -> int:
    lowered = word.lower()
    for stem, number in sorted(_MONTHS.items(), key=lambda item: -len(item[0])):
        if lowered.startswith(stem):
            return number
    raise ValueError(word)


def _latest(weekday: str, today: date) -> date:
    """The latest day up to ``today`` that falls on ``weekday`` (a weekday's name in any case)."""
    lowered = weekday.lower()
    number = next(value for stem, value in sorted(_WEEKDAYS.items(), key=lambda item: -len(item[0]))
                  if lowered.startswith(stem))
    return previous_weekday(today, number)


def _local(day: date, clock: time, tz: str) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(tz)).astimezone(UTC)


def _date(day: int, month: int, posted: date) -> date | None:
    for year in (posted.year, posted.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate <= posted + timedelta(days=1):
            return candidate
    return None


def _dated(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _plausible(day: date, today: date, with_year: bool, *, night: bool = False, daily: bool = False) -> bool:
    """Whether a date a post names may be the day its events happened: not after the post's own day (a night
    may end the morning after), not a date ahead named without its year, not history, and in a daily digest
    not before the day before."""
    if day > today + timedelta(days=1 if night else 0):
        return False
    back = today - day
    if daily and back > timedelta(days=1):
        return False
    return back <= (_HISTORY if with_year else _YEARLESS_BACK)


def _named_day(text: str, today: date, *, daily: bool, within: Spans = None) -> tuple[
        date | None, tuple[int, int] | None, str | None]:
    """The first date the post names that may be its events' day ("Ночью 1 августа", "22.11.2024"), its
    span and the part of the day said before it; dates in words come before dates in figures. With
    ``within``, only dates named in those spans."""
    for match in _DAY_MONTH.finditer(text):
        if not _inside(match.start(), within) or _background(text, match.start()):
            continue  # "…, которыми был нанесен удар по Севастополю 23 июня": another strike's day
        month = _month(match.group(3))
        part = (match.group(1) or "").lower() or None
        if match.group(4):
            day = _dated(int(match.group(4)), month, int(match.group(2)))
        else:
            day = _date(int(match.group(2)), month, today)
        if day and _plausible(day, today, bool(match.group(4)), night=part in _NIGHT_PARTS, daily=daily):
            return day, match.span(), part
    for match in _NUMERIC.finditer(text):
        if not _inside(match.start(), within) or recalled(text, match.start()):
            continue
        year = int(match.group(3)) + (2000 if len(match.group(3)) == 2 else 0)
        day = _dated(year, int(match.group(2)), int(match.group(1)))
        if day and _plausible(day, today, True, daily=daily):
            return day, match.span(), None
    for match in _DAY_DOT_MONTH.finditer(text):
        if not _inside(match.start(), within) or recalled(text, match.start()):
            continue
        day = _date(int(match.group(1)), int(match.group(2)), today) if 1 <= int(match.group(2)) <= 12 else None
        if day and today - day <= _SHORT_DATE_BACK and _plausible(day, today, False, daily=daily):
            return day, match.span(), None
    for match in _DAY_ALONE.finditer(text):
        if not _inside(match.start(), within) or recalled(text, match.start()):
            continue
        day = _day_of_month(int(match.group(1) or match.group(2) or match.group(3)), today)
        if day is not None:
            part = _PART_NEAR.search(text, max(0, match.start() - 8), match.end() + 8)
            return day, match.span(), part.group(0).lower() if part else None
    return None, None, None


_PART_NEAR = re.compile(r"вночі|уночі|ночью", _F)


def _day_of_month(number: int, today: date) -> date | None:
    """The latest day numbered ``number`` up to ``today``, when it lies within the last week, else None."""
    if not 1 <= number <= 31:
        return None
    day = today.replace(day=1) - timedelta(days=1) if number > today.day else today
    try:
        day = day.replace(day=number)
    except ValueError:
        return None
    return day if today - day <= _SHORT_DATE_BACK else None


def historical(text: str, start: int, end: int, today: date) -> bool:
    """Whether ``text[start:end]`` names a date with its year more than a year before ``today`` and no plausible
    one ("тімошин організував удар по житловому будинку у Дніпрі 14 січня 2023 року", posted in 2025): a sentence
    of history, whose places are background to the post's strike."""
    years = [_dated(int(match.group(4)), _month(match.group(3)), int(match.group(2)))
             for match in _DAY_MONTH.finditer(text, start, end) if match.group(4)]
    years += [_dated(int(match.group(3)), int(match.group(2)), int(match.group(1)))
              for match in _NUMERIC.finditer(text, start, end) if len(match.group(3)) == 4]
    named = [day for day in years if day is not None]
    return bool(named) and all(today - day > _HISTORY for day in named)


def _period(text: str, today: date, tz: str, published: datetime) -> When | None:
    """A span of days ("с 13 по 19 апреля", "з 30 грудня 2023 р. по 5 січня 2024 р.", "9–16 березня", "21.04–23.04");
    two days in a row with a dash ("1–2 серпня", "12.04 – 13.04") are the night between them."""
    if match := _PERIOD.search(text):
        end_month = _month(match.group(4))
        start_month = _month(match.group(2)) if match.group(2) else end_month
        last = _date(int(match.group(3)), end_month, today)
        first = _date(int(match.group(1)), start_month, last or today)
        if first and last and first <= last:
            return When(_local(first, time(0), tz), _local(last + timedelta(days=1), time(0), tz), tz,
                        match.span(), "period")
    if match := _DECADE.search(text):
        first_day = int(match.group(1)) if match.group(1) else 1 if match.group(0).lower().startswith("пер") else 21
        first = _date(first_day, _month(match.group(2)), today)
        if first:
            return When(_local(first, time(0), tz), _local(first + timedelta(days=_DECADE_DAYS), time(0), tz), tz,
                        match.span(), "period")
    spans = [(_date(int(match.group(1)), _month(match.group(3)), today),
              _date(int(match.group(2)), _month(match.group(3)), today), match)
             for match in _DASH_PERIOD.finditer(text)]
    spans += [(_date(int(match.group(1)), int(match.group(2)), today),
               _date(int(match.group(3)), int(match.group(4)), today), match)
              for match in _DOTTED_PERIOD.finditer(text)
              if 1 <= int(match.group(2)) <= 12 and 1 <= int(match.group(4)) <= 12]
    for first, last, match in spans:
        if not (first and last and first < last and _plausible(last, today, False, night=True)):
            continue
        if last - first == timedelta(days=1):
            start, end = _night(last, tz, published)
            return When(start, end, tz, match.span(), "night")
        return When(_local(first, time(0), tz), _local(last + timedelta(days=1), time(0), tz), tz, match.span(),
                    "period")
    return None


def _night(day: date, tz: str, published: datetime) -> tuple[datetime, datetime]:
    start, end = _local(day - timedelta(days=1), time(20), tz), _local(day, time(8), tz)
    return start, min(end, published) if published > start else end


def _clock(hour: str, minute: str | None) -> time | None:
    value, minutes = int(hour), int(minute or 0)
    if value > 24 or minutes > 59:
        return None
    return time(0) if value == 24 else time(value, minutes)


Spans = list[tuple[int, int]] | None


def _inside(position: int, within: Spans) -> bool:
    return within is None or any(start <= position < end for start, end in within)


@lru_cache(maxsize=1)
def _ordinal_day() -> tuple[re.Pattern[str], dict[str, int], dict[str, int]]:
    raw = raw_lexicon()["ordinal_days"]
    tens = {str(word): int(value) for word, value in raw["tens"].items()}
    stems = {str(stem).replace("'", "’"): int(value) for stem, value in raw["stems"].items()}
    by_length = sorted(stems, key=len, reverse=True)
    stem = "|".join(re.escape(each).replace("’", "['’ʼ]") for each in by_length)
    # (the soft endings of "третій": "двадцять третього травня", "третьому")
    pattern = re.compile(rf"(?<![\w'’ʼ])(?:({'|'.join(tens)})\s+)?({stem})"
                         rf"(?:ього|ьому|ьої|ого|ому|ое|ий|ый|ій|ої|ая|го|му|е|є|я|а|ю)"
                         # (or before "числа": "четвертого числа", a day of the last week as "4 числа" is)
                         rf"(?=\s+(?:{_MONTH}|числа)(?![\w'’ʼ]))", _F)
    return pattern, tens, stems


def days_in_words(text: str) -> str:
    """``text`` with each day of a month said as an ordinal in words ("двадцять сьоме січня") written as its
    number, padded with spaces to the words' length (every position in the text stays where it was)."""
    pattern, tens, stems = _ordinal_day()

    def number(match: re.Match[str]) -> str:
        unit = stems[re.sub("['ʼ]", "’", match.group(2).lower())]
        day = (tens[match.group(1).lower()] if match.group(1) else 0) + unit
        if (match.group(1) and unit >= 10) or not 1 <= day <= 31:
            return match.group(0)  # "двадцять десяте": no day
        return str(day).ljust(len(match.group(0)))

    return pattern.sub(number, text) if pattern.search(text) else text


def resolve(text: str, published: datetime, tz: str, events: Spans = None) -> When:
    """When the post's events happened. ``published`` must be timezone-aware. ``events``: the sentences
    that tell the post's events (the reader's choice); a night or a date named in them is taken before one
    named elsewhere ("6 квітня … день трауру … яких росія вбила 4 квітня ракетним ударом": the 4th). A day
    said in words counts as its number (:func:`days_in_words`)."""
    text = days_in_words(text)
    local = published.astimezone(ZoneInfo(tz))
    today = local.date()
    # the evening digest tells of its own day even when it also passes on the week's summary ("Главное за
    # день … за период с 18 по 24 ноября", "за последние три дня"): a span of days in it is not the post's time
    digest = bool(_DIGEST.search(text))
    head = None if digest else _MANY_DAYS_HEAD.search(text, 0, _HEAD)
    if head and not _FIRST_IN.search(text, max(0, head.start() - 12), head.start()):
        return When(published - timedelta(days=7), published, tz, head.span(), "period")
    since = None if digest else (_SINCE_HEAD.match(text.replace("*", " ")) or STRIKES_SINCE.search(text, 0, _HEAD))
    if since and (began := _date(int(since.group(1)), _month(since.group(2)), today)) and (
            today - began >= _SINCE_SPAN):
        return When(_local(began, time(0), tz), published, tz, since.span(), "period")
    if (period := _period(text, today, tz, published)) and not (period.how == "period" and digest):
        return period
    if (feast := feast_day(text, today)) is not None:  # "удару по центру міста у Вербну неділю" (.feasts)
        return When(_local(feast[0], time(0), tz), _local(feast[0] + timedelta(days=1), time(0), tz), tz, feast[1],
                    "date")
    daily = bool(_DAILY_DIGEST.search(text))
    for within in ([events, None] if events else [None]):
        if (night := _named_night(text, today, tz, published, within)) is not None:
            return night
        day_named, day_span, part = _named_day(text, today, daily=daily, within=within)
        if day_named is not None:
            break
    clock = _clocks(text, day_named or today, tz, published)
    if clock is not None:
        start, end, span = clock
        return When(start, end, tz, span, "clock")
    if day_named is not None:
        if part in _NIGHT_PARTS:
            start, end = _night(day_named, tz, published)
            return When(start, end, tz, day_span, "night")
        return When(_local(day_named, time(0), tz), _local(day_named + timedelta(days=1), time(0), tz), tz,
                    day_span, "date")
    back = hours_back(text)  # "Годину тому в порту … бахнуло" at 00:25: the evening before (.hours_ago)
    # (... or in the post's first line, a headline naming the place and the time: "💥 Енгельс, годину тому.")
    if back is not None and (_inside(back[1][0], events) or text.find("\n") >= back[1][1]) and not _background(
            text, back[1][0]):
        moment = published - timedelta(hours=back[0])
        return When(moment - _AROUND_WIDTH / 2, moment + _AROUND_WIDTH / 2, tz, back[1], "clock")
    # (in the sentences that tell the events, when the reader has them, and not as background: in a sentence that
    # recalls, "Вночі НПЗ засвітився … Нагадаю, тиждень тому це було б неможливо", or a clause of another strike, "Вночі
    # дрони знову атакували НПЗ, який два дні тому вже атакували")
    ago = [said for pattern in (_DAYS_AGO, _SOME_DAYS) for said in pattern.finditer(text)
           if _inside(said.start(), events) and not _background(text, said.start())
           and (pattern is _SOME_DAYS or _days_back(said) is not None)]
    said = min(ago, key=lambda each: each.start(), default=None)
    if said is not None and said.re is _SOME_DAYS:
        return When(published - timedelta(days=_DAYS_AGO_MAX), published, tz, said.span(), "period")
    if said is not None and (days := _days_back(said)) is not None:
        day = today - timedelta(days=days)
        return When(_local(day, time(0), tz), _local(day + timedelta(days=1), time(0), tz), tz, said.span(), "date")
    if match := next((each for each in _NIGHT.finditer(text) if not _SAID_AT_NIGHT.match(text, each.end())), None):
        day = today
        if (_LAST_NIGHT.search(text) and local.hour < 4) or _DAY_BEFORE_YESTERDAY.search(text):
            day = today - timedelta(days=1)  # "позавчора вночі": the night that ended yesterday morning
        elif _YESTERDAY_AT_NIGHT.search(text, max(0, match.start() - 12), match.start()):
            # "Вчора вночі …" said in the day: yesterday's night, its small hours or its late hours (both on yesterday's
            # date), not the night just ended ("цієї ночі", "вчорашньою ніччю")
            day = today - timedelta(days=1)
            return When(_night(day, tz, published)[0], _local(today, time(0), tz), tz, match.span(), "overnight")
        start, end = _night(day, tz, published)
        return When(start, end, tz, match.span(), "overnight")
    if match := _PAST_DAY.search(text):
        return When(published - timedelta(hours=24), published, tz, match.span(), "past_day")
    if match := _DAY_BEFORE_YESTERDAY.search(text):
        day = today - timedelta(days=2)
        return When(_local(day, time(0), tz), _local(day + timedelta(days=1), time(0), tz), tz, match.span(),
                    "day_before_yesterday")
    if (match := _YESTERDAY.search(text)) and not _today_told_instead(text, events, match.start()):
        day = today - timedelta(days=1)
        return When(_local(day, time(0), tz), _local(today, time(0), tz), tz, match.span(), "yesterday")
    if (match := _WEEKS.search(text)) and not digest:
        return When(published - timedelta(days=7), published, tz, match.span(), "period")
    if match := _PART_OF_WEEKDAY.search(text):
        # "Вечір вівторка на болотах", "вечір середи" in a post written just after midnight: that day's evening
        day = _latest(match.group(1), today)
        return When(_local(day, time(0), tz), _local(day + timedelta(days=1), time(0), tz), tz, match.span(), "date")
    if match := _ON_WEEKDAY.search(text):
        day = _latest(match.group(3) or match.group(4), today)
        if (match.group(1) or match.group(2)) and day == today:
            day -= timedelta(days=7)  # "минулої неділі" said on a Sunday: the one before
        return When(_local(day, time(0), tz), _local(day + timedelta(days=1), time(0), tz), tz, match.span(),
                    "date")
    if local.hour < _LATE_EVENING_UNTIL and (match := _LATE_EVENING.search(text)) and not _after_now(
            text, events, match.start()):
        day = today - timedelta(days=1)
        return When(_local(day, time(0), tz), _local(today, time(0), tz), tz, match.span(), "yesterday")
    if local.hour < _EVENING_UNTIL and (match := _EVENING.search(text)) and not _after_now(
            text, events, match.start()):
        # "Ввечері дрони атакували …", "сьогодні ввечері …" in a post written at 01:20: the evening just ended
        day = today - timedelta(days=1)
        return When(_local(day, time(0), tz), _local(today, time(0), tz), tz, match.span(), "today")
    if not _TODAY.search(text) and (match := _lately(text, events)):
        return When(published - timedelta(days=_DAYS_AGO_MAX), published, tz, match.span(), "period")
    how = "digest" if _DIGEST.search(text) else "today" if _TODAY.search(text) else "publication"
    if how == "today" and local.hour < _JUST_AFTER_MIDNIGHT and (match := _TODAY_WORD.search(text)) and not _after_now(
            text, events, match.start()):
        # "сьогодні вдень …" in a post written at 00:18: the day just ended (not "зараз": now)
        day = today - timedelta(days=1)
        return When(_local(day, time(0), tz), _local(today, time(0), tz), tz, match.span(), "today")
    if local.hour < _JUST_AFTER_MIDNIGHT and (match := todays(text)) and not _after_now(text, events, match.start()):
        # "після сьогоднішньої атаки" in a post written at 00:40: the day just ended (:mod:`.today_adjective`)
        day = today - timedelta(days=1)
        return When(_local(day, time(0), tz), _local(today, time(0), tz), tz, match.span(), "today")
    where: tuple[int, int] | None = None
    if how != "publication":
        found = (_DIGEST if how == "digest" else _TODAY).search(text)
        where = found.span() if found else None
    end = _local(today + timedelta(days=1), time(0), tz) if how == "digest" else published
    return When(_local(today, time(0), tz), max(end, _local(today, time(0), tz)), tz, where, how)


def _today_told_instead(text: str, events: Spans, position: int) -> bool:
    """Whether "вчора" at ``position`` lies outside the sentences that tell the events while they say "сьогодні"
    ("Сьогодні зранку дві ракети влетіли в центр міста … це зробили ті, які вчора розповідали про мир")."""
    return events is not None and not _inside(position, events) and any(
        _inside(said.start(), events) for said in _TODAY_WORD.finditer(text))


# a night that dates someone's words, not the event ("Бочаров ще вночі поспішив сказати, що «атака отражена»")
_SAID_AT_NIGHT = re.compile(r"\s+(?:[\w'’]+\s+){0,1}?(?:поспіши\w*\s+|поспеши\w*\s+)?(?:сказа|заяви|написа|повідоми|"
                            r"сообщи|звітува|відзвітува|отчита|запости|поспіши|поспеши)\w*", re.IGNORECASE)


def _lately(text: str, events: Spans) -> re.Match[str] | None:
    """"Днями", "нещодавно" said of the event (not of a word it qualifies: "нещодавно відремонтований НПЗ" is the
    works', by the dictionary's reading of the word after it as an adjective or a participle)."""
    for match in _LATELY.finditer(text):
        after = _NEXT_WORD.match(text, match.end())
        if after and any({"ADJF", "PRTF"} & tags for language in ("uk", "ru")
                         for _, tags in readings(after.group(1).lower(), language)):
            continue
        if _inside(match.start(), events) and not _background(text, match.start()):
            return match
    return None


def _days_back(match: re.Match[str]) -> int | None:
    """How many days back "N днів тому" / "тиждень тому" says (a number in figures or words), when one to
    _DAYS_AGO_MAX; else None."""
    if match.group(2):
        return _DAYS_AGO_MAX
    word = match.group(1)
    days = int(word) if word.isdigit() else number_word(word.lower(), "uk") or number_word(word.lower(), "ru")
    return days if days is not None and 1 <= days <= _DAYS_AGO_MAX else None


def _named_night(text: str, today: date, tz: str, published: datetime, within: Spans) -> When | None:
    """A night named by its date, its weekday or its feast ("у ніч на 27 березня", "у ніч на неділю", "в
    новорічну ніч")."""
    for night in _NIGHT_ON.finditer(text):
        if not _inside(night.start(), within) or recalled(text, night.start()):
            continue
        day = _date(int(night.group(1)), _month(night.group(2)), today)
        if night.group(3):
            day = _dated(int(night.group(3)), _month(night.group(2)), int(night.group(1)))
        if day and _plausible(day, today, bool(night.group(3)), night=True):
            start, end = _night(day, tz, published)
            return When(start, end, tz, night.span(), "night")
    for night in _NIGHT_ON_DOTTED.finditer(text):
        if not _inside(night.start(), within) or recalled(text, night.start()) or not 1 <= int(night.group(2)) <= 12:
            continue
        year = night.group(3)
        day = _dated(int(year) + (2000 if len(year) == 2 else 0), int(night.group(2)), int(night.group(1))) if year \
            else _date(int(night.group(1)), int(night.group(2)), today)
        if day and _plausible(day, today, bool(year), night=True):
            start, end = _night(day, tz, published)
            return When(start, end, tz, night.span(), "night")
    weekday_nights = [*_NIGHT_ON_WEEKDAY.finditer(text), *_WEEKDAY_NIGHT.finditer(text)]
    for match in sorted(weekday_nights, key=lambda each: each.start()):
        if _inside(match.start(), within):
            day = _latest(match.group(1) or match.group(2), today)
            if day == today and re.search(_LAST, match.group(0), _F):
                day -= timedelta(days=7)
            start, end = _night(day, tz, published)
            return When(start, end, tz, match.span(), "night")
    for match in _NIGHT_ON_DAY.finditer(text):
        if _inside(match.start(), within) and not recalled(text, match.start()) and (
                day := _day_of_month(int(match.group(1)), today)) is not None:
            start, end = _night(day, tz, published)
            return When(start, end, tz, match.span(), "night")
    for match in _NEW_YEAR_NIGHT.finditer(text):
        day = _date(1, 1, today)
        if _inside(match.start(), within) and not recalled(text, match.start()) and day and _plausible(
                day, today, False, night=True):
            start, end = _night(day, tz, published)
            return When(start, end, tz, match.span(), "night")
    return None


# a clock told in Moscow time ("о 00:10 за московським часом", "с 20.00 до 23.00 мск", "в 4:30 по Москве")
_MOSCOW_TIME = re.compile(r"\s*,?\s*(?:мск|по\s+москов\w+(?:\s+времени)?|по\s+москве|за\s+москов\w+(?:\s+час\w*)?|"
                          r"за\s+москвою)(?![\w'’])", _F)
_MOSCOW = "Europe/Moscow"


def _zone(text: str, match: re.Match[str], tz: str) -> str:
    """Moscow's zone for a clock the words right after it (or in it) tell in Moscow time, else ``tz``."""
    return _MOSCOW if _MOSCOW_TIME.search(match.group(0)) or _MOSCOW_TIME.match(text, match.end()) else tz


def _clocks(text: str, day: date, tz: str, published: datetime) -> tuple[datetime, datetime, tuple[int, int]] | None:
    if match := _RANGE.search(text):
        first, second = _clock(match.group(1), match.group(2)), _clock(match.group(3), match.group(4))
        if first is not None and second is not None and (match.group(2) or match.group(4) or "мск" in match.group(0)):
            zone = _zone(text, match, tz)
            start, end = _local(day, first, zone), _local(day, second, zone)
            if end < start:
                end += timedelta(days=1)
            if start > published + timedelta(hours=1):
                start, end = start - timedelta(days=1), end - timedelta(days=1)
            return start, end, match.span()
    match = _AROUND.search(text) or _AROUND_DOTTED.search(text)
    if match:
        clock = _clock(match.group(1), match.group(2))
        if clock is not None:
            moment = _local(day, clock, _zone(text, match, tz))
            if moment > published + timedelta(hours=1):
                moment -= timedelta(days=1)
            return moment - _AROUND_WIDTH / 2, moment + _AROUND_WIDTH / 2, match.span()
    return None
