"""Raions of before the 2020 reform, which texts of 2014 to 2020 name ("Novokaterynivka, Starobesheve raion").

The reform merged Ukraine's 490 raions into 136; most former raions took their name from the town at their centre
and lie wholly inside one of the new ones, but the new raion a former one went to is often named after another
town (Starobesheve raion is now part of Kalmiuskyi). A former raion is read, within the oblast the text names, from

- ``data/former_raions.tsv.gz``: the historical units GeoNames keeps (ADM2H, built by
  :func:`trucewatch.geo.build.former_raion_rows`), each with the point GeoNames gives, its Latin and Cyrillic
  names and their adjective forms ("Tel'manivs'kyy", "Yasynuvats'kyi");
- failing that, the town at its centre, whose name it bears ("Popasna raion", "Slovianoserbsk raion"): a town of the
  oblast (``SEAT_POPULATION`` people or more, no city's district) bearing the raion's name as its own or an
  alternate name (not only a spelling variant), the only one there.

GeoNames keeps some units twice, under two spellings a few km apart ("Mlinovskiy Rayon", "Mlynivs’kyy Rayon"): names
matching units of one oblast within ``DUPLICATE_KM`` of each other are one raion. Units that only share a name's
consonants ("Ananyivskiy": Ananiv and Ivanivka, both "nvsk") go to the one spelt closest, if clearly closest.

The code of a former raion is ``former-<GeoNames id>`` or ``seat-<gazetteer id of the town>``; :func:`raion_point`
gives its point. A settlement of the raion lies within ``FORMER_RAION_KM`` of it (the former raions were 1,000 to
2,500 km²; their centre town is seldom at their middle).
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import lru_cache

from trucewatch.geo.distance import distance_km
from trucewatch.geo.gazetteer import MATCHED_BY, GeoMatch, geocode_candidates, place_by_id, read_data_table
from trucewatch.geo.translit import match_keys, skeleton

FORMER_RAIONS_FILE = "former_raions.tsv.gz"
FORMER_PREFIX = "former-"
SEAT_PREFIX = "seat-"
# How far from a former raion's point (its GeoNames point or its centre town) its settlements lie.
FORMER_RAION_KM = 35.0
# Two units of one oblast whose names match and whose points lie this close are one raion kept twice.
DUPLICATE_KM = 20.0
# Of raions whose names share a text's consonants, one is taken when a name of it is spelt this much closer to the
# text (difflib's ratio) than any other's
SPELT_CLOSER = 0.1
# A raion's centre is a town (the smallest centres had some 2,000 people): no hamlet, and no city's district
# ("Kyivskyi district" of Donetsk is the city's, not a former raion), is taken for one.
SEAT_POPULATION = 1_000
# Adjective endings a raion's name adds to its town's ("Lutuhynskyi" of Lutuhyne, "Krasnoarmiiskyi"): dropped to
# look the town up, longest first; then "-nsky" added after a town's last vowel ("Popasnyansky" of Popasna, Russian
# Popasnaya), tried only after the plain endings.
_ADJECTIVE_ENDINGS = ("ivskyi", "ivskiy", "skyi", "skiy", "skyy", "skij", "sky", "ska", "ske", "nskyi", "nskiy", "nsky")
# ...but a town whose name ends in -sk keeps it ("Krasnoarmiiskyi" of Krasnoarmiisk, "Artemivskyi" of Artemivsk): only
# the inflection goes, tried first.
_SK_INFLECTIONS = ("yi", "iy", "yy", "ij", "y")


@lru_cache(maxsize=1)
def _rows() -> list[list[str]]:
    """The rows of ``former_raions.tsv.gz``: code, admin1, name, lat, lon, match keys, skeletons."""
    return read_data_table(FORMER_RAIONS_FILE)


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[str, str, float, float]], dict[str, list[str]]]:
    """Former raions by code (admin1, name, lat, lon) and their codes by match key or skeleton."""
    units: dict[str, tuple[str, str, float, float]] = {}
    keys: dict[str, list[str]] = {}
    for code, admin1, name, lat, lon, names, skeletons in _rows():
        units[code] = (admin1, name, float(lat), float(lon))
        for key in {*names.split("|"), *skeletons.split("|")} - {""}:
            keys.setdefault(key, []).append(code)
    return units, keys


def former_raion_code(text: str, admin1: str) -> str | None:
    """The code of the former raion ``text`` names in oblast ``admin1`` ("Yasynuvata", "Telmanove",
    "Lutuhynskyi"; the word raion already dropped), or None when none or several fit."""
    units, keys = _table()
    found = {code for key in (*match_keys(text), skeleton(text)) for code in keys.get(key, ())
             if units[code][0] == admin1}
    if len(found) == 1:
        return found.pop()
    if found:
        # GeoNames keeps some units twice, under two spellings a few km apart ("Mlinovskiy Rayon", "Mlynivs’kyy
        # Rayon"): one raion
        points = [units[code][2:] for code in found]
        same = all(distance_km(*one, *other) <= DUPLICATE_KM for one in points for other in points)
        return min(found) if same else _spelt_closest(text, found)
    return _seat_code(text, admin1)


def _spelt_closest(text: str, found: set[str]) -> str | None:
    """Among raions whose names share ``text``'s consonants ("Ananyivskiy": Ananiv or Ivanivka, both "nvsk"), the
    one a Latin name of which is spelt closest to it, when it is SPELT_CLOSER nearer than every other."""
    lowered = text.lower()
    scores = sorted(((max((SequenceMatcher(None, lowered, name).ratio() for name in _latin_names().get(code, ())),
                          default=0.0), code) for code in found), reverse=True)
    return scores[0][1] if scores[0][0] - scores[1][0] >= SPELT_CLOSER else None


@lru_cache(maxsize=1)
def _latin_names() -> dict[str, list[str]]:
    """Each former raion's names in Latin letters (the keys of its names column, not its skeletons)."""
    names: dict[str, list[str]] = {}
    for code, _admin1, _name, _lat, _lon, keys, _skeletons in _rows():
        names[code] = [key for key in keys.split("|") if key.isascii()]
    return names


def could_be_seat(match: GeoMatch, *, by_spelling: bool = False) -> bool:
    """Whether a reading of a raion's name could be the town at the raion's centre: a settlement of
    ``SEAT_POPULATION`` people or more, no oblast's centre or city's district, read by its own or an alternate name
    (by a spelling variant too when ``by_spelling``)."""
    return (match.source not in ("admin1-centre", "geonames-section") and match.population >= SEAT_POPULATION
            and (by_spelling or match.matched_by != MATCHED_BY[2]))


def _seat_code(text: str, admin1: str) -> str | None:
    """A former raion named after its centre town: the only settlement of the oblast that bears the name as its
    own or an alternate name, or, the name without an adjective ending, the only one spelt with its consonants."""
    lowered = text.lower()
    stems = [text, *(text[: len(text) - len(ending)] for ending in _SK_INFLECTIONS
                     if lowered.endswith("sk" + ending) and len(text) - len(ending) >= 5)]
    stems += [text[: len(text) - len(ending)] for ending in _ADJECTIVE_ENDINGS
              if lowered.endswith(ending) and len(text) - len(ending) >= 4]
    for number, stem in enumerate(stems):
        found = [m for m in geocode_candidates(stem, admin1_code=admin1, limit=5)
                 if could_be_seat(m, by_spelling=number > 0)]
        if len(found) == 1:
            return f"{SEAT_PREFIX}{found[0].id}"
        if found:
            return None
    return None


def raion_point(code: str) -> tuple[float, float] | None:
    """The point of a former raion (``former-…`` or ``seat-…``); None for any other code."""
    if code.startswith(FORMER_PREFIX):
        unit = _table()[0].get(code)
        return (unit[2], unit[3]) if unit else None
    if code.startswith(SEAT_PREFIX):
        place = place_by_id(code[len(SEAT_PREFIX):])
        return (place.lat, place.lon) if place else None
    return None
