"""A Ukrainian town known by a name (its former name, its name in Russian) over a choice that gave a place abroad far
from every line of contact, or no point (:mod:`trucewatch.nlp.places` asks it after the choice among namesakes);
and whether a choice gives its point at all. Moved from places.py unchanged (Round 38), to keep it under its
line limit.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch
from trucewatch.nlp.place_choice import (
    FIRE_REACH_KM,
    LEANING,
    UNDECIDED_MARK,
    UNDECIDED_MAX_KM,
    line_of_contact_km,
)
from trucewatch.nlp.place_names import TOWN_POPULATION

# A Ukrainian town known by a name (its former name, its name in Russian) is the place of a war text over a place
# abroad far from every line, or over namesakes that gave no point (:func:`known_in_ukraine`), when it has this
# many times the people of any other Ukrainian place of the name; over namesakes that gave no point, only a town of
# KNOWN_TOWN_POPULATION, or one whose own name the text's spells alike (difflib's ratio).
KNOWN_RATIO = 3.0
KNOWN_MARK = "a Ukrainian town"
KNOWN_TOWN_POPULATION = 40_000
SPELLED_ALIKE = 0.75


def _similarity(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


def known_in_ukraine(name: str, found: tuple[GeoMatch, ...], chosen: tuple[GeoMatch, str] | None, *,
                     deep: bool = False) -> tuple[GeoMatch, str] | None:
    """A Ukrainian town known by the name (its former name, or its name in Russian: "Sverdlovsk" is Dovzhansk,
    "Konstantinovka" Kostiantynivka, "Novomoskovsk" Samar) over a choice that gave a place abroad beyond
    FIRE_REACH_KM of every line of contact, or no point: a war text names a town of the war zone by its Soviet or
    Russian form far more often than a city in Russia's interior. Not for a drone strike (not an FPV's), which
    reaches that interior ("drones attacked Novomoskovsk": the town of Tula oblast is one's target too). The town
    has TOWN_POPULATION people and KNOWN_RATIO times those of any other Ukrainian place of the name; over
    namesakes that gave no point, the name is its own spelt another way (SPELLED_ALIKE: "Konstantinovka"), or it
    is a town of KNOWN_TOWN_POPULATION and no Ukrainian place bears the name as its own ("Artemovsk" is Bakhmut;
    "Petrovka" is not Kurakhove, which GeoNames says bore it, nor "Oleksandrivka" Donetsk)."""
    if chosen is None or deep:
        return chosen
    match, basis = chosen
    if match.source == "admin1-centre" or match.matched_by == MATCHED_BY[2]:
        return chosen
    if gives_point(match, basis) and (
            match.country == "UA" or line_of_contact_km(match.lat, match.lon) <= FIRE_REACH_KM):
        return chosen
    known = sorted((m for m in found if m.country == "UA" and m.source != "admin1-centre"
                    and m.source != "geonames-section" and m.matched_by == MATCHED_BY[1]),
                   key=lambda m: -m.population)
    if not known or known[0] is match or known[0].population < TOWN_POPULATION:
        return chosen
    town = known[0]
    if any(m.population * KNOWN_RATIO > town.population for m in found
           if m is not town and m.country == "UA" and m.source != "admin1-centre"):
        return chosen  # "Ordzhonikidze": Yenakiieve or Pokrov, each of them once
    if not gives_point(match, basis) and _similarity(name, town.name) < SPELLED_ALIKE and (
            town.population < KNOWN_TOWN_POPULATION or any(
                m.country == "UA" and m.matched_by == MATCHED_BY[0] for m in found)):
        return chosen  # "Petrovka", "Kirovsk", "Oleksandrivka" (Donetsk's name once): villages bearing the name,
        # or a small town that bore it once, stay undecided
    was = (f"{match.name}, {line_of_contact_km(match.lat, match.lon):.0f} km from every line of contact"
           if gives_point(match, basis) else f"no point among {len(found)} namesakes")
    return town, (f"{len(found)} places share the name; {KNOWN_MARK} of {town.population:,} people is known by "
                  f"it (a former name, or its name in Russian), where the choice gave {was}")


def gives_point(match: GeoMatch, basis: str) -> bool:
    """Whether a choice gives its point (not same-named places far apart with nothing deciding or leaning)."""
    return not (UNDECIDED_MARK in basis and LEANING not in basis and match.precision_km > UNDECIDED_MAX_KM)
