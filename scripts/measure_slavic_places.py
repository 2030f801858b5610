"""Town names in Russian and Ukrainian sentences measured against the gazetteer they come from.

For every Ukrainian settlement of ``UA_POPULATION`` people and every Russian town of ``RU_POPULATION`` people in the
regions posts speak of most (``RU_REGIONS``: the border oblasts and the regions strikes reach), the town's Cyrillic
names in the gazetteer are put into short post-like sentences in both languages, inflected by pymorphy3 as posts
inflect them: the locative after "у" / "в", the genitive after "біля" / "около" / "в районі", the nominative heading a
post, and a town's adjective ("-ськ" / "-ск" + "-ий") before a works or a training centre. Each sentence is read by
the Russian and Ukrainian place reader (``find_places``, as the post reader calls it) and scored: the first place
found in the town's region (``admin1``) and within 25 km of it (``within_25km``). Sentences of the same shapes with
common nouns and adjectives in the name's place count false places (``false_places``: any place found).

Prints one JSON object. Usage: ``PYTHONPATH=$PWD/src python scripts/measure_slavic_places.py [--every N] [--misses]``
(``--every 7`` reads every seventh town only, ``--misses`` adds the sentences read wrongly).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from trucewatch.geo.admin1 import STRIKE_REACH_RU_REGIONS
from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import all_places, cyrillic_name_keys
from trucewatch.nlp.slavic.adjectives import CITY_SECTION
from trucewatch.nlp.slavic.morph import analyser
from trucewatch.nlp.slavic.places import find_places

UA_POPULATION = 10_000
RU_POPULATION = 15_000
RU_REGIONS = STRIKE_REACH_RU_REGIONS
NEAR_KM = 25.0
# (language, template, case): the shapes posts name a town in
TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("uk", "У {} пролунали вибухи.", "loct"),
    ("uk", "Біля {} збито дрон.", "gent"),
    ("uk", "{}: вночі лунали вибухи.", "nomn"),
    ("ru", "В {} атакован нефтезавод.", "loct"),
    ("ru", "В районе {} сбит беспилотник.", "gent"),
    ("ru", "{}: ночью слышны взрывы.", "nomn"),
    # a town named by its adjective before what was hit (towns whose name ends in "-ськ" / "-ск" / "-цк")
    ("uk", "Дрони атакували {} нафтопереробний завод.", "adjective"),
    ("uk", "Уражено {} навчальний авіаційний центр.", "adjective"),
    ("ru", "Атакован {} нефтеперерабатывающий завод.", "adjective"),
    ("ru", "Поражен {} учебный авиационный центр.", "adjective"),
)
_ADJECTIVE_STEM = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")
# common nouns and adjectives in the name's place: none of them may be read as a place
COMMON_WORDS: dict[str, tuple[str, ...]] = {
    "uk": ("поле", "ліс", "річка", "завод", "склад", "школа", "лікарня", "дорога", "база", "порт", "село", "місто",
           "аеродром", "будинок", "підстанція", "нафтобаза", "ферма", "лісосмуга", "пасіка", "гора", "нова", "зелена",
           "синя", "польова", "нічна", "масована", "східна", "південна", "дніпровська", "вугільна", "увага", "вибухи",
           "терміново", "тривога", "підсумки", "оновлення", "ситуація", "ранок", "гучно", "наслідки"),
    "ru": ("поле", "лес", "река", "завод", "склад", "школа", "больница", "дорога", "база", "порт", "село", "город",
           "аэродром", "дом", "подстанция", "нефтебаза", "ферма", "лесополоса", "пасека", "гора", "новая", "зелёная",
           "синяя", "полевая", "ночная", "массированная", "восточная", "южная", "степная", "угольная", "внимание",
           "взрывы", "срочно", "тревога", "итоги", "обновление", "ситуация", "утро", "громко", "последствия"),
}
_UKRAINIAN = re.compile(r"[іїєґ]")
_RUSSIAN = re.compile(r"[ыэёъ]")
_OTHER_LETTERS = re.compile(r"ў")  # Belarusian
_CYRILLIC_WORD = re.compile(r"^[а-яёіїєґ'’-]+$")


class Town(NamedTuple):
    name: str
    admin1: str
    lat: float
    lon: float
    names: dict[str, str]  # language -> the Cyrillic name in that language


def _cyrillic_names() -> dict[int, list[str]]:
    """Each place's Cyrillic names, its own names before its alternate ones."""
    own, alternate = cyrillic_name_keys()
    names: dict[int, list[str]] = {}
    for number in sorted(set(own) | set(alternate)):
        words = [key for key in (*own.get(number, ()), *alternate.get(number, ())) if _CYRILLIC_WORD.match(key)]
        if words:
            names[number] = words
    return names


def _pick(candidates: list[str], language: str) -> str | None:
    """The town's name in ``language``: one in its own letters, else one in letters both share."""
    own, other = (_UKRAINIAN, _RUSSIAN) if language == "uk" else (_RUSSIAN, _UKRAINIAN)
    usable = [name for name in candidates if not other.search(name) and not _OTHER_LETTERS.search(name)]
    # a name the dictionary knows as a place's, in the language's own letters first (not a Belarusian or an old
    # name the gazetteer also keeps)
    for known, in_own_letters in ((True, True), (True, False), (False, True)):
        chosen = [name for name in usable if (not known or _known_place(name, language))
                  and (not in_own_letters or bool(own.search(name)))]
        if chosen:
            return chosen[0]
    return None


def _known_place(name: str, language: str) -> bool:
    return any("Geox" in str(each.tag) for each in analyser(language).parse(name))


def towns(every: int = 1) -> list[Town]:
    """The sample, in a fixed order (country, region, name), every ``every``-th town."""
    names = _cyrillic_names()
    chosen: list[Town] = []
    for number, place in enumerate(all_places()):
        if place.admin1 is None or number not in names or place.source in ("admin1-centre", CITY_SECTION):
            continue
        if not ((place.country == "UA" and place.population >= UA_POPULATION)
                or (place.country == "RU" and place.population >= RU_POPULATION and place.admin1 in RU_REGIONS)):
            continue
        by_language = {language: _pick(names[number], language) for language in ("uk", "ru")}
        picked = {language: name.capitalize() for language, name in by_language.items() if name}
        if picked:
            chosen.append(Town(place.name, place.admin1, place.lat, place.lon, picked))
    chosen.sort(key=lambda town: (town.admin1, town.name, town.lat))
    return chosen[::every]


@lru_cache(maxsize=65536)
def inflect(name: str, case: str, language: str) -> str | None:
    """``name`` in ``case`` (each hyphenated part that inflects), capitalised as given, or None."""
    if case == "nomn":
        return name
    if case == "adjective":  # "Брянськ" -> "Брянський", "Борисоглебск" -> "Борисоглебский"
        return name + "ий" if _ADJECTIVE_STEM.search(name) and "-" not in name else None
    parts: list[str] = []
    for part in name.split("-"):
        if part in ("на", "над") or parts[-1:] in (["на"], ["над"]):
            parts.append(part)  # "Ростов-на-Дону": the river's name after "на" keeps its case
            continue
        readings = [each for each in analyser(language).parse(part.lower()) if "nomn" in each.tag]
        preferred = sorted(readings, key=lambda each: ("Geox" not in str(each.tag), "NOUN" not in str(each.tag)))
        form = next((each.inflect({case}) for each in preferred if each.inflect({case}) is not None), None)
        if form is None:
            return None
        word = str(form.word)
        parts.append(word.capitalize() if part[:1].isupper() else word)
    return "-".join(parts)


def _sentences(word: str, language: str) -> Iterator[tuple[str, str]]:
    for each_language, template, case in TEMPLATES:
        if each_language != language:
            continue
        form = inflect(word, case, language)
        if form is not None:
            yield template.format(form), case


def measure(every: int = 1, with_misses: bool = False) -> dict[str, Any]:
    sample = towns(every)
    read = right = near = 0
    by_case: dict[str, list[int]] = {}
    misses: list[dict[str, Any]] = []
    for town in sample:
        for language, name in town.names.items():
            for sentence, case in _sentences(name, language):
                places = [place for place in find_places(sentence, language) if not place.code.startswith("SEA-")]
                first = places[0] if places else None
                in_region = first is not None and first.code == town.admin1
                location = first.location if first is not None else None
                close = (in_region and location is not None and location.lat is not None and location.lon is not None
                         and distance_km(location.lat, location.lon, town.lat, town.lon) <= NEAR_KM)
                read += 1
                right += in_region
                near += close
                tally = by_case.setdefault(f"{language}-{case}", [0, 0])
                tally[0] += 1
                tally[1] += in_region
                if with_misses and not in_region:
                    misses.append({"town": town.name, "admin1": town.admin1, "sentence": sentence,
                                   "read": first.code if first else None})
    false_read = false_places = 0
    false_found: list[str] = []
    for language, words in COMMON_WORDS.items():
        for word in words:
            # in lower case after a preposition, as a common word is written there; capitalised heading a sentence
            for template_word in (word, word.capitalize()):
                for sentence, case in _sentences(template_word, language):
                    if (case == "nomn") != (template_word != word):
                        continue
                    false_read += 1
                    if find_places(sentence, language):
                        false_places += 1
                        false_found.append(sentence)
    result: dict[str, Any] = {
        "towns": len(sample), "sentences": read,
        "admin1": round(right / read, 3) if read else 0.0,
        "within_25km": round(near / read, 3) if read else 0.0,
        "by_case": {key: round(hits / total, 3) for key, (total, hits) in sorted(by_case.items())},
        "common_sentences": false_read, "false_places": false_places, "false_sentences": false_found,
    }
    if with_misses:
        result["misses"] = misses
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--every", type=int, default=1, help="read every N-th town of the sample (default 1: all)")
    parser.add_argument("--misses", action="store_true", help="list the sentences read wrongly")
    args = parser.parse_args(argv)
    json.dump(measure(args.every, args.misses), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
