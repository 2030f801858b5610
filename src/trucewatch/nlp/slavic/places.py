"""Places in Russian and Ukrainian text: oblasts, krais and republics in any case, named settlements, the
Black and Azov seas.

Inflected names are lemmatised before the lookup ("над территорией Брянской области" -> "Брянская
область", "у Новобахмутівці" -> "Новобахмутівка") and looked up in Cyrillic, as the gazetteer and the
first-level table keep Cyrillic names. A Ukrainian adjective the table does not spell ("Тамбовська") is
also tried in its Russian spelling ("Тамбовская"). Nothing here raises on user text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from trucewatch.geo.admin1 import HELD_BY_RUSSIA
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, admin1_match, raion, raion_code
from trucewatch.model import Location
from trucewatch.nlp.slavic.adjectives import (
    CITY_SECTION,
    COMPOUND_OBLAST,
    TOWN_POPULATION,
    adjective_town,
    compound_oblast,
    lower_case_town,
    town_location,
)
from trucewatch.nlp.slavic.administrations import administration_region
from trucewatch.nlp.slavic.capitals import capital_as_government, moscows_adjective
from trucewatch.nlp.slavic.communities import community_places, place_line
from trucewatch.nlp.slavic.districts import city_after, district_mentions
from trucewatch.nlp.slavic.elided import elided_object_adjectives, facility_named_before
from trucewatch.nlp.slavic.facilities import facility_mentions, facility_places, named_just_before
from trucewatch.nlp.slavic.land_context import land_codes
from trucewatch.nlp.slavic.lexicon import lexicon
from trucewatch.nlp.slavic.listed_centres import centres_listed
from trucewatch.nlp.slavic.lying import region_after
from trucewatch.nlp.slavic.morph import agreeing_name, describes_next, parse, readings
from trucewatch.nlp.slavic.namesake_regions import NAMESAKE_CITY, namesake_among, namesakes_in_regions_before
from trucewatch.nlp.slavic.place_lists import listed_among_units
from trucewatch.nlp.slavic.quoted_places import quoted_facility_towns
from trucewatch.nlp.slavic.region_names import land_after, name_code, oblast_land, town_land, unit_noun, unit_places
from trucewatch.nlp.slavic.roles import (
    TOWARDS,
    alerted,
    arrived,
    avenged_or_next,
    compared,
    defended,
    denied,
    elsewhere,
    for_whom,
    inscribed,
    named_in_passing,
    purpose,
    received_later,
    reference_point,
    supplied,
    threatened,
    towards,
    wished,
)
from trucewatch.nlp.slavic.russian_units import russian_spelled_units
from trucewatch.nlp.slavic.settlements import (
    NOT_PLACES,
    fought_over,
    settlement,
    two_word_settlement,
    within_oblast,
)

SEAS: dict[str, tuple[str, float, float, float]] = {
    # code: (name, lat, lon, precision_km) — the sea's middle and a radius that covers it
    "SEA-BLACK": ("Black Sea", 43.4, 34.0, 450.0),
    "SEA-AZOV": ("Sea of Azov", 46.1, 36.6, 170.0),
}

# "Комсомольськ-на-Амурі", "Ростові-на-Дону": a name joined by "-на-" is one name (not the river's region)
_CAPITALISED = re.compile(r"(?<![\w«\"“„])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-(?:на|над)-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+|"
                          r"-[А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґ'’]+)?)")
# (and the outskirts of a town: "на околицях Курахового", "на окраине Белгорода")
_LOCATIVE = re.compile(r"(?:^|\s)(?:в|во|у|над|под|під|біля|около|поблизу|возле|району|районі|районе|района|по|"
                       r"неподалік|неподалеку|недалеко\s+від|недалеко\s+от|вблизи|поруч\s+з|поряд\s+з|"
                       r"околиц[іяюь]|околицях|окраин[аеуы]|окраинах|окрестност[ьия]\w*|"
                       # ... and "до" after drones that reached a place ("дрони долетіли до Липецька")
                       r"(?:долетіл|дотягнул|дістал|прорвал)\w*\s+(?:[\w'’ʼ]+\s+)?до)\s*$", re.IGNORECASE)
# a noun that says the next name is a settlement ("в порту Бердянська", "у місті Приморськ", "в селе ..."): the
# name may then be a small place, and a form the dictionary reads as an adjective is still the town's name
# "м. Губаха", "г. Ейск", "с. Плехово", "пос. Глушково": the nouns abbreviated (not "г." after a year's number)
_SETTLEMENT_NOUN = re.compile(r"(?:^|[^\w-])(?:міст[оіа]|городе|города|город|селі|села|село|селе|селищ[еіа]|"
                              r"поселк\w*|посёлк\w*|смт|пгт|нп|н\.\s?п\.|населенного\s+пункта|населеного\s+пункту|"
                              r"порт[уі]?|порта|порте|м\.|(?<!\d\s)(?<!\d)г\.|с\.|пос\.|сел\.)\s*$", re.IGNORECASE)

# ... of those, the nouns of a village or a settlement of a few thousand people: no city stands after them
_VILLAGE_NOUN = re.compile(r"(?:^|[^\w-])(?:селі|села|село|селе|селищ[еіа]|поселк\w*|посёлк\w*|смт|пгт|с\.|пос\.|"
                           r"сел\.)\s*$", re.IGNORECASE)

# what may stand between a town and the oblast it lies in: "Бердянське, ТОТ, Донецької обл."
_APPOSITION = re.compile(r"[\s,(]*(?:(?:ТОТ|тимчасово\s+окупован\w+|окупован\w+|рф|РФ)[\s,]*)*", re.IGNORECASE)
# "поблизу населеного пункту Октябрьский в Краснодарському краї": the region a settlement is said to lie in
# (or "… у тимчасово окупованому Криму", "… у тимчасово окупованому українському Криму": up to two adjectives)
_IN_UNIT_GAP = re.compile(r"\s*,?\s*(?:що\s+)?(?:у|в)\s+(?:тимчасово\s+)?(?:[а-яёіїєґ'’ʼ]+(?:ому|ім|ій|ом|ой)\s+){0,2}",
                          re.IGNORECASE)
# "… у Ростовській області", ", Брянської обл.": the oblast a settlement just named lies in
_IN_A_UNIT = re.compile(r"\w*\s*,?\s*(?:[ув]\s+)?[А-ЯЁІЇЄҐа-яёіїєґ'’]+\s+(?:област\w*|обл\b|кра[йюяї]\w*)",
                        re.IGNORECASE)
# "в Азовському морі неподалік тимчасово окупованого Криму": a place named right after another one, as a
# landmark to say where that one is; so is the area named in a parenthesis after it ("порту «Приморськ» на
# Балтійському морі (район Санкт-Петербургу)")
_REFERENCE = re.compile(r"\w*[\s,]*(?:неподалік|неподалеку|недалеко|поблизу|вблизи|вблизі|біля|близ|возле|"
                        r"около|у\s+берег\w*|у\s+узбережж\w*|у\s+побережь\w*)(?:\s+(?:від|от))?"
                        r"(?:\s+[\w'’-]+){0,3}\s+$|[^.!?()]{0,40}\(\s*(?:в\s+|у\s+)?район\w*\s+$", re.IGNORECASE)
# the opening of a town's adjective, capitalised: "Рязанськ(ий)", "Брянск(ая)"; not inside a word or a quote
_ADJECTIVE_ENDING = r"(?:ськ|цьк|зьк|ск|цк)"
_TOWN_STEM = r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+" + _ADJECTIVE_ENDING
_ADJECTIVE_OF_TOWN = r"(?<![\w«\"“„-])" + _TOWN_STEM
# a town's adjective before a facility it names ("Бєлгородського аеропорту", "Рязанський НПЗ", "Орловской ТЭЦ")
# or before its bay ("Новоросійську бухту"), also opening the facility's quoted name ("ФКП «Тамбовский пороховой
# завод»"); a works may have two words between, a centre is one of training or testing
# ("Борисоглєбський навчальний авіаційний центр"; not "Київський центр зайнятості")
_TOWN_FACILITY = re.compile(r"((?<![\w-])" + _TOWN_STEM + r"\w+)\s+(?:аеропорт|аэропорт|"
                            r"аеродром|аэродром|морськ\w*\s+порт|морск\w*\s+порт|порт|термінал|терминал|НПЗ|"
                            r"нефтезавод|ТЕЦ|ТЭЦ|ДРЕС|"
                            r"ГРЭС|ГРЕС|нафтобаз|нефтебаз|хімічн\w*\s+завод|химическ\w*\s+завод|хімзавод|химзавод|авіазавод|"
                            r"авиазавод|арсенал|полігон|полигон|ТЕС|ТЭС|дамб|гребл|атомн\w*\s+електростанц|"
                            r"бухт|(?:[а-яёіїєґ'’-]+\s+){0,2}(?:завод|комбінат|комбинат)|"
                            r"(?:навчальн|учебн|випробувальн|испытательн|авіаційн|авиационн)\w*\s+"
                            r"(?:[а-яёіїєґ'’-]+\s+)?центр(?![\w-]))")
# ... and in lower case, before a works, a refinery, a port or an airfield: read only as a Russian city's
# (``_a_russian_city``), since lower case adjectives in "-ськ-" are mostly no town's ("російському заводу")
_LOWER_TOWN_FACILITY = re.compile(r"((?<![\w-])[а-яёіїєґ][а-яёіїєґ'’]+" + _ADJECTIVE_ENDING + r"\w+)\s+"
                                  r"(?:аеропорт|аэропорт|аеродром|аэродром|порт|НПЗ|ТЕЦ|ТЭЦ|нафтобаз|нефтебаз|"
                                  r"(?:[а-яёіїєґ'’-]+\s+)?(?:завод|комбінат|комбинат))")
_CITY = 100_000  # the population from which a lower case adjective is read as a city's


_LOWER_AFTER_PREPOSITION = re.compile(r"(?<![\w'’-])(?:у|в|під|над|біля|поблизу)\s+([а-яёіїєґ'’]{4,})(?![\w'’-])")


def _lower_russian_city(word: str, language: str) -> GeoMatch | None:
    """The Russian city of at least ``_CITY`` people a lower case word names, unless the word may be an adjective or
    name a person, an animal or things in the plural."""
    if word in NOT_PLACES or any("NOUN" not in tags or "anim" in tags or "plur" in tags
                                  for _, tags in readings(word, language)):
        return None  # an adjective ("населеному пункті"), a person, an animal, things in the plural ("у орлі")
    town = settlement(word.capitalize(), language, "preposition")
    if town is None or town.matched_by == MATCHED_BY[2]:
        return None  # a spelling variant is too weak for a word in lower case ("московію")
    return town if town.country == "RU" and town.population >= _CITY else None


def _a_russian_city(adjective: str, language: str, facility: str = "") -> bool:
    return lower_case_town(adjective, facility, language, _CITY)


# a town's adjective and the adjectives joined to it by commas or "та", "і", "и" ("Волгоградський та")
_TOWN_ADJECTIVE = re.compile(r"(" + _ADJECTIVE_OF_TOWN + r"\w+)")
_JOINED_ADJECTIVES = re.compile(r"(?:" + _ADJECTIVE_OF_TOWN + r"\w+\s*"
                                r"(?:,|та|і|й|и)\s+)+$")
# the last word of a text cut off with no mark after it: a town's adjective, complete or not ("Рязанськ",
# "Сизрансько", "Рязанський")
_CUT_ADJECTIVE = re.compile(r"(" + _ADJECTIVE_OF_TOWN + r")[а-яёіїєґ]{0,3}\Z")
_CUT_CAPITALISED = re.compile(r"(?<![\w«\"“„-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{3,}\Z")
# "на территории Джанкойского района": a district called by its centre's adjective, when the post names no
# oblast near it (else the oblast decides: "в Кам'янському районі Черкаської області" is not Kamianske); not
# a body named after a district ("Октябрського районного суду в Бєлгороді", "Брянського районного управління
# АТ «Транснєфть»": a city's district court, a company's branch), which says nothing of where it was hit
# (or a town's district of Russia's newer kind: "В Шебекинском г.о.", "в Грайворонском городском округе", "в
# Генічеському окрузі", as the occupation names its districts)
_TOWN_DISTRICT = re.compile(r"(" + _ADJECTIVE_OF_TOWN + r"\w+)\s+(?:район(?!н)|р-н(?:у|а|і|е|ом|ах|ів)?\b|"
                            r"г\.\s?о\.|(?:(?:городск|муниципальн|міськ)\w*\s+)?(?:округ(?:а|у|е|ом)?|окрузі)\b)")
# ... its noun cut off at the very end of a snippet ("села Донське Сімферопольського ра")
_CUT_DISTRICT = re.compile(r"(" + _ADJECTIVE_OF_TOWN + r"\w+)\s+(?:р|ра|рай|райо)\Z")
# "заводи імені Петрова, Кірова та Ермана", "завод им. Свердлова": people a body is named after, not towns
_NAMED_FOR = re.compile(r"(?:\bімені|\bимени|\bім\.|\bим\.)\s*[А-ЯЁІЇЄҐ][\w'’-]+(?:(?:\s*,\s*|\s+(?:та|і|й|и)\s+)"
                        r"[А-ЯЁІЇЄҐ][\w'’-]+)*")
# Russia's regions that are cities (a city's name is no region's noun)
_CITY_REGIONS = ("RU-MOW", "RU-SPE")
_NEARBY_CHARS = 250  # how far from a town an oblast named in the post still says which town is meant
# a place called occupied ("В окупованому селищі Вільне") lies in an oblast the post names, however far before
_HELD_BEFORE = re.compile(r"(?:окупован|оккупированн)\w*\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)
# "в Кам'янському районі": a raion named after a town elsewhere, not the town
# "у Балтійському морі", "на Кримському мосту": an adjective naming a sea, a lake or a bridge, not the town
# ... nor one followed by a model's mark ("ЗРК Тор-М2", "«Бук-М3»": weapons, not Slovyansk's old name); a lower
# case adjective may stand between ("в Південному федеральному окрузі": a federal district, not Pivdenne)
_NOT_A_TOWN_AFTER = re.compile(r"^-[МMКK]\d|^\s+(?:[а-яёіїєґ'’-]+(?:ому|ім|ій|ого|ої|ий|ый|ой|ом)\s+)?"
                               r"(?:район|р-н|окру[гзж]|направлен|напрям|громад|мор[еяію]|озер|водосховищ|"
                               r"водохранилищ|залив|затоц|заток|пролив|протоц|річц|річк|рек[еиу]|міст\b|мост)",
                               re.IGNORECASE)


# a word of the time of day or a day near, between a name and what follows it ("Унеча вночі: …", "Гусєв зранку: «…»")
_TIME_WORD = r"(?:вночі|уночі|сьогодні|вчора|зранку|вранці|ввечері|ночью|сегодня|вчера|утром|вечером)"
# a verb of saying right after a capitalised word that can be a person's name makes it the speaker ("Балицкий
# розповідає, що …", "Гусев заявив"), not a town; so does a colon and a quotation ("Гусев: «На территории …»", "Гусєв
# зранку: «…»")
_SAYS_AFTER = re.compile(rf"(?:\s+{_TIME_WORD})?\s*:\s*[«\"“„]|"
                         r"\s+(?:(?:знову|вже|теж|також|сьогодні|вчора|тепер|традиційно|нарешті)\s+)?"
                         r"(?:розповіда|розповів|розповіла|заяви|заявля|повідоми|повідомля|пише|писав|написав|"
                         r"каже|казав|сказав|стверджу|запевня|звіту|прозвітува|рапорту|поскаржи|скаржи|відписа|"
                         r"рассказ|заяв|сообщ|пишет|написал|говорит|сказал|утвержда|доложил|жалу|пожаловал|отписал)"
                         r"\w*(?![\w'’])", re.IGNORECASE)
# the days of the week, capitalised in a list of them ("🔸 Середа — НПС під Самарою"), are no towns (Sereda)
_WEEKDAY = re.compile(r"(?:понеділ[оо]?к|понеділк\w*|вівтор\w*|серед[аиуі]|четвер(?!т)\w*|п['’ʼ]?ятниц\w*|субот\w*|"
                      r"неділ\w*|понедельник\w*|вторник\w*|сред[аыуе]|четверг\w*|пятниц\w*|суббот\w*|"
                      r"воскресень\w*)", re.IGNORECASE)


# "завод Кремній Ел", "підприємство Сібур": a name right after a word for a works or a company, with no
# preposition between, is the works' own name, not a town
_WORKS_BEFORE = re.compile(r"(?<![\w-])(?:завод\w*|підприємств\w*|предприяти\w*|компані\w*|компани\w*|"
                           r"корпораці\w*|корпораци\w*|концерн\w*|холдинг\w*|ТОВ|ООО|ПАО|ПАТ|АТ|АО|ВАТ|ОАО|"
                           # a weapon system's name ("ЗРК Тор", "ОТРК «Іскандер»")
                           r"ЗРК|ЗРГК|ПЗРК|ОТРК|РСЗВ|РСЗО|ЗРС|САУ)\s*[«\"“]?$")


# "атакували Льгов", "уразили Саратов": a name right after a verb of striking is the place struck, as after "в"
# (the weapon in the instrumental or a time word may stand between: "атакували шахедами Ізмаїл", "обстреляли ночью
# Шебекино")
_STRUCK = re.compile(r"(?:(?:атакува\w*|атаковал\w*|[ув]разил\w*|[ув]разив|обстріля\w*|обстреля\w*|бомбил\w*|"
                     r"бомбив|вдарил\w*|ударил\w*|вдарив|ударив)(?:\s+(?:вночі|уночі|знову|ночью|снова|опять|"
                     r"[«\"]?[\w'’-]+(?:ами|ями|ом|ем|єм|ою|ею|єю)[»\"]?)){0,2}|"
                     # ... or a noun of attacking with "на" ("атака на Туапсе", "після атаки на Туапсе")
                     r"(?<![\w'’])(?:атак|удар|наліт|нальот|налет|обстріл|обстрел)\w*\s+на)\s*$", re.IGNORECASE)


# a capitalised word right after: with no preposition before, the two are a person's or a body's name (not a
# town and its oblast: "Новоросійськ Краснодарського краю")
_NAMED_AFTER = re.compile(r" [А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?![а-яёіїєґ'’]|\s+(?:област|обл\b|обл\.|кра[йюяї]|район|р-н|"
                          r"республік|республик|округ))")


# an official's title right before a name ("Губернатор Солнцев", "мер Собянін"): the name is a person's
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])(?:губернатор\w*|мер\w{0,2}|глав[аи]|голов[аи]|міністр\w*|министр\w*|"
                           r"генерал\w*|президент\w*|речни\w+|спікер\w*|командувач\w*|командующ\w+)\s+$",
                           re.IGNORECASE)


def _person(word: str, after: re.Match[str] | None, language: str) -> bool:
    """Whether ``word`` and the capitalised word ``after`` it name a person: the second a surname, or an
    adjective in the first one's case ("Володимира Зеленського")."""
    if after is None:
        return False
    first = parse(word, language)[1]
    second = parse(after.group(0).strip(), language)[1]
    cases = {"nomn", "gent", "datv", "accs", "ablt", "loct"}
    return "Surn" in second or ("ADJF" in second and bool(first & second & cases))


# "Лозова, рф вдарила …", "Брянськ: вибухи": a name opening a line, a comma, a colon or a dash after it, says where
# what follows happened, as a dateline does
# ... or an emoji after it ("Туапсе 🔥 Порт …"); a name opening a line with a lower-case word after it ("Новошахтинськ
# знову палає") opens the sentence as its subject: a city it must be (:func:`settlement`'s "opening")
# ... or a full stop and a capital ("Єйськ. Аеродром. Вибухи."): the name alone is the first sentence, a dateline
# ... also with a time word between ("Унеча вночі: …", "Клинцы, ночью —"), a dateline with its time
_HEADING_AFTER = re.compile(rf"(?:\s+{_TIME_WORD}){{0,2}}"
                            r"(?:\s*[,:—–]|\s+-\s|\s*[^\w\s.,;!?«»\"'’()\[\]*_-]|\.\s+(?=[А-ЯЁІЇЄҐ]))")
_LOWER_WORD_AFTER = re.compile(r"\s+[а-яёіїєґ]")
# ... or with an impersonal verb of being hit after it, perhaps past a time word ("Брянську вночі дісталось")
_HIT_IMPERSONAL_AFTER = re.compile(r"(?:\s+(?:вночі|уночі|знову|сьогодні|теж|також|ночью|снова|опять|тоже|"
                                   r"сегодня)){0,2}\s+(?:дісталось|дісталося|досталось|досталося|прилетіло|прилетело|перепало|"
                                   r"влетіло|влетело)(?![\w'’])", re.IGNORECASE)
_WORD_CHAR = re.compile(r"\w")


def _heading(text: str, match: re.Match[str]) -> str:
    line_start = text.rfind("\n", 0, match.start()) + 1
    if _WORD_CHAR.search(text, line_start, match.start()):
        return ""
    if _HEADING_AFTER.match(text, match.end()):
        return "heading"
    if _HIT_IMPERSONAL_AFTER.match(text, match.end()):
        return "preposition"  # "Брянську вночі дісталось", "Таганрогу прилетіло": the town in the dative, as after "в"
    return "opening" if _LOWER_WORD_AFTER.match(text, match.end()) else ""


# "Моршанськ чи Тамбов? Ні — Котовськ", "Ні, цього разу Тихорецьк", "не Рязань, а Кстово", "Ні, це не Воронеж. Це
# Лиски": the answer to a guess names the place as a dateline does
_ANSWER = re.compile(r"(?:(?<![\w'’])(?:ні|нет)\s*[,—–-]\s*|,\s*а\s+|(?<![\w'’])(?:цього|этого)\s+разу\s+|"
                     r"(?:^|[.!?]\s*)(?:це|это)\s+)$", re.IGNORECASE)


# "вибухи в Брянську, Курську та Орлі": names listed after one that follows a preposition share its cue (and after
# "в районі", the list's items joined by slashes too: "вибухи в районі Луганська/Бердянська/Ростовської області")
_LISTED_CHAIN = re.compile(r"(?:^|\s)(?:в|во|у|по|під|біля|над|поблизу)\s+(?:(?:районі|районе|район)\s+)?"
                           r"[А-ЯЁІЇЄҐ][\w'’-]+(?:\s*[,/]\s*[А-ЯЁІЇЄҐ][\w'’-]+)*(?:\s*(?:,|та|і|й|и)\s+|/)$")


def _listed_after_preposition(text: str, start: int) -> str:
    return "preposition" if _LISTED_CHAIN.search(text, max(0, start - 80), start) else ""


# "НПЗ: Саратов, Кстово, Новокуйбишевськ", "Нафтобази: Феодосія, Кримськ": towns listed after a kind of object and a
# colon, a review's line of the objects struck, are read as after a preposition (and after a list named so: "Список:
# Волгоград, Сизрань, …, Новошахтинськ", "Перелік:", "Географія:")
_OBJECTS_LISTED = re.compile(r"(?:(?<![\w-])(?:НПЗ|НПС|ГПЗ|ТЕЦ|ТЕС|ГРЕС|ЛВДС)|(?<![\w'’-])(?:[Нн]афтобаз|[Аа]еродром|"
                             r"[Пп]орт|[Пп]ідстанці|[Тт]ермінал|[Зз]авод|[Аа]рсенал|[Сс]клад|[Сс]писок|[Пп]ерелік|"
                             r"[Гг]еографі)\w*)\s*:\s*"
                             r"(?:[А-ЯЁІЇЄҐ][\w'’-]+\s*,\s*)*$")


def _listed_after_object(text: str, start: int) -> str:
    return "preposition" if _OBJECTS_LISTED.search(text, max(0, start - 120), start) else ""


# "Енгельс, Лиски (Воронежчина) і Тихорецьк.": the last name of a list, joined by "і" / "та" to a place just read
# (perhaps past its bracketed oblast, whose span may end at its stem: "Воронежчин") and ending its sentence, is read
# as the list's places are
# (or a comma: "удари по … Саратов, Волгоград, Сизрань, Туапсе.")
_JOINED_LAST = re.compile(r"[\w'’-]*\)?(?:\s+(?:і|та|й)|(,))\s+$")
_LIST_ENDS = re.compile(r"\s*(?:[.;!…]|$)")


def _last_of_a_list(text: str, match: re.Match[str], found: list[tuple[int, str, tuple[int, int], Location]]) -> str:
    """"preposition" when the name ``match`` ends a list whose item before it is a place already ``found``."""
    if not _LIST_ENDS.match(text, match.end()):
        return ""
    # (after a comma, a list of three or more: "Тамбовщина, Нікольське." is a village of the oblast named first)
    return "preposition" if any(joined.group(1) is None or _items_before(text, start, found)
                                for start, joined in _items_before(text, match.start(), found)) else ""


def _items_before(text: str, start: int, found: list[tuple[int, str, tuple[int, int], Location]]
                  ) -> list[tuple[int, re.Match[str]]]:
    """The places ``found`` that end right before ``start`` across a list's joint: each one's start and the joint."""
    return [(begin, joined) for _, _, (begin, end), _ in found
            if 0 <= start - end <= 8 and (joined := _JOINED_LAST.fullmatch(text, end, start)) is not None]


def _cue(before: str, language: str) -> str:
    """What the words before a capitalised name say of it (see :func:`settlement`)."""
    if _SETTLEMENT_NOUN.search(before):
        return "settlement"
    if _FACILITY_IN.search(before):
        return "facility"  # a settlement of any size, or a republic ("нафтобазу в Адигеї")
    if _LOCATIVE.search(before) or _LOCATIVE.search(_without_modifiers(before, language)):
        return "preposition"
    if _AIRFIELD_OF.search(before):
        return "quoted"  # "в районі аеродрому Приморсько-Ахтарськ": an airfield called by its town, as in quotes
    return "struck" if _STRUCK.search(before) else ""


# the clause ends right after a name ("атакували Хмельницький.", "…, вибухи"; "та" / "і" before another capitalised
# name): an adjective there qualifies no noun after it
_CLAUSE_ENDS = re.compile(r"\s*(?:[.,;:!?…)—–]|$|\s(?:та|і|й|и|а)\s+[А-ЯЁІЇЄҐ])")


# "Нафтобаза в Пролетарську", "НПЗ у Новокуйбишевську": an energy facility said to lie in a name: a settlement
_FACILITY_IN = re.compile(r"(?:\bнафтобаз\w*|\bнефтебаз\w*|\bНПЗ|\bНПС|\bТЕЦ|\bТЭЦ|\bГРЕС|\bГРЭС|\bпідстанці\w*|"
                          r"\bподстанци\w*|\bнафтоперекачувальн\w+\s+станці\w*)\s+(?:в|у|во)\s*$", re.IGNORECASE)
_AIRFIELD_OF = re.compile(r"\b(?:аеродром|аэродром|авіабаз|авиабаз|аеропорт|аэропорт)\w*\s*$", re.IGNORECASE)


_LAST_WORD = re.compile(r"([а-яёіїєґ'’]+)\s*$")


def _without_modifiers(before: str, language: str) -> str:
    """``before`` without the adjectives, participles and adverbs that end it ("в окупованому", "у
    тимчасово окупованому", "в російському"): what stands before the words describing the name."""
    for _ in range(2):
        word = _LAST_WORD.search(before)
        if word is None or not {"ADJF", "PRTF", "ADVB"} & parse(word.group(1), language)[1]:
            break
        before = before[:word.start()]
    return before


@dataclass(frozen=True)
class Place:
    code: str  # ISO 3166-2 code or SEA-BLACK / SEA-AZOV
    span: tuple[int, int]
    location: Location


_LOCATED = re.compile(r"[^.!?\n]{0,40}?(?<![\w'’])(?:розташован|знаходит|расположен|находящ)\w*", re.IGNORECASE)
def located(text: str, position: int) -> bool:
    """Whether the words after an object at ``position`` say where it lies ("…, розташовану поблизу …")."""
    return bool(_LOCATED.match(text, position))

def admin1_location(code: str) -> Location:
    if code in SEAS:
        name, lat, lon, radius = SEAS[code]
        return Location(name=name, lat=lat, lon=lon, precision_km=radius)
    centre = admin1_match(code)
    if centre is None:
        return Location(admin1_code=code, country=code[:2])
    return Location(name=centre.name, admin1_code=code, country=centre.country, lat=centre.lat,
                    lon=centre.lon, precision_km=centre.precision_km)



_TWO_WORDS = re.compile(r"(?<![\w«\"])([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)\s+([А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)")
_AND_BEFORE = re.compile(r"(?:,|\bта|\bі|\bй|\bи)\s*$", re.IGNORECASE)


def find_places(text: str, language: str, *, settlements: bool = True) -> list[Place]:
    """Regions, seas and (when ``settlements``) named towns in ``text``, in textual order, one per code
    (a town counts for its region: the town's own place is kept)."""
    found: list[tuple[int, str, tuple[int, int], Location]] = []
    for code, span in [*unit_places(text, language), *russian_spelled_units(text, language)]:
        if towards(text, span[0]) or denied(text, span[0]):
            continue  # "у напрямку Ярославської області": where something flew to
        found.append((span[0], code, span, admin1_location(code)))
    for code, pattern in lexicon().region_names:
        for match in pattern.finditer(text):
            before = text[max(0, match.start() - 25): match.start()]
            # (every role a town may have, `elsewhere`: its origins, routes, denials and lists after them; and
            # "TOWARDS" read over the last 25 characters, where `towards` reads 30)
            if elsewhere(text, match.start()) or (TOWARDS.search(before) and not arrived(text, match.start())) or (
                    _SETTLEMENT_NOUN.search(before) and _IN_A_UNIT.match(text, match.end())) or (
                    capital_as_government(match.group(0), text, match.start(), match.end(), language)):
                continue  # "село Крим у Ростовській області": a settlement of that name in the oblast named
            found.append((match.start(), code, (match.start(), match.end()), admin1_location(code)))
    # "… столичні аеропорти стояли" after Moscow or its mayor is named: Moscow's, not Kyiv's (.capitals)
    found = [item for item in found if not (item[1] == "UA-30" and moscows_adjective(
        text, item[0], [other[1] for other in found if other[0] < item[0]]))]
    units = [(span, code) for _, code, span, _ in found if not code.startswith("SEA-")]
    # a district is an area like an oblast: read in tallies too, where towns are not; a city's district is its
    # city's ("в Кировском районе Донецка"), or no place when the post does not say which city
    districts = district_mentions(text, language)
    found.extend((mention.span[0], mention.region, mention.span, admin1_location(mention.region))
                 for mention in districts if mention.region is not None)
    # ("Кубань, Афіпський НПЗ. Цієї ночі над Сіверським районом": a Russian region named by its own noun decides too;
    # not a city's name, "Белгород", "Москва")
    lands = [match.start() for match in _CAPITALISED.finditer(text)
             if (land := name_code(match.group(1), language)) and land.startswith("RU-") and land not in _CITY_REGIONS
             and settlement(match.group(1), language, "preposition") is None] if _TOWN_DISTRICT.search(text) else []

    def district_skip(match: re.Match[str]) -> bool:
        return any(abs(start - match.start()) <= _NEARBY_CHARS for start in [*(start for (start, _), _ in units),
                                                                              *lands]) or any(
            start <= match.start() < end for (start, end) in (mention.span for mention in districts)) or city_after(
            text, match.end(1), language) is not None

    _add_adjective_towns(_TOWN_DISTRICT.finditer(text), text, language, found, district_skip)
    if language == "uk":
        # "в Корюківському районі", "у Шосткинському р-ні": a raion of Ukraine named after a town too small to be read
        # by its adjective is placed by the raion itself (the gazetteer's raions, 2020 and before), when only one
        # raion bears that name
        for match in _TOWN_DISTRICT.finditer(text):
            if _within_any(match, [span for _, _, span, _ in found]) or district_skip(match) or elsewhere(
                    text, match.start()):
                continue
            raion_region = _raion_region(match.group(1), language)
            if raion_region is not None:
                found.append((match.start(), raion_region, match.span(1), admin1_location(raion_region)))
    if settlements and language == "uk":
        # "Великописарівська громада: …": a hromada named by its adjective is its centre's (:mod:`.communities`)
        for span, centre in community_places(text, [*(code for _, code, _, _ in found), *land_codes(text, language)]):
            if centre.admin1_code and not any(begin <= span[0] < end for _, _, (begin, end), _ in found) \
                    and not elsewhere(text, span[0]):
                found.append((span[0], centre.admin1_code, span, town_location(centre)))
    if (governed := administration_region(text, language)) and not any(code == governed[0] for _, code, _, _ in found):
        found.append((governed[1][0], governed[0], governed[1], admin1_location(governed[0])))  # "Запорізька ОВА: …"
    if not settlements:
        # "Частину з них фіксували аж у Мордовії та Татарстані": a republic named by its own noun after a
        # preposition is a region, read in tallies too
        for match in _CAPITALISED.finditer(text):
            unit = unit_noun(match.group(1), language)
            if unit is None or _within_any(match, [span for _, _, span, _ in found]):
                continue
            before = text[max(0, match.start() - 30):match.start()]
            listed = _AND_BEFORE.search(before) and any(0 <= match.start() - end <= 6 for _, _, (_, end), _ in found)
            # (or listed after a preposition with names that are none: "над Дніпропетровщиною, Запоріжжям,
            # Харківщиною та Полтавщиною")
            # (or heading the post, as its subject: "Волинь, нічна робота 🎯 Мобільні групи збили 6 шахедів")
            if ((listed or _cue(before, language) in ("preposition", "facility")
                 or _listed_after_preposition(text, match.start()) or (_HEADING_UNIT.match(text, match.end())
                 and not _WORD_CHAR.search(text, 0, match.start()))) and not elsewhere(text, match.start())
                    and settlement(match.group(1), language, "preposition") is None):
                found.append((match.start(), unit, match.span(), admin1_location(unit)))
        found.extend((span[0], code, span, admin1_location(code))
                     for code, span in centres_listed(text, language, [span for _, _, span, _ in found]))
    if settlements:
        people = [match.span() for match in _NAMED_FOR.finditer(text)]
        for match in _TWO_WORDS.finditer(text):  # "у Старому Осколі", "в Нижнем Новгороде"
            if _within_any(match, [span for _, _, span, _ in found]) or _within_any(match, people):
                continue
            before = text[max(0, match.start() - 30): match.start()]
            if elsewhere(text, match.start()):
                continue
            cue = _cue(before, language).replace("facility", "preposition")
            town = two_word_settlement(match.group(1), match.group(2), language, cue)
            if town is not None and town.admin1_code is not None:
                found.append((match.start(), town.admin1_code, match.span(), town_location(town)))
            elif cue == "settlement" and agreeing_name(match.group(1), match.group(2), language):
                # "у селі Іванівська Лисиця": a village of two words the gazetteer lacks; its adjective alone
                # is not the name (not Ivanovskoye)
                people.append(match.span())
        # "… по виробничих потужностях Сизрансько": a town's adjective cut off at the very end of a snippet,
        # its noun lost, still names the town
        cut = _CUT_ADJECTIVE.search(text)
        if cut and not any(start <= cut.start() < end for _, _, (start, end), _ in found) and not elsewhere(
                text, cut.start()):
            town = adjective_town(cut.group(1) + "ого", language)
            if town is not None and town.admin1_code is not None:
                found.append((cut.start(), town.admin1_code, cut.span(), town_location(town)))
        # "… Рязанський та Новокуйбе": town adjectives joined to a last word cut off name their towns, as before
        # the facility the snippet lost
        tail = _CUT_CAPITALISED.search(text)
        joined_to_cut = _JOINED_ADJECTIVES.search(text, max(0, tail.start() - 120), tail.start()) if tail else None
        if joined_to_cut and not elsewhere(text, joined_to_cut.start()):
            _add_adjective_towns(_TOWN_ADJECTIVE.finditer(text, joined_to_cut.start(), joined_to_cut.end()), text,
                                 language, found)
        facilities = list(_TOWN_FACILITY.finditer(text))
        elided = elided_object_adjectives(text)
        # (and those listed with one: "Рязанський, Саратовський та Волгоградський НПЗ", .elided)
        adjectives_of_facilities = {facility.start(1) for facility in facilities} | {
            listed.start(1) for listed in elided}
        for match in _CAPITALISED.finditer(text):
            word = match.group(1)
            if _within_any(match, [span for _, _, span, _ in found]) or _within_any(match, people):
                continue
            if match.start() in adjectives_of_facilities:
                continue  # "по Рязанському НПЗ": the facility's town, read below (not Moscow's Ryazansky)
            if text[match.end():match.end() + 1].isupper():
                continue  # "ДніпроГЕС": a name glued to the next, a body's or a works' name, not the town
            if re.search(r"(?:щин|чин)\w*$", word) or COMPOUND_OBLAST.match(word):
                # "Луганщини": an oblast by its Ukrainian short name; "Ленобласть", "Мособласти": by a clipped compound
                short = (name_code(word, language) or oblast_land(word, language) or town_land(word, language)
                         or compound_oblast(word))
                # (not one flown across or over on the way: "дрони через Курщину долетіли до …", as "через Курську
                # область" is not; nor one listed after it: "через Курщину та Орловщину")
                if short and not elsewhere(text, match.start()):
                    found.append((match.start(), short, (match.start(), match.end()), admin1_location(short)))
                    units.append(((match.start(), match.end()), short))  # a village after it is looked for there
                continue
            if facility_named_before(word, match.start(), facilities):
                continue  # "Слов'янський НПЗ … На Слов'янському пошкоджено колону": that works, its noun left out
            before = text[max(0, match.start() - 30): match.start()]
            if (elsewhere(text, match.start()) or _NOT_A_TOWN_AFTER.match(text[match.end():match.end() + 40])
                    or _WORKS_BEFORE.search(before) or describes_next(word, text, match.end(), language, before)):
                continue
            cue = (_cue(before, language) or place_line(text, match.start(), match.end())
                   or _listed_after_preposition(text, match.start()) or _heading(text, match)
                   or _listed_after_object(text, match.start()) or ("heading" if _ANSWER.search(before) else "")
                   or _last_of_a_list(text, match, found))
            if not cue and _person(word, _NAMED_AFTER.match(text, match.end()), language):
                continue  # "Володимира Зеленського", "Дональда Трампа": a person, not a town
            if cue != "settlement" and capital_as_government(word, text, match.start(), match.end(), language):
                # "провокация Киева", "Київ заявив": the government, not the city; after a preposition of place only
                # crying out or what it will say ("У Москві, звісно, скажуть …"; "У Києві заявили про вибухи" stays)
                continue
            if cue != "settlement" and (_WEEKDAY.fullmatch(word) or (_SAYS_AFTER.match(text, match.end()) and any(
                    "anim" in grammemes for _, grammemes in readings(word, language)))):
                # "Балицкий розповідає, що …": a person's name (by any reading) saying something, the speaker
                # ("Курськ пише про вибухи" stays the city); "Середа — НПС під Самарою": a weekday
                continue
            if not cue and _TITLE_BEFORE.search(before) and all(
                    "Surn" in grammemes for _, grammemes in readings(word, language)):
                continue  # "Губернатор Солнцев визнав": an official's surname, not a town (Solntsevo)
            place = settlement(word, language, "settlement" if cue == "facility" else cue,
                               alone=cue == "struck" and _CLAUSE_ENDS.match(text, match.end()) is not None)
            # "у нп Бердянське, ТОТ, Донецької обл.": the oblast named right after the town decides
            named = next((code for (start, _), code in units if 0 <= start - match.end() <= 40
                          and (_APPOSITION.fullmatch(text[match.end():start])
                               or _IN_UNIT_GAP.fullmatch(text[match.end():start]))), None) or _district_after(
                text, match.end(), units, language) or land_after(text, match.end(), language)
            named = None if named and listed_among_units(text, match.start(), units) else named  # (.place_lists)
            if (place is None or place.admin1_code is None) and named:
                # "села Плехово Курской области": a village of any size, if the oblast named right after holds
                # one of that very name (a spelling variant is too weak for a word no town-sized place bears)
                inside = within_oblast(word, language, named)
                place = inside if inside is not None and inside.matched_by != MATCHED_BY[2] else place
            if place is None or place.admin1_code is None:
                if cue != "settlement" and (unit := unit_noun(word, language)):  # "в Татарстані": a republic
                    found.append((match.start(), unit, (match.start(), match.end()), admin1_location(unit)))
                continue
            if named and named != place.admin1_code:
                place = within_oblast(word, language, named)
                if place is None or place.admin1_code is None:
                    continue
            elif not named and ((place.population < TOWN_POPULATION and not fought_over(place))
                                or place.source == CITY_SECTION or place.matched_by == MATCHED_BY[2]):
                # a small place (or a city's quarter) of that name elsewhere while the post names the oblasts around
                # it ("на ТОТ Луганської області ... (н.п. Любиме)"; not one named right after it, which decides
                # above): the one in a nearby oblast, or none; a city read by a spelling variant gives way to a place
                # of the very name in a nearby oblast ("на ТОТ Донеччини … біля Очеретиного" is no Tsaritsyno) and
                # stands when there is none ("Орєнбург")
                nearby = [code for (start, _), code in units if abs(start - match.start()) <= _NEARBY_CHARS
                          or _HELD_BEFORE.search(before)]  # "в окупованому селищі Вільне": any oblast the post names
                if not nearby and place.source == CITY_SECTION:
                    continue  # a city's quarter ("Рязанськ…" cut at the snippet's end) only in an oblast named
                if nearby and place.admin1_code not in nearby and lexicon().city_oblasts.get(
                        place.admin1_code or "") not in nearby:
                    inside = next((each for each in (within_oblast(word, language, code) for code in nearby) if each),
                                  None)
                    # (not after a village's noun: "в Липецькій області, с. Кузьминки" is no Moscow quarter)
                    variant_city = (place.matched_by == MATCHED_BY[2] and place.population >= TOWN_POPULATION
                                    and place.source != CITY_SECTION and not _VILLAGE_NOUN.search(before))
                    if inside is not None or not variant_city:
                        place = inside
                    if place is None or place.admin1_code is None:
                        continue
            if not named and place.population < NAMESAKE_CITY:
                # "нафтобаза в Гвардійському під Сімфом … «горит нефтебаза в Гвардейском»": a town with a namesake of
                # like size in a region the post named before it (by a town or a region) is that one (Hvardiiske
                # in Crimea, not Gvardeysk in Kaliningrad oblast): the places of one post lie together
                earlier = [code for start, code, _, _ in found if start < match.start() and not code.startswith("SEA-")]
                if earlier and place.admin1_code not in earlier:
                    place = namesake_among(word, language, earlier) or place
            town_code = place.admin1_code
            if town_code is None:
                continue
            location = town_location(place)
            found.append((match.start(), town_code, (match.start(), match.end()), location))
        # "у районі Бєлгородського аеропорту", "Сизранський НПЗ"; "Волгоградський та Ярославський
        # нафтопереробні заводи": the adjectives joined to one before the facility name their towns too
        # "Таврійську ТЕС, розташовану поблизу Сімферополя": the sentence says where the facility lies
        # "Слов’янський НПЗ у Краснодарському краї": the region named right after the facility holds its town; an
        # adjective read as a town elsewhere (Sloviansk) is no place hit, the region named counts
        # (not a refinery the data lists by its adjective: "Слов'янський НПЗ" is Slavyansk-na-Kubani's, read below)
        by_name = [match.span() for _, match in facility_mentions(text)]
        _add_adjective_towns(facilities, text, language, found,
                             lambda match: located(text, match.end()) or any(
                                 start <= match.start(1) < end for start, end in by_name),
                             lambda match: region_after(text, match.end(), units))
        # "по НПЗ у Волгограді, Сизрані, Афіпському": a town's adjective in a list after the object's noun (.elided)
        _add_adjective_towns(elided, text, language, found)
        # "під бєлгородом", "у брянську": a Russian city in lower case after a preposition, as the channel writes
        # Russian names
        for match in _LOWER_AFTER_PREPOSITION.finditer(text):
            if _within_any(match, [span for _, _, span, _ in found]) or elsewhere(text, match.start(1)):
                continue
            city = _lower_russian_city(match.group(1), language)
            if city is not None and city.admin1_code is not None:
                found.append((match.start(1), city.admin1_code, match.span(1), town_location(city)))
        # "по брянському заводу": a Russian city's adjective in lower case, as the channel writes Russian names
        _add_adjective_towns(_LOWER_TOWN_FACILITY.finditer(text), text, language, found,
                             lambda match: located(text, match.end()) or not _a_russian_city(match.group(1), language,
                                                                              match.group(0)),
                             lambda match: region_after(text, match.end(), units))
        for facility in facilities:
            joined = _JOINED_ADJECTIVES.search(text, max(0, facility.start() - 120), facility.start())
            if joined:
                _add_adjective_towns(_TOWN_ADJECTIVE.finditer(text, joined.start(), joined.end()), text, language,
                                     found)
        # "НПЗ «Лукойл-…»", "КІНЕФ", "ГПС «Тингута»": works named by a compound or a listed name
        found.extend((span[0], named, span, admin1_location(named)) for named, span in facility_places(text, language))
        found.extend(quoted_facility_towns(text, language))  # "аеропорт «Брянськ»", "ГВС «Суджа»"
        # "аеродроми Дягілєво, Олєнья та Енгельс", "аеродромі «Бєлая»", "в порту «Кавказ»"; a headline's name just
        # before the word ("Шайковка, аеродром, вибухи", "Моздок. Аеродром.")
        for noun, sites in ((_AIRFIELD, lexicon().airfields), (_PORT, lexicon().ports)):
            for match in noun.finditer(text):
                window = text[match.end():match.end() + _AIRFIELD_REACH].split(".")[0]
                for code, site in sites:
                    bases = [(match.end() + base.start(), match.end() + base.end()) for base in site.finditer(window)]
                    bases.extend(named_just_before(text, match.start(), site))
                    for start, finish in bases:
                        if not any(begin <= start < end for _, _, (begin, end), _ in found):
                            found.append((start, code, (start, finish), admin1_location(code)))
    # "жодного літра бензину для Москви", "«припинення вогню» для Курської області": whom something is for;
    # "ГУ СБУ в Донецькій та Луганській областях": the oblasts a body serves, not where anything was hit
    bodies = [match.span(1) for match in _BODY_OF_UNITS.finditer(text)]
    found = [item for item in found if not wished(text, item[0], language)
             and not for_whom(text, item[0]) and not compared(text, item[0])
             and not supplied(text, item[0]) and not threatened(text, item[0]) and not alerted(text, item[0])
             and not inscribed(text, item[0]) and not purpose(text, item[0]) and not avenged_or_next(text, item[0])
             and not reference_point(text, item[0])
             and not received_later(text, item[2][1], language)
             and text[max(0, item[0] - 1):item[0]] != "#"  # "#Бєлгород": a tag, not a place hit
             and not any(begin <= item[0] < end for begin, end in bodies)]
    # "Слов'янськ-на-Кубані … дим від Слов'янська": the compound's short form, the compound's own town
    found = [item for item in found if not short_of_compound(text, item[2])]
    # (air defence at work over a place, where the post names another: "Над Москвою працювала ППО, а дрони …")
    # (... or greeted, a home, or where a struck airfield's planes bomb: "Привіт Курщині!", "родом з …")
    over = [item for item in found if defended(text, item[0], item[2][1]) or named_in_passing(text, item[0])]
    found = [item for item in found if item not in over] or over
    found.extend(_city_and_oblast(text, found))
    found = sorted(namesakes_in_regions_before(text, language, found), key=lambda item: item[0])
    places: list[Place] = []
    seen: set[str] = set()
    last_end = -1
    for _, code, span, location in found:
        gap = text[last_end:span[0]] if 0 <= last_end <= span[0] else None
        last_end = max(last_end, span[1])
        if gap is not None and (_REFERENCE.match(gap) or _held_region_of(gap, language)):
            continue  # "в Азовському морі неподалік ... Криму": Crimea says where in the sea, it is not a place hit
        if code in seen or (_INSIDE_COMPOUND.search(text, max(0, span[0] - 2), span[0])
                            and not text[span[1]:span[1] + 1].isalpha()):
            # (not the whole second half of a compound name: "«Іваново-Сєверний»" is no Severny of Moscow; the stem
            # of a works' name is its town, "«Лукойл-Нижегороднефтеоргсинтез»")
            continue
        seen.add(code)
        if code in HELD_BY_RUSSIA and text[span[0] - 1:span[0]] == "(" and text[span[1]:span[1] + 1] == ")":
            location = admin1_location(code)  # "дві пускові установки (Запоріжжя)": a label in brackets, the area
        places.append(Place(code, span, location))
    return places


# a town's name of the form "X-на-Y" ("Слов'янськ-на-Кубані", "Ростова-на-Дону"): the stem of its first part
_ON_COMPOUND = re.compile(r"(?<![\w'’ʼ-])([А-ЯЁІЇЄҐ][\w'’ʼ]{3,})-на-[А-ЯЁІЇЄҐ]")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})
_STEM = 5


def short_of_compound(text: str, span: tuple[int, int]) -> bool:
    """Whether the place at ``span`` is the first part alone of a town "X-на-Y" the post names elsewhere ("Дим від
    Слов'янська" after "Слов'янськ-на-Кубані": that town, not Sloviansk of Donetsk oblast)."""
    word = text[span[0]:span[1]].translate(_APOSTROPHES).lower()
    if len(word) < _STEM or text[span[1]:span[1] + 1] == "-":
        return False
    return any(compound.start() != span[0] and compound.group(1).translate(_APOSTROPHES).lower()[:_STEM] == word[:_STEM]
               for compound in _ON_COMPOUND.finditer(text))


# what follows a unit's noun heading a post: a comma, a colon or a dash, or "and" with another name
_HEADING_UNIT = re.compile(r"\s*(?:[,:—–]|-\s|\s(?:й|і|та|и)\s+[А-ЯЁІЇЄҐ])")
# a capitalised word joined by a hyphen to the word before: the rest of a compound name ("Іваново-Сєверний")
_INSIDE_COMPOUND = re.compile(r"[^\W\d_]-$")


# "у м. Севастополь тимчасово окупованого Криму": a region in the genitive right after a place, with only the
# words of its occupation between, says where that place lies
_HELD_BETWEEN = re.compile(r"\w*[\s,]*(?:(?:ТОТ|тимчасово|окупован\w+)\s+)*?(?:тимчасово\s+)?(окупован\w+)\s+",
                           re.IGNORECASE)


def _held_region_of(gap: str, language: str) -> bool:
    """Whether ``gap``, between a place and the next, is a participle of occupation in the genitive."""
    held = _HELD_BETWEEN.fullmatch(gap)
    if held is None:
        return False
    cases = {case for _, grammemes in readings(held.group(1).lower(), language) for case in grammemes}
    return "gent" in cases and "loct" not in cases and "datv" not in cases


# a word for an airfield, and how far after it its names may follow ("три аеродроми — Дягілєво, Олєнья та Енгельс"),
# or an aircraft at a place ("Ураження Мі-8 у Гвардійському": aircraft stand at an airfield)
_AIRFIELD = re.compile(r"\b(?:аеродром|аэродром|авіабаз|авиабаз|авіаційн\w*\s+баз|летовищ)\w*|(?<![\w-])(?:(?:Су|Мі|Ка|"
                       r"Іл|Ан|Ту|МіГ|Ми|Ил|МиГ)-\d+\w*|літак\w*|гелікоптер\w*|вертол[іьо]т\w*)\s+[ув](?=\s)",
                       re.IGNORECASE)
_AIRFIELD_REACH = 60
_PORT = re.compile(r"(?<![\w-])порт(?:у|і|ом|а|и|ів)?(?![\w-])", re.IGNORECASE)
_BODY_OF_UNITS = re.compile(r"(?<![\w'’])(?:ГУ\s+|У)?(?:СБУ|ГУНП|НПУ|ДСНС|ДБР|ОВА|ОДА|прокуратур\w*|поліці\w*)"
                            r"\s+[ву]\s+"
                            r"((?:[\w'’]+(?:\s*,\s*|\s+(?:та|і|й)\s+))*[\w'’]+\s+(?:област|обл\b|кра[їюй]|республік)\w*)")
# "Москву та область": the oblast around a federal city named just before, by the city's code
_AND_ITS_OBLAST = re.compile(r"\s*(?:та|і|й|и)\s+(?:област[ьіи]|областю|обл\.?|Підмосков\w*|Подмосков\w*)(?![\w'’])",
                             re.IGNORECASE)


def _city_and_oblast(text: str, found: list[tuple[int, str, tuple[int, int], Location]]
                     ) -> list[tuple[int, str, tuple[int, int], Location]]:
    """The oblast named as "та область" right after the federal city it surrounds ("Москву та область")."""
    more = []
    for _, code, (_, end), _ in found:
        oblast = lexicon().city_oblasts.get(code)
        match = _AND_ITS_OBLAST.match(text, end) if oblast else None
        if oblast and match:
            more.append((match.start(), oblast, match.span(), admin1_location(oblast)))
    return more


def _within_any(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    return any(start <= match.start() < end for start, end in spans)


def _district_after(text: str, end: int, units: list[tuple[tuple[int, int], str]], language: str) -> str | None:
    """The region of the district named right after a village ("у районі села Донське Сімферопольського
    району"): that of the oblast named after the district, else that of the town the district is named after."""
    gap = _APPOSITION.match(text, end)
    district = (_TOWN_DISTRICT.match(text, gap.end() if gap else end)
                or _CUT_DISTRICT.match(text, gap.end() if gap else end))
    if district is None:
        return None
    after = next((code for (start, _), code in units if 0 <= start - district.end() <= 40
                  and _APPOSITION.fullmatch(text[district.end():start])), None)
    if after is not None:
        return after
    centre = adjective_town(district.group(1), language)
    return centre.admin1_code if centre is not None else None


@lru_cache(maxsize=4096)
def _raion_region(adjective: str, language: str) -> str | None:
    """The oblast of the one Ukrainian raion a district's adjective names ("Корюківському" -> UA-74), or None."""
    code = raion_code(parse(adjective.lower(), language)[0].capitalize())
    place = raion(code) if code is not None else None
    return place.admin1 if place is not None else None


def _add_adjective_towns(matches: Iterable[re.Match[str]], text: str, language: str,
                         found: list[tuple[int, str, tuple[int, int], Location]],
                         skip: Callable[[re.Match[str]], bool] = lambda match: False,
                         region: Callable[[re.Match[str]], str | None] = lambda match: None) -> None:
    """The towns the adjectives of ``matches`` (group 1) name, added to ``found``: not inside a place found
    already, not where ``skip`` says, not a place the sentence puts elsewhere, and not outside the ``region``
    named for the match."""
    for match in matches:
        if _within_any(match, [span for _, _, span, _ in found]) or skip(match) or elsewhere(text, match.start()):
            continue
        town = adjective_town(match.group(1), language)
        named = region(match)
        if town is not None and town.admin1_code is not None and named in (None, town.admin1_code):
            found.append((match.start(), town.admin1_code, match.span(1), town_location(town)))
