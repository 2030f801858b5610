"""Airports, airfields and air bases by name: Ukraine's from GeoNames' UA extract (``data/airfields.tsv.gz``,
CC BY 4.0; built by :mod:`trucewatch.geo.build`), Russia's and Belarus's from the ``airportsdata`` package
(those with an ICAO code, MIT; read from the installed package, nothing downloaded).

A text's "X airport" is not always at a settlement called X: "Antonov Airport" is at Hostomel, Kherson's
airport at Chornobaivka (GeoNames lists it as "Chernobayevka Airport" too), and a misspelt "Antonovo airport"
is no village of that name in another oblast. :func:`airfield` finds the airfield a name means, by the words of
its names and alternates without the kind ("Hostomel Airport" is "hostomel"; "Antonov Airport", "antonov";
"Engels-2 air base", "engels"), exactly or by the consonant skeleton that absorbs transliteration variants.
Abroad, an airport's city is one of its names ("Kursk East Airport" answers "Kursk airport").
"""

from __future__ import annotations

import re
from functools import lru_cache

import airportsdata

from trucewatch.geo.admin1 import admin1_country
from trucewatch.geo.gazetteer import GeoMatch, read_data_table, reverse_admin1
from trucewatch.geo.named_sites import Site, SiteIndex
from trucewatch.geo.translit import normalise

AIRFIELDS_FILE = "airfields.tsv.gz"
# The countries whose airfields come from ``airportsdata`` (Ukraine's come from GeoNames, with more names)
ICAO_COUNTRIES = ("RU", "BY")
SOURCES = {"geonames-airfield": "GeoNames", "icao-airfield": "ICAO"}
# The words of an airfield's name that say what it is, not which one (English, and as GeoNames' alternates
# write them in other languages)
_KIND_WORDS = frozenset({
    "airport", "airfield", "air", "base", "airbase", "aerodrome", "international", "national", "aeroport",
    "aeropuerto", "aeroporto", "flughafen", "port", "lotniczy", "mezhdunarodnyj", "mizhnarodnij", "aehroport",
    "аеропорт", "аэропорт", "аеродром", "аэродром", "міжнародний", "международный", "авіабаза", "авиабаза",
})
# An airfield's point is exact; its runways and buildings spread over a few km.
AIRFIELD_PRECISION_KM = 3.0
# Several airfields answering one name are one answer only when they lie this close ("Antonov" is Hostomel's
# airport and the Antonov company's own at Sviatoshyn, 14 km apart): the first, its precision covering them.
SAME_AIRFIELD_KM = 25.0
_NAME_LIMIT = 100


def _key(name: str) -> str:
    """A name without the words that say it is an airfield, nor the number of one of a town's airfields
    ("Hostomel Airport" -> "hostomel", "Engels-2 air base" -> "engels")."""
    words = re.sub(r"[«»\"“”()/]", " ", normalise(name)).split()
    return " ".join(word for word in words if word not in _KIND_WORDS and not word.isdigit())


def _icao_airfields() -> list[tuple[Site, tuple[str, ...]]]:
    """The airports and air bases of :data:`ICAO_COUNTRIES` with their city as another name, by ICAO code;
    the region from the point (the package writes it in its own spellings)."""
    found: list[tuple[Site, tuple[str, ...]]] = []
    for code, entry in sorted(airportsdata.load("ICAO").items()):
        if entry["country"] not in ICAO_COUNTRIES:
            continue
        lat, lon = float(entry["lat"]), float(entry["lon"])
        region = reverse_admin1(lat, lon)
        admin1 = region[1] if region and region[0] == entry["country"] else ""
        found.append((Site(code, entry["name"], lat, lon, admin1, entry["country"], "icao-airfield"),
                      (entry["city"],) if entry["city"] else ()))
    return found


@lru_cache(maxsize=1)
def _index() -> SiteIndex:
    """The airfields by the keys and consonant skeletons of their names: Ukraine's first, then the others."""
    rows: list[tuple[Site, tuple[str, ...]]] = []
    for ident, name, lat, lon, admin1, alternates in read_data_table(AIRFIELDS_FILE):
        rows.append((Site(ident, name, float(lat), float(lon), admin1, admin1_country(admin1) or "UA",
                          "geonames-airfield"), tuple(filter(None, alternates.split("|")))))
    return SiteIndex([*rows, *_icao_airfields()], _key)


def airfield(name: str, admin1_code: str | None = None) -> GeoMatch | None:
    """The airfield of Ukraine, Russia or Belarus a name (with or without "airport", "air base"…) means, or None
    when no airfield or more than one far apart bears it; ``admin1_code`` keeps only those of that region.
    Ukraine's come first, then the others by ICAO code."""
    if not isinstance(name, str) or len(name) > _NAME_LIMIT:
        return None
    return _index().find(name, SAME_AIRFIELD_KM, lambda _site: AIRFIELD_PRECISION_KM,
                         keep=lambda site: admin1_code in (None, site.admin1))


def reference(match: GeoMatch) -> str:
    """Where an airfield's record comes from, with its id there ("GeoNames 6300952", "ICAO UMGG")."""
    return f"{SOURCES.get(match.source, match.source)} {match.id}"
