"""Islands, spits and peninsulas of Ukraine by name, from GeoNames' UA extract (``data/coast.tsv.gz``, CC BY 4.0;
built by :mod:`trucewatch.geo.build`).

"Snake Island", "the Kinburn Spit", "Velykyi Potomkin Island" in the Dnipro's delta: places of events that are no
settlement, so the gazetteer of populated places cannot give them. :func:`coast_feature` finds the feature a name
means by the words of its names and alternates without the word for its kind ("Ostriv Zmiinyi" and "Zmiinyi
Island" are both "zmiinyi"; "Kinburn Spit", "kinburn"), exactly or by the consonant skeleton that absorbs
transliteration variants ("Zmiyinyy", "Zmiinyi"). Only a name given with its kind is looked up (the caller's
pattern), so "Snake" alone, or a village named like an island, is never read as one.

A spit or a peninsula runs for tens of km (the Arabat Spit for over 100): GeoNames' point lies along it, and the
precision says so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trucewatch.geo.gazetteer import GeoMatch, read_data_table
from trucewatch.geo.named_sites import Site, SiteIndex
from trucewatch.geo.translit import normalise

COAST_FILE = "coast.tsv.gz"
SOURCE = "geonames-coast"
# The words of a name that say what kind of feature it is, not which one (English, the romanised Ukrainian and
# Russian GeoNames writes, and Cyrillic)
KIND_WORDS = frozenset({
    "island", "islands", "isle", "islet", "spit", "peninsula", "ostriv", "ostrov", "ostrova", "ostrovy", "ostrivy",
    "kosa", "pivostriv", "poluostrov", "strelka", "strilka", "arrow", "the", "of",
    "острів", "остров", "острова", "острови", "коса", "півострів", "полуостров",
})
# How far the feature may reach from its point, by GeoNames' feature code; a feature whose own name says it is a
# spit or a peninsula is one, whatever its code ("Tendrivska Kosa", 65 km long, is coded as an island)
PRECISION_KM = {"ISL": 5.0, "ISLET": 2.0, "ISLS": 10.0, "SPIT": 50.0, "PEN": 50.0}
_LONG_WORDS = frozenset({"kosa", "spit", "pivostriv", "poluostrov", "peninsula", "strelka", "strilka", "коса"})
# Several features answering one name are one answer only this close together (an island and the spit it ends)
SAME_FEATURE_KM = 15.0
# Skeletons of shorter keys are too easily shared by different names
_SKELETON_MIN = 5
_NAME_LIMIT = 100


def feature_key(name: str) -> str:
    """A name without the words that say what kind of feature it is ("Ostriv Zmiinyi" -> "zmiinyi")."""
    words = re.sub(r"[«»\"“”()/,]", " ", normalise(name)).split()
    return " ".join(word for word in words if word not in KIND_WORDS)


@lru_cache(maxsize=1)
def _index() -> SiteIndex:
    """The features by the keys of their names and, for keys of 5+ letters, by consonant skeleton."""
    rows = [(Site(ident, name, float(lat), float(lon), admin1, "UA", SOURCE, kind),
             tuple(filter(None, alternates.split("|"))))
            for ident, name, lat, lon, admin1, alternates, kind in read_data_table(COAST_FILE)]
    return SiteIndex(rows, feature_key, skeleton_min=_SKELETON_MIN)


def _precision(feature: Site) -> float:
    if _LONG_WORDS.intersection(normalise(feature.name).split()):
        return PRECISION_KM["SPIT"]
    return PRECISION_KM.get(feature.kind, PRECISION_KM["ISLS"])


def coast_feature(name: str) -> GeoMatch | None:
    """The island, spit or peninsula of Ukraine a name (with or without its kind word) means, or None when none
    or several far apart bear it."""
    if not isinstance(name, str) or len(name) > _NAME_LIMIT:
        return None
    return _index().find(name, SAME_FEATURE_KM, _precision)
