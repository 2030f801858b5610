"""The roles a place may have in its sentence other than where something was hit: where something came from,
flew to, flew over or was heading, the point a distance is measured from, a place compared, supplied or
wished a strike on, whom something is for, words written on a thing. Nothing here raises on user text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from trucewatch.nlp.slavic.lexicon import raw_lexicon
from trucewatch.nlp.slavic.morph import parse, readings
from trucewatch.nlp.slavic.spans import sentence_around

# "з Воронезької і Волгоградської областей", "со стороны Курской области": where the drones came from
# (also from a sea's waters, a held land or a territory: "з акваторії Чорного моря", "з окупованого Криму", "з
# території Брянської області")
_ORIGIN = re.compile(r"(?:\bз-під|\bіз-під|\bиз-под|\bз|\bіз|\bзі|\bиз|\bс|\bсо|\bсо\s+стороны|\bз\s+боку|"
                     r"\bз\s+напрямку|\bвід|\bот)"
                     r"(?:\s+(?:акватор[іи]\w*|(?:тимчасово\s+)?окупован\w*|оккупированн\w*|територі[їя]|"
                     # (... or an area: "з району Приморсько-Ахтарська", "из района Курска")
                     r"территори[ия]|район[уаі]|районів|районов|"
                     # (... or a part of a land: "стартували десь з півночі Чернігівщини", "с юга Курской области")
                     r"півночі|півдня|сходу|заходу|севера|юга|востока|запада))?\s*$", re.IGNORECASE)
# (the air force's "з напрямків Брянськ, Курськ, Міллерово", "с направлений …": where drones were launched from)
_ORIGIN_ALWAYS = re.compile(r"(?:\bсо\s+стороны|\bз\s+боку|\bз\s+напрямк(?:у|ів)|\bс\s+направлени[йя])\s*$",
                            re.IGNORECASE)
# a bare "з" / "из" is where something flew from only when something flies: "БПЛА з Брянської області", not
# "Репортери з Краснодарського краю повідомляють про вибухи"
_FLIGHT = re.compile(r"БПЛА|БпЛА|беспилот|безпілот|дрон|ракет|шахед|герань|запуск|пуск|летіл|летів|летят|летять|"
                     r"летел|рух|курс|напрям|направлен|атак|удар|старту|стартов|вилет|вылет|злет|взлет|птах|пташ",
                     re.IGNORECASE)


# "МНС стягує техніку з Саратова", "пожежників звозять аж із Волгограда": where help is brought from
_BROUGHT_FROM = re.compile(r"(?<![\w'’])(?:стяг\w*|звоз\w*|звез\w*|перекида\w*|перекину\w*|стягива\w*)\s+"
                           r"(?:[\w'’-]+\s+){0,3}?(?:аж\s+)?(?:з|із|зі|из|с|со)\s+$", re.IGNORECASE)
# "(район пусків — Волгоградська обл.)", "районы пуска – Курская область": the area something was launched from
_LAUNCH_AREA = re.compile(r"(?<![\w'’])район\w*\s+(?:пуск\w*|запуск\w*)\s*(?:[—–:-]\s*)?$", re.IGNORECASE)
# "Пуски … з кораблів у Чорному морі", "с самолётов над Каспием": where the ships or planes launching stand or fly
# (planes also by their designation: "Кинджали з МіГів над Тамбовщиною", "з Ту-95 над Каспієм"; or the cape or
# airfield they are launched from: "з мису Чауда в Криму", "з аеродрому Саки в Криму"; also as the second of two
# launch sites, "з Приморсько-Ахтарська та мису Чауда в Криму")
_LAUNCHERS_AT = re.compile(r"(?<![\w'’])(?:з|із|зі|с|со)\s+(?:[\w'’-]+\s+(?:та|і|й|и)\s+)?"
                           r"(?:корабл\w*|мис[уа]?|аеродром\w*|аэродром\w*|човн\w*|"
                           r"підводн\w+\s+човн\w*|"
                           r"подводн\w+\s+лод\w*|літак\w*|самол[её]т\w*|бомбардувальник\w*|бомбардировщик\w*|ракетонос\w*|носі[їя]\w*|"
                           r"носител\w*|(?:МіГ|МиГ|Ту|Су)(?:[-‑]\d+\w*|ів|ов|ах|ами))"
                           r"\s+(?:[\w'’-]+\s+)?(?:у|в|на|над)\s+(?:(?:акваторі\w*|районі|районе)\s+)?$",
                           re.IGNORECASE)


# "вибухи лунають від Львова до Харкова", "от Брянска до Белгорода": the ends of a span of land, named for its breadth,
# no place hit or flown from (the first end opens with "від" / "от", the second follows its "до")
_SPAN_FROM = re.compile(r"(?<![\w'’])(?:від|от)\s+$", re.IGNORECASE)
_SPAN_TO_AFTER = re.compile(r"[\w'’-]*\s+до\s+[А-ЯЁІЇЄҐ]")
_SPAN_TO_BEFORE = re.compile(r"(?<![\w'’])(?:від|от)\s+[А-ЯЁІЇЄҐ][\w'’-]*\s+до\s+$", re.IGNORECASE)


def span_end(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is an end of a span of land ("від Луцька до Запоріжжя")."""
    if _SPAN_FROM.search(text, max(0, start - 8), start):
        return _SPAN_TO_AFTER.match(text, start) is not None
    return _SPAN_TO_BEFORE.search(text, max(0, start - 40), start) is not None


def from_origin(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is named as where something came from."""
    if span_end(text, start):
        return True
    before = text[max(0, start - 30): start]
    if _SEEN_TOWARDS.search(text, max(0, start - 60), start):
        return False  # "стовп диму з боку нафтопереробного заводу": where the smoke rises, not where drones came from
    if _PEOPLE_OF.search(text, max(0, start - 40), start):
        return False  # "місцеві з Астраханщини кидають фото вогню": where the people who saw it live
    if _ORIGIN_ALWAYS.search(before) or _LAUNCH_AREA.search(before) or _BROUGHT_FROM.search(
            text, max(0, start - 60), start) or _LAUNCHERS_AT.search(
            text, max(0, start - 60), start):
        return True
    found = _ORIGIN.search(before)
    if found is not None and _WITH.fullmatch(found.group(0).strip()) and _instrumental(text, start):
        return False  # "дрони розібралися з нафтобазою", "разом з Харковом": "з" with the instrumental is "with"
    return found is not None and bool(_FLIGHT.search(text[max(0, start - 120): start])
                                      or _LAUNCHED_AFTER.match(text, start))


_WITH = re.compile(r"з|із|зі|с|со", re.IGNORECASE)
# people "from" a place, who live there: locals, residents, eyewitnesses, subscribers ("місцеві з Астраханщини")
_PEOPLE_OF = re.compile(r"(?<![\w'’])(?:місцев\w*|жител\w*|мешканц\w*|люди|людей|очевидц\w*|підписник\w*|местн\w*|"
                        r"подписчик\w*)\s+(?:з|із|зі|из|с)\s+$", re.IGNORECASE)
# smoke, a glow, flashes or blasts seen or heard "from the side of" a place: the place is where they are
_SEEN_TOWARDS = re.compile(r"(?<![\w'’])(?:дим|диму|дым|дыма|заграв|зарев|спалах|вспышк|вибух|взрыв|пожеж|пожар|полум|"
                           r"пламя|вогонь|вогню|огонь|огня)\w*\s+(?:[\w'’]+\s+){0,2}(?:з\s+боку|з\s+напрямку|"
                           r"со\s+стороны)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
_WORD_AT = re.compile(r"[\w'’ʼ-]+")


def _instrumental(text: str, start: int) -> bool:
    """Whether the word at ``start`` is read only in the instrumental ("нафтобазою", "Харковом"; not "Криму",
    "Брянської"), in Ukrainian or in Russian."""
    word = _WORD_AT.match(text, start)
    if word is None:
        return False
    lowered = word.group(0).lower()
    for language in ("uk", "ru"):
        cases = [tags for _, tags in readings(lowered, language) if "UNKN" not in tags]
        if cases and all("ablt" in tags for tags in cases):
            return True
    return False


# "із Астраханської області рф було запущено ракету": a word of launching or flying later in the clause
_LAUNCHED_AFTER = re.compile(r"[^.!?;\n—]{0,50}?(?:запущен|запуска|запусти|пуск|вилеті|вилетів|злеті|злетів|летіл|"
                             r"летів|летять|летить|стартува)", re.IGNORECASE)


# "до Москви", "в направлении Москвы": where something was heading, not where it was hit
# (also "на" after a line or a route: "експортної лінії на Новоросійськ", "курс на Москву")
TOWARDS = re.compile(r"(?:\bдо|\bв\s+направлении|\b[ув]\s+напрямку|\bв\s+сторону|\bу\s+бік|\bв\s+бік|"
                     # (and "further on" to a place: "ще кілька пролетіли далі на Львівщину", "полетели дальше на")
                     r"\b(?:далі|дальше|далее)\s+(?:на|в|у)|"
                     # (and seen over a place on the way: "дрони йшли через Ростовську область, там їх бачили над
                     # Міллеровом")
                     r"\b(?:бачил[аио]?|бачив|помітил[аио]?|помічен[аіио]?|видел[аио]?|замечен[аыо]?)\s+(?:над|понад)|"
                     r"\b(?:ліні[яїію]|лини[яеию]|маршрут\w*|курс\w*|трас[аиуі]|шлях\w*|рейс\w*|ешелон\w*|эшелон\w*)\s+на|"
                     # (and trains bound for a place: "нафтобаза, з якої заправляють ешелони на Запоріжжя")
                     # a place flown over or across on the way ("пролетіли всю Запорізьку область", "перетнули
                     # Азовське море", "летели через Брянскую область")
                     # (not the town Proletarsk: "у Пролетарську Ростовської області")
                     r"\b(?!пролетар)(?:проле[тч]\w*|переле[тч]\w*|перетну\w*|перетина\w*|пересек\w*|пересекл\w*|через)"
                     r"(?:\s+(?:всю|усю|весь|увесь|всей|всего|всі|все))?|"
                     # ... or over it, or past it ("дорогою пролетіли над Тулою", "пройшли транзитом над Пензою",
                     # "пролетели над Калугой", "пронеслись повз Курськ")
                     # (and, with no prefix, going or flying over: "частина йшла над Житомирщиною", "летіли над
                     # Черкащиною")
                     r"\b(?!пролетар)(?:проле[тч]\w*|пронесл\w*|пройшл\w*|пройшов|пройшла|прошл[иа]|прошел|"
                     r"йшл[аио]|йшов|летіл[аио]?|летів|летять|летить|"
                     # (a distance flown between: "пролетіли понад 1000 км над Воронезькою областю")
                     r"транзит\w*)\s+(?:(?:понад|більше|близько|майже|более|больше|около|почти)\s+)?"
                     r"(?:\d[\d\s]*\s*(?:км|кілометр\w*|километр\w*)\s+)?"
                     r"(?:(?:транзитом|низько|низко)\s+)?(?:над|понад|повз|мимо))\s*$",
                     re.IGNORECASE)
# ... also with a part or a kind of place between ("в напрямку окупованої частини Донбасу та Запорізької
# області", "в сторону приграничных районов Курской области"): up to two words in lower case
_TOWARDS_OVER = re.compile(r"(?:\b[ув]\s+напрямку|\bв\s+направлении|\bв\s+сторону|\b[ув]\s+бік)"
                           r"(?:\s+[а-яёіїєґ'’-]+){1,2}\s*$", re.IGNORECASE)
# ... or where drones are still in the air ("ще близько двох десятків у повітрі над Житомирщиною", "досі
# кружляють над Києвом"): no place hit yet
_STILL_FLYING = re.compile(r"(?<![\w'’])(?:ще|досі|поки\s+що|ещё|еще|до\s+сих\s+пор)(?![\w'’])[^.!?;\n]{0,50}?"
                           r"(?<![\w'’])(?:[ув]\s+(?:повітрі|небі)|кружля\w*|в\s+воздухе|в\s+небе|кружат|кружит)"
                           r"\s+над\s+$", re.IGNORECASE)


# "дрони долетіли до НПЗ", "дісталися до Рязанського НПЗ": "до" after a verb of arriving names the place reached,
# where the drones hit, not one they were heading for (the verb's prefix "до-" already says they got there)
_ARRIVED = re.compile(r"(?<![\w'’])(?:долет|долит|дол[іи]т|дістал|дістан|доста[лвн]|добра[лвн]|добир|дотягн|дотяну|"
                      # ... and flew in, "при-" as "до-" ("дрони прилетіли до Брянська", "прилетіло до Курська")
                      r"прилет[іи]л|приліт|прилетел|"
                      # ... and called on ("пташка навідалась до Конаковської ГРЕС", "завітали до")
                      r"навіда[вл]|завіта[вл]|"
                      # ... and came to visit ("морські дрони прийшли в гості до нафтотерміналу")
                      r"прийш[ло](?=\w*\s+(?:[\w'’-]+\s+)?[ув]\s+гості))"
                      r"\w*\s+(?:(?:аж|навіть|даже|вже|уже|таки|все\s+ж)\s+)?(?:[ув]\s+гості\s+)?до\s+(?:[\w'’-]+\s+){0,3}$",
                      re.IGNORECASE)


def arrived(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is named after "до" as the place something reached ("долетіли до
    москви")."""
    return _ARRIVED.search(text, max(0, start - 60), start) is not None


def towards(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is named as where something was heading."""
    if arrived(text, start):
        return False
    return bool(TOWARDS.search(text[max(0, start - 30):start]) or _TOWARDS_OVER.search(text[max(0, start - 60):start])
                or _STILL_FLYING.search(text[max(0, start - 90):start]))


# "за 600 км від Бєлгорода", "в 20 километрах от Курска": the point a distance is measured from
_DISTANCE_FROM = re.compile(r"(?:\bкм|\bкілометр\w*|\bкилометр\w*)\s+(?:від|от)\s+(?:[а-яёіїєґ'’-]+\s+)?$",
                            re.IGNORECASE)


# the name before a list's glue ("до Москви та ", "до Брянської області, "), with its oblast's noun
# (or the land it lies in after "на": "з-під Енгельса на Саратовщині")
_LISTED_AFTER = re.compile(r"(?<![\w'’-])[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+(?:\s+(?:област\w*|обл\.?|кра\w+))?"
                           r"\s*(?:,|та|і|й|и|на)\s+$")


# "у напрямку Нижньогородської області (район Кстовського НПЗ)": a parenthesis right after a place named as
# where something flew to or from says where in that place, and shares its role
# (case kept: the name before the parenthesis is capitalised, or is an oblast's or krai's noun; a weapon's
# designation is no place: "РЛС до С-300 (Донеччина)", the radar of an S-300 system, hit in Donetsk oblast)
_ROLE_THEN_PARENTHESIS = re.compile(r"(?:\b[дД]о|\b[вВ]\s+направлении|\b[уУвВ]\s+напрямку|\b[вВ]\s+сторону|"
                                    r"\b[уУвВ]\s+бік|"
                                    r"\b[зЗ]\s+напрямку|\b[зЗ]\s+боку|\b[сС]о\s+стороны)(?:\s+[\w'’.-]+){0,3}"
                                    r"\s+(?:[А-ЯЁІЇЄҐ](?:[^\W\d_]|['’-])*|област\w*|обл\.|кра[йюяї]\w*)\s*\($")


# "дрони летять у Ленінградську область", "танкери прямували на завантаження у порт Новоросійськ": a verb of
# flying or heading earlier in the clause, and "у" / "в" / "на" with the accusative (not the locative, where a
# thing is: "летять в тверській області"), name where something was going
_HEADING = re.compile(r"(?<![\w'’])(?:летять|летить|летіл[иао]?|летів|полетіл\w*|полетять|прямува\w*|прямую\w*|"
                      r"прямує|рухаються|рухал\w*ся|направля\w*ся|летят|летит|"
                      r"летел\w*|полетел\w*|направлял\w*ся|следовал\w*)(?![\w'’])", re.IGNORECASE)
_INTO = re.compile(r"(?<![\w'’])(?:у|в|во|на)\s+(?:([а-яёіїєґ'’-]+)\s+)?$", re.IGNORECASE)
_HEADING_REACH = 60


def _heading_to(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a verb of flying or heading in its clause and a preposition with
    the accusative."""
    into = _INTO.search(text, max(0, start - 30), start)
    if into is None:
        return False
    begin = max(0, start - _HEADING_REACH)
    marks = list(re.finditer(r"[.!?;:\n]", text[begin:start]))
    if marks:
        begin += marks[-1].end()
    if not _HEADING.search(text, begin, into.start()):
        return False
    named = _WORD_AT.match(text, start)
    word = into.group(1) or (named.group(0) if named else "")
    language = "uk" if re.search(r"[іїєґІЇЄҐ]", text[begin:start + 40]) else "ru"
    cases = {case for _, grammemes in readings(word.lower(), language) for case in grammemes}
    return "accs" in cases and "loct" not in cases


# "Поїзд №52 Одеса — Запоріжжя пошкоджено через атаку по Дніпру", "рейс Москва – Сочі": the ends of a train's, a
# bus's or a flight's route, each named after the route's noun (the second after the first and a dash)
_ROUTE = re.compile(r"(?<![\w'’])(?:[Пп]оїзд\w*|[Пп]отяг\w*|[Пп]оезд\w*|[Рр]ейс\w*|[Аа]втобус\w*|"
                    r"[Ее]лектричк\w*|[Ээ]лектричк\w*)"
                    r"(?:\s+(?:№|N)\s*\d+\w*)?\s+(?:[А-ЯЁІЇЄҐ][\w'’-]+\s*[—–-]\s*)?$")


def on_route(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is named as an end of a train's, a bus's or a flight's route."""
    return bool(_ROUTE.search(text[max(0, start - 60):start]))


# "Тамбовщина? Ні, сьогодні Ростовщина", "Новокуйбишевськ — ні, Тюмень": a place guessed and at once denied
# (a dash with a space before it: "у Нікопольському р-ні" is a district)
_DENIED = re.compile(r"[\w'’ʼ-]+(?:\s+[\w'’ʼ-]+)?(?:\s*\?|\s+[—–-])\s*(?:ні|нет)(?=\s*[,.!:;—–-])", re.IGNORECASE)


# "Не Рязань і не Москва, а Кстово", "цього разу не Бєлгород, а Курськ": a place the post says it is not; "Всі чекали
# на Брянськ, а прилетіло в Орел", "Поки всі дивились на Курщину, …": a place expected or watched instead
_NOT_THIS = re.compile(r"(?<![\w'’ʼ])(?:не\s+(?:(?:в|у|на|по|до|з|із)\s+)?|(?:чекали|чекав|чекала|очікували|дивились|"
                       r"дивилися|дивився|ставили|думали)\s+(?:на|про)\s+)$", re.IGNORECASE)


def denied(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is guessed and at once denied ("Тамбовщина? Ні, …"), said not to be
    the one ("не Бєлгород, а Курськ") or expected instead ("чекали на Брянськ")."""
    return _DENIED.match(text, start) is not None or _NOT_THIS.search(text, max(0, start - 20), start) is not None


# "на траверзі Севастополя", "на траверзе Новороссийска": the point a ship's place at sea is told by; "через річку
# Кубань", "на реке Дон": a river, not the region of its name; "по той бік Кубані", "по ту сторону Днепра": what a
# place lies across
_REFERENCE = re.compile(r"(?<![\w'’])(?:(?:на\s+)?травер[зс]\w*\s+(?:м\.\s*|г\.\s*)?|"
                        r"(?:річк[аиуоі]|річкою|рік[аиуі]|рікою|рек[аиуе]|рекой)\s+|"
                        r"по\s+(?:той|інший|другий)\s+бік\s+|по\s+(?:ту|другую)\s+сторону\s+)$", re.IGNORECASE)


def reference_point(text: str, start: int) -> bool:
    """Whether the place at ``start`` is the point a ship's place at sea is told by ("на траверзі Севастополя"), a
    river's name ("через річку Кубань") or what a place lies across ("по той бік Кубані")."""
    return _REFERENCE.search(text, max(0, start - 20), start) is not None or (
        _RIVER_NAME.match(text, start) is not None and _BANK.search(text, max(0, start - 20), start) is not None)


# "на левом берегу Днепра", "на правобережье Днепра", "форсировать Днепр": a river's bank, the river crossed (not "на
# лівому березі Херсонщини", "поблизу берегів Калмикії": a region's)
_BANK = re.compile(r"(?<![\w'’])(?:берег\w*|березі|правобереж\w*|левобереж\w*|лівобереж\w*|"
                   r"(?:правой|левой|правій|лівій)\s+сторон\w*|форсир\w*|форсув\w*)\s+$", re.IGNORECASE)
_RIVER_NAME = re.compile(r"(?:Днепр|Дніпр|Десн|Дон(?:а|у|ом|і|е)?\b|Сіверськ\w+\s+Дін|Северск\w+\s+Донц|Оскол|Ингул|"
                         r"Інгул|Сейм|Волг(?:а|и|е|у|ой|ою|і)\b)")


# "в Довжанську (колишній Свердловськ)", "(бывший Днепропетровск)": a town's former name, its new one named before
_FORMER_NAME = re.compile(r"\(\s*(?:колишн\w*|бывш\w*|раніше|ранее|стара\s+назва|до\s+\d{4}\s+(?:року|года)\s*[—–-]?)"
                          r"\s*(?:м\.\s*|г\.\s*)?$", re.IGNORECASE)


def _first_listed(text: str, start: int, role: Callable[[str, int], bool]) -> bool:
    """Whether the place at ``start`` is listed after a name that has ``role``, one or more names back ("з напрямків
    Брянськ, Курськ, Міллерово, Приморсько-Ахтарськ": every town of the list is where drones came from)."""
    for _ in range(_LIST_LENGTH):
        listed = _LISTED_AFTER.search(text[max(0, start - 60):start])
        if listed is None:
            return False
        start = max(0, start - 60) + listed.start()
        if role(text, start):
            return True
    return False


# the names read back along a list for the role of its first
_LIST_LENGTH = 8


# "люди їдуть аж до Великих Лук на Псковщині", "жителей вывозят к Смоленску": where people leave for, and the region
# named after that town, is no place hit
_LEFT_FOR = re.compile(r"(?<![\w'’])(?:їд[еу]\w*|їха\w*|виїжджа\w*|виїха\w*|евакую\w*|евакуйов\w*|тікають|тікали|"
                       r"втікають|вивозять|вивозили|переселя\w*|едут|ехали|уезжа\w*|уеха\w*|выезжа\w*|эвакуир\w*|"
                       r"бегут|бежали|вывоз\w*)\s+(?:(?:аж|навіть|даже|вже|уже|всі|все)\s+)?(?:до|к)\s+"
                       r"(?:[А-ЯЁІЇЄҐ][\w'’-]*\s+(?:[А-ЯЁІЇЄҐ][\w'’-]*\s+)?(?:на|в|у)\s+)?$", re.IGNORECASE)


def elsewhere(text: str, start: int) -> bool:
    """Whether the place starting at ``start`` is named as where something came from or flew to, as an end of a
    route, as the point a distance is measured from, as a town's former name, or as where people leave for, not where
    it was hit."""
    if (from_origin(text, start) or towards(text, start) or on_route(text, start) or denied(text, start)
            or _DISTANCE_FROM.search(text[max(0, start - 40):start]) or _heading_to(text, start)
            or _FORMER_NAME.search(text, max(0, start - 30), start)
            or _LEFT_FOR.search(text, max(0, start - 80), start)):
        return True
    # "постачає пальне до Москви та Бєлгородської області": a name listed after a destination or an origin
    if _first_listed(text, start, lambda text, first: from_origin(text, first) or towards(text, first)):
        return True
    opened = text.rfind("(", max(0, start - 60), start)
    return opened >= 0 and ")" not in text[opened:start] and bool(
        _ROLE_THEN_PARENTHESIS.search(text[max(0, opened - 80):opened + 1]))


# a verb in the imperative before a place in its sentence: a strike wished for ("заєбаште 100 дронів у
# Бєлгород", "ударьте по Курску"), not one that happened
_IMPERATIVE = re.compile(r"[а-яёіїєґ'’]+(?:те|іть|ить|ьте|йте)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;\n]")


# "жодного літра бензину для Москви": whom something is for, not where anything was hit
FOR = re.compile(r"(?<![\w'’])для\s+$", re.IGNORECASE)
# "для Київщини, Черкащини і Житомирщини": the names listed after the first share its role
_FOR_LIST = re.compile(r"(?<![\w'’])для\s+[А-ЯЁІЇЄҐ][\w'’ʼ-]+(?:\s*,\s*[А-ЯЁІЇЄҐ][\w'’ʼ-]+)*\s*(?:,|та|і|й|и)\s+$",
                       re.IGNORECASE)


def for_whom(text: str, start: int) -> bool:
    """Whether the place at ``start`` is named as whom something is for ("виробник електрики для Київщини,
    Черкащини і Житомирщини"), itself or listed after such a name."""
    return bool(FOR.search(text, max(0, start - 8), start) or _FOR_LIST.search(text, max(0, start - 100), start))
# "БПЛА, що використовувались для висвітлення надводної обстановки в акваторії Чорного моря", "важливий для
# забезпечення паливом угруповань на півдні": a place in a clause of purpose (for + a verbal noun) is where the
# thing serves, not where it was hit
_PURPOSE = re.compile(r"(?<![\w'’])(?:для|для\s+того,?\s+щоб)\s+[\w'’]+(?:нн|тт|ван|ен)(?:я|ю|і)\s+"
                      r"(?:[\w'’«»\"-]+\s+){0,5}(?:в|у|на|по|над|біля|поблизу|в\s+районі)\s+(?:[\w'’-]+\s+)?$",
                      re.IGNORECASE)
_PURPOSE_REACH = 90


def purpose(text: str, start: int) -> bool:
    """Whether the place at ``start`` ends a clause of purpose ("для висвітлення обстановки в акваторії …")."""
    begin = _clause_start(text, start, _PURPOSE_REACH, _CLAUSE_MARK)
    return bool(_PURPOSE.search(text, begin, start))


# "як і минулого тижня в Брянську", "більше, ніж у Курській області", "как и в Белгороде": a place compared (and
# "воронки, як після вибуху складу у Енгельсі": the strike a sight is likened to)
# (and "масштаб пожежі як у Туапсе", "как в Туапсе": "like" right before the place)
_COMPARED = re.compile(r"(?:^|[\s,])(?:(?:як\s+[ій]|так\s+само,?\s+як|ніж|чем|как\s+и|на\s+відміну\s+від|"
                       r"в\s+отличие\s+от|як\s+після|как\s+после)(?=\s)|(?:як|как)\s+(?:(?:колись|раніше|тоді|когда-то|раньше|тогда)\s+)?(?:у|в|во)\s+$|"
                       # ("це як наш Кременчук", "как наш Кременчуг": a town of one's own likened)
                       r"(?:як|как)\s+(?:наш|наша|наше|свій|своя|своє|свой)\s+$)",
                       re.IGNORECASE)
# "подібне влучання в Дорогобужі призвело до …": a like strike elsewhere, told to compare; not one counted as the
# latest of its kind ("друга подібна атака на Новоросійськ", "ще одна подібна атака"), which is the one reported
_LIKE = re.compile(r"(?<![\w'’])(?:подібн|аналогічн|схож|похож|аналогичн)\w*\s+(?:[\w'’-]+\s+)?(?:влучан|удар|атак|"
                   r"прил[іь]о?т|прил[её]т|уражен|поражен|вибух|взрыв|пожеж|пожар)\w*(?=\s)", re.IGNORECASE)
_LATEST_OF_ITS_KIND = re.compile(r"(?<![\w'’])(?:перш|друг|трет|четверт|п['’ʼ]?ят|чергов|нов|втор|очередн|"
                                 r"(?:ще|ещ[её])\s+(?:одн|раз)|вже|уже)\w*\s+$", re.IGNORECASE)
_CLAUSE_MARK = re.compile(r"[,.;:!?\n(—]")


def _clause_start(text: str, start: int, reach: int, boundary: re.Pattern[str]) -> int:
    """Where the clause (or sentence: ``boundary`` says which) holding ``start`` begins, at most ``reach``
    characters back."""
    begin = max(0, start - reach)
    marks = list(boundary.finditer(text, begin, start))
    return marks[-1].end() if marks else begin


# "нафтобаза, яка забезпечує паливом угруповання у Криму", "важливий для забезпечення паливом військ на півдні
# України, зокрема у Криму", "бере участь у передачі потужностей Костромської ГРЕС": where what was struck sends
# its goods or gets them from, not where it was hit
# (not a body's name: "центру матеріально-технічного забезпечення")
_SUPPLYING = re.compile(r"(?<![\w'’])(?:для\s+(?:забезпеченн|постачанн|обеспечени|снабжени)\w*|"
                        r"(?:забезпечу|забезпечува|постача[єюлв]|обеспечива|поставля|снабжа|передач[аіуе]|передач[иь]?)\w*|"
                        # (and what a power station or a line feeds: "ГРЕС — електростанції, що живить Тверську
                        # область і пів Підмосков'я", "ТЭЦ, которая питает Белгород")
                        r"живит\w*|живлят\w*|живлячи|живив|живил[аои]?|питает|питают|питал[аои]?|питающ\w*|"
                        # (and where a pumping station or a pipe sends its oil: "вузол, через який качають на
                        # Рязань", "через цей вузол жене пальне на Москву", "перекачивает нефть в Новороссийск")
                        r"качають|качає|качают|качает|перекачу(?:є|ють|вали|вав|вала)|прокачу(?:є|ють)|перекачива(?:ет|ют|л\w*)|"
                        r"прокачива(?:ет|ют)|жене|женуть|гонит|гонят|"
                        # (... or where its oil or fuel goes: "вузол, через який нафта йде на НПЗ Рязані й Москви")
                        r"(?:нафта|нефть|пальне|паливо|топливо|газ)\s+(?:йде|іде|ідуть|йдуть|идет|идёт|идут|йшла|шла|"
                        r"тече|течёт|течет|надходить|надходять|поступа\w*)|"
                        # (and whom a station gave its light: "ТЕС, яка давала світло і столиці, і Черкащині")
                        r"(?:дава|дає|дають|давал|дает|дают)\w*\s+(?:світло|електрик\w*|струм|тепло|свет|электричеств\w*))"
                        r"(?![\w'’])",
                        re.IGNORECASE)
# "операторів, яких перекинули з Херсонщини на Курщину": where troops were moved from or to
# (... or forces pulled in from elsewhere: "стягнуло пожежників з половини Ростовщини і навіть з Кубані")
_MOVING = re.compile(r"(?<![\w'’])(?:перекину|перекида|передислок|переброси|перебрас|перевели|переведен|стягну|"
                     r"стягува|стянул|стягива)\w*", re.IGNORECASE)
_SUPPLY_REACH = 160


# a dash after a comma closes the words of supplying, the place after it is the sentence's own ("удар по объектам
# газодобычи, обеспечивающим работу ВПК Украины, — в Харьковской и Полтавской областях")
_DASH_AFTER_COMMA = re.compile(r",\s*[—–]\s")


def supplied(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a word of supplying, or of moving troops, in its sentence."""
    begin = _clause_start(text, start, _SUPPLY_REACH, _CLAUSE_END)
    words = [*_SUPPLYING.finditer(text, begin, start), *_MOVING.finditer(text, begin, start)]
    return any(not _DASH_AFTER_COMMA.search(text, word.end(), start) for word in words)


# "Над Москвою всю ніч працювала ППО, а дрони … уразили НПЗ у Рязані", "а у Бєлгороді цього разу ППО відбилась": air
# defence at work over a place, its clause telling no hit; not where anything was struck when the post names another
# place (a tally's "ППО працювала над Брянськом, збито 10 дронів" keeps its one place)
_AIR_DEFENCE_AT_WORK = re.compile(r"(?<![\w'’])(?:ППО|ПВО|протиповітрян\w+\s+оборон\w+)(?![\w'’])\s*"
                                  r"(?:[\w'’]+\s+){0,3}?"
                                  r"(?:працювал|працю[єю]|відпрацювал|відпрацьову|відбивал|відбил|работал|работа[ею]т|"
                                  r"отработал|отбивал|отбил)\w*|"
                                  r"(?<![\w'’])(?:працювал|працю[єю]|відпрацювал|відбивал|відбил|работал|работа[ею]т|"
                                  r"отработал|отбивал|отбил)\w*\s+(?:[\w'’]+\s+){0,2}?(?:ППО|ПВО)(?![\w'’])",
                                  re.IGNORECASE)
_HIT_TOLD = re.compile(r"(?<![\w'’])(?:влуч|уражен|уразил|приліт|прильот|прилет|вибух|взрыв|пожеж|пожар|горит|горить|"
                       r"палає|знищен|уничтож|пошкодж|поврежд|збит|сбит|уламк|обломк)", re.IGNORECASE)


def defended(text: str, start: int, end: int) -> bool:
    """Whether the place at ``start``–``end`` is named in a clause of air defence at work that tells no hit, downing
    or debris ("Над Москвою всю ніч працювала ППО")."""
    begin = _clause_start(text, start, 80, _CLAUSE_MARK)
    after = _CLAUSE_MARK.search(text, end)
    finish = after.start() if after else len(text)
    return bool(_AIR_DEFENCE_AT_WORK.search(text, begin, finish)) and not _HIT_TOLD.search(text, begin, finish)


# "загроза є також у Татарстані": a place threatened, not hit (a danger declared, "ракетна небезпека у Брянській
# області", is an alert where a strike may also have been)
_THREAT = re.compile(r"(?<![\w'’])(?:загроз|угроз)\w*", re.IGNORECASE)
_THREAT_REACH = 40


def threatened(text: str, start: int) -> bool:
    """Whether the place at ``start`` follows a word of threat or danger in its clause."""
    return bool(_THREAT.search(text, _clause_start(text, start, _THREAT_REACH, _CLAUSE_MARK), start))


# "Після попадання в південній частині Криму також включили ракетну тривогу": a place where an alert was declared,
# in the same clause, is no place hit ("вибухи у Брянську, що влупили тривогу …" names Bryansk apart)
_ALERT_AFTER = re.compile(r"[^,;:.!?\n—–(]{0,40}?(?<![\w'’])(?:дали|дал[аои]|оголоси\w*|оголошува\w*|оголошен\w*|"
                          r"включил\w*|ввімкнул\w*|увімкнул\w*|вмикал\w*|лунал\w*|звучал\w*)\s+(?:[\w'’]+\s+)?тривог",
                          re.IGNORECASE)


# "за 30 хвилин до появи інформації про удар, було оголошено ракетну небезпеку у Брянській області": an alert or a
# danger declared, the place right after it
_ALERT_BEFORE = re.compile(r"(?<![\w'’])(?:оголоси\w*|оголошува\w*|оголошен\w*|включил\w*|ввімкнул\w*|увімкнул\w*|"
                           r"дали|дал[аои])\s+(?:[\w'’]+\s+)?(?:тривог|небезпек)\w*\s+(?:у|в|на|по)\s+(?:[\w'’-]+\s+)?$|"
                           # ... or only alerts there ("лише тривоги в Курській та Бєлгородській областях")
                           r"(?<![\w'’])(?:лише|тільки|були\s+лише|були\s+тільки)\s+тривог\w*\s+(?:у|в|на|по)\s+"
                           r"(?:[\w'’-]+\s+(?:та|і|й)\s+|[\w'’-]+,\s+)*$", re.IGNORECASE)


def alerted(text: str, start: int) -> bool:
    """Whether the place at ``start`` is named, in its clause, as where an air or missile alert (or danger) was
    declared."""
    return bool(_ALERT_AFTER.match(text, start) or _ALERT_BEFORE.search(text, max(0, start - 80), start))


def compared(text: str, start: int) -> bool:
    """Whether the place at ``start`` is in a clause that compares with it."""
    begin = max(0, start - 60)
    marks = list(_CLAUSE_MARK.finditer(text, begin, start))
    if marks:
        begin = marks[-1].start()
    like = _LIKE.search(text, begin, start)
    return bool(_COMPARED.search(text, begin, start)) or (
        like is not None and not _LATEST_OF_ITS_KIND.search(text, max(0, like.start() - 20), like.start()))


def wished(text: str, start: int, language: str) -> bool:
    """Whether the place at ``start`` follows a plural imperative verb in its sentence."""
    begin = _clause_start(text, start, 80, _CLAUSE_END)
    return any({"VERB", "impr"} <= parse(each.group(0).lower(), language)[1]
               for each in _IMPERATIVE.finditer(text, begin, start))


# "Відповідь за Київ: вночі дрони атакували НПЗ у Рязані", "помста за Одесу": the place a strike answers for, not one
# it hit
_AVENGED = re.compile(r"(?<![\w'’])(?:відповід\w*|помст\w*|відплат\w*)\s+за\s+$", re.IGNORECASE)
# "Жартую, що наступні — Астрахань або Саратов", "на черзі Новоросійськ": targets guessed to come next (not "наступної
# ночі", a night named)
# ... or soon, or as what might have been ("скоро і Москва", "А міг би бути Воронеж")
_NEXT = re.compile(r"(?<![\w'’])(?:наступн(?:ий|а|е|і|им|ими|ою)|на\s+черзі|скоро|незабаром|"
                   r"(?:міг|могла|могло|могли)\s+би?\s+бути)(?:\s*[—–:,-]\s*|\s+(?:буде|будуть|стане|стануть|мабуть|напевно|певно|можливо|і|й)"
                   r"(?:\s*,)?)*\s*(?:[А-ЯЁІЇЄҐ][\w'’-]+\s*(?:,|або|чи|та|і|й)\s*)*$",
                   re.IGNORECASE)
# "Росіяни гадають: Кіріші? Усть-Луга?", "Липецьк чи Тамбов?": a place named bare in a question, a guess (not "Вибухи в
# Курську?", a question the post goes on to answer)
_GUESSED = re.compile(r"[\w'’-]*(?:\s*\?|\s+(?:чи|або)\s+[А-ЯЁІЇЄҐ][\w'’-]+\s*\?)")
# (a guess stands bare: after a colon, a question mark, a dash or "чи" / "або")
_LISTED_BARE = re.compile(r"(?:^|[:?!,—–-]|(?<![\w'’])(?:чи|або))\s*$")
# "Дим видно навіть з Харкова", "заграву видно у Батайську": where a strike is seen or heard from
# (and in Russian, and by whom: "Взрывы было слышно и в Москве", "зарево видели даже жители Энгельса")
_SEEN_FROM = re.compile(r"(?<![\w'’])(?:видно|видн\w+|чути|чутно|чули|бачили|бачать|спостеріга\w*|видел[иа]?|видят|"
                        r"слышно|слышн\w+|слышал[иа]?|наблюдал[иа]?)\s+"
                        r"(?:(?:навіть|аж|ще|було|добре|даже|было|хорошо|и|і|тоже|також|также)\s+){0,3}"
                        r"(?:(?:з|із|зі|у|в|из|во)\s+|(?:жител\w+|мешканц\w+|мешканці)\s+)"
                        # ("дим видно з самого Краснодара": "itself" before the town)
                        r"(?:(?:самого|самої|самих|самому|самій|самом|самой)\s+)?"
                        r"(?:[А-ЯЁІЇЄҐ][\w'’-]+\s*(?:,|и|і|та|й)\s+)*$", re.IGNORECASE)


# "Привіт Курщині!", "Доброго ранку, Тамбов!", "Привет, Брянск": a place greeted, named in passing
_GREETING = re.compile(r"(?:^|(?<=[\s.!?,;:—–(«\"]))(?:привіт|привет|привєт|вітаю|вітання|салют|"
                       r"доброго\s+(?:ранку|ранечку|вечора|дня)|добрий\s+(?:ранок|вечір|день)|"
                       r"доброе\s+утро|добрый\s+(?:вечер|день)|доброй\s+ночи|добраніч)\s*,?\s*$", re.IGNORECASE)
# "аеродром Морозовськ, звідки Су-34 бомблять Харківщину", "с которого самолеты наносят удары по Сумщине": where a
# struck airfield's (or launch site's) planes bomb or strike, in the relative clause that tells it
_STRIKES_FROM_HERE = re.compile(r"(?<![\w'’])(?:звідки|звідти|(?:з|із|зі)\s+як(?:ого|ої|их)|откуда|оттуда|"
                                r"(?:с|со)\s+котор(?:ого|ой|ых))\s+[^.!?;\n]{0,60}?(?<![\w'’])"
                                r"(?:бомб|наноси|нанос|завда|б['’ʼ]ють|бьют|били|атаку|атакув|обстрілю|обстрелива|"
                                r"запуска|запуск|пуска|літа|летают|вилітают|вилітав|вылета)\w*[^.!?;\n]*$",
                                re.IGNORECASE)


# "Я сам родом з Воронежа", "моя рідна Одеса", "живу в Харкові", "уродженець Камчатського краю": the writer's (or
# someone's) home
_HOME = re.compile(r"(?<![\w'’])(?:родом|народив\w*|народил\w*|родил\w*|виріс|виросл\w*|вырос\w*|живу|живемо|живем|"
                   r"рідн\w+|родн\w+|уроджен\w*|урожен\w*)\s+"
                   r"(?:(?:з|із|зі|из|у|в|во|с|со|місто|город|селище)\s+)?$", re.IGNORECASE)


# a sentence saying no hit is known yet, while an alert or drones are told ("Про влучання поки жодної інформації",
# "Вибухів поки не чути", "о попаданиях пока не сообщается"), when every word of striking in the post stands in
# such a sentence (dismissed.no_strike_happened makes the post other); a place in it gives way to another
NO_HITS_YET = re.compile(r"(?<![\w'’])про\s+(?:влучання|прильоти|вибухи|ураження|наслідки)\s+"
                         # ("Про вибухи чи влучання поки ніхто не пише": none reported yet)
                         r"(?:(?:чи|або|і|та|й)\s+(?:влучання|прильоти|вибухи|ураження|пожежі|наслідки)\s+)?"
                         # (what was hit said with them: "Про влучання в енергетику поки інформації немає")
                         r"(?:(?:в|у|по|на)\s+[\w'’]+\s+)?"
                         r"(?:поки\s+|ще\s+|наразі\s+|досі\s+)?(?:що\s+)?(?:жодн\w*|нічого|ні\s+слова|немає|нема|не\s+відомо|невідомо|"
                         r"інформації\s+(?:немає|нема)|"
                         r"ніхто\s+не\s+(?:пише|писав|повідомляє|повідомляв))(?![\w'’])|"
                         # ("підтверджених влучань там немає", "прильотів не підтверджено")
                         r"(?<![\w'’])(?:влучань|вибухів|прильотів|уражень)\s+(?:там\s+|тут\s+|[ув]\s+місті\s+)?"
                         r"(?:поки\s+|ще\s+|наразі\s+|досі\s+)?(?:що\s+)?(?:не\s+чути|не\s+чутно|немає|нема|не\s+зафіксовано|"
                         r"не\s+видно|не\s+підтверджено|не\s+фіксу(?:ємо|ють|ється))(?![\w'’])|"
                         r"(?<![\w'’])(?:о\s+)?(?:попадани\w*|взрыв\w*|прил[её]т\w*)\s+(?:пока\s+)?(?:ничего\s+)?"
                         r"(?:не\s+слышно|не\s+сообща\w*|нет)(?![\w'’])|"
                         # ... the other way round ("Поки нічого не відомо про влучання")
                         r"(?<![\w'’])(?:нічого\s+)?(?:не\s+відомо|невідомо|не\s+пишуть|не\s+чути)\s+про\s+"
                         r"(?:влучання|прильоти|вибухи|ураження|наслідки)(?![\w'’])|"
                         # ... or none heard or seen by anyone yet, on the ground or by the writer ("Вибухів поки
                         # ніхто не чув", "вибухів на землі не чути", "Наслідків поки не бачу"), or quiet about
                         # them ("По ураженнях поки тихо")
                         r"(?<![\w'’])(?:влучань|вибухів|прильотів|уражень|наслідків)\s+(?:на\s+землі\s+)?"
                         r"(?:поки\s+|ще\s+|наразі\s+)?(?:що\s+)?(?:ніхто\s+не\s+(?:чув|бачив|чує|бачить|повідомляв|повідомляє|пише)|"
                         r"не\s+(?:чути|чутно|бачу|бачимо|видно))(?![\w'’])|"
                         r"(?<![\w'’])по\s+(?:влучаннях|ураженнях|наслідках|прильотах)\s+(?:поки\s+|ще\s+|наразі\s+)?"
                         r"(?:що\s+)?тихо(?![\w'’])", re.IGNORECASE)
# "нафтобаза в Енемі — це впритул до Краснодара", "Це поряд з Новоросійськом": a town the writer measures the place
# hit by, in an aside
_NEAR_ASIDE = re.compile(r"(?<![\w'’])(?:це|то\s+есть|это)\s+(?:(?:зовсім|прямо|майже|буквально|совсем|почти)\s+)?"
                         r"(?:впритул|поряд|поруч|неподалік|недалеко|рукою\s+подати|під\s+боком|біля|близько|рядом|"
                         r"возле|около|вплотную)\s+(?:(?:до|з|від|із|зі|с|от|к)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# "Су-34, що кидають КАБи на Харківщину", "Сушкам буде нічим закидати КАБами Харків": what planes bomb as a habit
# (the present or the infinitive), named beside the airfield struck
_PLANES_BOMB = re.compile(r"(?<![\w'’-])(?:Су-\d+|Ту-\d+|сушк\w*|літак\w*|самол[её]т\w*|бомбардувальник\w*|"
                          r"бомбардировщик\w*)[^.!?;\n]{0,80}?(?<![\w'’])(?:кидають|кидає|кидати|закидають|закидати|"
                          r"закидує|закидують|скидають|скидати|бомблять|бомбити|бомбят|бомбить|сбрасывают|бросают|"
                          r"бросать|закидывают)\s+(?:(?:КАБ|ФАБ|УМПК|бомб|авіабомб|авиабомб)\w*\s+)?(?:на\s+|по\s+)?"
                          # (each of a list: "кидають КАБи на Сумщину і Харківщину")
                          r"(?:[\w'’-]+\s*(?:,|і|й|та|и)\s+){0,3}$",
                          re.IGNORECASE)
# "Губернатор у Севасі тихенько сидить, а бахкає у Саках", "у Москві тихо": a place said to be quiet in its clause,
# which tells no hit there
_QUIET = re.compile(r"(?<![\w'’])(?:тихо|тихенько|тиша|тиші|спокійно|спокійненько|тихо-мирно)(?![\w'’])",
                    re.IGNORECASE)


def named_in_passing(text: str, start: int) -> bool:
    """Whether the place at ``start`` is greeted ("Привіт Курщині!"), named as where a struck airfield's planes
    bomb ("звідки Су-34 бомблять Харківщину", "Су-34, що кидають КАБи на Харківщину"), as a home ("родом з
    Воронежа"), as what the place hit is near in an aside ("— це впритул до Краснодара"), in a sentence saying no
    hit is known there yet ("У Брянську вибухів поки не чути") or in a clause calling it quiet ("у Москві тихо")."""
    clause = _clause_start(text, start, 140, _CLAUSE_END)
    sentence = sentence_around(text, start)
    return bool(NO_HITS_YET.search(text, *sentence) or _GREETING.search(text, max(0, start - 25), start)
                or _NEAR_ASIDE.search(text, max(0, start - 50), start)
                or _HOME.search(text, max(0, start - 30), start)
                or _STRIKES_FROM_HERE.search(text, clause, start) or _PLANES_BOMB.search(text, clause, start)
                or _quiet(text, start))


def _quiet(text: str, start: int) -> bool:
    """Whether the place at ``start`` stands in a clause that calls it quiet and tells no hit ("у Севасі тихенько")."""
    begin = _clause_start(text, start, 80, _CLAUSE_MARK)
    after = _CLAUSE_MARK.search(text, start)
    finish = after.start() if after else len(text)
    return bool(_QUIET.search(text, begin, finish)) and not _HIT_TOLD.search(text, begin, finish)


# "Не плутати з нашим Словʼянськом на Донеччині", "не путать с Белгородом-Днестровским": a namesake set apart, and
# what places it, to the sentence's end
_NOT_TO_CONFUSE = re.compile(r"(?<![\w'’])не\s+(?:плутати|плутайте|сплутайте|переплутайте|путать|путайте|"
                             r"перепутайте|спутайте)\s+(?:з|із|зі|с|со)\s+[^.!?\n]*$", re.IGNORECASE)


def avenged_or_next(text: str, start: int) -> bool:
    """Whether the place at ``start`` is named as what a strike answers for ("Відповідь за Київ"), as a target to
    come next or that might have been ("наступні — Астрахань або Саратов", "скоро і Москва"), as a guess in a question
    ("Липецьк чи Тамбов?"), as where the strike is seen from ("Дим видно навіть з Харкова") or as a namesake not to be
    confused with the place hit ("не плутати з нашим Словʼянськом на Донеччині")."""
    return bool(_AVENGED.search(text, max(0, start - 30), start) or _NEXT.search(text, max(0, start - 80), start)
                or (_GUESSED.match(text, start) and text[start:start + 1].isupper()
                    and _LISTED_BARE.search(text, max(0, start - 6), start) is not None)
                or _SEEN_FROM.search(text, max(0, start - 70), start)
                or _NOT_TO_CONFUSE.search(text, max(0, start - 120), start))


# "Брянськ буде приймати", "Курськ теж прийматиме", "Бєлгород отримає": the words after a town (a few adverbs, then a
# verb or the future's auxiliary and a verb), read for the future of a verb of receiving (``received_later`` in
# lexicon.yaml)
_AFTER_TOWN = re.compile(r"[\w'’ʼ-]*\s+(?:(?:теж|також|тоже|также|ще|ещё|еще|знову|снова|сьогодні|сегодня|завтра|"
                         r"скоро|точно|обов['’ʼ]?язково|обязательно)\s+){0,2}([\w'’ʼ-]+)(?:\s+([\w'’ʼ-]+))?",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _receiving() -> frozenset[str]:
    return frozenset(str(word) for word in raw_lexicon()["received_later"])


def received_later(text: str, end: int, language: str) -> bool:
    """Whether the place ending at ``end`` is the subject of the future of a verb of receiving ("Брянськ буде
    приймати", "Курськ прийматиме", "Белгород будет принимать"): a strike still to come, not one it took."""
    match = _AFTER_TOWN.match(text, end)
    if match is None:
        return False
    lemma, tags = parse(match.group(1).lower(), language)
    if lemma in _receiving():
        return "futr" in tags
    if lemma in ("бути", "быть") and "futr" in tags and match.group(2):
        verb, verb_tags = parse(match.group(2).lower(), language)
        return verb in _receiving() and bool({"infn", "INFN"} & verb_tags)
    return False


# "На крилі … було написано: «За Суми»", "Надпис "за Севастополь" на ракеті": the words written on a thing, a
# slogan or a dedication, name no place it hit
_WRITTEN = re.compile(r"(?<![\w'’])(?:написа\w*|напис\w*|надпис\w*|підписа\w*|гасл\w*|лозунг\w*|"
                      r"подписа\w*)[^.!?\n«»\"“”„]{0,30}[«\"“„][^»\"“”\n]*$", re.IGNORECASE)
_WRITTEN_REACH = 80


def inscribed(text: str, start: int) -> bool:
    """Whether the place at ``start`` is within the quoted words written on a thing (after a word of writing)."""
    return bool(_WRITTEN.search(text, max(0, start - _WRITTEN_REACH), start))
