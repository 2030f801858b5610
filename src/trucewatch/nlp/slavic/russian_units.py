"""A Russian oblast written in Russian inside a Ukrainian post, as a channel writing surzhyk does
("Московская обл., аеропорти закриті", "в Белгородской области вибухи"): read by
:func:`trucewatch.nlp.slavic.places.find_places` with the Russian grammar of ``unit_places``, span by span. Nothing
here raises on user text. Russian inside «…» is left to the readers of quotes."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.region_names import unit_places

# an adjective in a Russian ending (not a Ukrainian one: "-ська", "-ської", "-ській") before a Russian noun of an
# oblast or its abbreviation
_RUSSIAN_UNIT = re.compile(r"(?<![\w'’ʼ-])[А-ЯЁ][а-яё-]+(?:ская|ской|скую|ском|цкая|цкой|цкую|цком)\s+"
                           r"(?:обл\.|области|область|областью)")


def russian_spelled_units(text: str, language: str) -> list[tuple[str, tuple[int, int]]]:
    """(code, span) of each oblast a Ukrainian ``text`` names in Russian spelling; none in a Russian text, which
    ``unit_places`` reads whole."""
    if language != "uk":
        return []
    return [(code, (match.start() + start, match.start() + end))
            for match in _RUSSIAN_UNIT.finditer(text) if not _quoted(text, match.start())
            for code, (start, end) in unit_places(match.group(0), "ru")]


def _quoted(text: str, position: int) -> bool:
    """Whether ``position`` lies inside «…»: a Russian official's words quoted are read as the quote they are ("Богомаз
    відзвітував «… над территорией Брянской области … уничтожены 23 БПЛА»": where drones were downed)."""
    return text.count("«", 0, position) > text.count("»", 0, position)
