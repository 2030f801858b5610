"""A Ukrainian channel's own voice in Russian (a news channel of the south writing "россияне", "оккупанты", "наши
ПВО", "шахеды"), read by :mod:`trucewatch.nlp.slavic.kinds` for a Russian post: the enemy by its names or its weapons
as the striker ("ночью россияне нанесли удар по энергетике", "в результате ночной атаки россиян", "российский дрон
попал в подстанцию", "шахеды атаковали Черноморск"), a strike or explosions told only at places in Ukraine the other
side does not hold ("Взрывы в Одессе", "последствия удара по промзоне Николаева"), the Air Force's morning count in
Russian ("враг запустил 120 шахедов …, сбито 95"), the channel's own drones that "worked" on a place in Russia, damage
seen on satellite images there, and a month's summing-up ("Ноябрь подытог:", "Сентябрь: итоги месяца"). The Russian
ministry and Russian channels name neither side so. Nothing here raises on user text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from trucewatch.nlp.slavic.places import Place
from trucewatch.nlp.slavic.sides import in_russia_or_crimea, russian_side
from trucewatch.nlp.slavic.span_review_ru import sums_up_span
from trucewatch.nlp.slavic.tallies import DESTROYED

_F = re.IGNORECASE

# the enemy by a Ukrainian channel's Russian names for it, or its weapons by the names Ukraine gives them
_ENEMY = (r"(?:россиян\w*|русские|рашист\w*|оккупант\w*|кацап\w*|русня|орки|шахед\w*|"
          r"(?:российск|вражеск)\w+\s+(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА|ракет\w*|шахед\w*|КАБ\w*|авиабомб\w*))")
# ... in the genitive, the striker after a noun of attacking ("ночной атаки россиян", "удар российских дронов")
_ENEMY_GENITIVE = (r"(?:россиян|рашистов|оккупантов|кацапов|орков|шахедов|"
                   r"российск(?:их|ой)\s+(?:дронов|беспилотников|БПЛА|БпЛА|ракет\w*|КАБов|авиабомб\w*))")
# the enemy the subject of a verb of striking, with no "не" between ("россияне снова били по", "российский дрон попал
# в подстанцию", "россияне нанесли удар по"), or the striker of an attack named ("в результате ночной атаки россиян")
ENEMY_STRIKE = re.compile(
    rf"(?<!\w){_ENEMY}\s+(?:(?!не\s)[\w«»\"-]+\s+){{0,3}}?(?:ударил|атаковал|обстрелял|бил\b|били\b|долбил|накрыл|"
    r"гатил|попал|поразил|повредил|разрушил|сбросил|нанес\w*\s+(?:[\w-]+\s+){0,2}?удар|"
    # (... or in the present: "россияне бьют по городу из артиллерии", "оккупанты обстреливают")
    r"бь[её]т\b|бьют\b|атакуют|обстреливают|долбят|гатят|нанос\w*\s+(?:[\w-]+\s+){0,2}?удар)\w*|"
    rf"(?<!\w)(?:атак|удар|обстрел|нал[её]т)\w*\s+(?:[\w-]+\s+)?{_ENEMY_GENITIVE}(?!\w)", _F)

# explosions, a hit or a strike told by a noun or verb ("Взрывы в Одессе", "последствия удара по промзоне", "прилёт в
# Николаеве") ...
_STRUCK = re.compile(r"(?<!\w)(?:взрыв|прил[её]т|удар|атак|обстрел|попадани)\w*", _F)
# ... not an alert, a fight at the front ("Ситуация на Херсонском направлении: … все атаки
# отбиты"), the ministry's feature of a unit there ("Прилет «Ланцета»: военнослужащие группировки …", "Накрыл вместе с
# расчетом"), or a strike wished, asked, denied or not yet tied to one
_NOT_STRUCK = re.compile(r"(?<!\w)(?:тревог\w*|угроз\w*|если|будет|будут|фейк|не\s+было|не\s+связан\w*|"
                         r"направлени\w*|отбит\w*|отражен\w*|штурм\w*|потер[ьи]\w*|расч[её]т\w*|военнослужащ\w*|"
                         r"группировк\w*|Ланцет\w*|Иноход\w*|позици\w*|противник\w*|ВСУ|националист\w*)(?!\w)|\?",
                         _F)
# ... nor a strike named only as the time after which something else is told, with no harm ("цены на генераторы в
# Одессе после ночной атаки выросли")
_AFTER = re.compile(r"(?<!\w)после\s+(?:[\w-]+\s+)?$", _F)


# a strike recalled at a post's head, not news: an anniversary, "this day" ("Годовщина удара по Одессе: 2 марта 2024
# года россияне ударили по многоэтажке"; a head opening with years ago is not_news._YEARS_AGO's, which lets a fresh
# night told after it count)
_RECALLED = re.compile(r"(?<!\w)(?:годовщин\w*|в\s+этот\s+день|помним|памяти)(?!\w)", _F)


_HEAD = 60  # how far into a post its head reaches


def anniversary(text: str) -> bool:
    """Whether a Russian post's head recalls a strike ("Годовщина удара по Одессе: …", "В этот день год назад …")."""
    return _RECALLED.search(text, 0, _HEAD) is not None


def enemy_strike(text: str, places: Sequence[Place]) -> bool:
    """Whether a Russian post tells a strike of the enemy by a Ukrainian channel's names for it, with no place in
    Russia or Crimea named (there the enemy's word is background to a strike on Russia)."""
    return ENEMY_STRIKE.search(text) is not None and not any(
        in_russia_or_crimea(place) for place in places)


def strike_in_free_ukraine(text: str, places: Sequence[Place]) -> bool:
    """Whether a Russian post tells explosions or a strike with places named only in Ukraine the other side does not
    hold ("Взрывы в Одессе", "последствия удара по промзоне Николаева"): the other side's strike, whoever writes, with
    air defence at work or not ("Взрывы в Николаеве, работает ПВО", as a Ukrainian post is read)."""
    strikes = [not _AFTER.search(text, max(0, match.start() - 30), match.start()) for match in _STRUCK.finditer(text)]
    told = any(strikes) or (bool(strikes) and _HARM.search(text) is not None)
    return bool(places) and told and _NOT_STRUCK.search(text) is None and all(
        place.code.startswith("UA-") and not russian_side(place) for place in places)


# a count launched and a count downed, the Air Force's morning words in Russian ("враг запустил 120 шахедов и
# дронов-имитаторов, сбито 95", "из 19 запущенных сбиты 14")
AIR_FORCE_COUNT = re.compile(
    r"(?<!\w)(?:запустил|выпустил|применил)\w*\s+(?:[\w-]+\s+){0,2}?\d+\s+[^.!?\n]{0,80}?"
    r"(?<!\w)(?:сбит[оыа]?|уничтожен[оыа]?|подавлен[оыа]?|перехвачен[оыа]?|обезврежен[оыа]?)\s+(?:[\w-]+\s+)?\d+", _F)


# a count downed with the word of downing first, or drones by Ukraine's name for them ("Над Одесщиной ночью сбиты 14
# шахедов", "сбито 52 из 64 ударных БпЛА", "из 90 шахедов сбиты 71", "14 шахедов уничтожены"): an air-defence count
COUNT_DOWNED = re.compile(r"(?<!\w)(?:сбит[оыа]?|уничтожен[оыа]?|перехвачен[оыа]?|подавлен[оыа]?)\s+"
                          r"(?:[\w-]+\s+)?\d+\s+(?:из\s+\d+\s+)?(?:[\w-]+\s+)?(?:шахед|дрон|ракет|БПЛА|БпЛА|беспилотник|КАБ)|"
                          r"(?<!\w)\d+\s+(?:[\w-]+\s+)?шахед\w*\s+(?:был[иа]?\s+)?(?:сбит|уничтожен|перехвачен|подавлен)|"
                          # ... or "о 112 сбитых дронах", a count passed on
                          r"(?<!\w)\d+\s+(?:сбит|уничтожен|перехвачен)\w*\s+(?:[\w-]+\s+)?(?:дрон|БПЛА|БпЛА|"
                          r"беспилотник|шахед|ракет)|"
                          r"(?<!\w)из\s+\d+\s+(?:[\w-]+\s+)?(?:шахед|дрон|ракет|БПЛА|беспилотник)\w*\s+(?:[\w-]+\s+)?"
                          r"(?:сбит|уничтожен|перехвачен|подавлен)\w*\s+\d+", _F)


def struck_before_count(text: str) -> bool:
    """Whether the enemy's strike by its names (``ENEMY_STRIKE``) and the harm it did are told before the post's first
    word of downing ("Ночью россияне снова били по Измаильскому району: повреждены … Над Одесщиной ПВО
    уничтожила 14 шахедов из 19", "шахеды попали в нефтяной терминал, горят резервуары … сбито 17 дронов"): a strike
    report passing the count on, not a tally."""
    found = DESTROYED.search(text)
    downed = len(text) if found is None else found.start()
    strike = ENEMY_STRIKE.search(text, 0, downed)
    return strike is not None and _HARM.search(text, strike.start(), downed) is not None


_HARM = re.compile(r"(?<!\w)(?:поврежд|разруш|горят|горит|пожар|погиб|ранен|пострадал|обесточ|без\s+света)\w*", _F)

# the channel's own drones at work on a place ("ночью снова работали наши дроны", "поработали наши птички")
_OWN_DRONES_WORKED = re.compile(r"(?<!\w)наш\w*\s+(?:дрон|беспилотник|БПЛА|БпЛА|птич|птиц)\w*\s+(?:[\w-]+\s+)?"
                                r"(?:по)?работал\w*|(?<!\w)(?:по)?работал\w*\s+(?:[\w-]+\s+){0,2}?наш\w*\s+"
                                r"(?:дрон|беспилотник|БПЛА|БпЛА|птич|птиц)", _F)
# ... or damage seen on satellite images ("на спутниковых снимках видно минимум три сгоревших вертолёта")
_SATELLITE_DAMAGE = re.compile(r"(?<!\w)спутников\w*\s+(?:снимк|изображени|кадр)\w*[^.!?\n]{0,120}?(?<!\w)"
                               r"(?:сгоревш|поврежд|уничтожен|разрушен|выгоревш)\w*", _F)
_FIRE_OR_BLAST = re.compile(r"(?<!\w)(?:пожар|взрыв|горит|горят|поврежд|попадани)\w*", _F)


def strike_on_russia(text: str, places: Sequence[Place]) -> bool:
    """Whether a Russian post tells, in a Ukrainian channel's words, its own drones at work with a fire, blasts or
    damage, or damage seen on satellite images, at a place in Russia or in Russian-held Ukraine."""
    told = (_OWN_DRONES_WORKED.search(text) is not None and _FIRE_OR_BLAST.search(text) is not None) or (
        _SATELLITE_DAMAGE.search(text) is not None)
    return told and any(russian_side(place) for place in places)


# a month's or a week's summing-up by its first line ("Ноябрь подытог:", "Сентябрь: итоги месяца по ударам наших
# дронов", "Итоги недели: россияне 14 раз атаковали энергетику")
_MONTHS = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр)"
_MONTH_REVIEW = re.compile(rf"^\W*(?:{_MONTHS}\w*\s*[:.—–-]?\s*(?:подытог|итог|подсумок|подсумки)\w*|"
                           rf"(?:итоги|подытог\w*|обзор|хроника)\s+(?:[\w-]+\s+)?(?:{_MONTHS}|недел|месяц)\w*)(?!\w)",
                           _F)
_STRIKES = re.compile(r"(?<!\w)(?:удар|атак|поражен|поразил|бил|прил[её]т|попадани)\w*", _F)


def month_review(text: str) -> bool:
    """Whether a Russian post's first line heads a month's summing-up of strikes, or it names a week or a month
    summed up and several regions (:mod:`trucewatch.nlp.slavic.span_review_ru`)."""
    return (_MONTH_REVIEW.match(text.lstrip().split("\n", 1)[0]) is not None or sums_up_span(text)) and (
        _STRIKES.search(text) is not None)


# a truce named only as what a strike came despite ("Несмотря на «энергетическое перемирие»: ночью российский дрон
# попал в подстанцию", "Попри «енергетичне перемир'я» …"): no talk of a truce that would make the part no claim
_DESPITE_TRUCE = re.compile(r"(?<![\w'’])(?:несмотря\s+на|вопреки|незважаючи\s+на|попри|всупереч)\s+[«\"“]?"
                            r"(?:[\w'’ʼ-]+\s+){0,2}?[«\"“]?перемир[\w'’ʼ]*[»\"”]?", _F)


# ... or as what a strike broke, the other side accused of it ("Противник нарушил мораторий: дроны атаковали НПС",
# "список нарушений моратория киевским режимом", "ВСУ сорвали договорённость"): an accusation of a strike, not talk
# of a truce
_TRUCE_BROKEN = re.compile(r"(?<![\w'’])(?:наруш|сорв|порушу?|порушен|зірва)\w*\s+(?:[\w'’ʼ-]+\s+){0,2}?[«\"“]?"
                           r"(?:моратори|морато|перемир|договор[её]нн|домовленост)[\w'’ʼ]*[»\"”]?|"
                           # ... or as what a strike was a blow to ("і це, бачте, удар по мораторію")
                           r"(?<![\w'’])удар\w*\s+по\s+[«\"“]?(?:морато|перемир|договор[её]нн|домовленост)"
                           r"[\w'’ʼ]*[»\"”]?", _F)


# ... or as the time a strike came so soon after ("Не минуло й доби від «мораторію», як … дрони атакували НПС", "Не
# прошло и суток с начала «перемирия», как …")
_SOON_AFTER_TRUCE = re.compile(r"(?<![\w'’])(?:минул[оа]|прошл[оа]|пройшл[оа])\s+(?:[\w'’ʼ]+\s+){0,3}?"
                               r"(?:від|з|с|после|після)\s+(?:[\w'’ʼ-]+\s+){0,2}?[«\"“]?(?:[\w'’ʼ-]+\s+)?"
                               r"(?:морато|перемир|договор[её]нн|домовленост)[\w'’ʼ]*[»\"”]?", _F)


def without_truce_conceded(text: str) -> str:
    """``text`` with a truce named only as what a strike came despite, or as what it broke, or as the time it came soon
    after, blanked out."""
    text = _DESPITE_TRUCE.sub(lambda match: " " * len(match.group(0)), text)
    text = _SOON_AFTER_TRUCE.sub(lambda match: " " * len(match.group(0)), text)
    return _TRUCE_BROKEN.sub(lambda match: " " * len(match.group(0)), text)


def counted(text: str) -> bool:
    """Whether a Russian post gives the Air Force's count launched and downed or a count downed in Ukraine's words."""
    return AIR_FORCE_COUNT.search(text) is not None or COUNT_DOWNED.search(text) is not None


def kind_by_head(text: str) -> str | None:
    """A Russian post's kind by its head alone: ``other`` for a strike recalled, ``summary`` for a month's or a week's
    summing-up; None otherwise."""
    if anniversary(text):
        return "other"
    return "summary" if month_review(text) else None
