"""The energy object the drones or missiles a tally counts were on their way to ("ППО поклала 11 шахедів, які йшли на
енергооб'єкти Бориспільського району", "Летіли, за словами Табурця, на енергетику Черкас", "сбиты беспилотники,
летевшие на ТЭЦ"): the object aimed at, which the gold conventions count as an energy claim though nothing was hit
(used by :mod:`trucewatch.nlp.slavic.reader` for posts of kind interceptions). Nothing here raises on user text."""

from __future__ import annotations

import re

from trucewatch.nlp.slavic.energy_named import energy_mentions

# a verb of flying or heading somewhere, then "на" and what it headed for, in its clause
_HEADED = re.compile(r"(?<![\w'’])(?:йшл|йшов|летіл|летів|летят|летять|летить|прямувал|прямував|прямують|"
                     r"летел|летевш|летящ|направлял|направлявш|направлен|націлен|спрямован)\w*"
                     r"[^.!?;\n]{0,40}?(?<![\w'’])на\s+", re.IGNORECASE)
# the energy sector as a whole ("на енергетику Черкас"), which the lexicon reads as an object only after a word of
# striking
_SECTOR = re.compile(r"(?:енергетик|энергетик|енергосистем|энергосистем)\w*", re.IGNORECASE)
_OBJECT_OPENS = 25  # how far after "на" the object's word may open (after an adjective or two)
_BREAK = re.compile(r"[,.;!?\n]")


def aimed_energy(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Each energy object ``text`` says things were headed for: its category and span."""
    found: list[tuple[str, tuple[int, int]]] = []
    for headed in _HEADED.finditer(text):
        start = headed.end()
        rest = text[start:start + 80]
        sector = _SECTOR.match(rest)
        if sector:
            found.append(("energy", (start, start + sector.end())))
            continue
        named = next(((category, match) for category, match in energy_mentions(rest)
                      if match.start() <= _OBJECT_OPENS and not _BREAK.search(rest, 0, match.start())), None)
        if named is not None:
            category, match = named
            found.append((category, (start + match.start(), start + match.end())))
    return found
