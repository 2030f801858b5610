"""Works and sites named without a town: by a short or proper name listed in ``data/facilities.yaml`` ("КІНЕФ",
"Шесхаріс", "ГПС «Тингута»"), or by a compound name of a refinery's trade that opens with its town or oblast
("НПЗ «Лукойл-Нижегороднефтеоргсинтез»", "Кірішінафтооргсинтез"). Each gives the region it lies in; a listed
energy object gives its category too. Nothing here raises on user text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from trucewatch import safe_yaml
from trucewatch.geo.admin1 import admin1_code
from trucewatch.nlp.slavic.roles import elsewhere
from trucewatch.nlp.slavic.settlements import settlement

FACILITIES_FILE = ("trucewatch.nlp.slavic", "data/facilities.yaml")


@dataclass(frozen=True)
class Facility:
    region: str
    category: str | None  # an energy object's category, or None for a works or site of another trade
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def facilities() -> tuple[Facility, ...]:
    """The listed works and sites, as loaded from the data file."""
    text = resources.files(FACILITIES_FILE[0]).joinpath(FACILITIES_FILE[1]).read_text(encoding="utf-8")
    raw: dict[str, Any] = safe_yaml.load(text, "trucewatch/nlp/slavic/data/facilities.yaml")
    return tuple(Facility(region=str(entry["region"]), category=str(entry["category"]) if entry.get("category")
                          else None,
                          # the name keeps its case ("КІНЕФ", not a word that merely contains the letters), perhaps
                          # after its company's name and a hyphen ("Славнефть-ЯНОС", "Лукойл-НОРСІ")
                          pattern=re.compile(r"(?<![\w'’-])(?:[А-ЯЁІЇЄҐA-Z][\w'’]+-)?(?:" + str(entry["name"])
                                             + r")(?![\w'’-])"))
                 for entry in raw["facilities"])


@lru_cache(maxsize=1)
def _any_facility() -> re.Pattern[str]:
    """All the listed names in one pattern: most texts name none, and one search then settles it."""
    return re.compile("|".join(f"(?:{facility.pattern.pattern})" for facility in facilities()))


def facility_mentions(text: str) -> list[tuple[Facility, re.Match[str]]]:
    """Each listed works or site named in ``text``, in textual order."""
    return list(_facility_mentions(text))


@lru_cache(maxsize=4096)
def _facility_mentions(text: str) -> tuple[tuple[Facility, re.Match[str]], ...]:
    # (the readers ask of the same post and sentences again and again)
    if _any_facility().search(text) is None:
        return ()
    found = [(facility, match) for facility in facilities() for match in facility.pattern.finditer(text)]
    found.sort(key=lambda item: item[1].start())
    return tuple(found)


def energy_facilities(text: str) -> list[tuple[str, re.Match[str]]]:
    """(category, match) for each listed energy object named in ``text``."""
    return [(facility.category, match) for facility, match in facility_mentions(text) if facility.category]


# a refinery's or works' quoted name made of its town or oblast and the trade ("НПЗ «Лукойл-Нижегороднефтеоргсинтез»",
# "НПЗ «Башнефть-Уфанефтехим»", "«Кірішінафтооргсинтез»"): the town or the oblast the stem names
_WORKS_COMPOUND = re.compile(r"(?:\bНПЗ|\bНПК|завод\w*|комбінат\w*|комбинат\w*)\s*(?:[\w,-]+\s+){0,3}[«\"“„]"
                             r"(?:\w+-)?([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}?)(?:нефт|нафт)(?![еоа]газ)[а-яёіїєґ]*[»\"”]")
# (not an oil and gas company, named by its seat, owning the works: "КІНЕФ — НПЗ «Сургутнафтогазу» в Ленінградській")


# ... and such a name of a refinery's trade written without quotes ("наливайка Кстово Лукойл-Нижегороднафтооргсинтез",
# "Лукойл-Волгограднефтепереработка")
_REFINERY_COMPOUND = re.compile(r"(?<![\w«\"“„-])(?:[А-ЯЁІЇЄҐA-Z][\w'’]+-)?([А-ЯЁІЇЄҐ][а-яёіїєґ'’]{2,}?)"
                                r"(?:нефт|нафт)[еоа]?(?:оргсинтез|хим|хім|переработк|переробк)\w*(?![»\"”])")


def _compound_place(stem: str, language: str) -> str | None:
    """The oblast ("Нижегород" + "ская область") or the town ("Уфа") a works' compound name opens with."""
    for name in (f"{stem}ская область", f"{stem}ська область"):
        code = admin1_code(name)
        if code:
            return code
    town = settlement(stem, language, "quoted")
    return town.admin1_code if town is not None else None


def facility_places(text: str, language: str) -> list[tuple[str, tuple[int, int]]]:
    """(region code, span) for each works or site named by a compound or a listed name, not where something flew
    to or came from."""
    found: list[tuple[str, tuple[int, int]]] = []
    for match in [*_WORKS_COMPOUND.finditer(text), *_REFINERY_COMPOUND.finditer(text)]:  # "НПЗ «Лукойл-…»"
        named = _compound_place(match.group(1), language)
        if named is not None:
            found.append((named, match.span(1)))
    for facility, match in facility_mentions(text):
        if not elsewhere(text, match.start()):
            found.append((facility.region, match.span()))
    return found


# a site's name opening a headline just before the word for its kind, with only a comma, a full stop or a dash between
# ("Шайковка, аеродром, вибухи", "Моздок. Аеродром. Пожежа"): the name's match must end within its word there
_BEFORE_REACH = 30
_NAME_THEN_NOUN = re.compile(r"[\w'’-]*\s*[,.:—–-]?\s*$")
_LINE_START = re.compile(r"(?:^|[\n!?🔥💥]|\.\s)\W*$")


def named_just_before(text: str, noun_start: int, site: re.Pattern[str]) -> list[tuple[int, int]]:
    """The span of ``site``'s name when it opens the text or a sentence right before the noun at ``noun_start``."""
    begin = max(0, noun_start - _BEFORE_REACH)
    for base in site.finditer(text, begin, noun_start):
        if _NAME_THEN_NOUN.fullmatch(text, base.end(), noun_start) and _LINE_START.search(text, 0, base.start()):
            word_end = re.match(r"[\w'’-]*", text[base.end():noun_start])
            return [(base.start(), base.end() + (len(word_end.group(0)) if word_end else 0))]
    return []
