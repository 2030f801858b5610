"""Benchmark the offline gazetteer: cold load (fresh interpreter) and 10,000 name lookups.

Cold load (wall and CPU seconds; wall grows with other load on the machine): ``--runs`` fresh interpreters
each import the gazetteer and build its index; the baseline, in the same run, is a fresh interpreter that
only decompresses the shipped file and splits its lines (the floor any loader of this file pays). Lookups:
``--n`` names drawn with a fixed seed from the gazetteer's own names, one in five of them a Cyrillic
spelling, one in five misspelt (a vowel dropped, so the consonant-skeleton stage runs) and one in ten
unknown, each looked up with ``geocode_candidates`` (caches cleared first); the baseline is a plain dict
lookup of the same names' normalised keys. Ends with one JSON line.

    python bench/gazetteer.py --n 10000
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from importlib import resources

# each prints "wall_s cpu_s"
COLD_LOAD = (
    "import time; t, c = time.perf_counter(), time.process_time(); "
    "from trucewatch.geo.gazetteer import _index; _index(); "
    "print(time.perf_counter() - t, time.process_time() - c)"
)
FLOOR = (
    "import time; t, c = time.perf_counter(), time.process_time(); import gzip; from importlib import resources; "
    "raw = resources.files('trucewatch.geo').joinpath('data/gazetteer.tsv.gz').read_bytes(); "
    "rows = [line.split('\\t') for line in gzip.decompress(raw).decode('utf-8').splitlines()]; "
    "print(time.perf_counter() - t, time.process_time() - c)"
)


def _fresh(code: str, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``code`` in ``runs`` fresh interpreters."""
    times = [[float(value) for value in subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split()]
        for _ in range(runs)]
    return statistics.median(t[0] for t in times), statistics.median(t[1] for t in times)


def _names(n: int) -> list[str]:
    from trucewatch.geo.gazetteer import _index
    from trucewatch.geo.translit import is_cyrillic

    rng = random.Random(12)
    places = _index().places
    cyrillic = sorted(key for key in _index().stages[0] if is_cyrillic(key))
    names: list[str] = []
    while len(names) < n:
        place = places[rng.randrange(len(places))]
        name = place.name
        roll = rng.random()
        if roll < 0.2:
            name = cyrillic[rng.randrange(len(cyrillic))].title()
        elif roll < 0.3:
            name = "Zq" + "".join(rng.choice("aeioukrtvn") for _ in range(7))  # unknown
        elif roll < 0.5:
            vowels = [i for i, char in enumerate(name) if char in "aeiou"]
            if vowels:
                cut = rng.choice(vowels)
                name = name[:cut] + name[cut + 1:]
        names.append(name)
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    cold = _fresh(COLD_LOAD, args.runs)
    floor = _fresh(FLOOR, args.runs)

    from trucewatch.geo.gazetteer import _index, geocode_candidates
    from trucewatch.geo.translit import match_keys, normalise, skeleton

    names = _names(args.n)
    for cached in (geocode_candidates, normalise, skeleton):
        cached.cache_clear()
    started = time.perf_counter()
    found = sum(1 for name in names if geocode_candidates(name))
    lookup_s = time.perf_counter() - started
    own = _index().stages[0]
    normalise.cache_clear()
    started = time.perf_counter()
    baseline_found = sum(1 for name in names if any(key in own for key in match_keys(name)))
    baseline_s = time.perf_counter() - started
    size = resources.files("trucewatch.geo").joinpath("data/gazetteer.tsv.gz").read_bytes()
    print(json.dumps({
        "places": len(_index().places), "shipped_bytes": len(size),
        "cold_load_s": round(cold[0], 3), "cold_load_cpu_s": round(cold[1], 3),
        "baseline_decompress_split_s": round(floor[0], 3), "baseline_decompress_split_cpu_s": round(floor[1], 3),
        "n": args.n, "lookup_s": round(lookup_s, 3), "lookups_per_s": round(args.n / lookup_s),
        "found": found, "baseline_dict_lookup_s": round(baseline_s, 3), "baseline_found": baseline_found,
    }))


if __name__ == "__main__":
    main()
