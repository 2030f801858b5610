"""Raion (district) phrases placed: sentences built from every raion the project ships, current and former
(:mod:`trucewatch.nlp.raion_measure`), read and scored.

Prints one JSON object: ``n`` sentences, and as shares of them ``placed`` (any point), ``admin1`` (in the raion's
oblast), ``within`` (within the raion: 25 km of its point or of the village named, or 5 km of one of a current
raion's settlements) and ``abroad`` (outside Ukraine); the same per form under ``forms``.

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_raions.py [--sample N] [--misses]`` (``--sample N``: N raions
chosen by a hash of their codes, as the test does; ``--misses``: each sentence not placed within its raion).
"""

from __future__ import annotations

import argparse
import json

from trucewatch.nlp.raion_measure import cases, measure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=None, help="this many raions, chosen by a hash of their codes")
    parser.add_argument("--misses", action="store_true", help="list the sentences not placed within their raion")
    arguments = parser.parse_args()
    print(json.dumps(measure(cases(arguments.sample), misses=arguments.misses), ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
