"""English spellings of Ukrainian and Russian town names, made from their Cyrillic names, in short sentences in the
manner of monitor-map titles and news, read and scored against the gazetteer's points
(:mod:`trucewatch.nlp.english_place_measure`).

Prints one JSON object: ``towns``, ``sentences`` and, as shares of the sentences, ``placed``, ``admin1``,
``within_10km``, ``within_25km`` and ``over_100km``; the same by context (the name alone, with its region, with its
raion), by spelling system and by sentence form; the misses by class; and ``false_places`` among
``false_sentences`` (common English words and proper nouns that are no place in the name's slot).

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_english_places.py [--every N] [--misses]`` (``--every N``: every
N-th place of the sample; ``--misses``: each sentence not placed within 10 km, its class and what was read). Exits
with 2 when the gazetteer's data is missing or holds no place to measure.
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--every", type=int, default=1, help="measure every N-th place of the sample (default 1)")
    parser.add_argument("--misses", action="store_true", help="list the sentences not placed within 10 km")
    args = parser.parse_args(argv)
    if args.every < 1:
        parser.error("--every must be 1 or more")
    from trucewatch.nlp.english_place_measure import cases, measure

    try:
        built = cases(args.every)
    except (FileNotFoundError, OSError) as error:
        print(f"the gazetteer's data is missing: {error}", file=sys.stderr)
        return 2
    if not built:
        print("the gazetteer holds no place with a Cyrillic name to measure", file=sys.stderr)
        return 2
    json.dump(measure(built, misses=args.misses), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
