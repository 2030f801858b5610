"""A Russian or Ukrainian post in, native reports out.

Each post is first given a kind (``interceptions``, ``strike_on_russia``, ``russian_strike``, ``summary``,
``other``: docs/extraction.md) by :mod:`trucewatch.nlp.slavic.kinds`; then interception tallies become
``aggregate`` reports per region and weapon, and strikes become one report per energy object named (or per
place struck when none is), with the target category and name, place, weapon, outcome, the accused side and the
claimant. Times come from :mod:`trucewatch.nlp.slavic.timing`, places from :mod:`trucewatch.nlp.slavic.places`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any

from trucewatch.geo.admin1 import HELD_BY_RUSSIA
from trucewatch.model import Location, Occurred, Report, Source, Target
from trucewatch.nlp.slavic.adjectives import adjective_town, town_location
from trucewatch.nlp.slavic.aimed import aimed_energy
from trucewatch.nlp.slavic.blame import self_inflicted
from trucewatch.nlp.slavic.described import described_only
from trucewatch.nlp.slavic.dismissed import no_strike_happened
from trucewatch.nlp.slavic.downed_uk import AIR_DEFENCE_WORKED_OFF, DEFENCE_AT_WORK, air_force_headline
from trucewatch.nlp.slavic.energy_named import energy_mentions
from trucewatch.nlp.slavic.facilities import facility_mentions
from trucewatch.nlp.slavic.headline_places import told_in_the_body
from trucewatch.nlp.slavic.kinds import classify, sentences
from trucewatch.nlp.slavic.lexicon import lexicon
from trucewatch.nlp.slavic.lying import lies_in
from trucewatch.nlp.slavic.ministry_quotes import ministry_quote, russian_quote, short_ministry_tally, with_list_after
from trucewatch.nlp.slavic.multiday import attack_over_days
from trucewatch.nlp.slavic.namesake_regions import namesake_among
from trucewatch.nlp.slavic.official_russian import russian_after_official
from trucewatch.nlp.slavic.places import Place, admin1_location, find_places, located
from trucewatch.nlp.slavic.retaliation import outside_retaliation
from trucewatch.nlp.slavic.reviews import reviews_a_span
from trucewatch.nlp.slavic.roles import elsewhere
from trucewatch.nlp.slavic.satellite import SEEN_WITHIN_DAYS, satellite_damage
from trucewatch.nlp.slavic.settled_kind_ru import kind_by_places
from trucewatch.nlp.slavic.sides import striking_side
from trucewatch.nlp.slavic.spans import without_quote
from trucewatch.nlp.slavic.tallies import DESTROYED, tally
from trucewatch.nlp.slavic.tally_towns import HIT_AFTER, placed_by_the_post, towns_over
from trucewatch.nlp.slavic.timing import When, historical, recalled, resolve
from trucewatch.nlp.slavic.ukrainian_russian import (
    AIR_FORCE_COUNT,
    month_review,
    struck_before_count,
    without_truce_conceded,
)
from trucewatch.nlp.slavic.wording import has_verb, strike_words, struck_object

EXTRACTOR = "trucewatch-posts-ru-uk/116"
KINDS: tuple[str, ...] = ("interceptions", "strike_on_russia", "russian_strike", "summary", "other")
DEFAULT_TZ = {"ru": "Europe/Moscow", "uk": "Europe/Kyiv"}

_F = re.IGNORECASE
_STRUCK_BY_RUSSIA = re.compile(r"(?:\bрф|\bросі[яї]|\bросіян\w*|\bворог\w*|\bокупант\w*|\bрашист\w*|\bкацап\w*|"
                               r"\bрусн\w*)\b[^.!?]{0,70}(?:(?:запусти|запуска|завда|вдари|атакува|обстріля|обстрілю|били|бив|"
                               r"гатили|гатив|лупили|б['’ʼ]ють|гатять)\w*[^.!?]{0,50}"
                               r"\bпо\s+(?:міст[уа]\s+|област[іи]\s+)?|"
                               # ... or the place right after the enemy's verb ("Поки кацапи обстрілювали Харків, …")
                               r"(?:атакува|обстріля|обстрілю|бомби|бомбу)\w*\s+)$", _F)
# ... or the place before the enemy's weapons that flew at it ("по Словʼянську летіли їхні шахеди")
_THEIR_WEAPONS_AFTER = re.compile(r"\S*\s+(?:летіли|летять|прилетіли|прилітали|били|вдарили|гатили)\s+(?:їхні|ворожі|"
                                  r"російські|кацапські|рашистські)\s+(?:шахед|ракет|дрон|КАБ|бомб)", _F)
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
# a channel's sign-off: a last line opening with a link to a Telegram channel or its @handle ("🔥 [Бавовняний
# Вісник](https://t.me/…)", "👉 @handle — підписуйся, тут гаряче"); its words ("Бавовняний", "гаряче") tell nothing
_SIGN_OFF = re.compile(r"\n[^\w\n\[@]{0,8}(?:\[[^\]\n]*\]\((?:https?://)?t\.me/[^)\s]*\)|@\w{3,})[^\n]{0,80}\s*$")


# a clock's zone told by its city ("FIRMS о 02:10 за Києвом", "в 03:40 по Москве"): the zone, not a place, so it is
# said by its adjective ("за київським часом"), which no place is read from
_ZONE_BY_CITY = re.compile(r"(?<![\d:.])(\d{1,2}[:.]\d{2}\s*(?:\)\s*)?)(за|по)\s+"
                           r"(Києвом|Киевом|Москвою|Москвой|Києву|Киеву|Москве|Москві)(?![\w'’ʼ])", _F)
_ZONE_ADJECTIVES = {"києвом": "київським часом", "києву": "київським часом", "киевом": "киевскому времени",
                    "киеву": "киевскому времени", "москвою": "московським часом", "москві": "московським часом",
                    "москвой": "московскому времени", "москве": "московскому времени"}


def clean(text: str) -> str:
    """The post's words: text struck through, markdown marks, link targets, subscription footers and a channel's
    sign-off removed, spaces folded, a clock's zone told by its city said by its adjective, the modifier letter
    apostrophe some keyboards type ("Словʼянська") written as the usual one."""
    body = text.rstrip().replace("ʼ", "’")
    while (sign_off := _SIGN_OFF.search(body)) is not None:
        body = body[:sign_off.start()].rstrip()
    body = _ZONE_BY_CITY.sub(lambda match: f"{match.group(1)}{match.group(2)} "
                                           f"{_ZONE_ADJECTIVES[match.group(3).lower()]}", body)
    body = _LINK.sub(lambda match: match.group(1), body)
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






# a fire burning: what a strike leaves, told after it ("досі палає", "догорає", "пожежу гасять")
_STILL_BURNING = re.compile(r"(?:пала|горі|горит|горят|догор|пожеж|пожар|тлі)", re.IGNORECASE)


def _only_recalls(text: str, language: str) -> bool:
    """Whether the post's only strike is one it recalls: every word of striking, the fire a strike left aside, lies
    in a sentence of recalling."""
    news = [start for start, end in strike_words(text, language) if not _STILL_BURNING.match(text, start, end)]
    return bool(news) and all(recalled(text, start) for start in news)


# a quotation, and the side a Russian one accuses ("киевский режим", "ВСУ", "Киев", "украинские")
_QUOTATION = re.compile(r"«[^«»]{10,400}»")
_ACCUSED = re.compile(r"киевск|\bКиев|\bВСУ\b|украинск", re.IGNORECASE)


def _energy_accusation(text: str, context: PostContext) -> Report | None:
    """The Russian side's accusation of strikes on energy a post of no strike of its own quotes ("Пєсков: «Киев
    продолжает атаковать объекты энергетики России»"): an allegation against Ukraine with no place or time."""
    from trucewatch.nlp.language import detect_language

    for quotation in _QUOTATION.finditer(text):
        said = quotation.group(0)
        named = energy_mentions(said)
        if named and _ACCUSED.search(said) and detect_language(said).code == "ru":
            return _renumber(_strike_report(context, text, "RU", None, "UA", "ru", named[0][0], None, None, None,
                                            said, None), f"{context.id}-1")
    return None


def _with_energy_outside(reading: Reading, text: str, quoted: str, context: PostContext,
                         claimant: str | None) -> Reading:
    """``reading`` of a ministry's tally a post quotes, with the strikes on energy the post's other words tell ("…
    «перехвачен и уничтожен 21 украинский БПЛА …». Плюс обов'язкове: «киевский режим продолжает атаки на объекты
    энергетики Брянской области»"); not in words the writer only expects someone to say ("Чекаємо, коли Пєсков
    оголосить кожен збитий дрон «атакой на энергетику»")."""
    rest = without_quote(text, quoted)
    told = [(begin, end) for begin, end in sentences(rest)
            if energy_mentions(rest[begin:end]) and not _EXPECTED.search(rest, begin, end)]
    if not told:
        return reading
    strikes = _strikes(text, "uk", told, context, claimant, reading.when, "interceptions")
    reports = [*reading.reports, *[report for report in strikes if report.target is not None]]
    return replace(reading, reports=[_renumber(report, f"{context.id}-{number}")
                                     for number, report in enumerate(reports, start=1)])


# words of what someone is expected to say ("Чекаємо, коли Пєсков оголосить …", "скоро скажуть")
_EXPECTED = re.compile(r"(?<![\w'’])(?:чекаємо|чекайте|чекаю|скоро|незабаром|оголосить|оголосять|скаже|скажуть|"
                       r"назвуть|назве)(?![\w'’])", re.IGNORECASE)


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


def read_post(text: str, language: str, context: PostContext, around: str | None = None) -> Reading:
    """Reports from one cleaned Russian or Ukrainian post; ``around``: the post a quotation read as ``text`` stands
    in, whose time words date it when the quotation names none ("«Сегодня в течение дня» — так починається зведення
    …: «перехвачены и уничтожены 21 украинский БПЛА …»")."""
    kind = kind_by_places(text, language, classify(text, language))  # (.settled_kind_ru)
    tz = context.tz or DEFAULT_TZ.get(language, "Europe/Moscow")
    claimant = _claimant(context, text)
    denial = lexicon().denial.search(text)
    # (not one shifting the blame, the object still struck: "фейк, станцію обстріляла сама росія", .blame)
    if denial and re.search(r"удар|вдар|атак|обстрел|обстріл", text, _F) and not self_inflicted(text):
        when = resolve(text, context.published_at, tz) if context.published_at else None
        report = _denial(text, language, context, claimant, when, denial.span())
        # the kinds name what happened; a denial says something did not, so it is filed under "other"
        return Reading("other", [_renumber(report, f"{context.id}-1")], when)
    if kind != "other" and language == "uk" and (quoted := ministry_quote(text)):
        # "МО рф звітує, цитую як є: «… уничтожены 31 украинский беспилотник: 12 — над Смоленской …». Про те, що горить
        # у Смоленську, — ні слова": the ministry's tally the post opens by quoting is what it passes on
        reading = read_post(quoted, "ru", context, text)
        if reading.kind == "interceptions":
            return _with_energy_outside(reading, text, quoted, context, claimant)
    if kind == "other":
        quoted = (with_list_after(text, russian_quote(text)) or russian_after_official(text)
                  or short_ministry_tally(text) if language == "uk" else None)
        if quoted is not None:
            # "МО рф зранку: «за ночь над Брянской … уничтожено 46 украинских беспилотников»": a Ukrainian post passing
            # on the ministry's words in Russian says what they say, read with the Russian formulae
            reading = read_post(quoted, "ru", context, text)
            if reading.kind == "interceptions":
                return replace(reading, reports=placed_by_the_post(reading.reports, text, quoted))
            if reading.kind != "other":
                return reading
        if language == "uk" and not no_strike_happened(text, counts_downed=False) and (
                accusation := _energy_accusation(text, context)) is not None:
            return Reading(kind, [accusation])
        return Reading(kind, why="no interception, strike or digest in the post")
    spans = sentences(text)
    # a Ukrainian strike report's day is looked for first in the sentences that tell the strike
    events = (_telling(text, language, spans, headline=False)
              if language == "uk" and kind in ("strike_on_russia", "russian_strike") else None)
    when = resolve(text, context.published_at, tz, events) if context.published_at else None
    if when is not None and when.how == "publication" and context.published_at and satellite_damage(text):
        # images of a strike whose day the post does not say: some day before it (.satellite)
        when = When(context.published_at - timedelta(days=SEEN_WITHIN_DAYS), context.published_at, tz, None, "period")
    if kind == "summary" and when is not None and context.published_at and when.how != "period" and (
            attack_over_days(text) or month_review(text) or (language == "uk" and reviews_a_span(text))):
        # "атака … триває вже понад 50 годин, всього «сбито» 524 дрони": a count over days has no one day (Round 22),
        # nor has a month's summing-up in Russian ("Ноябрь подытог: … россияне били 11 раз"), nor a review headed by
        # its period ("Травень по НПЗ: підсумки місяця", then a list)
        when = When(context.published_at - timedelta(days=2), context.published_at, tz, None, "period")
    if around is not None and when is not None and when.how == "publication" and context.published_at:
        # (by the local day of the Ukrainian post passing the words on; the span it gives is the post's, not the
        # quotation's)
        when = replace(resolve(around, context.published_at, context.tz or DEFAULT_TZ.get("uk", tz)), span=None)
    reports: list[Report] = []
    if kind in ("interceptions", "summary"):
        reports.extend(_interceptions(text, language, spans, context, claimant, when))
    elif kind in ("strike_on_russia", "russian_strike") and (
            language == "uk" or kind == "strike_on_russia" or struck_before_count(text)) and (
            air := _downed_in_the_air(text, spans, language)):
        # "Цієї ночі прильоти по Московському НПЗ … Собянін нарахував 74 збитих": a strike told with the count the
        # officials give of the drones downed keeps that count, and where they were downed (in Russia or the land it
        # holds: "над столицею" there is Moscow, not Kyiv), in Russian too, wherever the harm is told ("Богомаз: … 14
        # дронов сбиты, один упал на территории НПС — возгорание"); not things destroyed on the ground ("знищено 60
        # ракет"); so does the enemy's strike told with its harm before the Air Force's count ("… пряме влучання.
        # Повітряні сили: збито 55 шахедів і 37 ракет", kinds._struck_before_tally; in Russian, "россияне снова били
        # по … повреждены … Над Одесщиной ПВО уничтожила 14 шахедов из 19", ukrainian_russian.struck_before_count)
        reports.extend(_without_ukraine(report) for report in _interceptions(text, language, air, context, claimant,
                                                                               when))
    if kind != "interceptions" or energy_mentions(text):
        reports.extend(_strikes(text, language, spans, context, claimant, when, kind, events))
    if kind == "interceptions" and not any(report.event == "strike" and report.target for report in reports):
        reports.extend(_aimed_at(text, language, context, claimant, when, reports))
    if kind == "interceptions" and ((language == "uk" and air_force_headline(text)) or (
            language == "ru" and AIR_FORCE_COUNT.search(text))):
        # "ЗБИТО: 102 ракети … у Києві, на Волині … пошкоджені об'єкти": the air force's tally is labelled with its
        # counts and no place in Ukraine, whatever strikes on Ukraine it names (a tally over Russia keeps its regions);
        # so is its count told in Russian ("враг запустил 120 шахедов …, сбито 95. Поражения зафиксированы в …")
        reports = [_without_ukraine(report) for report in reports]
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


# a word of downing in the air, and one denied ("2 дрони не були збиті і вразили майданчик")
# ... or destroyed over a place ("за ніч знищено 121 БПЛА над Рязанською, Брянською … областями")
_AIR_DOWNED = re.compile(r"(?<![\w'’])(?:збит|збил|сбит|сбил|перехопл|перехвач|подавл|знешкодж|знешкодил)\w*|"
                         # (air defence's slang: "ППО відпрацювала 37 ракет і 55 «мопедів»")
                         + AIR_DEFENCE_WORKED_OFF + "|"
                         # ... or an attack repelled, a governor's formula ("Отражена атака БПЛА на Брянск, уничтожено
                         # 15 беспилотников")
                         r"(?<![\w'’])отраж[её]н[аоы]?\s+атак\w*[^.!?\n]{0,60}?(?:уничтожен|сбит)\w*|"
                         r"(?<![\w'’])(?:знищен|уничтожен)\w*\s+(?:[\w'’]+:?\s+){0,4}?над\s+(?:[А-ЯІЇЄҐЁ]|територ|акватор)|"
                         # (... the place first: "над Киришским районом уничтожены три БПЛА")
                         r"(?<![\w'’])над\s+(?:[А-ЯІЇЄҐЁ]|територ|акватор)[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+"
                         r"(?:знищен|уничтожен)\w*|"
                         # ... or by air defence, its subject ("Над Одесщиной ПВО уничтожила 14 шахедов из 19")
                         r"(?<![\w'’])(?:ПВО|ППО)\s+(?:[\w'’]+\s+)?(?:уничтожил|знищил)\w*|"
                         # ... or by air defence's forces in the passive ("Силами ПВО Минобороны уничтожены два
                         # беспилотника, летевших на Москву", "уничтожены силами ПВО")
                         r"(?<![\w'’])(?:силами|средствами|засобами)\s+(?:ПВО|ППО)(?:\s+[\w'’]+){0,2}?\s+"
                         r"(?:уничтожен|знищен)\w*|"
                         r"(?<![\w'’])(?:уничтожен|знищен)\w*\s+(?:[\w'’-]+\s+){0,3}?(?:силами|средствами|засобами)\s+"
                         r"(?:ПВО|ППО)|"
                         # ... or by the ministry quoted ("Мінобороны рф: «уничтожено 76 БПЛА»")
                         r"(?:міноборони|мінобороны|минобороны|МО\s+рф)[^.!?\n«„“]{0,40}[«„“]\s*"
                         r"(?:уничтожен|знищен)|"
                         # ... or by the air force or a governor, whose counts are of things downed ("За даними
                         # Повітряних сил, знищено 58 шахедів", "Губернатор …: «Уничтожено около 10 БПЛА»")
                         # ("ПС: знищено 102 ракети": the air force abbreviated before a colon)
                         r"(?<![\w'’])(?:Повітрян\w+\s+сил|ПС\s+ЗСУ|ПС(?=\s*:)|губернатор)\w*[^.!?\n]{0,40}?(?<![\w'’])"
                         r"(?:знищен|уничтожен)\w*", _F)
_NOT_DOWNED = re.compile(r"(?<![\w'’])не\s+(?:бул[аио]?\s+)?(?:збит|сбит|перехопл|перехвач)", _F)
# ... or destroyed with their debris told in the same sentence: what falls as debris was downed in the air (a governor's
# "Уничтожены три БПЛА, обломками вызвано возгорание"), not destroyed on the ground
_DESTROYED_WITH_DEBRIS = re.compile(r"(?<![\w'’])(?:знищен|уничтожен)\w*"
                                    r"(?=[^.!?\n]*?(?<![\w'’])(?:обломк|уламк|уламоч))", _F)


def _downed_in_the_air(text: str, spans: list[tuple[int, int]], language: str) -> list[tuple[int, int]]:
    """The sentences of ``spans`` that say things were downed in the air (not destroyed on the ground), when a number
    states how many (not "було збито … приблизно 20-25 дронів", one by the verb alone); else none."""
    air = [(start, end) for start, end in spans
           if (_AIR_DOWNED.search(text, start, end) or _DESTROYED_WITH_DEBRIS.search(text, start, end))
           and not _NOT_DOWNED.search(text, start, end)]
    if _stated(text, air, language):
        return air
    # ("… русня запустила по Україні 145 шахедів … ППО збила 72.": a bare count's weapon is the one the sentence
    # before it names)
    wider = sorted({*air, *(spans[number - 1] for number, span in enumerate(spans) if number and span in air)})
    return wider if len(wider) > len(air) and _stated(text, wider, language) else []


def _stated(text: str, spans: list[tuple[int, int]], language: str) -> bool:
    return any(len(text[start:end].split()) == 1 for start, end in (each.span for each in tally(text, spans,
                                                                                               language).items))


def _in_free_ukraine(code: str | None) -> bool:
    return bool(code) and str(code).startswith("UA-") and code not in HELD_BY_RUSSIA


def _without_ukraine(report: Report) -> Report:
    """``report`` without the places in Ukraine outside the land Russia holds."""
    provenance = dict(report.provenance)
    if "regions" in provenance:
        provenance["regions"] = [code for code in provenance["regions"] if not _in_free_ukraine(code)]
    if report.location is None or not _in_free_ukraine(report.location.admin1_code):
        return replace(report, provenance=provenance)
    spans = {key: value for key, value in report.spans.items() if key != "location"}
    return replace(report, location=None, spans=spans, provenance=provenance)


def _aimed_at(text: str, language: str, context: PostContext, claimant: str | None, when: When | None,
              downed: list[Report]) -> list[Report]:
    """The energy objects the things downed were headed for (.aimed): an attack on each, intercepted, where the
    tally places the downing."""
    actor = "RU" if language == "uk" else "UA"
    where = next((report.location for report in downed if report.location), None)
    return [_base(context, text, claimant, when, stance=_stance(claimant, actor), actor=actor, location=where,
                  target=Target(category=category, name=text[start:end]), weapon=_weapon(text), outcome="intercepted",
                  event="strike", spans={"target": [start, end]}) for category, (start, end) in aimed_energy(text)]


def _stance(claimant: str | None, actor: str) -> str:
    """A strike's stance: a party telling of its own strike acknowledges it, of the other side's alleges it; a
    channel of no party reports it."""
    return ("acknowledges" if claimant == actor else "alleges") if claimant else "reports"


def _renumber(report: Report, new_id: str) -> Report:
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
    if not found.total and not (language == "uk" and DEFENCE_AT_WORK.search(text)):
        return []
    # where things were downed: the sentences that say so, without the clause naming what was aimed at
    # (and a list of regions with no verb after them: "… збито 230 дронів … Брянська, Калузька та Смоленська
    # області.")
    # (and a sentence adding to a count with the verb left out: "Ещё 3 — над акваторией Чёрного моря")
    downed = [span for span in spans if DESTROYED.search(text[span[0]:span[1]]) or any(
        span[0] <= item.span[0] < span[1] for item in found.items)] or spans
    if downed != spans:
        opening = downed[0][0]
        downed = sorted({*downed, *[(start, end) for start, end in spans if start > opening
                                    and not has_verb(text[start:end], language)
                                    and _UNITS_LISTED.search(text, start, end)]})
    if downed != spans:  # ... and where the tally says things fell or hit ("Влучання у Києві, Харкові …")
        opening = downed[0][0]
        downed = sorted({*downed, *[(start, end) for start, end in spans if start > opening
                                    and HIT_AFTER.search(text, start, end)]})
    places = _tally_places(text, language, downed, settlements=False)
    if not places:  # "атаку по объектам на территории Московской области. Все БПЛА подавлены"
        places = find_places(text, language, settlements=False)
    if not places:  # "над Воронежем … ПВО уничтожили три беспилотника", "ППО працює у Києві, збито вже 10 шахедів"
        places = towns_over(text, _tally_places(text, language, downed, settlements=True))
    if not places:  # "атаковали БПЛА самолетного типа г. Брянск. Один беспилотник подавлен …"
        places = towns_over(text, find_places(text, language))
    if not places and any(_OVER_THE_OBLAST.search(text, *span) for span in downed):
        # "Одещина … ППО поклали над областю 11 шахедів": the one region the post names, which "the oblast" refers to
        named = find_places(text, language)
        places = named if len({place.code for place in named}) == 1 else []
    unique: list[Place] = []
    for place in places:
        if place.code not in {each.code for each in unique}:
            unique.append(place)
    accused = "RU" if language == "uk" else "UA"
    reports: list[Report] = []
    if not found.total:
        # "сили ППО знищили всі ворожі цілі. Уламки впали у Вишгородському районі", "ППО працює по столиці. … уламки
        # збитого дрона впали": air defence at work where the post says, with no count
        if not unique:
            return []
        return [_tally_report(context, text, claimant, when, accused, _weapon(text) or "drone", None, unique[0],
                              [each.code for each in unique[1:]])]
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


# a tally's "над областю" (over the oblast) with no oblast named in its sentence
_OVER_THE_OBLAST = re.compile(r"(?<![\w'’])(?:над|по|в|у)\s+(?:всією\s+|усією\s+)?(?:областю|області|регіоном|"
                              r"регіоні)(?![\w'’])", re.IGNORECASE)


def _tally_places(text: str, language: str, downed: list[tuple[int, int]], *, settlements: bool) -> list[Place]:
    """The places named in a tally's sentences ``downed``, without the clause naming what was aimed at."""
    places: list[Place] = []
    for start, end in downed:
        sentence = _TARGET_CLAUSE.sub(lambda match: " " * len(match.group(0)), text[start:end])
        for place in find_places(sentence, language, settlements=settlements):
            places.append(Place(place.code, (start + place.span[0], start + place.span[1]), place.location))
    return places


# a tank farm or tanks ("горить резервуарний парк", "горять резервуари") in a post that names one refinery or
# pumping station elsewhere: that object's tanks, so the object is the target (the lexicon reads "резервуарный парк
# НПС «Тихорецкая»" so when the object follows the tanks)
_TANKS = re.compile(r"(?<![\w'’])(?:резервуар|резервуарн)\w*", re.IGNORECASE)
_TANKS_BELONG_TO = frozenset({"energy.oil.refinery", "energy.oil.pumping_station"})


def _tanks_of_the_named(text: str, report: Report) -> Report:
    """``report`` with the target of the one refinery or pumping station the post names when its own target is oil
    storage named by its tanks ("вийшли прямо на Саратовський НПЗ … горить резервуарний парк")."""
    span = report.spans.get("target")
    if report.target is None or report.target.category != "energy.oil.storage" or not span or not _TANKS.match(
            text, span[0]):
        return report
    owners = [(category, match) for category, match in energy_mentions(text) if category in _TANKS_BELONG_TO]
    if len({category for category, _ in owners}) != 1:
        return report
    category, match = owners[0]
    spans = {**report.spans, "target": [match.start(), match.end()]}
    return replace(report, target=Target(category=category, name=_object_name(text, match)), spans=spans)


def _only_generic(text: str, sentences: list[tuple[int, int]]) -> bool:
    """Whether the energy objects the sentences name are all the sector's general words (category ``energy``)."""
    return all(category == "energy" for start, end in sentences for category, _ in energy_mentions(text[start:end]))


def _denial(text: str, language: str, context: PostContext, claimant: str | None, when: When | None,
            span: tuple[int, int]) -> Report:
    """A denial: the claimant says the strike others report did not happen (or was not its side's)."""
    mentions = energy_mentions(text)
    actor = claimant or striking_side(text, span[0], language, default="RU" if language == "ru" else "UA")
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
                  weapon: str, count: int | None, place: Place | None, more_regions: list[str]) -> Report:
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
    post_places = outside_retaliation(text, find_places(text, language))  # not "Ответ за Белгород." (.retaliation)
    whole_post = post_places
    if kind == "strike_on_russia":
        # "звідки рф запустили ракету по Дніпру": a place the other side struck, named to explain this strike
        post_places = [place for place in post_places
                       if not _STRUCK_BY_RUSSIA.search(text[max(0, place.span[0] - 90):place.span[0]])
                       and not _THEIR_WEAPONS_AFTER.match(text, place.span[0])]
    if language == "uk" and kind in ("strike_on_russia", "russian_strike", "summary"):
        post_places = _event_places(text, language, spans, post_places)
        if context.published_at is not None:
            post_places = _not_history(text, spans, post_places, context.published_at.date())
        if any(place.code == "UA-40" for place in post_places) and not _crimean_town(text, language):
            # "у м. Севастополь тимчасово окупованого Криму": the peninsula named around Sevastopol, which lies
            # on it, is no second place struck (a town of the Republic of Crimea still is)
            post_places = [place for place in post_places
                           if not (place.code == "UA-43" and _PENINSULA.match(text, place.span[0]))]
    post_weapon = _weapon(text)
    named_objects = [(start, end) for start, end in spans
                     if energy_mentions(text[start:end]) and not words.energy_not_a_claim.search(
                         without_truce_conceded(text[start:end]))]
    claimed = [(start, end) for start, end in named_objects
               if not (language == "uk" and recalled(text, start + len(text[start:end]) - len(
                   text[start:end].lstrip())))]
    if not claimed and named_objects and spans and (recalled(text, spans[0][0]) or _only_recalls(text, language)):
        # "Нагадаю, якщо хтось проспав вихідні: в ніч на суботу наші птахи навідались на Ільський НПЗ": a post that
        # opens by recalling and names no other object tells the recalled strike as its news; so does one whose
        # only strike is the one it recalls, the fire it left aside ("Пролетарськ досі палає. Нагадаю: нафтобазу
        # атакували в ніч на неділю")
        claimed = named_objects
    chosen = [(start, end) for start, end in claimed if words.attack.search(text[start:end])]
    if not chosen and claimed and kind in ("strike_on_russia", "russian_strike"):
        chosen = claimed[:1]  # "Кропоткінська НПС ... . Станція була атакована": the object, then the attack
    elif chosen and kind in ("strike_on_russia", "russian_strike") and _only_generic(text, chosen):
        # "У Луганську прилетіло по нафтобазі … Пасечник: «… удар по объекту топливной инфраструктуры»": an
        # official's general words ("объект энергетики", "топливной инфраструктуры") name the object the post
        # names by its kind, in a sentence whose verb of striking the attack words do not list
        specific = [(start, end) for start, end in claimed
                    if not _only_generic(text, [(start, end)])][:1]
        chosen = sorted({*chosen, *specific})
    if not chosen and claimed and kind == "summary" and (language == "uk" or month_review(text)):
        chosen = claimed  # "Жовтень: підсумки … НПЗ: Саратов, Кстово …": a review lists the objects struck
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
        mentions = energy_mentions(sentence)
        described = described_only(sentence, [match.start() for _, match in mentions], language)
        for category, match in mentions:
            if match.start() in described:
                continue  # "Там де нафтопровід «Дружба» качає нафту, … прилетіло по НПС": the place told (.described)
            position = start + match.start()
            named = re.search(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\s*$", sentence[:match.start()])
            if elsewhere(sentence, named.start() if named else match.start()):
                continue  # "у напрямку Нижньогородської області (район Кстовського НПЗ)": only where drones flew
            actor = striking_side(text[start:end], match.start(), language, writer=claimant)
            place = _object_place(sentence, match, language, start) or (post_places[0] if post_places else None)
            if place is not None and whole_post and place.code not in {each.code for each in whole_post}:
                # a town the whole post reads as a namesake in a region it names is read so in its sentence too
                # ("… в Гвардійському під Сімфом … «горит нефтебаза в Гвардейском»": Crimea's, not Kaliningrad's)
                namesake = namesake_among(text[place.span[0]:place.span[1]], language,
                                          [each.code for each in whole_post])
                if namesake is not None and namesake.admin1_code:
                    place = Place(namesake.admin1_code, place.span, town_location(namesake))
            name = _object_name(sentence, match)
            rest = re.match(r"\w*", sentence[match.end():])  # the span ends with the word, not the stem
            word_end = start + match.end() + (len(rest.group(0)) if rest else 0)
            reports.append(_strike_report(context, text, claimant, when, actor, language, category, name,
                                          place, _weapon(sentence) or post_weapon, sentence, (position, word_end)))
    reports = [_tanks_of_the_named(text, report) for report in reports]
    if any(report.target and report.target.category != "energy" for report in reports):
        # "атаковал объекты энергетики ... удар по НПС «Кропоткинская»": the named object is the same attack
        reports = [report for report in reports if not (report.target and report.target.category == "energy")]
    if kind == "summary" and language != "uk" and not month_review(text):
        return reports  # a digest of the MoD's own posts: its energy claims (a blogger's review names places, in
        # Russian too: "Сентябрь: итоги месяца по ударам наших дронов. Поражены НПЗ в Саратове, Волгограде …")
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
_PENINSULA_WORD = re.compile(r"(?<![\w'’])(?:Крим|Крым)(?!ськ|ск)\w*", re.IGNORECASE)


def _crimean_town(text: str, language: str) -> bool:
    """Whether the post names a place of Crimea besides the peninsula itself ("Десять днів Криму … • Саки — Су-24 …
    • Севастополь — …": Saky is Crimea's, beside Sevastopol)."""
    blanked = _PENINSULA_WORD.sub(lambda match: " " * len(match.group(0)), text)
    # (nor its adjective, "Кримські новини": the peninsula's news, not a town of it)
    return any(place.code == "UA-43" and not _PENINSULA.match(blanked, place.span[0])
               for place in find_places(blanked, language))


def _event_places(text: str, language: str, spans: list[tuple[int, int]], places: list[Place]) -> list[Place]:
    """The places named where the post tells its strike (:func:`_telling`, the headline included); the other
    sentences name background (where drones came from, what a place is known for, other news). All places
    when none of those sentences names one."""
    carrying = _telling(text, language, spans, headline=True)
    kept = [place for place in places if any(start <= place.span[0] < end for start, end in carrying)]
    whole = _whole_sentences(text, spans)
    if kept and whole and whole[0] not in _telling(text, language, spans, headline=False):
        kept = told_in_the_body(text, language, whole[0], carrying, kept)  # (.headline_places)
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
    marks += [match.start() for _, match in energy_mentions(text)]
    marks += [match.start() for match in _HARM.finditer(text)]
    carrying: list[tuple[int, int]] = []
    previous = False
    whole = _whole_sentences(text, spans)
    for number, (start, end) in enumerate(whole):
        sentence = text[start:end]
        # (an emoji closing it closes it as a mark does: "У Криму — черги на АЗС, у Москві — ціни 🚀" is whole)
        cut = (number == len(whole) - 1 and len(sentence.strip()) <= _CUT_REACH
               and not re.search(r"(?:[.!?…:;)»\"]|[\U0001F300-\U0001FAFF\u2600-\u27BF])\W*$", sentence))
        carries = ((headline and number == 0) or any(start <= mark < end for mark in marks)
                   or struck_object(sentence, language) is not None
                   # (also a lead-in that opens the list: "Січень: полювання на аеродроми … За місяць наші
                   # відвідали:" passes the strike on to the items)
                   or (previous and (cut or _LIST_ITEM.match(sentence) is not None or sentence.rstrip().endswith(":"))))
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
    for facility, listed in facility_mentions(sentence):
        if listed.start() <= match.start() < listed.end():  # "Слов'янський НПЗ": a refinery the data lists
            return Place(facility.region, (offset + listed.start(), offset + listed.end()),
                         admin1_location(facility.region))
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
    spans: dict[str, list[int]] = {}
    if span:
        spans["target"] = list(span)
    if place:
        spans["location"] = list(place.span)
    return _base(context, text, claimant, when, stance=_stance(claimant, actor), actor=actor,
                 location=place.location if place else None,
                 target=Target(category=category, name=name) if category else None,
                 weapon=weapon, outcome=outcome, event="strike", spans=spans)
