"""A Russian oblast written in Russian inside a Ukrainian post, as a channel writing surzhyk does
("Московская обл., аеропорти закриті", "в Белгородской области вибухи"): read by
:func:`trucewatch.nlp.slavic.places.find_places` with the Russian grammar of ``unit_places``, span by span. Nothing
here raises on user text. Russian inside «…» is left to the readers of quotes, unless the quote tells a strike and no
downing ("Мінобороны рф знов скиглить: «ВСУ ударили по подстанции в Брянской области»": where it struck)."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.region_names import unit_places

# an adjective in a Russian ending (not a Ukrainian one: "-ська", "-ської", "-ській") before a Russian noun of an
# oblast or its abbreviation, several listed before the plural ("в Брянской, Курской и Белгородской областях"); or a
# krai's ("в Краснодарском крае", not the Ukrainian "Краснодарському краї")
_FEMININE = r"[А-ЯЁ][а-яё-]+(?:ская|ской|скую|ском|цкая|цкой|цкую|цком)"
_RUSSIAN_UNIT = re.compile(rf"(?<![\w'’ʼ-]){_FEMININE}(?:\s*,\s*{_FEMININE})*(?:\s+и\s+{_FEMININE})?\s+"
                           r"(?:обл\.|области|область|областью|областях|областей)|"
                           r"(?<![\w'’ʼ-])[А-ЯЁ][а-яё-]+(?:ский|ского|ском|скому|ским)\s+(?:край|края|крае|краю|краем)"
                           r"(?![\w'’ʼ-])")


def russian_spelled_units(text: str, language: str) -> list[tuple[str, tuple[int, int]]]:
    """(code, span) of each oblast a Ukrainian ``text`` names in Russian spelling; none in a Russian text, which
    ``unit_places`` reads whole."""
    if language != "uk":
        return []
    return [(code, (match.start() + start, match.start() + end))
            for match in _RUSSIAN_UNIT.finditer(text) if not _quoted(text, match.start())
            for code, (start, end) in unit_places(match.group(0), "ru")]


# a strike told in Russian ("ударили по подстанции", "атаковали", "нанесли удар"), and a downing ("уничтожены 23 БПЛА")
_STRIKE_RU = re.compile(r"(?<![\w-])(?:удар\w*|атаков\w*|атак[аиу]|поразил\w*|обстрел\w*)(?![\w-])", re.IGNORECASE)
_DOWNING_RU = re.compile(r"(?<![\w-])(?:уничтож|сбит|сбил|перехват|перехвач|подавл)\w*", re.IGNORECASE)


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` lies inside «…» that tells no strike, or a downing: a Russian official's words quoted are
    read as the quote they are ("Богомаз відзвітував «… над территорией Брянской области … уничтожены 23 БПЛА»":
    where drones were downed)."""
    if text.count("«", 0, position) <= text.count("»", 0, position):
        return False
    opened, depth = position, 0
    while opened > 0 and depth >= 0:  # back to the quote's own opening mark, past quotes within it
        opened -= 1
        depth += {"»": 1, "«": -1}.get(text[opened], 0)
    closed, depth = position, 0
    while closed < len(text) and depth >= 0:
        depth += {"«": 1, "»": -1}.get(text[closed], 0)
        closed += 1
    quote = text[opened:closed]
    return not _STRIKE_RU.search(quote) or _DOWNING_RU.search(quote) is not None
