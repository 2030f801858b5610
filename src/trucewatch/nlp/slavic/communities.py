"""A regional channel's ways of naming where: a hromada by its adjective ("Великописарівська громада", "Хотінська,
Юнаківська та Миропільська громади"), which is named after its centre, a settlement of Ukraine; and a place line, a
town's name alone on the post's first line or after a pin ("📍Ромни\\n\\nВорог ударив …"), a dateline. Nothing here
raises on user text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode_candidates

_F = re.IGNORECASE
# "<adjective> [міська / селищна / сільська] громада" in any case and number; the adjectives listed before the noun
# share it ("Хотінська, Юнаківська, Краснопільська, Миропільська громади")
_COMMUNITY_NOUN = r"(?:(?:міськ|селищн|сільськ|територіальн|об['’ʼ]?єднан)\w*\s+)?(?:громад\w*|(?:О|)ТГ)(?![\w'’ʼ])"
_ADJECTIVE = r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:-[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+)?(?:ськ|цьк|зьк)(?:а|ої|ій|у|ою|і|их|им|ими)"
_COMMUNITIES = re.compile(r"(?<![\w'’ʼ-])(" + _ADJECTIVE + r")((?:\s*,\s*|\s+(?:та|і|й)\s+)" + _ADJECTIVE
                          + r")*\s+" + _COMMUNITY_NOUN)
_ONE_ADJECTIVE = re.compile(r"(?<![\w'’ʼ-])" + _ADJECTIVE)
_SUFFIX = re.compile(r"(?:ськ|цьк|зьк)\w*$")
# the first part of a centre's name of two words said as one adjective ("Великописарівська": Велика Писарівка)
_FIRST_WORDS = {"велико": ("Велика", "Великий", "Велике", "Великі"), "мало": ("Мала", "Малий", "Мале", "Малі"),
                "ново": ("Нова", "Новий", "Нове", "Нові"), "старо": ("Стара", "Старий", "Старе", "Старі"),
                "верхньо": ("Верхня", "Верхній", "Верхнє"), "нижньо": ("Нижня", "Нижній", "Нижнє")}
# a hromada's centre is a village at least; a hamlet of that name is not meant
CENTRE_POPULATION = 1_000


def _nouns(stem: str, suffix: str) -> list[str]:
    """The names a settlement may bear whose adjective is ``stem`` + ``suffix`` ("юнаків" + "ськ": Юнаківка;
    "краснопіль": Краснопілля; "хотін": Хотінь; "шосткин": Шостка; "тростяне" + "цьк": Тростянець)."""
    if suffix.startswith("ц"):
        return [stem + "ць", stem + "ця", stem + "ці"]
    names = [stem, stem + "ь", stem + "ка", stem + "а", stem + "и", stem + "е", stem + "о"]
    if stem.endswith("іль"):
        names.append(stem[:-1] + "ля")  # Краснопілля, Білопілля, Миропілля
    if stem.endswith(("ин", "ян")) and len(stem) > 4:
        names.append(stem[:-2] + "а")  # Шостка, Ворожба
    if stem.endswith("ів"):
        names.extend((stem[:-2] + "ове", stem[:-2] + "а"))  # Іванове; Новосілка ("новосілківська")
    return names


def _centre_names(adjective: str) -> list[str]:
    """The names of the settlement a hromada's adjective may stand for, likeliest first."""
    lowered = adjective.lower().replace("ʼ", "’").replace("'", "’")
    suffix_match = _SUFFIX.search(lowered)
    if suffix_match is None:
        return []
    stem, suffix = lowered[:suffix_match.start()], suffix_match.group(0)
    if "-" in stem:  # "Середино-Будська": Середина-Буда
        first, second = stem.split("-", 1)
        firsts = [first[:-1] + ending for ending in ("а", "е", "ий", "і")] if first.endswith("о") else [first]
        return [f"{head.capitalize()}-{tail.capitalize()}" for tail in _nouns(second, suffix) for head in firsts]
    names = [noun.capitalize() for noun in _nouns(stem, suffix)]
    for opening, words in _FIRST_WORDS.items():
        if stem.startswith(opening) and len(stem) > len(opening) + 3:
            rest = _nouns(stem[len(opening):], suffix)
            names.extend(f"{word} {noun.capitalize()}" for noun in rest for word in words)
    return names


@lru_cache(maxsize=4096)
def community_centres(adjective: str) -> tuple[GeoMatch, ...]:
    """The settlements of Ukraine, of CENTRE_POPULATION people or more, that a hromada named by ``adjective`` may
    be centred on (found by their own name), largest first."""
    found: dict[str, GeoMatch] = {}
    for name in _centre_names(adjective):
        for match in geocode_candidates(name, country="UA"):
            if (match.matched_by == MATCHED_BY[0] and match.population >= CENTRE_POPULATION and match.admin1_code
                    and match.name and (match.id or match.name) not in found):
                found[match.id or match.name] = match
    return tuple(sorted(found.values(), key=lambda match: -match.population))


def community_places(text: str, context: list[str]) -> list[tuple[tuple[int, int], GeoMatch]]:
    """The hromadas ``text`` names by their adjectives, each as its centre: where a name fits settlements in several
    oblasts, the one in an oblast of ``context`` (the other places the post names) or of the hromadas named with it
    that fit one settlement only; else the largest."""
    named: list[tuple[tuple[int, int], tuple[GeoMatch, ...]]] = []
    for group in _COMMUNITIES.finditer(text):
        for adjective in _ONE_ADJECTIVE.finditer(text, group.start(), group.end()):
            centres = community_centres(adjective.group(0))
            if centres:
                named.append((adjective.span(), centres))
    sure = {centres[0].admin1_code for _, centres in named if len({each.admin1_code for each in centres}) == 1}
    around = {*context, *(code for code in sure if code)}
    chosen: list[tuple[tuple[int, int], GeoMatch]] = []
    for span, centres in named:
        chosen.append((span, next((each for each in centres if each.admin1_code in around), centres[0])))
    return chosen


# a town opening its line as the object of a verb of attacking after it, perhaps past a time word ("Шостку атакують уже
# третю добу поспіль", "Конотоп знову обстріляли")
_ATTACKED_AFTER = re.compile(r"(?:\s+(?:знову|вже|уже|вночі|уночі|сьогодні|зранку|вранці|ввечері)){0,2}\s+"
                             r"(?:атакують|атакували|атакувала|атакував|обстрілюють|обстріляли|обстріляв|обстріляла|"
                             r"бомблять|бомбили|б['’ʼ]ють|гатять|гатили|атаковано|обстріляно)(?![\w'’ʼ])", _F)
# a pin or a place emoji before a name opening a line ("📍Конотоп", "📍 Краснопілля"): the name is a place's
_PIN = re.compile(r"(?:📍|🏠|🏘️?|🏙️?|🗺️?)\uFE0F?\s*$")


def place_line(text: str, start: int, end: int) -> str:
    """What a name from ``start`` to ``end`` opening its line says of itself: "settlement" after a pin ("📍Ромни"),
    "heading" alone on the line with a line after it ("Конотоп\\n\\nМасована атака …"), else ""."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if re.search(r"\w", before):
        return ""
    if _PIN.search(before):
        return "settlement"
    if _ATTACKED_AFTER.match(text, end):
        return "struck"  # "Шостку атакують уже третю добу": the town named first, the verb of attacking after it
    line_end = text.find("\n", end)
    if line_end > 0 and not text[end:line_end].strip() and text[line_end:].strip():
        return "heading"
    return ""
