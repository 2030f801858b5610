"""The choice between a Ukrainian town and a village of its name on the line of contact, measured over the gazetteer
(sentences made for the measure from its places; no rule was fitted on them).

Two sides of one choice, each a sentence "On <day>, Russian forces shelled <name>." and "<day>: shelling in <name>"
on 12 June of 2022, 2023 and 2024, the name alone (no region):

- ``towns``: every settlement of Ukraine of TOWN_POPULATION people or more (GeoNames' own, not a city's section),
  scored at the town;
- ``villages``: every settlement of Ukraine under TOWN_POPULATION people that lies within NEAR_KM of the line of
  contact of the day and shares its name with a town ten times its size, scored at the village.

Prints one JSON object per side: ``n`` (sentences), ``within_10km``, ``over_100km``, ``no_point`` (counts), and with
``--rows`` each sentence with its distance in km (None: no point).

Usage: ``PYTHONPATH=$PWD/src python scripts/measure_town_and_line.py [--rows]`` (about two minutes).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import date
from typing import Any

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import Place, all_places
from trucewatch.geo.hostilities import distance_to_hostilities_km
from trucewatch.nlp.evaluate_cir import first_located
from trucewatch.nlp.extract import extract_article
from trucewatch.nlp.pipeline import Article

TOWN_POPULATION = 10_000
NEAR_KM = 20.0
DAYS = {"12 June 2022": date(2022, 6, 12), "12 June 2023": date(2023, 6, 12), "12 June 2024": date(2024, 6, 12)}
TEMPLATES = ("On {day}, Russian forces shelled {name}.", "{day}: shelling in {name}")


def _sentences() -> dict[str, list[tuple[str, Place]]]:
    places = [p for p in all_places() if p.country == "UA" and "section" not in p.source]
    towns: dict[str, list[Place]] = defaultdict(list)
    for place in places:
        if place.population >= TOWN_POPULATION:
            towns[place.name].append(place)
    built: dict[str, list[tuple[str, Place]]] = {"towns": [], "villages": []}
    for place in places:
        for words, day in DAYS.items():
            if place.population >= TOWN_POPULATION:
                side = "towns"
            elif any(t.population >= 10 * max(1, place.population) for t in towns.get(place.name, ())) and (
                    (km := distance_to_hostilities_km(place.lat, place.lon, day)) is not None and km <= NEAR_KM):
                side = "villages"
            else:
                continue
            built[side].extend((template.format(day=words, name=place.name), place) for template in TEMPLATES)
    return built


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", action="store_true", help="list each sentence with its distance")
    args = parser.parse_args(argv)
    result: dict[str, Any] = {}
    for side, sentences in _sentences().items():
        counts = {"n": len(sentences), "within_10km": 0, "over_100km": 0, "no_point": 0}
        rows = []
        for text, place in sentences:
            located = first_located(extract_article(Article(id="measure", text=text, source="measure",
                                                            source_kind="news")))
            km = None
            if located and located.location and located.location.lat is not None and located.location.lon is not None:
                km = distance_km(located.location.lat, located.location.lon, place.lat, place.lon)
            counts["no_point"] += km is None
            counts["within_10km"] += km is not None and km <= 10
            counts["over_100km"] += km is not None and km > 100
            rows.append([text, place.id, None if km is None else round(km, 1)])
        result[side] = {**counts, **({"rows": rows} if args.rows else {})}
    json.dump(result, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
