"""Interception tallies in the official formulae: how many drones, missiles or bombs were downed, and where.

"Дежурными средствами ПВО уничтожены 22 БпЛА, из которых 15 над территорией Брянской области ...": the
stated total wins over its breakdown; "Семнадцать уничтожены ... Еще одиннадцать подавлены" adds up; "Все
БПЛА уничтожены" takes the number the attack was announced with; a singular verb without a number is one.
Counts are kept per weapon and, where the text pairs them, per region.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from trucewatch.nlp.slavic.downed_uk import AIR_DEFENCE_WORKED_OFF, MINUS_TALLY
from trucewatch.nlp.slavic.morph import number_word
from trucewatch.nlp.slavic.reposted import elided_downing

_F = re.IGNORECASE
# an attack of a count of drones repelled, a mayor's formula, also quoted in a Ukrainian post ("Отражена атака
# четырёх БПЛА, летевших на Москву"; not "Отражена атака беспилотников на …", which tells no count, nor "при отражении
# атаки")
# (... or the attack, then its count destroyed: "отражена атака БПЛА, уничтожено 6 беспилотников")
REPELLED_COUNT = (r"(?<!\w)отраж[её]н[аоы]?\s+атак\w*\s+(?:(?:БПЛА|БпЛА|беспилотник\w*)\s*,\s+"
                  r"(?:уничтожен[оы]?|сбит[оы]?|перехвачен[оы]?)\s+)?(?:\d+|[а-яё]+(?:и|ух|ех|ёх|ми|ти|ати))\s+"
                  r"(?:[а-яё]+\s+)?(?:БПЛА|БпЛА|беспилотник\w*|дрон\w*)")
DESTROYED = re.compile(r"уничтож|перехвач|перехват(?!чик)|подавл|подавив|подавил|\bсбит|\bсбил|збит|збил|збивал|"
                       r"\bсбивал|знищ|перехопл|посадил|"
                       # ("поклали 20 шахедів"; not "наші дрони поклали Туапсинський НПЗ", a strike on an object)
                       r"(?<![\w'’])поклал[аи]?(?![\w'’])(?!\s+(?:[\w'’-]+\s+){0,2}(?:НПЗ|нафто|підстанці|"
                       r"завод|склад|аеродром|ТЕЦ|ТЕС|депо|порт))|знешкод|потерпел\w*\s+крушени|"
                       + AIR_DEFENCE_WORKED_OFF + "|" + REPELLED_COUNT, _F)
_SINGULAR = re.compile(r"(?:уничтожен|перехвачен|подавлен|сбит|збит|знищен|перехоплен)[ао]?\b", _F)
_ADDING = re.compile(r"^\W*(?:[Ее]щ[её]|Також|Кроме\s+того|Крім\s+того|Ще|Также|Третий|Четв[её]ртый)\b", _F)
_BREAKDOWN = re.compile(r"из\s+которых|в\s+том\s+числе|из\s+них|з\s+них|з\s+яких|:\s", _F)
# a count's own place, closed before the next count ("два БПЛА над территорией Брянской области, один …"; not a total's
# "над территориями …" nor "семь … над территорией Белгородской области (1 БПЛА) и Воронежской области (6 БПЛА)")
_OWN_PLACE = re.compile(r"\bнад\s+(?:территорией|акваторией)\s[^()]*$", _F)
_ALL = re.compile(r"\b(?:все|всі)\b", _F)
# the place over which a count was downed opening its clause, the weapon and the verb left out ("…, над Брянским
# районом — 5")
_OVER_ELIDED = re.compile(r"(?:^|[,;]\s*|\s(?:и|і|та|а)\s+)над\s+[^,;:.!?—–-]+\s*$", _F)
# more downed than the sentence before counted, over another place ("Ещё 3 — над акваторией …", "Над Волгоградской и
# Саратовской ещё 16")
_MORE = re.compile(r"(?<![\w'’])(?:ещё|еще|ще)\s+\d", _F)
_OVER = re.compile(r"(?<![\w'’])над\s", _F)
# a sentence whose count is over one region alone ("Два БПЛА … потерпели крушение над территорией Брянской области.
# Два БПЛА … уничтожены … над территорией Московской области."): two such sentences add up, the second is no breakdown
_ONE_PLACE = re.compile(r"\bнад\s+(?:территорией|акваторией)\s+[А-ЯЁ]\w+\s+(?:области|края|республики|моря)\b"
                        r"(?!\s*(?:\(|,|и\s|і\s|та\s))", _F)
_WEAPON_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("drone", re.compile(r"^(?:БПЛА|БпЛА|беспилот\w*|безпілот\w*|дрон\w*|беспилотник\w*|ударн\w+|"
                         r"украинск\w+|ворож\w+|аппарат\w*|шахед\w*|самолетн\w+|"
                         # (the Shaheds by their nicknames: "55 «мопедів»", "20 гераней")
                         r"мопед\w*|геран\w*)$", _F)),
    ("missile", re.compile(r"^(?:ракет\w*|ПКР|ОТР|снаряд\w*|реактивн\w+|противорадиолокационн\w+|"
                           # (the missiles by their names: "2 «Калібри»", "три Кинджали", "5 Іскандерів")
                           r"калібр\w*|калибр\w*|кинджал\w*|кинжал\w*|іскандер\w*|искандер\w*|циркон\w*|"
                           r"крылат\w+|управляем\w+|авиационн\w+|баллистическ\w+|оперативно-тактическ\w+)$", _F)),
    ("aerial_bomb", re.compile(r"^(?:бомб\w*|авиабомб\w*|КАБ\w*|УАБ\w*)$", _F)),
)
# a weapon in the nominative or accusative singular, with no number before it
_ONE_NAMED: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("drone", re.compile(r"(?<![\w-])(?:беспилотный\s+летательный\s+аппарат|беспилотник)(?!\w)", _F)),
    ("missile", re.compile(r"(?<![\w-])ракет[ау](?!\w)", _F)),
    ("aerial_bomb", re.compile(r"(?<![\w-])авиабомб[ау](?!\w)", _F)),
)
# adjectives the drone pattern matches that say nothing of the kind ("ударні", "украинских", "управляемые"): read past
_VAGUE_DRONE_WORD = re.compile(r"^(?:ударн|украинск|управляем|авиационн)", _F)
# (a number's thousands may be set apart by a space, as Russian and Ukrainian print them: "сбито 1 104 беспилотника")
_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,:]\d)|\d+|[А-ЯЁІЇЄҐа-яёіїєґA-Za-z'’-]+|\S")
_THOUSANDS_SPACE = re.compile(r"[ \u00a0\u202f]")


@dataclass
class Tally:
    weapon: str
    count: int
    span: tuple[int, int]
    region_span: tuple[int, int] | None = None


@dataclass
class Tallies:
    total: dict[str, int] = field(default_factory=dict)
    items: list[Tally] = field(default_factory=list)  # the counts the totals were summed from


def _weapon_of(words: list[str]) -> str | None:
    """The weapon the words after a number name ("украинских беспилотных летательных аппарата"); the number
    launched after "з" / "із" / "из" is read past ("36 із 43 крилатих ракет"), another number ends the search."""
    for index, word in enumerate(words):
        if word.isdigit() and not (index and _OUT_OF.match(words[index - 1])):
            break  # "Станом на 09:00 збито 96 БпЛА": the hour's weapon is none
        for weapon, pattern in _WEAPON_WORDS:
            if pattern.match(word):
                if weapon == "drone" and _VAGUE_DRONE_WORD.match(word):
                    continue  # adjectives that say nothing of the kind: read on
                return weapon
        if re.match(r"^(?:и|і|та|над|–|-|—|,|\(|\))$", word):
            break
    return None


def _weapons_named(words: Iterable[str]) -> set[str]:
    """The kinds of weapon the words name (``_WEAPON_WORDS``), not counting adjectives that say nothing of the kind
    (``_VAGUE_DRONE_WORD``)."""
    return {kind for word in words for kind, pattern in _WEAPON_WORDS
            if pattern.match(word) and not (kind == "drone" and _VAGUE_DRONE_WORD.match(word))}


# "36 із 43 ракет", "22 з 30 шахедів": the count downed out of the count launched
_OUT_OF = re.compile(r"^(?:з|із|зі|из)$", _F)
# "ще 80 — локаційно втрачені", "ще 128 локаційно втрачено": lost on radar, not downed
_LOST = re.compile(r"^(?:локаційно|локационно|втрачен\w*|потерян\w*)$", _F)
# "87 з 104 повітряних цілей": the air force's word for what it counts
_AIR_TARGETS = re.compile(r"^(?:цілей|цілі|ціль|целей|цели|цель)$", _F)
# ... unless suppressed, or electronic warfare named as what lost them
_SUPPRESSED = re.compile(r"^(?:подавл\w*|РЕБ(?:ом|у|а)?|радіоелектронн\w*|радиоэлектронн\w*)$", _F)


# a count right after a word of downing, with no weapon named ("Збито — 88, ще 128 локаційно втрачено", "Збито — 74
# (північ, схід)"; two joined by a slash, "Збито/подавлено 87")
_BARE_COUNT = re.compile(r"(?:збито|знешкоджено|знищено|перехоплено|уничтожен[оы]|сбит[оы])(?:\s*/\s*[а-яіїє]+)?"
                         r"\s*[—–:-]?\s*(\d+)"
                         # (... or a dash or a colon before where they were downed: "Збито 57 — на Сумщині", "знищено
                         # 29: над Одещиною"; not an hour, "09:00")
                         r"(?!\s*\d|\s*:\s*\d)(?=\s*[,.;!(]|\s*[—–:-]\s*(?:на|над|у|в)\s|\s*$)", _F)


# "и по одному – над территориями Курской и Брянской областей": so many for each place listed after it
_EACH = re.compile(r"(?<![\w'’])по\s+$", _F)
_LIST_SEPARATOR = re.compile(r"\s*,\s*|\s+(?:и|і|та|а\s+также)\s+", _F)
_LIST_END = re.compile(r"[.;:!?\n]")


def _places_listed(sentence: str, position: int, language: str) -> int:
    """How many places the list after a distributive count names ("по одному – над территориями Тамбовской,
    Тульской и Московской областей": three), up to the next count or the end of the sentence; at least one."""
    end = _LIST_END.search(sentence, position)
    tail = sentence[position:end.start() if end else len(sentence)]
    listed = 0
    for part in _LIST_SEPARATOR.split(tail):
        words = _TOKEN.findall(part)
        if any(word.isdigit() or number_word(word, language) is not None for word in words):
            break  # "…, два – над территорией Тверской области": the next count
        listed += any(word[:1].isupper() and word[1:].islower() for word in words)  # a name, not "БПЛА"
    return max(listed, 1)


def _time(hour: re.Match[str], colon: re.Match[str], minutes: re.Match[str]) -> bool:
    """Whether three tokens are a time of day written together ("09:00")."""
    return (hour.group(0).isdigit() and colon.group(0) == ":" and minutes.group(0).isdigit()
            and hour.end() == colon.start() and colon.end() == minutes.start())


# a count of weapons launched, not downed: after a verb of launching or attacking ("ворог запустив 87 шахедів",
# "противник атакував 340 шахедами", "запустили по Україні 539 дронів"), or after "з" opening the phrase ("з 22 шахедів
# наші ППОшники збили 20"); a few words may stand between, none a number or a word of downing
_LAUNCHED = re.compile(r"^(?:запустив|запустила|запустили|запущено|випустив|випустила|випустили|атакував|атакувала|"
                       r"атакували|застосував|застосувала|застосували|застосовувал\w*|застосовано|направив|направила|"
                       r"направили|летіло|летіли|летів|летіла|запустил|выпустил|выпустила|выпустили|атаковал|атаковала|"
                       r"атаковали)$", _F)
_LAUNCH_REACH = 4
# ... or said to have been so many in all ("загалом було 31 шахед", "всего было 40 дронов")
_WERE = re.compile(r"^(?:було|були|было|были)$", _F)
_IN_ALL = re.compile(r"^(?:загалом|усього|всього|всего|итого|разом)$", _F)
# a count downed told by the adjective alone ("11 збитих", "74 сбитых", "хвалиться 146 «сбитыми»", the other side's
# word in quotation marks): the drones officials count, not aircraft
_DOWNED_ADJECTIVE = re.compile(r"^(?:збитих|сбитых|збитi|збиті|сбитые|збитими|сбитыми)$", _F)
_OPENING_QUOTE = frozenset("«\"„“")
_AIRCRAFT = re.compile(r"^(?:літак|самол[её]т|гелікоптер|вертол|винищувач|истребител|бомбардувальник|Су-|Ту-|Мі-|Ка-)",
                       _F)


def _launched(tokens: list[re.Match[str]], index: int, language: str, earlier: set[int]) -> bool:
    """Whether the number at ``index`` counts weapons launched (``_LAUNCHED``, or "з" before it opening the phrase, or
    a count launched at ``earlier`` before it: "запустив 87 шахедів і 6 ракет")."""
    if _elided_out_of(tokens, index):
        return False  # "з 109 шахедів — 99": downed, the verb left out
    before = tokens[index - 1].group(0) if index else ""
    if _OUT_OF.match(before) and not (index >= 2 and (tokens[index - 2].group(0).isdigit() or number_word(
            tokens[index - 2].group(0), language) is not None or _weapon_word(tokens[index - 2].group(0)))):
        return True  # "з 22 шахедів …" (not "20 з 22", nor "шахедів з 22", the count downed before it)
    if index >= 2 and _WERE.match(before) and _IN_ALL.match(tokens[index - 2].group(0)):
        return True  # "загалом було 31 шахед, 23 збили": the attack's size
    for back in range(index - 1, max(-1, index - 1 - _LAUNCH_REACH), -1):
        word = tokens[back].group(0)
        if _LAUNCHED.match(word) or (back in earlier and not (
                index + 1 < len(tokens) and DESTROYED.match(tokens[index + 1].group(0)))):
            return True  # (not "загалом було 31 шахед, 23 збили": a count with its own word of downing after it)
        if word.isdigit() or DESTROYED.match(word) or word in ".!?;":
            break
    return _launched_after(tokens, index)


# ... or before a passive of launching after the counts it joins ("465 ударних дронів і 32 ракети запущено, знищено
# 405 шахедів"), no word of downing nor a mark of a clause between
_LAUNCHED_AFTER = re.compile(r"^(?:запущено|випущено|запущені|випущені|выпущено|запущены|выпущены)$", _F)
_LAUNCHED_AFTER_REACH = 8


def _launched_after(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether a passive of launching follows the number at ``index`` within its clause (``_LAUNCHED_AFTER``)."""
    for ahead in range(index + 1, min(len(tokens), index + 1 + _LAUNCHED_AFTER_REACH)):
        word = tokens[ahead].group(0)
        if _LAUNCHED_AFTER.match(word):
            return True
        if DESTROYED.match(word) or word in ".!?;,:—–":
            return False
    return False


def _in_range(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the number at ``index`` opens or closes a span of numbers written with a dash ("20-25", "7–8")."""
    def joined(first: int) -> bool:
        return (first >= 0 and first + 2 < len(tokens) and tokens[first].group(0).isdecimal()
                and tokens[first + 1].group(0) in ("-", "–", "—") and tokens[first + 2].group(0).isdecimal()
                and tokens[first].end() == tokens[first + 1].start()
                and tokens[first + 1].end() == tokens[first + 2].start())
    return joined(index) or joined(index - 2)


def _weapon_word(word: str) -> bool:
    """Whether ``word`` names a weapon counted (``_WEAPON_WORDS``)."""
    return any(pattern.match(word) for _, pattern in _WEAPON_WORDS)


def _out_of_after_weapon(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the number at ``index`` is the count launched after "з" / "із", the count downed and its weapon just
    before it ("58 шахедів з 72 збито", "20 ракет із 25")."""
    return index >= 3 and _OUT_OF.match(tokens[index - 1].group(0)) is not None and (
        tokens[index - 3].group(0).isdecimal()) and _weapon_of([tokens[index - 2].group(0)]) is not None


def _counts(sentence: str, language: str, base: int, launched: dict[str, int] | None = None,
            before: dict[str, int] | None = None, carried: str | None = None) -> list[Tally]:
    """The counts downed a sentence gives; the counts launched it gives go to ``launched`` (per weapon) when given.
    ``before``: the counts of the attack the post's earlier sentences announced, whose one weapon a count with none
    named is of ("Мовляв, усі 9 збили" after "ЗСУ дев'ятьма дронами пытались атаковать"). ``carried``: the weapon the
    sentence before counted downed, when this one adds more of it ("Ещё 3 — над акваторией Чёрного моря")."""
    tokens = list(_TOKEN.finditer(sentence))
    found: list[Tally] = []
    earlier: set[int] = set()
    index = 0
    while index < len(tokens):
        token = _THOUSANDS_SPACE.sub("", tokens[index].group(0))
        value: int | None = int(token) if token.isdecimal() and len(token) <= 4 else number_word(token, language)
        if value is None or (index >= 2 and _time(tokens[index - 2], tokens[index - 1], tokens[index])):
            index += 1  # not a number, or the minutes of a time ("Станом на 08:30 збито 63 БпЛА")
            continue
        if index + 2 < len(tokens) and _time(tokens[index], tokens[index + 1], tokens[index + 2]):
            index += 1  # the hour of a time ("Станом на 09:00 збито 96 БпЛА"; not "18.05: 273 ударні БпЛА")
            continue
        if index >= 2 and _OUT_OF.match(tokens[index - 1].group(0)) and (
                tokens[index - 2].group(0).isdigit() or number_word(tokens[index - 2].group(0), language) is not None):
            index += 1  # the count launched ("36 із 43 ракет", "сорок два з п'ятдесяти"): the one before was downed
            continue
        if _out_of_after_weapon(tokens, index):
            index += 1  # "58 шахедів з 72 збито": the count launched after the count downed and its weapon
            continue
        if _in_range(tokens, index):
            index += 1  # "20-25 дронів": a span of counts, no exact one
            continue
        if launched is not None and _launched(tokens, index, language, earlier):
            earlier.add(index)
            weapon = _weapon_of([each.group(0) for each in tokens[index + 1: index + 6]])
            if weapon is not None:  # the attack's size, for a count downed with no weapon named after it
                launched.setdefault(weapon, value)
            index += 1
            continue
        start = tokens[index].start()
        # compound numerals: "двадцатью восемью", "сорок два"
        while index + 1 < len(tokens):
            nxt = number_word(tokens[index + 1].group(0), language)
            if nxt is None or nxt >= value:
                break
            value += nxt
            index += 1
        after = [each.group(0) for each in tokens[index + 1: index + 6]]
        if after[:1] == ["("]:
            # "30 (разом з імітаторами) подавив РЕБ": what follows the aside
            close = next((ahead for ahead in range(index + 1, min(len(tokens), index + 12))
                          if tokens[ahead].group(0) == ")"), None)
            if close is not None:
                after = [each.group(0) for each in tokens[close + 1: close + 6]]
        if len(after) > 1 and DESTROYED.match(after[0]) and _BY_EW.match(after[1]):
            after = after[:2]  # "ще 20 подавлено РЕБ 🛡 Ракет цього разу не було": the means closes the count's clause
        if any(_LOST.match(word) for word in after[:3]) and not any(
                _SUPPRESSED.match(each.group(0)) for each in tokens[index + 1: index + 7]):
            index += 1  # "ще 80 — локаційно втрачені": lost on radar, not downed ("… втрачені/подавлені РЕБ" are, and
            # "локаційно втрачені внаслідок дії РЕБ": lost to electronic warfare)
            continue
        weapon = _weapon_of(after)
        if weapon is None and any(_AIR_TARGETS.match(word) for word in after):
            # "ЗБИТО/ПОДАВЛЕНО 87 з 104 повітряних цілей …: усі — ударні БпЛА": targets, of the one weapon the sentence
            # names
            named = {kind for each in tokens for kind, pattern in _WEAPON_WORDS if pattern.match(each.group(0))}
            weapon = next(iter(named)) if len(named) == 1 else None
        if weapon is None and found and any(_LOST.match(word) for word in after[:3]):
            # "41 шахед збито, ще 30 локаційно втрачені внаслідок дії РЕБ": lost to electronic warfare, of the drones
            # just counted
            weapon = "drone" if any(each.weapon == "drone" for each in found) else found[-1].weapon
        if weapon is None and found and index and tokens[index - 1].group(0).lower() in ("ще", "ещё", "еще") and (
                index < 2 or tokens[index - 2].group(0) in _DASH):
            # "над Курською областю перехоплено 14 БПЛА, над Бєлгородською — ще 6": more of the weapon just counted
            weapon = found[-1].weapon
        last = found[-1].weapon if found else carried  # the weapon just counted, here or in the sentence before
        if weapon is None and last and index and tokens[index - 1].group(0) in _DASH and (
                _OVER_ELIDED.search(sentence, 0, tokens[index - 1].start())):
            # "Над Брянском уничтожено 7 БПЛА, над Брянским районом — 5, над Выгоничским — 4": a district's count, the
            # weapon and the verb left out
            weapon = last
        if weapon is None and carried and index and tokens[index - 1].group(0).lower() in ("ще", "ещё", "еще"):
            weapon = carried  # "… сбито 29 дронов. Над Волгоградской и Саратовской ещё 16."
        if weapon is None and after[:1] and after[0].lower() in ("–", "-", "—", "над") and last:
            # "16 – над акваторией Азовского моря", "8 над территорией Брянской" (and "… уничтожены 38 беспилотников …
            # Ещё 3 — над акваторией Чёрного моря")
            weapon = last
        if weapon is None and after[:1] and DESTROYED.match(after[0]) and found:
            # "девять БПЛА уничтожено и восемь перехвачено": the weapon just counted, with its own verb; those
            # suppressed by EW are drones when drones were counted ("збили 270 дронів і 2 ракети, ще 208 подавлено
            # РЕБом")
            weapon = "drone" if after[0].lower().startswith("подавл") and any(
                each.weapon == "drone" for each in found) else found[-1].weapon
        if after[:1] and after[0] in _OPENING_QUOTE:
            after = after[1:]  # (the word quoted: "337 «сбитых»")
        if weapon is None and after[:1] and _DOWNED_ADJECTIVE.match(after[0]) and not any(
                _AIRCRAFT.match(word) for word in after[1:3]):
            weapon = "drone"  # "собянін зізнався про 11 збитих", "нарахував 74 збитих над столицею": drones
        if weapon is None and _elided_out_of(tokens, index):
            # "з 127 ракет збито 102, з 109 шахедів — 99": the verb of downing left out after a count launched
            weapon = _weapon_of([tokens[index - 2].group(0)])
        pool = launched or before
        if weapon is None and pool and len(pool) == 1 and (
                (after[:1] and DESTROYED.match(after[0])) or _after_downing(tokens, index)
                or any(_AIR_TARGETS.match(word) for word in after[:2])):
            # "з 22 шахедів наші ППОшники збили 20, ще два подавлені РЕБом": the one weapon launched, in this sentence
            # or told before it ("ворог запустив 66 шахедів … ППО збила/подавила 57 цілей")
            weapon = next(iter(pool))
        if weapon is None and _after_downing(tokens, index) and (not after or not after[0][0].isalnum()):
            # "отражена атака беспилотников, сбито пять.": a count after its verb closing the clause, of the one
            # weapon its sentence names
            named = _weapons_named(each.group(0) for each in tokens)
            weapon = next(iter(named)) if len(named) == 1 else None
        if weapon is not None and value > 0 and start > 0 and _EACH.search(sentence, 0, start):
            value *= _places_listed(sentence, tokens[index].end(), language)  # "по одному – над Курской и Брянской"
        if weapon is not None and value > 0 and found and _of_them_downed(tokens, index, start, sentence):
            # "140 БпЛА, з них 104 збито або подавлено": the count before was of those launched
            launched_count = found.pop()
            if launched is not None:
                launched.setdefault(launched_count.weapon, launched_count.count)
        if weapon is not None and value > 0:
            found.append(Tally(weapon, value, (base + start, base + tokens[index].end())))
        index += 1
    return found


_DASH = frozenset("—–-")
_MINUS = re.compile(MINUS_TALLY, _F)  # the channel's "minus" for those downed (.downed_uk)


def _elided_out_of(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the number at ``index`` follows "з N <weapon> —", the verb of downing left out ("з 109 шахедів —
    99")."""
    return (index >= 4 and tokens[index - 1].group(0) in _DASH and _OUT_OF.match(tokens[index - 4].group(0)) is not None
            and tokens[index - 3].group(0).isdecimal() and _weapon_of([tokens[index - 2].group(0)]) is not None)


def _after_downing(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the count at ``index`` follows a word of downing, perhaps past the electronic warfare that did it ("з
    них збито або подавлено РЕБом 4 710")."""
    if index and DESTROYED.match(tokens[index - 1].group(0)):
        return True
    return index >= 2 and _BY_EW.match(tokens[index - 1].group(0)) is not None and DESTROYED.match(
        tokens[index - 2].group(0)) is not None


_BY_EW = re.compile(r"^(?:РЕБ(?:ом|у|а)?)$", _F)
_OF_THEM = re.compile(r"(?:з|із|из)\s+(?:них|яких|которых)\s*$", _F)


def _of_them_downed(tokens: list[re.Match[str]], index: int, start: int, sentence: str) -> bool:
    """Whether the count at ``index`` (starting at ``start``) follows "з них" and is the subject of a word of downing
    after it, with no word of downing before in its sentence: the count before it counted those launched."""
    return bool(_OF_THEM.search(sentence, max(0, start - 12), start)) and index + 1 < len(tokens) and bool(
        DESTROYED.match(tokens[index + 1].group(0))) and DESTROYED.search(sentence, 0, start) is None


def _more_over(sentence: str) -> bool:
    """Whether ``sentence`` adds a count over another place to the one before ("Ещё 3 — над акваторией …"), its one
    count (not a list of counts by region, "Над Ростовською 10, над Саратовською ще 12, …": the total broken down)."""
    return _MORE.search(sentence) is not None and _OVER.search(sentence) is not None and len(
        _NUMBER.findall(sentence)) == 1


_NUMBER = re.compile(r"(?<![\d.,:])\d+(?![\d.,:]\d)")


def tally(text: str, sentences: list[tuple[int, int]], language: str) -> Tallies:
    """Drones, missiles and bombs downed according to the post (``sentences``: spans in ``text``)."""
    result = Tallies()
    announced: dict[str, int] = {}
    stated: dict[str, int] = {}  # the latest stated total per weapon, against which breakdowns are checked
    stated_over_one: dict[str, bool] = {}  # whether that total was over one region alone
    told: set[str] = set()  # the weapons earlier sentences with no downing named, counted or not
    carried: str | None = None  # the one weapon the sentence before counted downed
    for start, end in sentences:
        sentence = text[start:end]
        more = _more_over(sentence)
        # ("Мінборони рф звітує за ніч: 149 дронів над Брянською …": the verb of downing left out, .reposted; "Ещё 3 —
        # над акваторией …" right after a count downed: more of it, the verb left out)
        downing = DESTROYED.search(sentence) is not None or elided_downing(sentence) or (
            _MINUS.search(sentence) is not None) or (carried is not None and more)
        launched: dict[str, int] = {}
        # (a count downed with no weapon after it is of the one weapon the attack was told with, its size given or
        # not: "Цієї ночі кацапи запускали шахеди … 20 збили наші ППО")
        before = dict(announced) or (dict.fromkeys(told, 0) if len(told) == 1 else {})
        counts = _counts(sentence, language, start, launched if downing else None, before, carried if more else None)
        weapons_downed = {each.weapon for each in counts} if downing else set()
        carried = next(iter(weapons_downed)) if len(weapons_downed) == 1 else None
        if not downing:
            told |= _weapons_named(_TOKEN.findall(sentence))
        for weapon, count in launched.items():
            announced.setdefault(weapon, count)
        if not downing:
            for each in counts:  # "атаку двадцатью восемью БПЛА": the attack's size, for "все уничтожены"
                announced.setdefault(each.weapon, each.count)
            continue
        if not counts:
            weapon = "drone" if re.search(r"БПЛА|БпЛА|беспилот|безпілот|дрон", sentence, _F) else "missile" \
                if re.search(r"ракет", sentence, _F) else "aerial_bomb" if re.search(r"бомб", sentence, _F) \
                else "drone"
            if _ALL.search(sentence) and weapon in announced:
                counts = [Tally(weapon, announced[weapon], (start, end))]
            elif _SINGULAR.search(sentence) and re.search(r"БПЛА|БпЛА|беспилот|безпілот|аппарат|дрон|ракет|бомб",
                                                           sentence, _F):
                counts = [Tally(weapon, 1, (start, end))]
            elif weapon in announced and re.search(r"пресечен", sentence, _F):
                counts = [Tally(weapon, announced[weapon], (start, end))]
            elif len(announced) == 1 and (bare := _BARE_COUNT.search(sentence)):
                # "273 ударні БпЛА та імітатори. Збито — 88": the count downed of the one weapon announced
                counts = [Tally(next(iter(announced)), int(bare.group(1)),
                                (start + bare.start(1), start + bare.end(1)))]
        counted = {each.weapon for each in counts}
        for weapon, named in _ONE_NAMED:
            # "один реактивный снаряд и украинский беспилотный летательный аппарат уничтожены": one of a weapon
            # named in the singular beside a counted one
            one = named.search(sentence) if counts and weapon not in counted else None
            if one is not None:
                counts.append(Tally(weapon, 1, (start + one.start(), start + one.end())))
        by_weapon: dict[str, list[Tally]] = {}
        for each in counts:
            by_weapon.setdefault(each.weapon, []).append(each)
        for weapon, items in by_weapon.items():
            first, rest = items[0], items[1:]
            # a total and its parts: "22 БпЛА, из которых 15 над …, 7 над …" (the breakdown word between the
            # total and its first part, or two or more parts summing to it); "один … над Белгородской и один
            # – над Курской" or "уничтожены: три БПЛА над …; два БПЛА над …" list counts to add up
            # (not when the first count has a place of its own: "два БПЛА над территорией Ростовской области, один …
            # и один …" is four, "пять … над территорией Курской области, три – …, по одному – над территориями
            # Орловской области и Республики Крым" ten)
            between = sentence[first.span[1] - start:rest[0].span[0] - start] if rest else ""
            sentence_total = first.count if rest and (
                (len(rest) > 1 and sum(each.count for each in rest) == first.count and not _OWN_PLACE.search(between))
                or _BREAKDOWN.search(between)
            ) else sum(each.count for each in items)
            parts = rest if rest and sentence_total == first.count and len(items) > 1 else items
            previous = stated.get(weapon)
            over_one = _ONE_PLACE.search(sentence) is not None
            adding = _ADDING.search(sentence) is not None or more
            if previous is not None and sentence_total <= previous and not adding and not (
                    over_one and stated_over_one.get(weapon)):
                # a breakdown of the total the post already gave: keep the regions, not a second count
                result.items.extend(parts)
                continue
            result.total[weapon] = result.total.get(weapon, 0) + sentence_total
            stated[weapon], stated_over_one[weapon] = sentence_total, over_one
            result.items.extend(parts)
    if not result.total:
        for weapon, count in announced.items():
            if re.search(r"пресечен\w*\s+(?:\w+\s+)?попытк", text, _F):
                result.total[weapon] = count
    return result
