"""Whether the gazetteer reaches a Ukrainian village by its name in the older romanisation (BGN/PCGN 1965).

For every N-th settlement of Ukraine whose own Ukrainian Cyrillic name the gazetteer keeps, the name is romanised
in the older system (я, ю, є ya, yu, ye; ї yi; й y; the soft sign dropped) and looked up
with :func:`trucewatch.geo.gazetteer.geocode_candidates`, anywhere and within the village's own oblast. A miss is a
lookup whose candidates do not hold the village itself (by its id): the spelling reaches only the namesakes that
GeoNames lists under it, or nothing. This measures readings, not choices: which namesake a text means is the
choice's (``measure_ucdp_namesakes.py``, ``measure_english_places.py``).

Prints one JSON object: ``villages`` and per system and scope the misses; ``--misses`` adds each missed spelling.

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_romanisations.py [--every N] [--misses]`` (every 5th village by
default: some 5,700).
"""

from __future__ import annotations

import argparse
import json
import sys

from trucewatch.geo.gazetteer import all_places, cyrillic_name_keys, geocode_candidates
from trucewatch.geo.translit import guess_language

_OLDER = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ь": "", "ю": "yu", "я": "ya", "'": "", "’": "", "ʼ": "",
}
# (a soft sign kept as an apostrophe, "Kuzhil'", reads the same: names are compared without apostrophes)
SYSTEMS = {"older": _OLDER}


def romanise(cyrillic: str, table: dict[str, str]) -> str:
    """A lower-case Cyrillic name in ``table``'s letters, each word capitalised ("Zahoruykivka")."""
    return " ".join(word[:1].upper() + word[1:] for word in "".join(table.get(c, c) for c in cyrillic).split(" "))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--every", type=int, default=5, help="measure every N-th village (default 5)")
    parser.add_argument("--misses", action="store_true", help="list each spelling that misses its village")
    args = parser.parse_args(argv)
    if args.every < 1:
        parser.error("--every must be 1 or more")
    places = all_places()
    own = cyrillic_name_keys()[0]
    numbers = [number for number, place in enumerate(places)
               if place.country == "UA" and place.source != "geonames-section" and own.get(number)]
    if not numbers:
        print("no Ukrainian village with a Cyrillic name in the gazetteer", file=sys.stderr)
        return 2
    numbers = numbers[::args.every]
    misses: dict[str, int] = {f"{system} {scope}": 0 for system in SYSTEMS for scope in ("anywhere", "oblast")}
    listed: list[dict[str, str | None]] = []
    for number in numbers:
        place = places[number]
        cyrillic = next((key for key in own[number] if guess_language(key) == "uk"), own[number][0])
        for system, table in SYSTEMS.items():
            spelling = romanise(cyrillic, table)
            for scope, admin1 in (("anywhere", None), ("oblast", place.admin1)):
                found = geocode_candidates(spelling, admin1_code=admin1, limit=500)
                if not any(match.id == place.id for match in found):
                    misses[f"{system} {scope}"] += 1
                    listed.append({"spelling": spelling, "scope": scope, "village": place.name, "id": place.id,
                                   "admin1": place.admin1})
    result: dict[str, object] = {"villages": len(numbers), "misses": misses}
    if args.misses:
        result["missed"] = listed
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
