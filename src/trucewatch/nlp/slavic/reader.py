"""A Russian or Ukrainian post in, native reports out.

Each post is first given a kind (``interceptions``, ``strike_on_russia``, ``russian_strike``, ``summary``,
``other``: docs/extraction.md); then interception tallies become ``aggregate`` reports per region and
weapon, and strikes become one report per energy object named (or per place struck when none is), with the
target category and name, place, weapon, outcome, the accused side and the claimant. Times come from
:mod:`trucewatch.nlp.slavic.timing`, places from :mod:`trucewatch.nlp.slavic.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from trucewatch.model import Location, Occurred, Report, Source, Target
from trucewatch.nlp.slavic.adjectives import adjective_town
from trucewatch.nlp.slavic.lexicon import lexicon, raw_lexicon
from trucewatch.nlp.slavic.places import Place, find_places, lies_in, located
from trucewatch.nlp.slavic.roles import elsewhere
from trucewatch.nlp.slavic.sides import BY_A_FORCE, HITTING, ON_UKRAINE, RUSSIAN_STRIKE, enemy_strikes, on_ukraine
from trucewatch.nlp.slavic.tallies import DESTROYED, tally
from trucewatch.nlp.slavic.timing import STRIKES_SINCE, UK_MONTHS, When, historical, recalled, resolve
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

EXTRACTOR = "trucewatch-posts-ru-uk/22"
KINDS: tuple[str, ...] = ("interceptions", "strike_on_russia", "russian_strike", "summary", "other")
DEFAULT_TZ = {"ru": "Europe/Moscow", "uk": "Europe/Kyiv"}

_F = re.IGNORECASE
# a short parenthesis is part of its sentence, whatever marks it holds ("уразили Бук-М1 (макет?) на околицях …")
_SENTENCE = re.compile(r"(?:[^.!?\n(]+|\([^()\n]{0,40}\)|\()+(?:[.!?]+|\n|$)")
_DEFENCE = re.compile(r"средствами\s+(?:ПВО|противовоздушн|РЭБ|радиоэлектронн)|силами\s+ПВО|\bПВО\b|\bППО\b|"
                      r"\bРЕБ\b|пресечен\w*\s+(?:\w+\s+){0,2}попытк|сил\w*\s+протиповітрян", _F)
_RU_OWN_STRIKE = re.compile(r"нанес\w*\s+(?:\w+\s+){0,4}удар|удар\w*\s+(?:\w+\s+){0,3}(?:Искандер|Кинжал|Калибр)|"
                            r"поражен\w*\s+(?:\w+\s+){0,2}(?:объект|цел)", _F)
_UA_DAMAGE = re.compile(r"поврежд|пострадал|возгоран|пожар|разрушен|погиб|ранен|обесточ|нанес\w*\s+(?:\w+\s+){0,3}"
                        r"удар", _F)
# ... or a strike made with drones ("Удар совершён с применением 14 ударных БПЛА"), or drones the subject of the
# attack ("беспилотники атаковали нефтебазу", "нефтебаза атакована дронами")
_DRONE_ATTACK_RU = re.compile(r"атак\w*\s+(?:украинск\w+\s+)?(?:дронов|БПЛА|БпЛА|беспилотник\w*)|"
                              r"(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА)\s+(?:\w+\s+){0,2}?атаковал\w*|"
                              r"атакован\w*\s+(?:\w+\s+){0,2}?(?:дрон\w*|беспилотник\w*|БПЛА|БпЛА)|"
                              r"(?:удар|атак)\w*\s+(?:\w+\s+){0,2}?с\s+применением\s+(?:\d+\s+)?(?:ударн\w+\s+)?"
                              r"(?:дронов|БПЛА|БпЛА|беспилотник\w*)", _F)
# a strike on what the other side holds at the front, told by the MoD ("нанес удар по опорному пункту ВСУ",
# "по пункту временной дислокации отряда БпЛА ВСУ", "по скоплениям живой силы противника"): the owner named
# after the object is not the one striking
_ENEMY_TARGET = re.compile(r"(?:удар\w*|огонь|огн[ёе]м)[^.!?\n]{0,40}?\bпо\s+(?:[\w«»\"(),-]+\s+){0,10}?"
                           r"(?:ВСУ\b|противника\b|украинских\s+(?:боевиков|националистов|формирований|войск))|"
                           r"\b(?:уничтожил\w*|поразил\w*)\s+(?:[\w«»\"-]+\s+){1,4}?(?:ВСУ\b|противника\b)|"
                           r"\bпо\s+(?:[\w«»\"-]+\s+){0,8}?ВСУ\b[^.!?\n]{0,40}?нанес[её]н\w*\s+(?:\w+\s+)?удар", _F)
# a Ukrainian air-defence tally's headline: a word of downing, then a count of drones or missiles, perhaps
# after a title and a colon ("НАЙМАСОВАНІША ПОВІТРЯНА АТАКА: ЗБИТО 102 РАКЕТИ ТА 99 УДАРНИХ БПЛА")
_UK_TALLY_HEADLINE = re.compile(r"^\W*(?:[^:.!?\n]{1,60}:\s*)?(?:\w+\s+){0,3}?(?:збито|знешкоджено|перехоплено)"
                                r"(?:/\w+)?\s+"
                                r"(?:\d+|[а-яіїє']+)\s+(?:\w+\s+)?(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|ракет\w*|"
                                r"шахед\w*)", _F)
# the other side's ministry quoted with its tally ("Російське міноборони заявляє, що … нібито було знищено 29
# українських безпілотників"): an air-defence tally, as the channel passes it on
_MINISTRY_TALLY = re.compile(r"(?<![\w'’])(?:міноборони|МО\s+рф)(?![\w'’])[^.!?\n]{0,120}?"
                             r"(?:збито|знищено|перехоплено)\s+\d+\s+(?:[\w'’]+\s+){0,2}(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|"
                             r"ракет\w*)|"
                             # ... or the enemy by name reporting a count downed ("Русня повідомляє про 221 збитий
                             # БПЛА над расіеї та т.о. Кримом")
                             r"(?<![\w'’])(?:русня|рашисти|росія|рф|росіяни|міноборони)\s+(?:повідомля|заявля|звіту|"
                             r"відзвіту)\w*\s+про\s+\d+\s+(?:збит|знищен|перехоплен)\w*\s+(?:[\w'’]+\s+)?"
                             r"(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|ракет\w*)", _F)
_DESTROYED_BY = re.compile(r"знищил|знищив|знищують|знищує", _F)
# a Ukrainian word of downing ("збито", "збили", "перехоплено"; not "збитків", losses)
_DOWNED_UK = re.compile(r"\b(?:збит(?!и\b|к)|збил|перехопл|посадил|знешкодж)", _F)
# "літак, який летів у Грозний, був збитий силами ППО рф": an aircraft downed is no tally of drones or missiles
_AIRCRAFT_BEFORE = re.compile(r"(?<![\w'’])(?:літак|гелікоптер|вертоліт|бляхоліт|(?:Су|Мі|Ка|Іл|Ан|Ту|МіГ)-\d)\w*"
                              r"[^.!?\n]*$", _F)
_STRUCK_BY_RUSSIA = re.compile(r"(?:\bрф|\bросі[яї]|\bворог\w*|\bокупант\w*|\bрашист\w*)\b[^.!?]{0,70}"
                               r"(?:запусти|запуска|завда|вдари|атакува|обстріля|обстрілю)\w*[^.!?]{0,50}"
                               r"\bпо\s+(?:міст[уа]\s+|област[іи]\s+)?$", _F)
_OUTCOME_HIT = re.compile(r"поврежд|возгоран|пожар|разрушен|обесточ|горит|горить|пожеж|пошкод|влучан|уражен|"
                          r"[ув]разил|зупин|выведен|виведен|знищ|уничтожен\w*\s+(?:объект|резервуар)", _F)
_QUOTED = re.compile(r"(?:№\s*\d+\s*)?[«\"“„]([^»\"”“]{2,60})[»\"”]")
_TARGET_CLAUSE = re.compile(r"\bпо\s+(?:объект|город|территори|столиц)\w*[^.;]*|"
                            r"в\s+направлении\s+(?:\w+\s+){0,2}\w+", _F)
_MARKDOWN = re.compile(r"\*\*|__|~~|`")
# text struck through is withdrawn ("~~Крим, уражено Сімферопольську ТЕЦ.~~ UPD: …"; a snippet may cut it open)
_STRUCK_THROUGH = re.compile(r"~~(?!\s)[^~]*?(?:~~|$)", re.DOTALL)
_LINK = re.compile(r"\[([^\]]*)\]\((?:https?://|tg://)[^)]*\)")
_BARE_LINK = re.compile(r"https?://\S+")
_FOOTER = re.compile(r"[🔸🔹]?\s*(?:Підписатись|Підписатися|Подписаться|Подписались|Зв'язок|Зв’язок|"
                     r"Підтримати нас)\s*$", _F | re.MULTILINE)


def clean(text: str) -> str:
    """The post's words: text struck through, markdown marks, link targets and subscription footers removed,
    spaces folded."""
    body = _LINK.sub(lambda match: match.group(1), text)
    body = _STRUCK_THROUGH.sub(" ", body)
    body = _MARKDOWN.sub("", body)
    body = _BARE_LINK.sub(" ", body)
    body = re.sub(r"[ \t\u00a0]+", " ", body)
    body = _FOOTER.sub("", body.strip())
    return body.strip()


@dataclass
class Reading:
    """What one post says: its kind, the reports made from it and the night or day it speaks of."""

    kind: str
    reports: list[Report] = field(default_factory=list)
    when: When | None = None
    why: str = ""  # why the post gave no report, when it gave none


@dataclass(frozen=True)
class PostContext:
    id: str
    source: str
    published_at: datetime | None
    url: str | None
    tz: str | None
    source_kind: str | None
    aligned_with: str | None
    provenance: dict[str, Any]


def sentences(text: str) -> list[tuple[int, int]]:
    return [(match.start(), match.end()) for match in _SENTENCE.finditer(text) if match.group(0).strip()]


# a post that opens as a flight-route map or a front-line group's statement is of kind other; the same words
# later in a strike report ("На цій карті показано приблизні маршрути ударів") do not make it one
_OTHER_WITHIN = 100


# an update that takes the post back ("UPD: Схоже що ні(", "UPD: не підтвердилось", "Оновлення: фейк")
_RETRACTED = re.compile(r"(?:\bUPD|\bОновлен\w*)\s*:?\s*(?:[\w'’]+\s+){0,2}(?:ні|не\s+підтверд\w*|фейк)(?![\w'’])",
                        _F)
# ... or a post that says in its own words that no strike happened ("виявляється ніяких вибухів не було, просто дах
# завалило снігом"; not the other side's words: "русня пише, що ніяких вибухів не було")
_NONE_HAPPENED = re.compile(r"(?<![\w'’])(?:ніяк|жодн)\w*\s+(?:[\w'’]+\s+)?(?:вибух|удар|атак|прил[іь]о?т|уражен|пожеж)"
                            r"\w*\s+(?:[\w'’]+\s+)?не\s+(?:було|був|була|сталос[ья])(?![\w'’])", _F)
_SAID_BY_OTHERS = re.compile(r"(?<![\w'’])(?:заявля|заяви|каж|пиш|стверджу|бреш|повідомля|пізд|пизд|вважа)\w*"
                             r"[^.!?\n]*$", _F)
# an air-alert chronicle's head, and the explosions that make one report a strike ("Повідомляють про вибухи у
# Мічуринську")
_AIR_ALERT = re.compile(r"повітрян\w*\s+тривог", _F)
_ALERT_HEAD = 40  # the chronicle opens with its time and the alert
_EXPLOSIONS = re.compile(r"вибух|влучан|прил[іь]о?т|пожеж|горить|палає|уражен", _F)


def _told_as_not_an_event(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    """Whether the sentence with the post's first word of striking is an anniversary, a fundraiser, a training
    or sanctions, as the first sentence can be."""
    strikes = strike_words(text, language)
    span = _first_strike_sentence(spans, strikes)
    return span is not None and not_an_event(text[span[0]:span[1]], language)


def _first_strike_sentence(spans: list[tuple[int, int]], strikes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The sentence (of ``spans``) holding the post's first word of striking; None when there is none."""
    if not strikes:
        return None
    first = strikes[0][0]
    return next(((start, end) for start, end in spans if start <= first < end), None)


def _struck_before_tally(text: str, language: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the post tells a strike at a place in a sentence before its first word of downing ("Башкирія,
    Стерлітамак. Губернатор заявив про атаку бпла на хімзавод … За ніч мо рф відзвітувало про збиття 85 бпла"):
    a strike report that passes on a count, not a tally."""
    downed = _DOWNED_UK.search(text)
    if downed is None:
        return False
    begin = next((start for start, end in spans if start <= downed.start() < end), downed.start())
    return any(end <= begin for _, end in strike_words(text, language)) and bool(find_places(text[:begin], language))


def _no_strike_happened(text: str) -> bool:
    """Whether the post says in its own words that no strike or explosion happened (not quoting the other side)."""
    for match in _NONE_HAPPENED.finditer(text):
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        if not _SAID_BY_OTHERS.search(text, start, match.start()):
            return True
    return False


# a list of prices, three or more in a row ("20 грн — ФПВ в підара 50 грн — скид з Мавіка …"): what things would
# cost, not what happened
_PRICE_LIST = re.compile(r"(?:(?<![\w'’])\d[\d\s]*\s*(?:грн|гривень|руб\w*|₴|\$)\.?\s*[—–-]\s*[^\d\n]{1,80}){3}", _F)


def classify(text: str, language: str) -> str:
    words = lexicon()
    for kind, pattern in words.kinds:
        if pattern.search(text[:_OTHER_WITHIN] if kind == "other" else text):
            return kind
    if _PRICE_LIST.search(text):
        return "other"  # "Розцінки: 20 грн — ФПВ в підара … 1750 грн — пакет «Хаймарів» по Бєлгороду …": a joke
    spans = sentences(text)
    if language == "uk" and spans and not_an_event(text[spans[0][0]:spans[0][1]], language):
        return "other"  # "Сьогодні річниця …", a fundraiser, a training, sanctions
    if language == "uk" and explains(text, language):
        return "other"  # "Сьогодні ми поговоримо про машинний зір …": a feature
    if language == "uk" and _RETRACTED.search(text):
        return "other"  # "Попередньо, удар по нафтобазі … UPD: Схоже що ні("
    if language == "uk" and _no_strike_happened(text):
        return "other"  # "Бачили вчора новину про вибух …? Так ось, виявляється ніяких вибухів не було"
    if language == "uk" and spans and _told_as_not_an_event(text, spans, language):
        return "other"  # "8 жовтня — дата, яку пам’ятає кожен українець. Сьогодні — річниця удару по …"
    if language == "uk" and _AIR_ALERT.search(text[:_ALERT_HEAD]) and not _EXPLOSIONS.search(text):
        return "other"  # "22:00 | 15/03, повітряна тривога на болотах: …": where alerts sound, not what was hit
    # talk of a moratorium or a proposal to stop strikes is not a strike; the parts of a sentence between
    # semicolons are read apart ("відпрацьовано по … «Апатит»; З цікавого: Після … «перемир’я» …")
    text = " ".join(part for start, end in spans for part in text[start:end].split(";")
                    if not words.energy_not_a_claim.search(part))
    over = re.search(r"\b[Нн]ад\s+(?:территори|акватори|[А-ЯЁ])", text) and re.search(
        r"(?:\d+|[а-яё]+)\s+(?:украинск\w+\s+)?(?:БПЛА|БпЛА|беспилот)", text, _F)
    if language == "uk" and (_UK_TALLY_HEADLINE.search(text) or _MINISTRY_TALLY.search(text)):
        return "interceptions"  # "ЗБИТО 30 РАКЕТ З 38", "⚡️ ЗБИТО/ПОДАВЛЕНО 541 ВОРОЖИЙ БПЛА"
    if DESTROYED.search(text) and (_DEFENCE.search(text) or over) and re.search(
            r"БПЛА|БпЛА|беспилот|безпілот|дрон|ракет|бомб|снаряд", text, _F) and (
            language == "ru" or any(not _AIRCRAFT_BEFORE.search(text, max(0, downed.start() - 50), downed.start())
                                    for downed in _DOWNED_UK.finditer(text))) and not (
            language == "uk" and _struck_before_tally(text, language, spans)):
        return "interceptions"
    if language == "ru":
        own = _RU_OWN_STRIKE.search(text)
        if own and _side(text, own.start(), language, default="") == "RU":
            return "russian_strike"
        if _ENEMY_TARGET.search(text):
            return "other"  # a unit's strike on the other side's positions at the front (a feature, a video)
        if (words.actors["UA"].search(text) or words.enemy.search(text) or _DRONE_ATTACK_RU.search(text)) and \
                _UA_DAMAGE.search(text) and re.search(r"удар|атак|обстрел|террорист", text, _F):
            return "strike_on_russia"  # ... or a drone attack with its dead or damage ("При атаке дронов … погиб")
        return "other"
    if language == "uk" and _reviews_days(text):
        return "summary"  # "Тиждень «бавовни»: огляд уражень (16.03 – 23.03)", "З 7 серпня БПЛА б’ють по росії …"
    return _classify_uk(text, language)


_FOREIGN = re.compile(str(raw_lexicon()["strike_words"]["foreign"]), _F)


# a review of several days' strikes, by its first sentence: a week ("за тиждень", "Тиждень «бавовни»"), strikes
# since a day of a month ("З 7 серпня …"), or a span of days of one month in the headline ("9–16 березня"; a
# night is two days: "1–2 серпня" tells one). (The classifier reads the post with its sentences joined again,
# "16. 03", so a span of dotted dates is not looked for.)
# ("Вдруге за тиждень дрони вдарили по нафтобазі": the second strike on one object within a week, not a review)
_A_WEEK = re.compile(r"(?<![\w'’])(?<!вдруге\s)(?<!втретє\s)(?<!вчетверте\s)(?<!вкотре\s)"
                     r"(?:за\s+(?:цей\s+|минулий\s+|звітний\s+|останній\s+)?тиждень|"
                     r"тиждень\s+[«\"]?бавовн)", _F)
_SINCE_A_DAY = re.compile(rf"^\W*[Зз]\s+\d{{1,2}}\s+(?:{'|'.join(UK_MONTHS)})(?!\s+\d{{4}})(?![\w'’])", _F)
_DAY_SPAN = re.compile(rf"(?<!\d)(\d{{1,2}})\s*[–—-]\s*(\d{{1,2}})\s+(?:{'|'.join(UK_MONTHS)})", _F)
_BEATING_NOW = re.compile(r"(?<![\w'’ʼ])(?:б[’'ʼ]?ють|гатять|лупять)\s+по(?![\w'’])", _F)
_STRIKES_NAMED = re.compile(r"(?<![\w'’])(?:атак|удар|уражен|прильот)", _F)  # "Хронологія атак (1–22 травня)"
_REVIEW_DAYS = 3  # a span of at least this many days is a review, not a night
_REVIEW_HEAD = 150


def _reviews_days(text: str) -> bool:
    """Whether a Ukrainian post reviews several days' strikes: it tells a strike, and its first sentence names
    a week or a day since, or its head a span of at least ``_REVIEW_DAYS`` days."""
    spans = sentences(text)
    first = text[spans[0][0]:spans[0][1]] if spans else text
    head = text[:_REVIEW_HEAD]
    if not (_EXPLOSIONS.search(text) or strike_words(text) or HITTING.search(first) or _BEATING_NOW.search(first)
            or _STRIKES_NAMED.search(first)):
        return False
    if _A_WEEK.search(first) or _SINCE_A_DAY.search(first) or STRIKES_SINCE.search(first):
        return True
    return any(int(span.group(2)) - int(span.group(1)) + 1 >= _REVIEW_DAYS for span in _DAY_SPAN.finditer(head))


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
_HAPPENED_HERE = re.compile("|".join((_LAST_NIGHT, _STRUCK_PAST, _UNDER_WAY, _ON_RUSSIA, _JUST_PAST, _FIRE_AFTER,
                                      _ONE_STRUCK)), _F)
# oblasts of Ukraine held in whole or part by Russia: a strike there may be either side's
_HELD = frozenset({"UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"})


def _classify_uk(text: str, language: str) -> str:
    """A Ukrainian post's kind: words of striking read by lemma (``strike_words`` in the lexicon), the side
    they are said of, and headlines that name an object and a place with no verb."""
    spans = sentences(text)
    strikes = strike_words(text, language)
    places = find_places(text, language) if strikes or struck_object(text, language) else []
    if strikes and _BOMB.search(text) and all(_EXPLODING.match(text, start) for start, _ in strikes):
        return "other"  # "вибух автомобіля в москві … саморобний вибуховий пристрій спрацював": a bomb planted
    if strikes and not places and _foreign(text, spans, strikes):
        return "other"  # "Ізраїльські крилаті ракети вразили кілька іранських систем ППО": foreign news
    if strikes:
        held = any(place.code.startswith("RU-") or place.code in _HELD for place in places)
        if _in_russia_first(text, language, spans, strikes):
            pass  # "На Брянщині була уражена підстанція … Дзеркальні дії на атаки рф по енергетиці України"
        elif enemy_strikes(text, language, strikes) or (places and not held and all(
                place.code.startswith("UA-") for place in places)) or (not held and on_ukraine(text)):
            # the enemy named as the one striking, a strike on Ukraine, or only places in Ukraine the other
            # side does not hold
            return "russian_strike"
        if places or _energy_mentions(text) or _HAPPENED_HERE.search(text) or _MOMENT_HEAD.match(text) or (
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
    if not strikes and places and _headline_strike(text, language, places):
        return "strike_on_russia"
    return "other"


# an explosive device planted, where every word of striking is one of exploding: a bomb, as a terrorist's is
_BOMB = re.compile(r"(?<![\w'’])(?:вибухов\w*\s+пристр[іо]\w*|СВП)(?![\w'’])", _F)
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
    sentence = text[span[0]:span[1]]
    if RUSSIAN_STRIKE.search(sentence) or ON_UKRAINE.search(sentence):
        return False
    return any(place.code.startswith("RU-") for place in find_places(sentence, language))





def _headline_strike(text: str, language: str, places: list[Place]) -> bool:
    """"Ще Смоленськ, попередньо авіазавод", "Відео 3: Дорогобузька ТЕЦ, Смоленська область": a short post,
    or one opening as a headline of first news or videos, naming an object and a place in Russia or in
    Russian-held Ukraine and no verb ("щас прілєтіт" is a threat) reports a strike on it."""
    if (len(text) > _HEADLINE_LENGTH and not is_headline(text)) or has_verb(text, language):
        return False
    return any(place.code.startswith("RU-") or place.code in _HELD for place in places)


# a post this short naming an object and a place is a headline of a strike ("Ще Смоленськ, попередньо авіазавод")
_HEADLINE_LENGTH = 200


# a verb of making earlier in the clause: the energy word names goods a works makes, not an object struck
_MADE = re.compile(r"(?<![\w'’])(?:виготовля|вироблял|виробляє|виробляють|производ[ия]т|производил|выпуска[ею]т|"
                   r"выпускал|випуска[єю]|випускал)\w*[^.!?;\n]*$", _F)
_MADE_REACH = 80


def _energy_mentions(text: str) -> list[tuple[str, re.Match[str]]]:
    """(category, match) for each energy object named, most specific kind first per place in the text."""
    found: list[tuple[str, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for category, pattern in lexicon().energy_objects:
        for match in pattern.finditer(text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            if _MADE.search(text, max(0, match.start() - _MADE_REACH), match.start()):
                continue  # "Там виготовляли радіолокаційне обладнання, електроніку та трансформатори": goods made
            found.append((category, match))
            taken.append(match.span())
    found.sort(key=lambda item: item[1].start())
    return found


def _side(text: str, position: int, language: str, default: str = "UA", writer: str | None = None) -> str:
    """The side a strike is attributed to: the nearest side named before ``position`` in its sentence;
    "the enemy" is the side opposite the ``writer`` (by default the side of the post's language)."""
    best: tuple[int, str] | None = None
    own = writer or ("RU" if language == "ru" else "UA")
    named = [*lexicon().actors.items(), ("RU" if own == "UA" else "UA", lexicon().enemy)]
    for party, pattern in named:
        for match in pattern.finditer(text, 0, position):
            if best is None or match.start() > best[0]:
                best = (match.start(), party)
    if best is not None:
        return best[1]
    return default  # both channels' usual subject: Ukrainian strikes on Russia (MoD accusations, UA reports)


def _weapon(text: str) -> str | None:
    for weapon, pattern in lexicon().weapons:
        if pattern.search(text):
            return weapon
    return None


def _claimant(context: PostContext, text: str) -> str | None:
    if context.aligned_with:
        return context.aligned_with
    for party, pattern in lexicon().party_sources.items():
        if pattern.search(context.source):
            return party
    # the signature: the last party source the post's end names ("…, — Генштаб ЗСУ")
    tail = text[-200:]
    found = [(match.end(), party) for party, pattern in lexicon().party_sources.items()
             for match in pattern.finditer(tail)]
    return max(found)[1] if found else None


def read_post(text: str, language: str, context: PostContext) -> Reading:
    """Reports from one cleaned Russian or Ukrainian post."""
    kind = classify(text, language)
    tz = context.tz or DEFAULT_TZ.get(language, "Europe/Moscow")
    claimant = _claimant(context, text)
    denial = lexicon().denial.search(text)
    if denial and re.search(r"удар|атак|обстрел|обстріл", text, _F):
        when = resolve(text, context.published_at, tz) if context.published_at else None
        report = _denial(text, language, context, claimant, when, denial.span())
        # the kinds name what happened; a denial says something did not, so it is filed under "other"
        return Reading("other", [_renumber(report, f"{context.id}-1")], when)
    if kind == "other":
        return Reading(kind, why="no interception, strike or digest in the post")
    spans = sentences(text)
    # a Ukrainian strike report's day is looked for first in the sentences that tell the strike
    events = (_telling(text, language, spans, headline=False)
              if language == "uk" and kind in ("strike_on_russia", "russian_strike") else None)
    when = resolve(text, context.published_at, tz, events) if context.published_at else None
    reports: list[Report] = []
    if kind in ("interceptions", "summary"):
        reports.extend(_interceptions(text, language, spans, context, claimant, when))
    if kind != "interceptions" or _energy_mentions(text):
        reports.extend(_strikes(text, language, spans, context, claimant, when, kind, events))
    for number, report in enumerate(reports, start=1):
        reports[number - 1] = _renumber(report, f"{context.id}-{number}")
    if not reports and kind == "interceptions" and language == "uk":
        # "Знищено ППО – 61%", "ракет перехоплювачів ППО": air defence spoken of in general, with no count, place
        # or object of a downing, is an analysis or news of arms, not a report
        return Reading("other", why="air defence named with no count, place or object of a downing")
    reading = Reading(kind, reports, when)
    if not reports:
        reading.why = f"nothing to report in a post of kind {kind} (no count, place or object)"
    return reading


def _renumber(report: Report, new_id: str) -> Report:
    from dataclasses import replace

    return replace(report, id=new_id)


def _base(context: PostContext, text: str, claimant: str | None, when: When | None, **values: Any) -> Report:
    occurred = Occurred(start=when.start, end=when.end, tz=when.tz) if when else None
    spans = {"occurred": list(when.span)} if when and when.span else {}
    spans.update(values.pop("spans", {}))
    return Report(
        id=context.id,
        source=Source(name=context.source, url=context.url, published_at=context.published_at,
                      kind=context.source_kind or ("official" if claimant and context.aligned_with is None
                                                   and claimant in ("RU", "UA") else "social"),
                      aligned_with=context.aligned_with or claimant),
        claimant=claimant,
        occurred=occurred,
        text=text,
        provenance={**context.provenance, "extractor": EXTRACTOR, "post": context.id,
                    **({"time_basis": when.how} if when else {})},
        spans=spans,
        **values,
    )


_UNITS_LISTED = re.compile(r"\b(?:област|обл\b|обл\.|кра[йяюї]|республік|республик)", _F)


def _interceptions(text: str, language: str, spans: list[tuple[int, int]], context: PostContext,
                   claimant: str | None, when: When | None) -> list[Report]:
    found = tally(text, spans, language)
    if not found.total:
        return []
    # where things were downed: the sentences that say so, without the clause naming what was aimed at
    # (and a list of regions with no verb after them: "… збито 230 дронів … Брянська, Калузька та Смоленська
    # області.")
    downed = [span for span in spans if DESTROYED.search(text[span[0]:span[1]])] or spans
    if downed != spans:
        opening = downed[0][0]
        downed = sorted({*downed, *[(start, end) for start, end in spans if start > opening
                                    and not has_verb(text[start:end], language)
                                    and _UNITS_LISTED.search(text, start, end)]})
    places: list[Place] = []
    for start, end in downed:
        sentence = _TARGET_CLAUSE.sub(lambda match: " " * len(match.group(0)), text[start:end])
        for place in find_places(sentence, language, settlements=False):
            places.append(Place(place.code, (start + place.span[0], start + place.span[1]), place.location))
    if not places:  # "атаку по объектам на территории Московской области. Все БПЛА подавлены"
        places = find_places(text, language, settlements=False)
    unique: list[Place] = []
    for place in places:
        if place.code not in {each.code for each in unique}:
            unique.append(place)
    accused = "RU" if language == "uk" else "UA"
    reports: list[Report] = []
    for weapon, total in found.total.items():
        per_region = _per_region(found.items, unique, weapon, total)
        if per_region:
            for place, count in per_region:
                reports.append(_tally_report(context, text, claimant, when, accused, weapon, count, place, []))
        else:
            first = unique[0] if unique else None
            reports.append(_tally_report(context, text, claimant, when, accused, weapon, total, first,
                                         [each.code for each in unique[1:]]))
    return reports


def _denial(text: str, language: str, context: PostContext, claimant: str | None, when: When | None,
            span: tuple[int, int]) -> Report:
    """A denial: the claimant says the strike others report did not happen (or was not its side's)."""
    mentions = _energy_mentions(text)
    actor = claimant or _side(text, span[0], language, default="RU" if language == "ru" else "UA")
    places = find_places(text, language)
    spans: dict[str, list[int]] = {"stance": list(span)}
    target = None
    if mentions:
        category, match = mentions[0]
        target = Target(category=category, name=_object_name(text, match))
        spans["target"] = [match.start(), match.end()]
    return _base(context, text, claimant, when, stance="denies", actor=actor,
                 location=places[0].location if places else None, target=target, event="strike",
                 outcome="unknown", spans=spans)


def _per_region(items: list[Any], places: list[Place], weapon: str, total: int) -> list[tuple[Place, int]]:
    """Counts paired with the region named right after each ("девять БПЛА над Ростовской областью")."""
    counts = [item for item in items if item.weapon == weapon]
    if len(places) < 2 or len(counts) != len(places):
        return []
    paired = [(place, item.count) for place, item in zip(places, counts, strict=True)
              if place.span[0] > item.span[0] or place.span[1] < item.span[0]]
    if len(paired) != len(places) or sum(count for _, count in paired) != total:
        return []
    return paired


def _tally_report(context: PostContext, text: str, claimant: str | None, when: When | None, accused: str,
                  weapon: str, count: int, place: Place | None, more_regions: list[str]) -> Report:
    report = _base(context, text, claimant, when, stance="alleges" if claimant else "reports", actor=accused,
                   location=place.location if place else None, weapon=weapon, outcome="intercepted",
                   count=count, aggregate=True, event="interception",
                   spans={"location": list(place.span)} if place else {})
    if more_regions:
        report.provenance["regions"] = [place.code if place else None, *more_regions]
    return report


def _strikes(text: str, language: str, spans: list[tuple[int, int]], context: PostContext,
             claimant: str | None, when: When | None, kind: str,
             told: list[tuple[int, int]] | None = None) -> list[Report]:
    """The strikes a post reports; ``told``: the sentences that tell them (:func:`_telling` without the
    headline), when the caller has them already."""
    words = lexicon()
    reports: list[Report] = []
    post_places = find_places(text, language)
    if kind == "strike_on_russia":
        # "звідки рф запустили ракету по Дніпру": a place the other side struck, named to explain this strike
        post_places = [place for place in post_places
                       if not _STRUCK_BY_RUSSIA.search(text[max(0, place.span[0] - 90):place.span[0]])]
    if language == "uk" and kind in ("strike_on_russia", "russian_strike", "summary"):
        post_places = _event_places(text, language, spans, post_places)
        if context.published_at is not None:
            post_places = _not_history(text, spans, post_places, context.published_at.date())
        if any(place.code == "UA-40" for place in post_places):
            # "у м. Севастополь тимчасово окупованого Криму": the peninsula named around Sevastopol, which lies
            # on it, is no second place struck (a town of the Republic of Crimea still is)
            post_places = [place for place in post_places
                           if not (place.code == "UA-43" and _PENINSULA.match(text, place.span[0]))]
    post_weapon = _weapon(text)
    claimed = [(start, end) for start, end in spans
               if _energy_mentions(text[start:end]) and not words.energy_not_a_claim.search(text[start:end])
               and not (language == "uk" and recalled(text, start + len(text[start:end]) - len(
                   text[start:end].lstrip())))]
    chosen = [(start, end) for start, end in claimed if words.attack.search(text[start:end])]
    if not chosen and claimed and kind in ("strike_on_russia", "russian_strike"):
        chosen = claimed[:1]  # "Кропоткінська НПС ... . Станція була атакована": the object, then the attack
    if language == "uk" and claimed:
        # "уразили 5 НПЗ: • 02.08 – Рязанський НПЗ … • 07.08 – Саратовський НПЗ": the objects listed after a
        # sentence that tells the strike are struck too
        if told is None:
            told = _telling(text, language, spans, headline=False)
        items = [(start, end) for start, end in told if _LIST_ITEM.match(text[start:end])]
        chosen = sorted({*chosen, *[(start, end) for start, end in claimed
                                    if any(begin <= start < finish for begin, finish in items)]})
    for start, end in chosen:
        sentence = text[start:end]
        mentions = _energy_mentions(sentence)
        for category, match in mentions:
            position = start + match.start()
            named = re.search(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s*$", sentence[:match.start()])
            if elsewhere(sentence, named.start() if named else match.start()):
                continue  # "у напрямку Нижньогородської області (район Кстовського НПЗ)": only where drones flew
            actor = _side(text[start:end], match.start(), language, writer=claimant)
            place = _object_place(sentence, match, language, start) or (post_places[0] if post_places else None)
            name = _object_name(sentence, match)
            rest = re.match(r"\w*", sentence[match.end():])  # the span ends with the word, not the stem
            word_end = start + match.end() + (len(rest.group(0)) if rest else 0)
            reports.append(_strike_report(context, text, claimant, when, actor, language, category, name,
                                          place, _weapon(sentence) or post_weapon, sentence, (position, word_end)))
    if any(report.target and report.target.category != "energy" for report in reports):
        # "атаковал объекты энергетики ... удар по НПС «Кропоткинская»": the named object is the same attack
        reports = [report for report in reports if not (report.target and report.target.category == "energy")]
    if kind == "summary" and language != "uk":
        return reports  # a digest of the MoD's own posts: its energy claims (a blogger's review names places)
    actor = "RU" if kind == "russian_strike" else "UA"
    covered = {report.location.admin1_code for report in reports if report.location}
    # the other places the post names as struck ("... та завод у Брянську"), one report each
    struck: list[Place | None] = [place for place in post_places if place.code not in covered]
    if not reports and not struck:
        struck = [None]
    for place in struck:
        reports.append(_strike_report(context, text, claimant, when, actor, language, None, None, place,
                                      post_weapon, text, None))
    return reports


_PENINSULA = re.compile(r"(?:Крим|Крым|Krym|Crimea)", re.IGNORECASE)


def _event_places(text: str, language: str, spans: list[tuple[int, int]], places: list[Place]) -> list[Place]:
    """The places named where the post tells its strike (:func:`_telling`, the headline included); the other
    sentences name background (where drones came from, what a place is known for, other news). All places
    when none of those sentences names one."""
    carrying = _telling(text, language, spans, headline=True)
    kept = [place for place in places if any(start <= place.span[0] < end for start, end in carrying)]
    return kept or places


def _not_history(text: str, spans: list[tuple[int, int]], places: list[Place], today: date) -> list[Place]:
    """The places not named in a sentence of history (a date with its year more than a year before the post:
    "… удар по житловому будинку у Дніпрі 14 січня 2023 року"), unless every place is."""
    kept = [place for place in places if not any(start <= place.span[0] < end and historical(text, start, end, today)
                                                 for start, end in spans)]
    return kept or places


def _telling(text: str, language: str, spans: list[tuple[int, int]], *, headline: bool) -> list[tuple[int, int]]:
    """The sentences that tell a strike: with a word of striking, of harm or of a target, or naming an
    object struck, and, after one of them, the items of a list and a short sentence cut off at the end of
    the text; with ``headline``, the first sentence too."""
    marks = [start for start, _ in strike_words(text, language)]
    marks += [match.start() for _, match in _energy_mentions(text)]
    marks += [match.start() for match in _HARM.finditer(text)]
    carrying: list[tuple[int, int]] = []
    previous = False
    whole = _whole_sentences(text, spans)
    for number, (start, end) in enumerate(whole):
        sentence = text[start:end]
        cut = (number == len(whole) - 1 and len(sentence.strip()) <= _CUT_REACH
               and not re.search(r"[.!?…:;)»\"]\W*$", sentence))
        carries = ((headline and number == 0) or any(start <= mark < end for mark in marks)
                   or struck_object(sentence, language) is not None
                   or (previous and (cut or _LIST_ITEM.match(sentence) is not None)))
        if carries and recalled(text, start + len(sentence) - len(sentence.lstrip())):
            carries = False  # "Нагадаємо, 2 червня уражено нафтобазу в Курську": an earlier strike recalled
        if carries:
            carrying.append((start, end))
        previous = carries
    return carrying


# a sentence this short cut off at the end of a snippet has lost its verb ("На ТОТ Донецької області по");
# a longer one shows what it is about
_CUT_REACH = 60
# harm done and targets named: "5 вбитих", "постраждали", "Першою ціллю став склад …"; where the object struck
# lies: "Вона розташована у Володимирській області"
_HARM = re.compile(r"\b(?:вбит|загибл|загину|поранен|постражд|пошкод|зруйн|ціл[ьлі]|розташован|знаходит|"
                   r"розміщен)", _F)
# an item of a list: a bullet, an emoji or a dash opening the sentence
_LIST_ITEM = re.compile(r"\s*(?:[•▪️▫️➡️🔴🟠🟡🟢🔵🟣⚫️🔸🔹✅❌💥🔥-]|\d+[.)])")
# a full stop that ends no sentence: after a digit before a digit ("98.1 км"), after an abbreviation of up
# to three small letters ("н.п. Вітине", "т.о. Терпіння", "м. Карачев", "обл.")
_NO_BREAK = re.compile(r"(?:\d\.|(?<![А-ЯЁІЇЄҐа-яёіїєґA-Za-z])[а-яёіїєґ]{1,3}\.)\s*$")


def _whole_sentences(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences, joined again where a full stop ended an abbreviation or split a number."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _NO_BREAK.search(text[joined[-1][0]:joined[-1][1]]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _object_place(sentence: str, match: re.Match[str], language: str, offset: int) -> Place | None:
    before = re.findall(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+)\s*$", sentence[: match.start()])
    places = find_places(sentence, language)
    named = lies_in(sentence, match.end(), places)  # "Слов’янський НПЗ у Краснодарському краї"
    if before and not located(sentence, match.end()):  # "Таврійську ТЕС, розташовану поблизу Сімферополя"
        town = adjective_town(before[-1], language)
        if town is not None and town.admin1_code and named is not None and named.code != town.admin1_code:
            town = None  # not Sloviansk of Donetsk oblast: the region named after the object holds it
        if town is not None and town.admin1_code:
            at = match.start() - len(before[-1]) - 1
            return Place(town.admin1_code, (offset + max(at, 0), offset + match.end()),
                         Location(name=town.name, admin1_code=town.admin1_code, country=town.country,
                                  lat=town.lat, lon=town.lon, precision_km=town.precision_km))
    if not places:
        return None
    after = [place for place in places if place.span[0] >= match.start()]
    chosen = after[0] if after else places[-1]
    return Place(chosen.code, (offset + chosen.span[0], offset + chosen.span[1]), chosen.location)


def _object_name(sentence: str, match: re.Match[str]) -> str | None:
    quoted = _QUOTED.search(sentence, match.end(), min(len(sentence), match.end() + 60))
    if quoted:
        return sentence[match.start():quoted.end()].strip()
    before = re.search(r"([А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s+)$", sentence[: match.start()])
    if before:
        return (before.group(1) + match.group(0)).strip()
    return None


def _strike_report(context: PostContext, text: str, claimant: str | None, when: When | None, actor: str,
                   language: str, category: str | None, name: str | None, place: Place | None,
                   weapon: str | None, sentence: str, span: tuple[int, int] | None) -> Report:
    if _OUTCOME_HIT.search(sentence):
        outcome = "hit"
    elif DESTROYED.search(sentence) or re.search(r"сбит|збит|перехоп", sentence, _F):
        outcome = "intercepted"
    elif re.search(r"попытк|спроб", sentence, _F):
        outcome = "attempted"
    else:
        outcome = "unknown"
    own = claimant is not None and claimant == actor
    stance = ("acknowledges" if own else "alleges") if claimant else "reports"
    spans: dict[str, list[int]] = {}
    if span:
        spans["target"] = list(span)
    if place:
        spans["location"] = list(place.span)
    return _base(context, text, claimant, when, stance=stance, actor=actor,
                 location=place.location if place else None,
                 target=Target(category=category, name=name) if category else None,
                 weapon=weapon, outcome=outcome, event="strike", spans=spans)
