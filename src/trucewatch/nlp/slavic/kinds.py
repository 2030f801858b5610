"""A Russian or Ukrainian post's kind: ``interceptions``, ``strike_on_russia``, ``russian_strike``, ``summary`` or
``other`` (docs/extraction.md), read before any report is made from it by :mod:`trucewatch.nlp.slavic.reader`.

The lexicon's kind patterns come first (a flight-route map or a front-line group's statement only at the post's
head); then what is not news of a strike (a price list, an anniversary, a feature, a retraction, a post saying
nothing happened, an air-alert chronicle), air-defence tallies, the Russian MoD's own strikes and accusations,
a Ukrainian blogger's review of several days, and last a Ukrainian post's words of striking, the side they are
said of and headlines that name an object and a place. The sentence splitter and the energy objects a text
names are shared with the reader.
"""

from __future__ import annotations

import re
from functools import cache

from trucewatch.geo.admin1 import CRIMEA
from trucewatch.nlp.slavic import ukrainian_russian as ua_ru
from trucewatch.nlp.slavic.adjectives import town_location
from trucewatch.nlp.slavic.assassination import person_blown_up
from trucewatch.nlp.slavic.blame import self_inflicted
from trucewatch.nlp.slavic.dead_after_count import dead_after_count
from trucewatch.nlp.slavic.dismissed import fire_dismissed, no_strike_happened, retracted, technical_cause
from trucewatch.nlp.slavic.downed_uk import (
    _AIRCRAFT_BEFORE,
    _COUNT_DOWNED_UK,
    _DESTROYED_BY,
    _DOWNED_UK,
    _MINISTRY_TALLY,
    _UK_TALLY_HEADLINE,
    DEFENCE_AT_WORK,
    air_force_headline,
)
from trucewatch.nlp.slavic.energy_named import energy_mentions
from trucewatch.nlp.slavic.harm import LAUNCHED, attack_told_first, energy_harmed, harm_before_air_force_count
from trucewatch.nlp.slavic.headed_strike_ru import headed_strike
from trucewatch.nlp.slavic.lexicon import lexicon, raw_lexicon
from trucewatch.nlp.slavic.money import without_money_days
from trucewatch.nlp.slavic.multiday import attack_over_days, days_long
from trucewatch.nlp.slavic.not_news import a_joke, front_day, years_ago
from trucewatch.nlp.slavic.places import Place, find_places
from trucewatch.nlp.slavic.reposted import headed_tally, reported_downing, russian_quote
from trucewatch.nlp.slavic.retaliation import without_retaliation
from trucewatch.nlp.slavic.reviews import a_month, night_digest, nights_in_turn, reviews_a_span
from trucewatch.nlp.slavic.roles import named_in_passing
from trucewatch.nlp.slavic.satellite import satellite_damage
from trucewatch.nlp.slavic.settlements import settlement
from trucewatch.nlp.slavic.sides import (
    BY_A_FORCE,
    HITTING,
    ON_UKRAINE,
    RUSSIAN_STRIKE,
    enemy_strikes,
    in_russia_or_crimea,
    on_ukraine,
    russian_side,
    striking_side,
)
from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.tallies import DESTROYED, REPELLED_COUNT, tally
from trucewatch.nlp.slavic.timing import STRIKES_SINCE, UK_MONTHS
from trucewatch.nlp.slavic.verbless import TOLD_WHEN, verbless_strikes
from trucewatch.nlp.slavic.weekly import counted_over_days
from trucewatch.nlp.slavic.wording import (
    explains,
    ground_fight,
    has_verb,
    is_headline,
    not_an_event,
    over_years,
    strike_words,
    struck_object,
)

_F = re.IGNORECASE
_DEFENCE = re.compile(r"средствами\s+(?:ПВО|противовоздушн|РЭБ|радиоэлектронн)|силами\s+ПВО|\bПВО\b|\bППО\b|"
                      r"\bРЕБ\b|пресечен\w*\s+(?:\w+\s+){0,2}попытк|попытк\w*\s+(?:\w+\s+){0,2}атак[иуе]\b|"
                      # ... an attempt to attack or to hit with drones or missiles named in its clause ("безуспешная
                      # попытка атаковать тремя беспилотными … катерами корабль", "попытка поразить наши объекты в
                      # Севастополе беспилотными аппаратами"; not "попытку атаковать позиции у …, уничтожены два БПЛА")
                      r"попытк\w*\s+(?:\w+\s+){0,2}(?:атаковать|поразить)\s[^.!?;,\n]{0,60}?"
                      r"(?:беспилотн|безэкипажн|БПЛА|БпЛА|дрон|ракет)\w*|"
                      r"отраж[её]н\w*\s+(?:\w+\s+)?атак|сил\w*\s+протиповітрян|"
                      r"протиповітрян\w*\s+оборон", _F)
_RU_OWN_STRIKE = re.compile(r"нанес\w*\s+(?:\w+\s+){0,4}удар|удар\w*\s+(?:\w+\s+){0,3}(?:Искандер|Кинжал|Калибр)|"
                            r"поражен\w*\s+(?:\w+\s+){0,2}(?:объект|цел)", _F)
# (damage said to be none is none: "Пострадавших и разрушений нет", "без повреждений", "никто не пострадал")
_NONE_AFTER = r"(?!\w*\s+(?:нет|не\s+(?:было|выявлено|зафиксировано|допущено|имеется)))"
_UA_DAMAGE = re.compile(r"(?<!без\s)поврежд" + _NONE_AFTER + r"|(?<!не\s)пострадал|пострадавш\w*\s+(?:есть|имеются)|"
                        r"возгоран" + _NONE_AFTER + r"|пожар" + _NONE_AFTER + r"|(?<!без\s)разрушен" + _NONE_AFTER +
                        r"|погиб|ранен|обесточ|"
                        r"нанес\w*\s+(?:\w+\s+){0,3}удар", _F)
# ... and, of a drone attack, an object attacked or an energy object (the MoD's features tell such damage done by
# its own crews and their strike drones, "ударных БпЛА": "повредили пикап", "в самоходной артиллерийской установке
# воспламенился"), a fire, a blast of
# munitions, firemen at work or a power cut ("загорелась нефтебаза", "выгорела подстанция", "произошла
# детонация", "проходит тушение", "без электричества", "обломки повредили")
_FIRE_DAMAGE = re.compile(r"(?<!\w)(?:повредил|загорел|выгорел|сгорел|горит|горят|горени|детонац|сдетонир|тушени|"
                          r"потушен)\w*|без\s+(?:электричества|света|электроснабжения)", _F)
# ... or a strike made with drones ("Удар совершён с применением 14 ударных БПЛА"), or drones the subject of the
# attack ("беспилотники атаковали нефтебазу", "нефтебаза атакована дронами", "беспилотник влетел в установку"); a raid
# is an attack ("горит нефтебаза после налёта БПЛА")
_DRONE_ATTACK_RU = re.compile(r"(?:атак|удар|нал[её]т)\w*\s+(?:(?:\d+|[а-яё]+(?:и|ух|ех|ёх|ми))\s+)?(?:украинск\w+\s+)?"
                              r"(?:дрон\w*|БПЛА|БпЛА|беспилотник\w*|FPV|безэкипажн\w*\s+катер\w*|БЭК)|"
                              # ... or the debris of one falling ("обломки беспилотника упали на территорию
                              # нефтебазы", "при падении обломков сбитого БПЛА повреждены ЛЭП")
                              r"обломк\w*\s+(?:\w+\s+)?(?:дрон\w*|БПЛА|БпЛА|беспилотник\w*)|"
                              # ... or its fall or its flight reaching an object ("горит резервуар после падения
                              # беспилотника", "беспилотник всё-таки долетел до Ильского НПЗ")
                              r"падени\w*\s+(?:\w+\s+)?(?:дрон\w*|БПЛА|БпЛА|беспилотник\w*)|"
                              r"(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА)\s+(?:(?!не\s)[\w-]+\s+){0,2}?долетел\w*\s+до\s|"
                              r"(?:дрон\w*(?:-\w+)?|беспилотник\w*|БПЛА|БпЛА)\s+(?:\w+\s+){0,2}?(?:атаковал|ударил|сбросил|"
                              r"(?:попал|влетел)\w*\s+(?:в|по)\s)\w*|"
                              r"атакован\w*\s+(?:\w+\s+){0,2}?(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА)|"
                              r"(?:удар|атак)\w*\s+(?:\w+\s+){0,2}?с\s+применением\s+(?:\d+\s+)?(?:ударн\w+\s+)?"
                              r"(?:дронов|БПЛА|БпЛА|беспилотник\w*)", _F)
# ... or, in a governor's or a newspaper's words, an object attacked ("атакованы две подстанции", "был атакован
# аэродром"), explosions at an energy object ("сообщили о взрывах и пожаре в районе нефтеперерабатывающего завода")
# or a fire after an attack ("Пожар на нефтебазе … после атаки тушили четыре дня")
_STRUCK_RU = re.compile(r"(?<!\w)атакован\w*|подверг\w*\s+(?:\w+\s+)?атак\w*|"
                        # ... or an object attacked by a verb with no subject, as a channel writes in Russian ("ночью
                        # атаковали нефтебазу", "3 июня ВСУ атаковали подстанцию", "ударили по НПЗ")
                        r"(?<!\w)(?:атаковали|(?:ударили|долбанули|отработали)\s+(?:[\w-]+(?:ами|ями)\s+)?по)\s+"
                        r"(?:[\w«»\"-]+\s+){0,2}?"
                        # ("ВСУ ударили ракетами по объекту энергетики")
                        r"(?:завод|аэродром|арсенал|склад|нефтебаз|подстанц|НПЗ|НПС|ТЭЦ|ГРЭС|порт|терминал|"
                        r"нефтеперека|электроподстанц|объект\w*\s+энергетик|энергообъект)|"
                        r"последстви\w*\s+(?:\w+\s+)?(?:атак|удар|обстрел)\w*|"
                        # ... or an attack on an object by a noun ("Ночью атака на авиабазу и склады ГСМ")
                        r"(?<!\w)атак[аиу]\s+на\s+(?:[\w«»\"-]+\s+){0,2}?(?:авиабаз|аэродром|склад|нефтебаз|завод|НПЗ|"
                        r"подстанц|предприяти)|"
                        r"взрыв\w*\s+(?:[\w«»\"-]+\s+){0,6}?(?:НПЗ|нефтеперераб|нефтебаз|ТЭЦ|ГРЭС|подстанц)|"
                        r"(?:пожар|возгоран|загорел|горел)\w*[^.!?\n]{0,60}?после\s+(?:\w+\s+)?(?:атак|удар)|"
                        # ... or damage or a power cut after an attack ("После ночной атаки повреждена подстанция")
                        r"после\s+(?:\w+\s+)?(?:атак|удар)\w*[^.!?\n]{0,60}?(?:пожар|возгоран|загорел|горит|поврежд|"
                        r"обесточ)", _F)
# drones the subject of attacking a place or an object ("Два беспилотника атаковали Москву", "беспилотники атаковали
# подстанцию в Ельце"; not a count downed: "атаковавших Москву")
_DRONES_ATTACKED = re.compile(r"(?:дрон\w*(?:-\w+)?|беспилотник\w*|БПЛА|БпЛА)\s+(?:\w+\s+){0,1}?атаковал[аи]?\s+"
                              r"(?!(?:\w+\s+)?(?:был|были|уничтож|сбит|перехвач|подавл))", _F)
# a blast, a hit or a strike named with no verb of striking, in a Russian post (or a short Ukrainian one read as
# Russian): "утро началось с бавовны", "По аэродрому прилетело", "Удар был в ночь на 20 июня", "Вибухи"
_BLAST_RU = re.compile(r"(?<!\w)(?:взрыв|вибух|бавовн|прил[её]т)\w*|💥", _F)
_STRIKE_NOUN_RU = re.compile(r"(?<!\w)удар(?:а|ом|ы)?(?!\w)", _F)  # "Удар был в ночь на 20 июня": with a fire
_OBJECT_RU = re.compile(r"(?<!\w)(?:завод|аэродром|аеродром|арсенал|склад|нефтебаз|нафтобаз|подстанц|підстанц|"
                        r"НПЗ|НПС|ТЭЦ|ТЕЦ|ГСМ)", _F)
# ... not in a question, a wish, a forecast or a denial
_NOT_TOLD_WORDS_RU = r"(?<!\w)(?:желаю|пусть|если|будет|будут|скоро|ничего\s+не|не\s+было|фейк)"
_NOT_TOLD_RU = re.compile(rf"\?|{_NOT_TOLD_WORDS_RU}", _F)
_NOT_TOLD_SAID_RU = re.compile(_NOT_TOLD_WORDS_RU, _F)  # (a question only in the strike's sentence: below)
# shelling or a strike told with no side named, as a governor tells one on his region
_SHELLING_RU = re.compile(r"(?<!\w)(?:обстрел\w*|прил[её]т\w*)", _F)
# a strike on what the other side holds at the front, told by the MoD ("нанес удар по опорному пункту ВСУ",
# "по пункту временной дислокации отряда БпЛА ВСУ", "по скоплениям живой силы противника"): the owner named
# after the object is not the one striking
_ENEMY_TARGET = re.compile(r"(?:удар\w*|огонь|огн[ёе]м)[^.!?\n]{0,40}?\bпо\s+(?:[\w«»\"(),-]+\s+){0,10}?"
                           r"(?:ВСУ\b|противника\b|украинских\s+(?:боевиков|националистов|формирований|войск))|"
                           r"\b(?:уничтожил\w*|поразил\w*)\s+(?:[\w«»\"-]+\s+){1,4}?(?:ВСУ\b|противника\b)|"
                           r"\bпо\s+(?:[\w«»\"-]+\s+){0,8}?ВСУ\b[^.!?\n]{0,40}?нанес[её]н\w*\s+(?:\w+\s+)?удар", _F)
# the enemy by a Ukrainian channel's names for it, in Russian, as the subject of a verb of striking ("русские ударили
# по Кременчугу", "кацапы ночью обстреляли Харьков"; the ministry never names its own side so)
_ENEMY_STRIKES_RU = re.compile(r"(?<!\w)(?:русские|россияне|рашисты|оккупанты|кацапы|кацапня|русня|орки)\s+"
                               r"(?:[\w«»\"-]+\s+){0,2}?(?:ударил|атаковал|обстрелял|бил|долбил|накрыл|гатил|"
                               r"запустил)", _F)


# a short parenthesis is part of its sentence, whatever marks it holds ("уразили Бук-М1 (макет?) на околицях …")
_SENTENCE = re.compile(r"(?:[^.!?\n(]+|\([^()\n]{0,40}\)|\()+(?:[.!?]+|\n|$)")


# an abbreviation's full stop ends no sentence: one before a name ("с. Суземка", "г. Брянск", "н.п. Мирний"), or
# one before a small letter, a digit or a dash ("Брянской обл. и 2 — над Орловской", "Суземского р-на повреждены")
_BEFORE_A_NAME = re.compile(r"(?<![\w-])(?:г|с|н|н\.п|смт|пгт|пос|ул|вул|м)\.$")
_ABBREVIATION_END = re.compile(r"(?<![\w-])(?:обл|р-н\w{0,3}|тис|млн|млрд|ім|им)\.$", _F)
_GOES_ON = re.compile(r"\s*[a-zа-яёіїєґ\d—–-]")


def sentences(text: str) -> list[tuple[int, int]]:
    """The spans of ``text``'s sentences: each ends with its marks of ending or its line."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        if not match.group(0).strip():
            continue
        if spans and "\n" not in text[spans[-1][1] - 1:match.start() + 1] and (
                _BEFORE_A_NAME.search(text, spans[-1][0], spans[-1][1]) or (
                _ABBREVIATION_END.search(text, spans[-1][0], spans[-1][1]) and _GOES_ON.match(text, spans[-1][1]))):
            spans[-1] = (spans[-1][0], match.end())
            continue
        spans.append((match.start(), match.end()))
    return spans


# a post that opens as a flight-route map or a front-line group's statement is of kind other; the same words
# later in a strike report ("На цій карті показано приблизні маршрути ударів") do not make it one
_OTHER_WITHIN = 100


# an air-alert chronicle's head, and the explosions that make one report a strike ("Повідомляють про вибухи у
# Мічуринську")
_AIR_ALERT = re.compile(r"повітрян\w*\s+тривог", _F)
_ALERT_HEAD = 40  # the chronicle opens with its time and the alert
_EXPLOSIONS = re.compile(r"вибух(?!онебезпечн)|влучан|прил[іь]о?т|пожеж|горить|палає|уражен", _F)


def _told_as_not_an_event(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    """Whether the sentence with the post's first word of striking is an anniversary, a fundraiser, a training
    or sanctions, as the first sentence can be."""
    strikes = strike_words(text, language)
    span = _first_strike_sentence(spans, strikes)
    return span is not None and (not_an_event(text[span[0]:span[1]], language)
                                 or _MONEY_RAISED.search(text, *span) is not None)


# money raised, told in the sentence of the strike ("8 липня ракета влучила в «Охматдит»: нині триває відбудова,
# зібрано понад 1 млрд грн"): a fundraiser's news
_MONEY_RAISED = re.compile(r"(?<![\w'’])(?:зібрано|зібрали|зібрав|зібрала)\s+(?:\w+\s+){0,2}?[\d,.]+\s*"
                           r"(?:(?:тис|млн|млрд)\w*\.?\s*)?(?:грн|гривень|гривні|₴|\$|доларів|євро)", _F)


def _first_strike_sentence(spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sentence (of ``spans``) holding the post's first word of striking; None when there is none."""
    if not strikes:
        return None
    first = strikes[0][0]
    return next(((start, end) for start, end in spans if start <= first < end), None)


def _struck_before_tally(text: str, language: str, spans: list[tuple[int, int]], *, anywhere: bool = True) -> bool:
    """Whether the post tells a strike at a place in a sentence before its first word of downing ("Башкирія,
    Стерлітамак. Губернатор заявив про атаку бпла на хімзавод … За ніч мо рф відзвітувало про збиття 85 бпла"):
    a strike report that passes on a count, not a tally."""
    downed = _DOWNED_UK.search(text)
    if downed is None:
        return False
    begin = next((start for start, end in spans if start <= downed.start() < end), downed.start())
    # (with the air force's count downed, only a place in Russia or in Russian-held Ukraine: a strike on Ukraine told
    # first is the attack the tally answers, "ворог здійснив комбінований удар по Києву … Усі 18 ракет знешкоджено")
    # (... or with harm on the ground told before the Air Force's count: "вгатила ракетами по ДніпроГЕС — пряме
    # влучання … Повітряні сили: збито 55 шахедів": a strike report passing the country's count on, .harm)
    told = anywhere or harm_before_air_force_count(text, (begin, len(text)), downed.start())
    return any(end <= begin for _, end in strike_words(text, language)) and any(
        told or russian_side(place)
        for place in find_places(text[:begin], language))


def _energy_strike_counted(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    """Whether a Ukrainian post not headed by the Air Force's tally tells the attack before its count downed and
    the energy system harmed (harm.attack_told_first, harm.energy_harmed): the strike's report, the count passed on."""
    return not air_force_headline(text) and attack_told_first(text) and energy_harmed(
        text, spans, [match.span() for _, match in energy_mentions(text)])


def _counted_downed(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    """Whether a Ukrainian post gives a count downed (``_COUNT_DOWNED_UK``) with no place in Russia or in
    Russian-held Ukraine named before its sentence ends: "знищено 60 ракет" on an airfield in Yeysk, or "знищено 1
    БПЛА" in a store on an airfield in Crimea, are what a strike destroyed, not an air-defence tally."""
    count = _COUNT_DOWNED_UK.search(text)
    if count is None:
        return False
    end = next((finish for start, finish in spans if start <= count.start() < finish), count.end())
    return not any(russian_side(place) for place in find_places(text[:end], language))


# "все 9 беспилотников сбиты", "12 БПЛА были уничтожены": a count of drones said to be downed, with no air defence named
# (not "все БПЛА были сбиты" after a strike told with its fire: a governor's word on it)
_COUNT_DOWNED_RU = re.compile(r"(?:\bвсе\s+)?\b\d+\s+(?:[а-яё]+\s+)?(?:БПЛА|беспилотник\w*)\s+(?:были\s+)?"
                              r"(?:сбиты|уничтожены|перехвачены)\b", _F)
# ... or an attack of a count of drones repelled, a mayor's formula (tallies.REPELLED_COUNT)
_REPELLED_COUNT_RU = re.compile(REPELLED_COUNT, _F)


def classify(text: str, language: str) -> str:
    words = lexicon()
    for kind, pattern in words.kinds:
        # (not "185 тисяч за 2 дні", a fundraiser's sum: .money)
        if pattern.search(text[:_OTHER_WITHIN] if kind == "other" else without_money_days(text)):
            return kind
    if a_joke(text):
        return "other"  # "Розцінки: 20 грн — ФПВ в підара …", "Кацап, коли бачить …" three times over: a joke
    spans = sentences(text)
    if language == "uk" and spans and not_an_event(text[spans[0][0]:spans[0][1]], language):
        return "other"  # "Сьогодні річниця …", a fundraiser, a training, sanctions
    if years_ago(text, spans):
        return "other"  # "Два роки тому, 10 жовтня 2022-го, росія вперше …": an anniversary recalled
    if language == "uk" and explains(text, language):
        return "other"  # "Сьогодні ми поговоримо про машинний зір …": a feature
    if language == "uk" and retracted(text):
        return "other"  # "Попередньо, удар по нафтобазі … UPD: Схоже що ні(", a post correcting an earlier one
    if language == "uk" and no_strike_happened(text, counts_downed=_COUNT_DOWNED_UK.search(text) is not None) and (
            not self_inflicted(text)):  # (not a denial shifting the blame: "фейк, станцію обстріляла сама росія")
        return "other"  # "Бачили вчора новину про вибух …? Так ось, виявляється ніяких вибухів не було"
    if language == "uk" and fire_dismissed(text):
        return "other"  # "Нам пишуть «знову горить завод». Ні: на знімку палає стерня", "… цієї ночі не атакували"
    if language == "uk" and technical_cause(text):
        return "other"  # "На хімзаводі вибухнув резервуар … кажуть: без дронів, технологічний збій"
    if language == "uk" and spans and _told_as_not_an_event(text, spans, language):
        return "other"  # "8 жовтня — дата, яку пам’ятає кожен українець. Сьогодні — річниця удару по …"
    if language == "uk" and _AIR_ALERT.search(text[:_ALERT_HEAD]) and not _EXPLOSIONS.search(text):
        return "other"  # "22:00 | 15/03, повітряна тривога на болотах: …": where alerts sound, not what was hit
    if language == "uk" and spans and _MADE_SAFE.search(text, *spans[0]):
        return "other"  # "сапери знешкодили бойову частину Х-101, яка лежала … з минулої атаки": made safe
    if language == "uk" and satellite_damage(text) and (places := find_places(text, language)):
        # "Супутникові знімки НПЗ … після нашого останнього візиту: вигоріла установка" (.satellite)
        return "strike_on_russia" if any(map(in_russia_or_crimea, places)) else "russian_strike"
    if language == "uk" and front_day(text) and not energy_mentions(text):
        return "other"  # "За добу 87 бойових зіткнень …", "ворог обстрілював наші позиції": the front's day
    if language == "uk" and (reviews_a_span(text) or night_digest(text)) and find_places(text, language):
        return "summary"  # "Мапа тижня, 15–21.09", "Десять днів Криму і Кубані (28.08–06.09)", "Ранкове зведення 14.08"
    # (a review headed by the truce it sums up, "Місяць «енергетичного перемир'я»: підсумок", before its talk goes)
    reviewed = language == "uk" and _reviews_days(text)
    # talk of a moratorium or a proposal to stop strikes is not a strike; the parts of a sentence between
    # semicolons are read apart ("відпрацьовано по … «Апатит»; З цікавого: Після … «перемир’я» …")
    text = " ".join(part for start, end in spans for part in text[start:end].split(";")
                    if not words.energy_not_a_claim.search(ua_ru.without_truce_conceded(part)))
    spans = sentences(text)  # (the offsets of the text read from here on, not of the post as written)
    over = re.search(r"\b[Нн]ад\s+(?:территори|акватори|регион|[А-ЯЁ])", text) and re.search(
        r"(?:\d+|[а-яё]+)\s+(?:украинск\w+\s+)?(?:БПЛА|БпЛА|беспилот|безпілот)|"
        # ... or a count of drones said downed by an adjective ("рапортує про 95 збитих дронів … над Московською")
        r"\d+\s+збит\w+\s+(?:БПЛА|БпЛА|безпілот|дрон|шахед)", text, _F)
    if language == "uk" and attack_over_days(text) and tally(text, spans, language).total:
        return "summary"  # "атака … триває вже понад 50 годин, всього «сбито» 524 дрони": a count over days (.multiday)
    if language == "uk" and counted_over_days(text) and tally(text, spans, language).total:
        return "summary"  # "За тиждень з 23 по 29 грудня Повітряні сили збили 386 ударних БпЛА …" (.weekly)
    if language == "uk" and spans and _PERIOD_HEAD.match(text[spans[0][0]:spans[0][1]]) and tally(
            text, spans, language).total:
        return "summary"  # "Листопад у цифрах: … з них збито 3 900": a month's count under its headline
    # (the other side's count passed on after a strike the post tells first is that strike's report: "Під ударами
    # Саратовський НПЗ … Мінборони рф заявило про 146 збитих дронів")
    if language == "uk" and (_UK_TALLY_HEADLINE.search(text) or (_MINISTRY_TALLY.search(text) and not (
            _struck_before_tally(text, language, spans))) or headed_tally(
            text, _UK_TALLY_HEADLINE) or (reported_downing(text) and not energy_mentions(text))):
        return "interceptions"  # "ЗБИТО 30 РАКЕТ З 38", "⚡️ ЗБИТО/ПОДАВЛЕНО 541 ВОРОЖИЙ БПЛА" (.reposted)
    # (a count repelled with damage or fire told is a governor's strike report: "отражена атака семи беспилотников на
    # Липецк, на территории промзоны пожар")
    # (read once, when first asked: both the tally's test and the enemy strike's after it ask)
    energy_counted = cache(lambda: _energy_strike_counted(text, spans, language))
    repelled = _REPELLED_COUNT_RU.search(text) is not None and not (_UA_DAMAGE.search(text)
                                                                    or _FIRE_DAMAGE.search(text))
    counted = (language == "uk" and _counted_downed(text, spans, language)) or (
        language == "ru" and (_COUNT_DOWNED_RU.search(text) is not None or ua_ru.counted(text))) or (
        repelled)
    if (DESTROYED.search(_REPELLED_COUNT_RU.sub(" ", text)) or repelled) and (
            _DEFENCE.search(text) or over or counted) and (re.search(
            r"БПЛА|БпЛА|беспилот|безпілот|безэкипажн|безекіпажн|дрон|ракет|бомб|снаряд|шахед|Shahed", text, _F) or (
                language == "uk" and DEFENCE_AT_WORK.search(text))) and (
            language == "ru" or counted or DEFENCE_AT_WORK.search(text) or any(
                not _AIRCRAFT_BEFORE.search(text, max(0, downed.start() - 50), downed.start())
                for downed in _DOWNED_UK.finditer(text))) and not (
            language == "uk" and _struck_before_tally(text, language, spans, anywhere=not counted)) and not (
            language == "uk" and energy_counted()) and not (
            language == "ru" and (ua_ru.struck_before_count(text) or dead_after_count(text))):
        return "summary" if days_long(text) else "interceptions"  # (an attack counted over days: .multiday)
    if language == "uk" and _DOWNED_UK.search(text) and (launched := LAUNCHED.search(text)) and striking_side(
            text, launched.start(), language, default="") == "RU" and energy_counted() and not any(
            in_russia_or_crimea(place) for place in find_places(text, language)):
        return "russian_strike"  # "Масована атака на енергетику … ППО збила 102 ракети, але є влучання по …" (.harm)
    if language == "ru":
        text = without_retaliation(text)  # "Ответ за Белгород.": what the strike answers is not the post's event
        own = _RU_OWN_STRIKE.search(text)
        if own and striking_side(text, own.start(), language, default="") == "RU":
            return "russian_strike"
        if head := ua_ru.kind_by_head(text):
            return head  # "Годовщина удара по Одессе: …" recalls (other), "Ноябрь подытог: …" sums up (summary)
        if _ENEMY_STRIKES_RU.search(text) and any(place.code.startswith("UA-") and place.code not in CRIMEA
                                                   for place in find_places(text, language)):
            return "russian_strike"  # a channel's own Russian: "Ночью русские ударили по Кременчугу"
        if ua_ru.enemy_strike(text, find_places(text, language)):
            return "russian_strike"  # "ночью россияне нанесли удар по энергетике", "шахеды атаковали Черноморск"
        if headed_strike(text, find_places(text, language)):
            return "russian_strike"  # "Запорожье 💥 Ночью по объектам ВСУ, …", "Кривой Рог 💥 Удар Искандера по …"
        if _ENEMY_TARGET.search(text):
            return "other"  # a unit's strike on the other side's positions at the front (a feature, a video)
        if _reviews_days_ru(text):
            return "summary"  # "Итоги октября: Герани били по энергетике …", "Неделя дронов по НПЗ. С 7 по 13 февраля"
        if _russian_weapons_on_ukraine(text, language):
            return "russian_strike"  # a Russian channel's "Герани отработали по ТЭС", "прилёты по энергообъектам"
        places = find_places(text, language)
        if ua_ru.strike_in_free_ukraine(text, places):
            return "russian_strike"  # "Взрывы в Одессе", "последствия удара по промзоне Николаева"
        if ua_ru.strike_on_russia(text, places):
            return "strike_on_russia"  # "ночью снова работали наши дроны … пожар", damage on satellite images
        drones, struck = _DRONE_ATTACK_RU.search(text), _STRUCK_RU.search(text)
        # (explosions are the damage told only of an object attacked: "был атакован аэродром … видео взрывов"; the
        # MoD's features speak of explosives, "взрывчатка", of their own crews)
        used = re.search(r"применен\w*\s+по\s", text, _F)  # "ATACMS применены по Карачеву"
        if (words.actors["UA"].search(text) or words.enemy.search(text) or drones or struck or used) and (
                _UA_DAMAGE.search(text) or (struck and re.search(r"взрыв", text, _F)) or (
                    (struck or energy_mentions(text) or any(not match.group(0).lower().startswith("ударн")
                                                            for match in _DRONE_ATTACK_RU.finditer(text)))
                    and _FIRE_DAMAGE.search(text))) and (
                drones or struck or used or re.search(r"удар|атак|обстрел|террорист|прил[её]т|долбил|накрыл", text,
                                                      _F)):
            return "strike_on_russia"  # ... or a drone attack with its dead or damage ("При атаке дронов … погиб")
        if _DRONES_ATTACKED.search(text) or (struck and (energy_mentions(text) or _OBJECT_RU.search(text))):
            # "Два беспилотника атаковали Москву", "НПС … подверглась атаке семи БПЛА", "ночью атакован завод"
            return "strike_on_russia"
        if _channel_strike_ru(text, language):
            return "strike_on_russia"  # "Во вторник наши дроны поразили НПЗ в Саратове", "бахнуло на нефтебазе"
        if _SHELLING_RU.search(text) and _UA_DAMAGE.search(text) and not words.actors["RU"].search(text) and any(
                place.code.startswith("RU-") for place in find_places(text, language)):
            return "strike_on_russia"  # a governor's "Белгород. Массированный обстрел центра города, погибли …"
        if _aftermath_in_russia(text, language):
            return "strike_on_russia"  # "По аэродрому прилетело, горит склад ГСМ", "Тамбов. Пороховий завод. Вибухи."
        return "other"
    if language == "uk" and (reviewed or _reviews_days(text)):
        return "summary"  # "Тиждень «бавовни»: огляд уражень (16.03 – 23.03)", "З 7 серпня БПЛА б’ють по росії …"
    kind = _classify_uk(text, language)
    if kind == "other" and russian_quote(text) and (quoted := classify(text, "ru")) in _QUOTED_KINDS:
        return quoted  # "Гладков: «ВСУ обстреляли Шебекино, ранены двое …»": the Russian words tell it (.reposted)
    return kind


# (a count downed quoted in Russian is read in Russian as a whole: posts.read_russian_ukrainian)
_QUOTED_KINDS = ("strike_on_russia",)
# a warhead or a munition made safe by sappers ("сапери ДСНС знешкодили бойову частину Х-101"): no strike, even when
# the sentence names the attack it fell in
_MADE_SAFE = re.compile(r"(?<![\w'’])(?:знешкод|розміну|вилучил|вилучен)\w*\s+(?:[\w'’-]+\s+){0,2}"
                        r"(?:бойов\w*\s+частин|боєголовк|нерозірван)", _F)


# a Ukrainian channel's own Russian verbs of striking ("поразили НПЗ", "дроны навестили Саратов", "бахнуло на
# нефтебазе", "птички долетели до Рязани", "уничтожена подстанция")
_STRIKE_VERB_RU = re.compile(r"(?<!\w)(?:поразил|поражен|уничтожен|бахнул|бахал|бахает|навестил|долетел|прилетел|"
                             r"отработал|накрыл|долбанул|разнесл|атаковал)\w*", _F)
# the ministry's words for the other side: its own strikes ("уничтожен склад ВСУ", "поражены … противника")
_MINISTRY_SIDE = re.compile(r"(?<!\w)(?:противник\w*|ВСУ|киевск\w+\s+режим\w*|националист\w*)(?!\w)", _F)


def _channel_strike_ru(text: str, language: str) -> bool:
    """Whether a Russian post tells, in a Ukrainian channel's words, a strike on an object, a fire or damage at a
    place in Russia or Crimea, with nothing asked, wished or denied and neither the Russian forces nor the
    ministry's words for Ukraine's named."""
    verb = _STRIKE_VERB_RU.search(text)
    if verb is None or _NOT_TOLD_SAID_RU.search(text) or lexicon().actors["RU"].search(text) or (
            _MINISTRY_SIDE.search(text)):
        return False
    if text[sentence_around(text, verb.start())[1]:][:1] == "?":
        return False  # "Что, опять прилетело в Брянск?": the strike asked
    if not (_UA_DAMAGE.search(text) or _FIRE_DAMAGE.search(text) or _OBJECT_RU.search(text)
            or energy_mentions(text)):
        return False
    return any(in_russia_or_crimea(place) for place in find_places(text, language))


# Russia's own weapons by their names, as a Russian channel cheers them ("Герани навестили Харьков", "Калибры и
# Герани по энергетике", "Прилёт двумя ФАБ-500 с УМПК"), and its words for a hit ("бавовна", "прилёты по ТЭЦ",
# "попадание в подстанцию", "ТЭС получили ракетами", "досталось Днепрогэсу", "после нашего удара")
_RUSSIAN_WEAPON = re.compile(r"(?<!\w)(?:Геран[иьейямх]\w*|Гераньк\w*|Калибр\w*|Искандер\w*|Кинжал\w*|ФАБ|КАБ\w*|"
                             r"УМПК|Х-\d+\w*|Оникс\w*|Циркон\w*)", _F)
_HIT_RU = re.compile(r"(?<!\w)(?:бавовн|прил[её]т|попадани|попал|досталось|отработал|навестил|накрыл|"
                     r"получил\w*\s+ракет|нашего\s+удар|наш\w*\s+удар|удар\s+ракет)\w*", _F)

# ... or its weapons the subject of a strike on a place ("Герани дважды заходили на Харьков — днём по промзоне",
# "Герани и ракеты по Киеву")
_WEAPON_ON = re.compile(_RUSSIAN_WEAPON.pattern + r"[»\"]?\s+(?:(?:и|с)\s+[\w-]+\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:по|на)\s+(?-i:[А-ЯЁ])", _F)

# the ministry's feature of a unit at the front ("Прилет «Ланцета»: военнослужащие группировки …", "Накрыл вместе с
# расчетом"): a strike on positions, not on a town
_FRONT_FEATURE = re.compile(r"(?<!\w)(?:расч[её]т(?:а|ом|ы|ов)?|военнослужащ\w*|группировк\w*|Ланцет\w*|Иноход\w*|"
                            r"Торнадо\w*|артиллерист\w*|штурмов\w*|позици\w*)(?!\w)", _F)

# a Russian review of a month or a week by its head ("Итоги октября по нашим подсчётам", "Неделя хохлодронов по нашим
# НПЗ", "Итоги недели"; not "Итоги дня"), or a span of at least _REVIEW_DAYS_RU days ("С 7 по 13 февраля")
_REVIEW_HEAD_RU = re.compile(r"^\W*(?:(?:итоги|обзор|карта|хроника)\s+(?:[\w-]+\s+)?(?:январ|феврал|март|апрел|ма[яй]|"
                             r"июн|июл|август|сентябр|октябр|ноябр|декабр|недел|месяц)\w*|неделя\s)", _F)
_DAY_SPAN_RU = re.compile(r"(?<!\w)с\s+(\d{1,2})\s+по\s+(\d{1,2})\s+(?:январ|феврал|марта|апрел|мая|июн|июл|"
                          r"август|сентябр|октябр|ноябр|декабр)", _F)
_REVIEW_DAYS_RU = 5


def _reviews_days_ru(text: str) -> bool:
    """Whether a Russian post reviews a month's or a week's strikes: its first line heads a review, or its head names
    a span of at least ``_REVIEW_DAYS_RU`` days, and it tells hits, Russia's weapons or fires."""
    head = text[:_REVIEW_HEAD]
    reviews = _REVIEW_HEAD_RU.match(text.lstrip().split("\n", 1)[0]) is not None or any(
        _REVIEW_DAYS_RU <= int(span.group(2)) - int(span.group(1)) + 1 <= 31 for span in _DAY_SPAN_RU.finditer(head))
    fire = _FIRE_DAMAGE.search(text) or re.search(r"пожар", text, _F)
    return reviews and bool(_HIT_RU.search(text) or _RUSSIAN_WEAPON.search(text) or (
        fire and (energy_mentions(text) or _OBJECT_RU.search(text))))


def _russian_weapons_on_ukraine(text: str, language: str) -> bool:
    """Whether a Russian post tells a hit in a sentence, not asked, wished or denied, at places in Ukraine and none in
    Russia or Crimea: with Russia's weapons named anywhere (a town of a partly held oblast then counts: "Запорожье —
    серия прилётов … Геранька, умничка"), or at a place of an oblast Russia does not hold."""
    hits = [*_HIT_RU.finditer(text), *_WEAPON_ON.finditer(text)]
    hit = next((match for match in hits
                if text[sentence_around(text, match.start())[1]:][:1] != "?"
                and not _NOT_TOLD_SAID_RU.search(text, *sentence_around(text, match.start()))), None)
    if hit is None or _DEFENCE.search(text) or _FRONT_FEATURE.search(text):
        return False
    places = find_places(text, language)
    if not places or any(in_russia_or_crimea(place) for place in places):
        return False
    if _RUSSIAN_WEAPON.search(text):
        return any(place.code.startswith("UA-") for place in places)
    return any(place.code.startswith("UA-") and not russian_side(place) for place in places)


def _aftermath_in_russia(text: str, language: str) -> bool:
    """Whether a Russian post names a blast, a hit or a strike with fire, damage or an energy or a military
    object, at a place in Russia or Russian-held Ukraine, with no force of either side named and nothing asked,
    wished, forecast or denied; told with its time, or as short as a headline."""
    actors = lexicon().actors
    if (len(text) > _HEADLINE_LENGTH and not TOLD_WHEN.search(text)) or _NOT_TOLD_RU.search(text) or (
            _DEFENCE.search(text) or actors["RU"].search(text) or actors["UA"].search(text)):
        return False  # (an attack the air defence repelled is the ministry's tally, read before; "склад ВСУ
        # уничтожен" is the ministry's own strike)
    fire = _UA_DAMAGE.search(text) or _FIRE_DAMAGE.search(text)
    if not (_BLAST_RU.search(text) and (fire or _OBJECT_RU.search(text) or energy_mentions(text))) and not (
            _STRIKE_NOUN_RU.search(text) and fire):
        return False
    # (or in Russian-held Ukraine, as a channel writes of it in Russian: "В Донецке ночью прилёты по нефтебазе")
    return any(russian_side(place) for place in find_places(text, language))


_FOREIGN = re.compile(str(raw_lexicon()["strike_words"]["foreign"]), _F)
_GROUND = re.compile(str(raw_lexicon()["strike_words"]["ground"]), _F)


# a review of several days' strikes, by its first sentence: a week ("за тиждень", "Тиждень «бавовни»"), strikes
# since a day of a month ("З 7 серпня …"), or a span of days of one month in the headline ("9–16 березня"; a
# night is two days: "1–2 серпня" tells one), or a series of strikes over a month or a week ("Протягом січня 2026 року
# Сили оборони виконали серію успішних ударів"). (The classifier reads the post with its sentences joined again,
# "16. 03", so a span of dotted dates is not looked for; read as one, "21.04–23.04", it also took a strike report
# for a review.)
# ("Вдруге за тиждень дрони вдарили по нафтобазі": the second strike on one object within a week, not a review;
# "горить вже другий раз за тиждень" the same)
_A_WEEK = re.compile(r"(?<![\w'’])(?<!вдруге\s)(?<!втретє\s)(?<!вчетверте\s)(?<!вкотре\s)(?<!раз\s)"
                     r"(?:за\s+(?:цей\s+|минулий\s+|звітний\s+|останній\s+)?тиждень|"
                     r"тиждень\s+[«\"]?бавовн)", _F)
_SINCE_A_DAY = re.compile(rf"^\W*[Зз]\s+\d{{1,2}}\s+(?:{'|'.join(UK_MONTHS)})(?!\s+\d{{4}})(?![\w'’])", _F)
_DAY_SPAN = re.compile(rf"(?<!\d)(\d{{1,2}})\s*[–—-]\s*(\d{{1,2}})\s+(?:{'|'.join(UK_MONTHS)})", _F)
_A_SERIES = re.compile(rf"(?<![\w'’])протягом\s+(?:{'|'.join(UK_MONTHS)}|місяця|тижня)(?![\w'’])[^.!?\n]{{0,120}}?"
                       r"(?:серію|серії|низку|низки|\d+)\s+(?:[\w'’-]+\s+)?(?:ударів|атак|уражень)(?![\w'’])", _F)
# a span of months ("за січень–червень", "з березня по травень", "від січня до квітня"): a review of their strikes
_MONTH = r"(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яіїє]*"
_MONTH_SPAN = re.compile(rf"(?<![\w'’])(?:за|з|із|від)\s+{_MONTH}\s*(?:[–—-]|\s(?:по|до)\s)\s*{_MONTH}(?![\w'’])", _F)
_BEATING_NOW = re.compile(r"(?<![\w'’ʼ])(?:б[’'ʼ]?ють|гатять|лупять)\s+по(?![\w'’])", _F)
_STRIKES_NAMED = re.compile(r"(?<![\w'’])(?:атак|удар|уражен|прильот)", _F)  # "Хронологія атак (1–22 травня)"
# a headline naming a week or a month as its subject, with where or which days after it, or its summing-up ("Березень
# підсумок", "Тиждень: підсумки", "Серпень: аеродромний підсумок", "Місяць «перемир'я»: підсумок"), or what burned in
# it asked ("Червень: що горіло"): a review of its strikes
_PERIOD_HEAD = re.compile(r"^\W*(?:тиждень|місяць|рік|січень|лютий|березень|квітень|травень|червень|липень|серпень|"
                          r"вересень|жовтень|листопад|грудень)(?:\s+\d{4})?(?:\s+"
                          r"(?:(?:на|у|в)\s+[\w'’ʼ«]|\d{1,2}\s*[–—-]\s*\d)|\s*[:,—–-]?\s*(?:[\w'’ʼ]+\s+)?підсум\w*|"
                          # ("Місяць «енергетичного перемир'я»: підсумок" / "що по факту": what the period was, then
                          # the summing-up)
                          r"\s+[^:\n]{1,60}:\s*(?:підсум\w*|що\s+по\s+факту|огляд\w*|"
                          r"хронік\w*)|"
                          r"\s*[:—–-]\s*що\s+(?:горіл|горів|палал|прилетіл|уразил|вразил|бахнул)\w*)", _F)
_REVIEW_DAYS = 3  # a span of at least this many days is a review, not a night
_REVIEW_HEAD = 150


def _reviews_days(text: str) -> bool:
    """Whether a Ukrainian post reviews several days' strikes: it tells a strike, and its first sentence names
    a week or a day since, or its head a span of at least ``_REVIEW_DAYS`` days."""
    spans = sentences(text)
    first = text[spans[0][0]:spans[0][1]] if spans else text
    if len(spans) > 1 and _BOLD_HEADLINE.match(first):
        first += " " + text[spans[1][0]:spans[1][1]]  # a bold headline and the sentence that opens the body
    head = text[:_REVIEW_HEAD]
    if _PERIOD_HEAD.match(first) and not _GROUND.search(first):
        return True  # "Тиждень у Криму, 1–7 березня: Саки, Джанкой …", "Березень на болотах у цифрах: …"
    if not (_EXPLOSIONS.search(text) or strike_words(text) or HITTING.search(first) or _BEATING_NOW.search(first)
            or _STRIKES_NAMED.search(first)):
        return False
    if _GROUND.search(first) and not _STRIKES_NAMED.search(first):
        return False  # "За тиждень … прикордонники знищили 3 танки, 11 ББМ": the front's losses, not strikes
    if _A_WEEK.search(first) or _SINCE_A_DAY.search(first) or STRIKES_SINCE.search(first) or a_month(first):
        return True
    if _A_SERIES.search(head) or (_MONTH_SPAN.search(head) and _STRUCK_IN_THE_PAST.search(text)):
        # "Протягом січня … серію ударів", "За січень–червень … уражено десятки НПЗ" (not "З січня по липень росія
        # витратила … на далекобійні удари": what strikes cost)
        return True
    if nights_in_turn(text):
        return True  # "У ніч на суботу — підстанція …. У ніч на неділю — НПЗ …. А сьогодні вночі …" (.reviews)
    return any(int(span.group(2)) - int(span.group(1)) + 1 >= _REVIEW_DAYS for span in _DAY_SPAN.finditer(head))


# a headline in bold on its own line ("**Три ночі поспіль — три регіони** 🗓")
_BOLD_HEADLINE = re.compile(r"^\s*\*\*[^*\n]+\*\*[^\n\w]*$")


# a short post confirming a hit ("А ось і підтвердження знищення РЛС «Небо-СВУ»"; a long one is an analysis)
_CONFIRMED = re.compile(r"підтвердж\w*\s+(?:\w+\s+)?(?:знищен|уражен|влучан)", _F)
# a strike said to have happened, in a post that names no place: by night ("за цю ніч відпрацьовано"), ...
_LAST_NIGHT = r"у\s+ніч\s+(?:на|з)|вночі|уночі|за\s+(?:цю\s+|минулу\s+)?ніч\b|цієї\s+ночі|минулої\s+ночі"
# ... struck, hit or attacked ("уражено", "влучання", "судно було атаковано") ...
_STRUCK_PAST = (r"[ув]ражено|[ув]разил|влучан|влучил|влучив|атаковано|"
                r"завдано\s+(?:\w+\s+){0,2}(?:удар|ураж)|удар\w*\s+(?:\w+\s+)?завдано|"  # "удар було завдано ракетою"
                r"зафіксован\w*\s+(?:\w+\s+)?(?:уражен|влучан)")  # "Зафіксовано ураження потужностей ФКП …"
# ... a strike under way ("Прямо зараз відбувається комбінована атака по російській території") ...
_UNDER_WAY = r"прямо\s+зараз\s+(?:\w+\s+){0,3}(?:атак|удар|прильот|вибух)|відбува\w*\s+(?:\w+\s+){0,2}(?:атак|удар)"
# ... a strike of a time just past ("Сьогоднішня атака не виняток", "відео нічної атаки") ...
_JUST_PAST = r"(?:сьогоднішн|[ву]чорашн|нічн|ранков|вечірн)\w*\s+(?:\w+\s+)?(?:атак|удар|прильот)"
# ... a fire after a strike ("Пожежа після ураження порома", "сліди горіння після атаки") ...
_FIRE_AFTER = (r"(?:пожеж|горін|горі|гори|вигор|палає)\w*[^.!?\n]{0,40}?після\s+(?:\w+\s+)?"
               r"(?:уражен|удар|атак|прильот|влучан)")
# ... or a past passive of one object ("був атакований завод «Кремній»"; not "цілі були атаковані")
_ONE_STRUCK = r"\b(?:був|була|було)\s+(?:\w+\s+)?(?:атакован|[ув]ражен)"
# ... or the enemy's thing destroyed or struck ("У районі бухти Козачої попередньо знищено російське ППО")
_ENEMY_THING_STRUCK = r"(?<![\w'’])(?:знищено|уражено|вражено)\s+(?:[\w'’-]+\s+)?(?:російськ|ворож|рашистськ)\w*"
# ... a strike on Russia as a whole ("Наймасштабніша атака на російські території", "65 година атаки по росії"; in the
# plural a strike in general is no word of striking) or a hit confirmed where it fell ("з місця атаки") ...
_ON_RUSSIA = (r"(?:атак|удар)\w*\s+(?:на|по)\s+(?:російськ\w*\s+територ|територі\w*\s+(?:рф|росії)|росі[їю]\b|рф\b)|"
              r"(?<![\w'’])(?:на|в|у)\s+(?:росії|рф)\s+(?:\w+\s+)?(?:знищено|уражено|спалахнув|вибухнув)|"
              r"з\s+місця\s+(?:атак|удар|уражен|прильот|влучан)")
# ... or its moment shown as the post's head ("Момент атаки, на відео …"; not "в момент атаки на танкер у грудні
# минулого року" further on)
_MOMENT_HEAD = re.compile(r"^\W*(?:(?:відео|кадри)\s+)?момент\w*\s+(?:\w+\s+)?(?:атак|удар|уражен|влучан|прильот)|"
                          # ... or a head naming the enemy's thing hit ("Ураження дуже дорогої російської РЛС",
                          # "Знищення російського ЗРК Бук-М3 …"; not "Знищення техніки: як …", nor a drone downed
                          # or positions, troops or armour at the front)
                          r"^\W*(?:ураження|знищення)\s+(?:[\w'’-]+\s+){0,2}(?:російськ|ворож|рашистськ)\w*\s+"
                          r"(?!БПЛА|БпЛА|безпілот|дрон|шахед|Shahed|позиц|піхот|солдат|танк|окупант)[^:?\n]*?(?:[.!\n]|$)",
                          _F)
_STRUCK_IN_THE_PAST = re.compile(_STRUCK_PAST, _F)
_HAPPENED_HERE = re.compile("|".join((_LAST_NIGHT, _STRUCK_PAST, _UNDER_WAY, _ON_RUSSIA, _JUST_PAST, _FIRE_AFTER,
                                      _ONE_STRUCK, _ENEMY_THING_STRUCK)), _F)
# ... but consumers cut off in such an oblast, with no occupation named, are on Ukraine's grid ("через обстріли
# знеструмлено 400 споживачів у Донецькій області", "удару по Запоріжжю … 40 тисяч родин без світла")
_OUTAGE = re.compile(r"знеструмл|(?<![\w'’])споживач|(?<![\w'’])без\s+(?:світла|електроенергії|електропостачання)", _F)
_OCCUPIED = re.compile(r"окупован|(?<![\w'’])ТОТ(?![\w'’])", _F)


_SPAN = re.compile(r"(?<![\w'’])(?:від|от)\s+([А-ЯЁІЇЄҐ][\w'’-]+)\s+до\s+([А-ЯЁІЇЄҐ][\w'’-]+)")


def span_places(text: str, language: str) -> list[Place]:
    """The towns at the ends of a span of land ("від Луцька до Запоріжжя"), which :func:`find_places` leaves out as
    no place hit: where the post's strike was, for its kind."""
    found = []
    for match in _SPAN.finditer(text):
        for group in (1, 2):
            town = settlement(match.group(group), language, "preposition")
            if town is not None and town.admin1_code is not None:
                found.append(Place(town.admin1_code, match.span(group), town_location(town)))
    return found


def _classify_uk(text: str, language: str) -> str:
    """A Ukrainian post's kind: words of striking read by lemma (``strike_words`` in the lexicon), the side
    they are said of, and headlines that name an object and a place with no verb."""
    spans = sentences(text)
    strikes = strike_words(text, language) or verbless_strikes(text, language)
    places = find_places(text, language) if strikes or struck_object(text, language) or energy_mentions(text) else []
    span = span_places(text, language) if strikes and not places else []
    if span and all(place.code.startswith("UA-") for place in span):
        return "russian_strike"  # "вибухи лунають від Луцька до Запоріжжя": the breadth of a strike on Ukraine
    places = places or span  # "вибухи від Брянська до Бєлгорода": of one on Russia
    # (or a person blown up: "біля під'їзду підірвали генерала …", .assassination)
    if strikes and (_BOMB.search(text) or person_blown_up(text) or (
            (_CAR_BLOWN.search(text) or _EXPLOSIVE.search(text)) and _KILLED.search(text))) and all(
            _EXPLODING.match(text, start) for start, _ in strikes):
        return "other"  # "вибух автомобіля в москві … саморобний вибуховий пристрій спрацював": a bomb planted
    if strikes and not places and _foreign(text, spans, strikes):
        return "other"  # "Ізраїльські крилаті ракети вразили кілька іранських систем ППО": foreign news
    if strikes:
        held = any(russian_side(place) for place in places)
        if _in_russia_first(text, language, spans, strikes):
            pass  # "На Брянщині була уражена підстанція … Дзеркальні дії на атаки рф по енергетиці України"
        elif enemy_strikes(text, language, strikes) or (places and not held and all(
                place.code.startswith("UA-") for place in places)) or (not held and on_ukraine(text)) or (
                _in_ukraine_first(text, language, spans, strikes)) or (
                places and all(place.code.startswith("UA-") and place.code not in CRIMEA for place in places)
                and _OUTAGE.search(text) and not _OCCUPIED.search(text) and not _ukrainian_force_strikes(
                    text, spans, strikes)):
            # the enemy named as the one striking, a strike on Ukraine, or only places in Ukraine the other
            # side does not hold
            return "russian_strike"
        if places or energy_mentions(text) or _HAPPENED_HERE.search(text) or _MOMENT_HEAD.match(text) or (
                len(text) <= _HEADLINE_LENGTH and _CONFIRMED.search(text)):
            return "strike_on_russia"
        # "СБУ атакували російський танкер …": a Ukrainian force named as the one that struck, wherever, or in the
        # instrumental after a noun of striking ("Ураження підрозділами СБУ ЗРК «Бук» …")
        for start, end in spans:
            side = lexicon().actors["UA"].search(text, start, end)
            if side and any(side.end() <= begin < end for begin, _ in strikes):
                return "strike_on_russia"
            if any(start <= begin < end and BY_A_FORCE.match(text, finish) for begin, finish in strikes):
                return "strike_on_russia"
    if _DESTROYED_BY.search(text):
        # "СБУ знищила ЗРГК «Панцирь» у Криму", "ВМС знищили швидкісний катер": a Ukrainian force destroying
        # something other than armour or troops, not counted over years
        for start, end in spans:
            side = lexicon().actors["UA"].search(text, start, end)
            destroyed = _DESTROYED_BY.search(text, side.end(), end) if side else None
            if destroyed and not ground_fight(text, destroyed.start(), destroyed.end()) and not over_years(
                    text, destroyed.start()):
                return "strike_on_russia"
            # ... or a weapon named as what destroyed it, every place the post names in Russia or Crimea ("МіГ-29
            # знищує АПП «Погар» у Брянській області", "Дрони знищили склад на Курщині")
            weapon = _WEAPON_DESTROYING.search(text, start, end)
            destroyed = _DESTROYED_BY.search(text, weapon.end(), end) if weapon else None
            if destroyed and not ground_fight(text, destroyed.start(), destroyed.end()) and (
                    named := places or find_places(text, language)) and all(map(in_russia_or_crimea, named)):
                return "strike_on_russia"
    if not strikes and places and _headline_strike(text, language, places):
        return "strike_on_russia"
    return "other"


# a weapon as the subject of destroying: aircraft, missiles and drones by name or kind
_WEAPON_DESTROYING = re.compile(r"(?<![\w'’])(?:(?:МіГ|Су)[-‑]\d+|HIMARS|ATACMS|Storm\s+Shadow|SCALP|Нептун\w*|"
                                r"Лют(?:ий|і|ого)|FPV|дрон\w*|БпЛА|БПЛА|безпілотник\w*|ракет[аи])(?![\w'’])", _F)
# an explosive device planted, where every word of striking is one of exploding: a bomb, as a terrorist's is
_BOMB = re.compile(r"(?<![\w'’])(?:вибухов\w*\s+пристр[іо]\w*|СВП)(?![\w'’])", _F)
# ... or a car or a scooter blown up with a person killed ("вибухнув автомобіль, загинув генерал", "вибухнув самокат …
# ліквідовано генерала", "відвезли в морг": an assassination; "вибух авто в москві" with no one killed may be sabotage
# credited to Ukraine)
_CAR_BLOWN = re.compile(r"(?<![\w'’])(?:вибухнув|вибухнула|підірвали|підірвано|підрив|вибух)\w*\s+(?:\w+\s+)?"
                        r"(?:автомобіл|машин|авто|самокат|електросамокат|скутер)\w*|"
                        r"(?<![\w'’])(?:автомобіл|машин|авто|самокат|електросамокат|скутер)\w*\s+(?:\w+\s+)?"
                        r"(?:вибухнув|вибухнула|підірвали|злетів\s+у\s+повітря)", _F)
# ... or explosives set off with a person killed ("вибухівку в електросамокаті підірвали, загинув генерал")
_EXPLOSIVE = re.compile(r"(?<![\w'’])вибухівк\w*", _F)
_KILLED = re.compile(r"(?<![\w'’])(?:загинув|загинула|загибел\w*|вбит\w*|вбив\w*|ліквідова\w*|"
                     r"(?:в|у)\s+морг\w*)(?![\w'’])", _F)
_EXPLODING = re.compile(r"вибух|підрив|підірв|детонац", _F)


def _foreign(text: str, spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> bool:
    """Whether the sentence with the post's first word of striking names a third country's forces or places."""
    span = _first_strike_sentence(spans, strikes)
    return span is not None and _FOREIGN.search(text, *span) is not None


def _in_russia_first(text: str, language: str, spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> bool:
    """Whether the sentence with the post's first word of striking tells a strike at a place in Russia and names
    no enemy striking and no strike on Ukraine: the enemy's strikes named after it are background ("На Брянщині
    була уражена підстанція … Дзеркальні дії на атаки рф по енергетиці України")."""
    span = _first_strike_sentence(spans, strikes)
    if span is None:
        return False
    # (the clause of that word, when a contrast sets the enemy's strike apart: "Вночі наші птахи долетіли до Ярославля,
    # а росіяни знову били по Сумах")
    first = strikes[0][0]
    cuts = [span[0], *[mark.end() for mark in _CONTRAST.finditer(text, span[0], span[1])], span[1]]
    start = max(cut for cut in cuts if cut <= first)
    end = min(cut for cut in cuts if cut > first)
    sentence = text[start:end]
    if RUSSIAN_STRIKE.search(sentence) or ON_UKRAINE.search(sentence):
        return False
    return any(place.code.startswith("RU-") for place in find_places(sentence, language))


_CONTRAST = re.compile(r",\s+(?:а|але|тоді\s+як|натомість)\s+|;\s*", _F)


def _ukrainian_force_strikes(text: str, spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> bool:
    """Whether the sentence with the post's first word of striking names a Ukrainian force ("Сальдо скаржиться, що
    … дрони ЗСУ атакували підстанцію в Генічеському окрузі … без электроснабжения"): an outage there is no Russian
    strike's."""
    span = _first_strike_sentence(spans, strikes)
    return span is not None and lexicon().actors["UA"].search(text, *span) is not None


def _in_ukraine_first(text: str, language: str, spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> bool:
    """Whether the sentence with the post's first word of striking names places, all in Ukraine outside the oblasts
    Russia holds, and no Ukrainian force: a strike on Ukraine, whatever Russian town later sentences name ("…
    відповімо росії на їхні сьогоднішні удари по Дніпру, Харкову … Ну очікуємо … у Бєлгороді пропало світло")."""
    span = _first_strike_sentence(spans, strikes)
    if span is None or lexicon().actors["UA"].search(text, *span):
        return False
    sentence = text[span[0]:span[1]]
    # (not where a struck airfield's planes bomb, a greeting, a home: "атакували аеродром, де базуються Су-34, що
    # кидають КАБи на Харківщину")
    places = [place for place in find_places(sentence, language) if not named_in_passing(sentence, place.span[0])]
    return bool(places) and all(place.code.startswith("UA-") and not russian_side(place) for place in places)


def _headline_strike(text: str, language: str, places: list[Place]) -> bool:
    """"Ще Смоленськ, попередньо авіазавод", "Відео 3: Дорогобузька ТЕЦ, Смоленська область": a short post,
    or one opening as a headline of first news or videos, naming an object and a place in Russia or in
    Russian-held Ukraine and no verb ("щас прілєтіт" is a threat) reports a strike on it."""
    if (len(text) > _HEADLINE_LENGTH and not is_headline(text)) or has_verb(text, language):
        return False
    return any(russian_side(place) for place in places)


# a post this short naming an object and a place is a headline of a strike ("Ще Смоленськ, попередньо авіазавод")
_HEADLINE_LENGTH = 200
