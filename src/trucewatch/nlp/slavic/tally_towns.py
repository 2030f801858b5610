"""Where a tally's count was downed, named by the towns of the post: those named over or in ("над Воронежем", "у
Києві"), after a word of hitting, or listed after such a one (:func:`towns_over`), and the place a count quoted with
none of its own takes from the post's own words (:func:`placed_by_the_post`). Read by
:mod:`trucewatch.nlp.slavic.reader`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from trucewatch.model import Report
from trucewatch.nlp.slavic.places import Place, find_places
from trucewatch.nlp.slavic.spans import sentence_around, without_quote

_F = re.IGNORECASE

# a sentence of a tally telling where things hit or fell ("Влучання у Києві, Харкові …", "Під ударом Київщина …",
# "Уламки пошкодили будівлі в Павлоградському районі")
HIT_AFTER = re.compile(r"(?<![\w'’])(?:влучан|під\s+удар|уламк|обломк|постраждал|пострадал|попадани)", _F)
# a town where a tally's drones were downed is named over or in it ("над Воронежем", "у Києві"), not as where they
# came from ("із напрямку: Приморсько-Ахтарськ")
_OVER_OR_IN = re.compile(r"(?<![\w'’])(?:над|у|в|во)\s+(?:[\w'’-]+\s+)?$|(?<![\w'’])(?:г|м)\.\s*$", _F)


def towns_over(text: str, places: list[Place]) -> list[Place]:
    """Of the towns a tally names, those named over or in ("над Воронежем", "у Києві", "г. Брянск", "на Сумщині"), after
    a word of hitting in their sentence ("Під ударом Київщина") and the ones listed after such a one ("у Києві,
    Харкові, Миколаєві та на Хмельниччині")."""
    kept: list[Place] = []
    for place in places:
        before = text[max(0, place.span[0] - 30):place.span[0]]
        listed = bool(kept) and re.fullmatch(r"[\s,]*(?:(?:та|і|й|и)\s+)?(?:(?:на|у|в)\s+)?",
                                              text[kept[-1].span[1]:place.span[0]]) is not None
        land = re.search(r"(?<![\w'’])на\s+$", before) and text[place.span[1] - 6:place.span[1]].find("щин") >= 0
        # "Під ударом Київщина, Дніпропетровщина …": a word of hitting before it in its sentence
        hit = HIT_AFTER.search(text, sentence_around(text, place.span[0])[0], place.span[0])
        if re.search(r"(?:ому|ім)$", text[place.span[0]:place.span[1]]):
            continue  # "в Дарницькому": a district of a city named by its adjective, not a town
        if _OVER_OR_IN.search(before) or listed or land or hit:
            kept.append(place)
    return kept


def placed_by_the_post(reports: list[Report], text: str, quoted: str) -> list[Report]:
    """The ``reports`` of a count downed a post quotes with no place in the quote, placed where the post's own words put
    air defence at work, when they name one place only ("Цієї ночі в Севастополі знову працювала протиповітряна
    оборона. Губер: «… сбиты шесть БПЛА»")."""
    if not reports or any(report.location is not None for report in reports):
        return reports
    rest = without_quote(text, quoted)
    towns = towns_over(rest, find_places(rest, "uk"))
    if len({town.code for town in towns}) != 1:
        return reports
    return [replace(report, location=towns[0].location) for report in reports]
