"""Which side a post says struck: in either language, the side named nearest before the strike
(:func:`striking_side`); in a Ukrainian post, the enemy named with its verb or its weapon, a strike on Ukraine, or
a Ukrainian force named in the instrumental after a noun of striking (used by :mod:`trucewatch.nlp.slavic.kinds`
and :mod:`trucewatch.nlp.slavic.reader`)."""

from __future__ import annotations

import re

from trucewatch.geo.admin1 import CRIMEA, HELD_BY_RUSSIA
from trucewatch.geo.hostilities import held_by_ukraine_throughout
from trucewatch.nlp.place_choice import FULL_SCALE_INVASION
from trucewatch.nlp.slavic.lexicon import lexicon, raw_lexicon
from trucewatch.nlp.slavic.morph import parse
from trucewatch.nlp.slavic.places import Place
from trucewatch.nlp.slavic.reposted import in_officials_quote
from trucewatch.nlp.slavic.spans import sentence_around
from trucewatch.nlp.slavic.wording import ENEMY_GENITIVE, NOT_A_TARGET, ON_THE_EVE

# a town of the oblasts Russia holds in whole or part (HELD_BY_RUSSIA: a strike there may be either side's) that has
# lain clearly behind Ukraine's lines of contact since the full-scale invasion is Ukraine's
_TOWN_KM = 30.0  # a place told this closely is a settlement (a city spreads so far), not an oblast


def russian_side(place: Place) -> bool:
    """Whether a place lies in Russia or in an oblast of Ukraine Russia holds in whole or part, unless it is a
    settlement that has lain clearly on Ukraine's side of the line of contact since the invasion (Kramatorsk,
    Sloviansk, Zaporizhzhia)."""
    return place.code.startswith("RU-") or (place.code in HELD_BY_RUSSIA and not held_by_ukraine(place))


def held_by_ukraine(place: Place) -> bool:
    """Whether a place is a settlement that has lain clearly on Ukraine's side of the line of contact since the
    invasion."""
    where = place.location
    return (where.lat is not None and where.lon is not None and where.precision_km is not None
            and where.precision_km <= _TOWN_KM
            and held_by_ukraine_throughout(where.lat, where.lon, FULL_SCALE_INVASION))


def in_russia_or_crimea(place: Place) -> bool:
    """Whether a place lies in Russia or in Crimea (where a strike on Russia, as a post tells it, lands)."""
    return place.code.startswith("RU-") or place.code in CRIMEA

_F = re.IGNORECASE

# "удари рф" are the enemy's, "удари по росії" are not; "Новоросійську" holds no "російськ" of its own; the enemy
# before a passive ("бригади ЗС РФ було завдано удару") is not the one striking; the adjective "ударних БПЛА ворога"
# names the enemy's drones (struck), not its strike; "зс рф уразили …" and "атака російського безекіпажного катера"
# are the enemy's
RUSSIAN_STRIKE = re.compile(rf"(?:атак|удар(?!н)|обстріл)\w*\s+{NOT_A_TARGET}(?:\w+\s+)?{ENEMY_GENITIVE}|"
                            r"(?<![\w'’])(?:російськ|ворож)\w*\s+(?:\w+\s+){0,1}[«\"“„]?(?:атак|удар|обстріл|ракет|дрон|КАБ|авіабомб|шахед|"
                            r"балістик|катер|БЕК|артилері)|"
                            # the enemy's weapons in the instrumental ("атака БПЛА (Шахедами, Герберами …)")
                            r"(?<![\w'’])(?<!з\s)(?<!із\s)(?<!зі\s)(?:шахед|гербер|геран|іскандер|калібр|кинджал)\w*"
                            r"(?:ами|ями|ом|ем)(?![\w'’])|"
                            # ... or as the subject of a verb of hitting ("заявили, ніби «Шахеди» влучили в нашу
                            # техніку")
                            r"(?<![\w'’])(?:шахед|герані|іскандер|калібр|кинджал)\w*[»\"”]?\s+(?:\w+\s+)?"
                            r"(?:влучил|вдарил|уразил|атакувал|вгатил|гатил|лупил|прилетіл|поцілил)|"
                            # ... or after it ("Атакували шахеди, є влучання у приватний сектор")
                            r"(?<![\w'’])(?:влучил|вдарил|атакувал)\w*\s+(?:[\w'’]+\s+)?[«\"“]?"
                            r"(?:шахед|герані|іскандер|калібр|кинджал)\w*|"
                            r"(?:\b(?:рф|росія|росіяни|ворог|противник|окупанти|русня|рашисти|підари|орки|кацапи)|"
                            r"(?<![\w'’])(?:російськ|ворож)\w*\s+авіаці\w*)\s+"
                            r"(?:\w+\s+){0,3}(?:атакува|вдари|удари[лв]|завда(?!н)|обстріля(?!н)|нанесл|накрил|[ув]разил|влучил|поцілил|"
                            # (the channel's verbs of beating: "кацапи вгатили по Харкову, Дніпру і Запоріжжю",
                            # "Рашисти б'ють по енергетиці")
                            r"вгатил|вгатив|гатил|гатив|гатять|лупил|лупив|лупять|(?:били|бив|б['’ʼ]ють|б['’ʼ]є)(?![\w'’])|"
                            r"відновил\w*\s+атак|здійсни[лв]\w*\s+(?:\w+\s+){0,2}(?:атак|удар|обстріл)|"
                            # ... or launched weapons ("росіяни випустили 25 снарядів")
                            r"випусти[лв]\w*\s+(?:\d+\s+)?(?:\w+\s+)?"
                            r"(?:ракет|снаряд|дрон|шахед|КАБ|бомб|БпЛА|БПЛА)|"
                            # ... at Ukraine, so many ("русня запустила по Україні 127 ракет"), or used so many ("Ворог
                            # застосував 32 шахеди")
                            r"(?:запусти[лв]\w*|застосува[лв]\w*)\s+(?:(?:по|на)\s+Україн\w*\s+)?\d+\s+"
                            r"(?:\w+\s+)?(?:ракет|снаряд|дрон|шахед|КАБ|бомб|БпЛА|БПЛА))", _F)
# "масована атака на Україну", "удари по енергетиці України": a strike on Ukraine, the other side's
ON_UKRAINE = re.compile(r"(?:атак|удар|обстріл)\w*\s+(?:\w+\s+){0,2}(?:по|на)\s+(?:\w+\s+){0,2}Україн", _F)
# "деталі до БПЛА, які агресор застосовує для ударів по Україні": what the struck thing was for, not a strike
_PURPOSE = re.compile(r"(?<![\w'’])(?:для|щоб)\s+(?:[\w'’-]+\s+)?$", _F)


# ... or an attack on "the country" named by its parts, or on "our" plants, in a Ukrainian post ("генерація на заході
# країни", "пошкоджено обладнання на двох наших ТЕС"): the writer's country, Ukraine
# (or by its regions, "в центральних та західних регіонах", as a Ukrainian post names them)
_OURS = re.compile(r"(?<![\w'’])(?:(?:заход|сход|півдн|півноч|центр)\w*\s+країни|по\s+всій\s+країні|"
                   r"(?:західн|східн|південн|північн|центральн)\w*\s+(?:(?:та|і|й)\s+[\w'’]+\s+)?регіон\w*|"
                   r"наш(?:их|ій|ої|у|а|і)\s+(?:\w+\s+)?(?:ТЕС|ТЕЦ|ГЕС|електростанц|підстанц|енергооб|об[ʼ'’]єкт|"
                   r"міст|енергосистем))", _F)
_STRIKE_NOUN = re.compile(r"(?<![\w'’])(?:атак|удар(?!н)|обстріл|пошкод)\w*", _F)


def on_ukraine(text: str) -> bool:
    if any(not _PURPOSE.search(text, max(0, match.start() - 30), match.start())
           for match in ON_UKRAINE.finditer(text)):
        return True
    for match in _OURS.finditer(text):
        if _STRIKE_NOUN.search(text, *sentence_around(text, match.start(), match.end())):
            return True
    return False


# a noun of destroying, downing or hitting: the enemy's weapon in the genitive after it is what was hit
_DESTROYING_NOUN = re.compile(r"(?<![\w'’])(?:знищенн|збитт|перехопленн|уражен|полюванн)\w*\s+$", _F)
_STRUCK_WEAPON_REACH = 60  # how far after a word of hitting a weapon named is the one hit
# words of hitting in any form, said or not ("дозволяє ефективно уражати ворожі дрони")
HITTING = re.compile(r"(?<![\w'’])(?:уража|уразит|уразил|вража|знищ|збива|збит(?!к)|атакува|атакован)\w*", _F)
_CLAUSE_BREAK = re.compile(r"[.!?;\n]")


# a noun of striking with a Ukrainian force in the instrumental after it ("Ураження підрозділами СБУ ЗРК «Бук»")
BY_A_FORCE = re.compile(r"\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:ами|ями)\s+(?:[\w'’«»\"-]+\s+){0,2}?(?:"
                        + str(raw_lexicon()["actors"]["UA"]) + ")", _F)


def enemy_strikes(text: str, language: str, strikes: list[tuple[int, int]]) -> bool:
    """Whether the post names the enemy as the one striking: by name with its verb, or by its weapon, unless
    the weapon is what a word of striking before it in the clause hit ("були уражені три російські ЗРК",
    "знищили ворожу РЛС"; a genitive or an instrumental is the striker's: "атака російських дронів", "удар
    російськими КАБами")."""
    for match in RUSSIAN_STRIKE.finditer(text):
        if ON_THE_EVE.search(text, max(0, match.start() - 50), match.start()):
            continue  # "Напередодні масованого ворожого обстрілу уражено аеродроми": it dates the post's strike
        if in_officials_quote(text, match.start()):
            continue  # "губернатор … пише, що «противник атакував беспилотниками …»": the enemy is Ukraine (.reposted)
        head = match.group(0).split()[0].lower()
        if head.startswith(("російськ", "ворож")):
            if _DESTROYING_NOUN.search(text, max(0, match.start() - 20), match.start()):
                continue  # "для знищення російських БПЛА": the genitive after a noun of destroying is what it hit
            hitting = [end for end in [end for _, end in strikes] + [each.end() for each in HITTING.finditer(text)]
                       if 0 <= match.start() - end <= _STRUCK_WEAPON_REACH
                       and not _CLAUSE_BREAK.search(text, end, match.start())]
            nearest = max(hitting, default=None)  # the word of hitting the weapon follows
            if nearest is not None and (not {"gent", "ablt"} & parse(head, language)[1]
                                        or _owned(text, nearest, match.start(), language)):
                continue
        return True
    return False


def _owned(text: str, start: int, end: int, language: str) -> bool:
    """Whether a noun stands between a word of hitting and the enemy's weapon in the genitive after it: the
    weapon is then the owner of what was hit ("накрили позиції російських операторів дронів"), not the striker
    ("атака російських дронів")."""
    return any("NOUN" in parse(word.lower(), language)[1] for word in _GAP_WORD.findall(text[start:end]))


_GAP_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+")


def striking_side(text: str, position: int, language: str, default: str = "UA", writer: str | None = None) -> str:
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
