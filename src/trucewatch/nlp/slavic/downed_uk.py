"""Ukrainian air-defence tallies and downings as the posts' kind reads them (:mod:`trucewatch.nlp.slavic.kinds`): the
air force's headline of a tally ("ЗБИТО 30 РАКЕТ З 38"), the other side's ministry quoted with its count, a count
downed anywhere in a post, air defence at work and an aircraft downed (no tally of drones or missiles).
"""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.reposted import headed_tally

_F = re.IGNORECASE

# a Ukrainian air-defence tally's headline: a word of downing, then a count of drones or missiles, perhaps
# after a title and a colon ("НАЙМАСОВАНІША ПОВІТРЯНА АТАКА: ЗБИТО 102 РАКЕТИ ТА 99 УДАРНИХ БПЛА")
# the channel's "minus" for those downed ("За ніч: 41 шахед і 2 Х-59 мінус", "Мінус 95 шахедів"): a headline's tally
# here, and a sentence's count in .tallies
MINUS_TALLY = (r"(?<![\w'’])\d+\s+(?:[\w'’]+\s+)?(?:шахед|дрон|ракет|БпЛА|БПЛА)\w*(?:\s+(?:і|та)\s+\d+\s+[\w-]+)?"
               r"\s+мінус(?![\w'’])|(?<![\w'’])мінус\s+\d+\s+(?:шахед|дрон|ракет|БпЛА|БПЛА)")
_UK_TALLY_HEADLINE = re.compile(r"^\W*(?:[^:.!?\n]{1,60}:\s*)?(?:\w+\s+){0,3}?(?:збито|знешкоджено|перехоплено)"
                                # ("ЗБИТО: 102 ракети і 99 «шахедів»", "ЗБИТО за ніч: 79 ракет")
                                r"(?:/\w+)?(?:\s+за\s+(?:ніч|добу))?\s*[:—–]?\s+"
                                r"(?:\d+|[а-яіїє']+)\s+(?:(?:з|із)\s+\d+\s+)?(?:\w+\s+)?(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|ракет\w*|"
                                r"шахед\w*|(?<=повітряних\s)цілей)|"  # ("87 з 104 повітряних цілей")
                                # ... or the channel's "minus" for those downed (MINUS_TALLY)
                                r"^\W*(?:[^:.!?\n]{1,30}:\s*)?(?:" + MINUS_TALLY + ")", _F)


# ... in the air force's capitals ("ЗБИТО 30 РАКЕТ З 38", "**ЗБИТО: 102 ракети і 99 «шахедів»**")
_AIR_FORCE_HEADLINE = re.compile(r"(?<![\w'’])ЗБИТО(?![\w'’])")


def air_force_headline(text: str) -> bool:
    """Whether a Ukrainian post opens with the air force's headline of a tally, "ЗБИТО" in capitals: labelled with its
    counts and no place in Ukraine, whatever strikes on Ukraine it names."""
    found = _UK_TALLY_HEADLINE.search(text)
    return (found is not None and _AIR_FORCE_HEADLINE.search(text, 0, found.end()) is not None) or (
        _AIR_FORCE_TITLE.match(text) is not None) or headed_tally(text, _UK_TALLY_HEADLINE)


# ... or as a title line of its own, the counts below it ("🇺🇦 ЗБИТО/ПОДАВЛЕНО\n\nУ ніч на 2 червня ворог атакував …")
_AIR_FORCE_TITLE = re.compile(r"[^\w\n]*ЗБИТО(?:\s*/\s*[А-ЯІЇЄҐ]+)?[^\w\n]*(?:\n|$)")


# the other side's ministry quoted with its tally ("Російське міноборони заявляє, що … нібито було знищено 29
# українських безпілотників"): an air-defence tally, as the channel passes it on
_MINISTRY_TALLY = re.compile(r"(?<![\w'’])(?:міноборони|мінобороны|минобороны|МО\s+рф)(?![\w'’])[^.!?\n]{0,120}?"
                             # (... or its verbs alone quoted in Russian: "за ніч «перехвачены и уничтожены» 61 БПЛА";
                             # a count inside the quotation is read in Russian, posts.read_russian_ukrainian)
                             r"(?:збито|знищено|перехоплено|[«\"“](?:сбиты?|уничтожены?|перехвачены?)"
                             r"(?:\s+и\s+(?:сбиты?|уничтожены?))?[»\"”])\s+\d+\s+(?:[\w'’]+\s+){0,2}"
                             r"(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|"
                             r"ракет\w*)|"
                             # ... or the enemy by name reporting a count downed ("Русня повідомляє про 221 збитий
                             # БПЛА над расіеї та т.о. Кримом")
                             # (... the downed word perhaps theirs, quoted: "росіяни заявили про 612 «сбитых» наших
                             # дронів")
                             r"(?<![\w'’])(?:русня|рашисти|росія|рф|росіяни|міноборони)\s+(?:повідомля|повідоми|заявля|"
                             r"заяви|звіту|відзвіту)\w*\s+про\s+\d+\s+[«\"“]?(?:збит|знищен|перехоплен|сбит|уничтожен)\w*"
                             r"[»\"”]?\s+(?:[\w'’]+\s+)?"
                             r"(?:БПЛА|БпЛА|безпілот\w*|дрон\w*|ракет\w*)", _F)
# a Ukrainian count downed, anywhere in the post ("Збито 51 БпЛА в Харківській …", "підтверджено збиття 41 БпЛА",
# "знешкоджено 34 ракети і 100 шахедів", "сили ППО знищили 104 ракети"): the air force's tally, also when it opens
# with the enemy's attack ("У ніч на 5 квітня ворог атакував 92 ударними БпЛА …")
# (also with the count launched after it, "знищили 36 із 43 крилатих ракет"; an adverb or a dash before the count,
# "збито вже 10 шахедів", "Збито — 88"; the count in words, "збито шість шахедів"; the count first, "Усі 18 ракет
# знешкоджено", "запустив по Києву 31 ракету, всі знищено")
_UK_NUMBER = (r"(?:\d+|(?:одн|дв|три|чотир|п[’'ʼ]?ят|шіст|сім|вісім|дев[’'ʼ]?ят|десят(?!к)|двадцят|тридцят|сорок|сто|"
              r"двісті|триста)[а-яіїє’'ʼ]*)")
# (the drones' and missiles' names and nicknames too: "2 «Калібри»", "55 «мопедів»")
_UK_WEAPON = r"[«\"]?(?:БПЛА|БпЛА|безпілот|дрон|ракет|шахед|Shahed|мопед|Калібр|Кинджал|Іскандер|Циркон)"
# (the slang "поклали", laid down: "ППО поклала 28 шахедів з 31")
_UK_DOWNING = (r"(?:збит\w*|збил\w*|збиття|перехопл\w*|знешкодж\w*|знешкодил\w*|знищено|знищили|подавлен\w*|"
               r"поклал[аи]?(?![\w'’]))")
# (two verbs of downing joined, "збили чи подавили 81 дрон", "збито та подавлено": one count)
_UK_DOWNED_OR = rf"(?:\s+(?:чи|або|і|та|й)\s+(?:{_UK_DOWNING}|подавил\w*|придушил\w*|приземлил\w*))?"
# ("Збито 38: найбільше над Одещиною …": where most were downed)
_MOSTLY = r"(?:(?:найбільше|переважно|здебільшого|зокрема|більшість)\s+)?"
_COUNT_DOWNED_UK = re.compile(rf"(?<![\w'’]){_UK_DOWNING}{_UK_DOWNED_OR}(?:/\w+)?\s+"
                              rf"(?:(?:вже|уже|ще|також|всі|усі)\s+)?(?:[—–-]\s*)?"
                              # ("знищено всі 38 «шахедів»": all of them, the weapon in quotation marks)
                              rf"(?:\d+(?:\s+(?:з|із)\s+\d+)?\s+(?:[\w'’-]+\s+){{0,2}}?[«\"“]?{_UK_WEAPON}|"
                              rf"{_UK_NUMBER}\s+(?:[\w'’-]+\s+)?{_UK_WEAPON}|\d+(?=\s*[,.;(]|\s*[—–:-]\s*{_MOSTLY}(?:на|над|у|в)\s))|"
                              # (both of them: "обидві ракети збито")
                              rf"(?<![\w'’])(?:(?:усі|всі)\s+)?(?:\d+|обидв[аі]|обоє)\s+(?:[\w'’-]+\s+)?{_UK_WEAPON}\w*\s+"
                              rf"(?:[\w'’]+\s+)?(?:збито|знешкоджено|знищено|перехоплено)(?![\w'’])|"
                              rf"(?<![\w'’])\d+\s+(?:[\w'’-]+\s+)?{_UK_WEAPON}\w*\s*,\s*(?:усі|всі)\s+"
                              rf"(?:збито|знешкоджено|знищено|перехоплено)(?![\w'’])|"
                              # ("140 БпЛА, з них 104 збито або подавлено": the count downed of those launched)
                              rf"(?<![\w'’])(?:з|із)\s+(?:них|яких)\s+\d+\s+{_UK_DOWNING}", _F)
_DESTROYED_BY = re.compile(r"знищил|знищив|знищують|знищує|"
                           # ... or downed an aircraft ("ССО збили ворожий Мі‑8 … над територією Ростовської
                           # області"; a count of drones or missiles downed is a tally, read before), or caught it up
                           # or intercepted it ("дрон-перехоплювач наздогнав ворожий Мі-8", "перехопили Су-34")
                           r"(?<![\w'’])(?:збил|збив|наздогнал|наздогнав|перехопил|перехопив|поклал|поклав|"
                           r"приземлил|приземлив)\w*\s+(?:[\w'’-]+\s+){0,2}(?:(?:Су|Мі|Ка|Іл|Ту|МіГ|Бе|А)[-‑]\d|"
                           r"літак|гелікоптер|вертоліт|вертольот)", _F)
# Ukrainian air defence at work, destroying or downing ("ППО знищила понад 20 цілей", "сили ППО знищили всі ворожі
# цілі", "ППО працює по столиці … уламки збитого дрона")
DEFENCE_AT_WORK = re.compile(r"(?<![\w'’])(?:ППО|протиповітрян\w*\s+оборон\w*)\s+(?:\w+\s+)?(?:знищил|знешкодил|збил|"
                             r"перехопил|працю|відпрацю)\w*", _F)
# air defence's slang for a count downed ("ППО відпрацювала 37 ракет і 55 «мопедів»"): its subject air defence, a count
# of weapons just after (not "ППО відпрацювала по цілях", nor drones that "відпрацювали 3 НПЗ")
AIR_DEFENCE_WORKED_OFF = (r"(?:(?<=ППО\s)|(?<=ПВО\s))(?:вже\s+|уже\s+)?відпрацювал[аио]?"
                          r"(?=\s+\d+\s+[«\"]?(?:ракет|шахед|дрон|БПЛА|БпЛА|безпілот|мопед|геран|крилат|балістич|КАБ))")
# a Ukrainian word of downing ("збито", "збили", "перехоплено"; not "збитків", losses)
_DOWNED_UK = re.compile(r"\b(?:збит(?!и\b|к)|збил|перехопл|посадил|знешкод|поклал[аи]?\b)|" + AIR_DEFENCE_WORKED_OFF,
                        _F)
# "літак, який летів у Грозний, був збитий силами ППО рф": an aircraft downed is no tally of drones or missiles
_AIRCRAFT_BEFORE = re.compile(r"(?<![\w'’])(?:літак|гелікоптер|вертоліт|бляхоліт|(?:Су|Мі|Ка|Іл|Ан|Ту|МіГ)-\d)\w*"
                              r"[^.!?\n]*$", _F)
