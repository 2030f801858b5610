"""Read GeoNames' country extract for Ukraine (``UA.zip`` / ``UA.txt``, CC BY 4.0) for the gazetteer build.

Every populated place (feature class P) becomes one row with its own point, admin1, population and its
Latin and Cyrillic alternate names (Ukrainian and Russian spellings, older transliterations and former names
such as the pre-2016 ones). Historical and destroyed places (PPLH, PPLW) are left out: a report naming such a
name more likely means a living namesake. Abandoned places (PPLQ) are read, and the build keeps those whose name
no living place bears (Chornobyl, the villages of the exclusion zone): without them the name would reach a
distant place that has it only as an alternate.

GeoNames sometimes holds one village twice (an older id and a newer one, often placed near the community
centre): :func:`reconcile` keeps one row per village and says how far apart the two points were.

A malformed line stops the build with the file and line (:class:`~trucewatch.errors.InputError`).
"""

from __future__ import annotations

import io
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from trucewatch.errors import InputError, Where
from trucewatch.geo.admin1 import admin1_from_geonames
from trucewatch.geo.distance import distance_km, valid_latitude, valid_longitude
from trucewatch.geo.translit import is_cyrillic, normalise

FIELDS = 19  # columns of GeoNames' "geoname" table
_LEFT_OUT = frozenset({"PPLH", "PPLW"})
ABANDONED = "PPLQ"
# Two rows of one name in one oblast this close together are one village.
SAME_VILLAGE_KM = 3.0
# An older and a newer id (from 9,000,000 on) of one name in one raion (GeoNames admin2) this close: one
# village entered twice, the newer point often placed near the community's centre; the older point is kept
# (with the larger population of the two), its precision widened to cover the other.
RENUMBERED_KM = 15.0
_NEWER_IDS_FROM = 9_000_000


@dataclass(frozen=True)
class GeoName:
    id: int
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float
    feature: str
    admin1: str  # ISO 3166-2, e.g. UA-14
    admin2: str  # GeoNames' own admin2 code
    population: int
    spread_km: float = 0.0  # distance to a duplicate merged into this row


def _useful_alternate(name: str) -> bool:
    # Cyrillic spellings and Latin transliterations; not codes, links or other scripts
    if is_cyrillic(name):
        return all(char.isalpha() or char in " -'’ʼ." for char in name)
    return len(name) >= 3 and not name.isupper() and "http" not in name and all(
        char.isascii() or "\u00c0" <= char <= "\u024f" or char in "’ʼ‘" for char in name
    )


def text_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, line) of a GeoNames country file (``UA.txt``, ``RU.txt``), inside the zip or as a plain
    file."""
    try:
        if path.suffix == ".zip":
            with zipfile.ZipFile(path) as archive:
                members = [name for name in archive.namelist() if name.endswith(".txt") and "readme" not in name]
                if len(members) != 1:
                    raise InputError(f"expected one country file in the zip, found {members or 'none'}",
                                     Where(str(path)))
                with archive.open(members[0]) as raw:
                    yield from enumerate(io.TextIOWrapper(raw, encoding="utf-8"), start=1)
        else:
            with path.open(encoding="utf-8") as handle:
                yield from enumerate(handle, start=1)
    except (OSError, zipfile.BadZipFile) as exc:
        raise InputError(f"cannot read GeoNames data: {exc}", Where(str(path))) from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 text ({exc.reason})", Where(str(path))) from exc


def checked_number(text: str, where: Where, column: str, valid: Callable[[float], bool]) -> float:
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{column} is not a number: {text[:40]!r}", where) from None
    if not valid(value):
        raise InputError(f"{column} {value} is out of range", where)
    return value


def _records(path: Path, country: str) -> Iterator[tuple[Where, list[str], float, float]]:
    """Every line of a GeoNames country extract, checked: (where, fields, latitude, longitude)."""
    label = str(path) if path.suffix != ".zip" else f"{path}!{country}.txt"
    for number, line in text_lines(path):
        where = Where(label, number)
        fields = line.rstrip("\n").split("\t")
        if len(fields) != FIELDS:
            raise InputError(f"expected {FIELDS} tab-separated columns, found {len(fields)}", where)
        if not fields[0].isdigit():
            raise InputError(f"geonameid is not a number: {fields[0][:40]!r}", where)
        lat = checked_number(fields[4], where, "latitude", valid_latitude)
        lon = checked_number(fields[5], where, "longitude", valid_longitude)
        yield where, fields, lat, lon


def _admin1(fields: list[str], country: str, where: Where) -> str:
    # "00": GeoNames has not decided the unit; :func:`fill_admin1` takes the nearest place's
    admin1 = "" if fields[10] in ("", "00") else admin1_from_geonames(country, fields[10])
    if admin1 is None:
        raise InputError(f"unknown admin1 code {fields[10]!r} for {country}", where)
    return admin1


def _alternates(fields: list[str]) -> tuple[str, ...]:
    return tuple(sorted({alt.strip() for alt in fields[3].split(",")
                         if alt.strip() and _useful_alternate(alt.strip())} - {fields[1]}))


def _place(where: Where, fields: list[str], lat: float, lon: float, country: str) -> GeoName | None:
    """A populated place of the extract, or None for any other line."""
    if fields[6] != "P" or fields[7] in _LEFT_OUT or fields[8] != country:
        return None
    if not fields[1].strip():
        raise InputError("a populated place without a name", where)
    population = fields[14] or "0"
    if not population.isdigit():
        raise InputError(f"population is not a number: {population[:40]!r}", where)
    return GeoName(int(fields[0]), fields[1].strip(), _alternates(fields), lat, lon, fields[7],
                   _admin1(fields, country, where), fields[11], int(population))


# Airports, airfields and air bases (GeoNames feature class S): a text's "X airport" is often named after no
# settlement, or after one far from it ("Antonov Airport" is at Hostomel).
AIRFIELD_FEATURES = frozenset({"AIRP", "AIRF", "AIRB"})
# Islands, island groups, spits and peninsulas (GeoNames feature class T): "Snake Island", "the Kinburn Spit" and
# the islands of the Dnipro's delta are named as places of events and are no settlement.
COAST_FEATURES = frozenset({"ISL", "ISLS", "ISLET", "SPIT", "PEN"})


def _site(feature_class: str, codes: frozenset[str], what: str) -> Callable[..., GeoName | None]:
    """A reader of one kind of site of the extract (population 0): None for any other line; a site without a name
    stops the build naming ``what`` it is."""
    def read(where: Where, fields: list[str], lat: float, lon: float, country: str) -> GeoName | None:
        if fields[6] != feature_class or fields[7] not in codes or fields[8] != country:
            return None
        if not fields[1].strip():
            raise InputError(f"{what} without a name", where)
        return GeoName(int(fields[0]), fields[1].strip(), _alternates(fields), lat, lon, fields[7],
                       _admin1(fields, country, where), fields[11], 0)
    return read


_airfield = _site("S", AIRFIELD_FEATURES, "an airfield")
_coast_feature = _site("T", COAST_FEATURES, "an island, spit or peninsula")


def read_geonames(path: Path, country: str = "UA") -> Iterator[GeoName]:
    """Populated places of a GeoNames country extract; raises InputError naming file and line."""
    for record in _records(path, country):
        if (place := _place(*record, country)) is not None:
            yield place


def read_airfields(path: Path, country: str = "UA") -> Iterator[GeoName]:
    """The airports, airfields and air bases of a GeoNames country extract (population 0)."""
    for record in _records(path, country):
        if (airfield := _airfield(*record, country)) is not None:
            yield airfield


# GeoNames' historical second-level units (ADM2H) include the raions of before the 2020 reform ("Yasynuvata Raion",
# "Tel'manivs'kyy Rayon") and the city councils of that time ("Horlivska Miskrada"); a name ending in one of these
# words is a former raion.
FORMER_RAION_WORDS = ("raion", "rayon", "rajon", "район")


def read_former_raions(path: Path, country: str = "UA") -> list[GeoName]:
    """The raions of before the 2020 reform that a GeoNames country extract keeps as historical units (ADM2H),
    each at the point GeoNames gives (its centre, to a few km), with its Latin and Cyrillic alternate names."""
    found = []
    for where, fields, lat, lon in _records(path, country):
        name = fields[1].strip()
        last = name.split()[-1:]
        if fields[7] == "ADM2H" and fields[8] == country and last and last[0].lower() in FORMER_RAION_WORDS:
            found.append(GeoName(int(fields[0]), name, _alternates(fields), lat, lon, fields[7],
                                 _admin1(fields, country, where), fields[11], 0))
    return found


def read_coast_features(path: Path, country: str = "UA") -> Iterator[GeoName]:
    """The islands, spits and peninsulas of a GeoNames country extract (population 0)."""
    for record in _records(path, country):
        if (feature := _coast_feature(*record, country)) is not None:
            yield feature


@dataclass(frozen=True)
class ExtractTables:
    """What the build takes from one pass over a GeoNames country extract."""
    places: list[GeoName]
    airfields: list[GeoName]
    coast: list[GeoName]  # islands, spits, peninsulas


def read_extract_tables(path: Path, country: str = "UA") -> ExtractTables:
    """The populated places, the airfields and the islands, spits and peninsulas of a GeoNames country extract,
    read in one pass (as ``read_geonames``, ``read_airfields`` and ``read_coast_features`` give them)."""
    tables = ExtractTables([], [], [])
    for record in _records(path, country):
        if (place := _place(*record, country)) is not None:
            tables.places.append(place)
        elif (airfield := _airfield(*record, country)) is not None:
            tables.airfields.append(airfield)
        elif (feature := _coast_feature(*record, country)) is not None:
            tables.coast.append(feature)
    return tables


def fill_admin1(places: list[GeoName]) -> list[GeoName]:
    """Places GeoNames left without a unit ("00") take the unit of the nearest place that has one."""
    known = [place for place in places if place.admin1]
    if not known:
        return places
    return [
        place if place.admin1 else replace(
            place, admin1=min(known, key=lambda other: distance_km(place.lat, place.lon, other.lat, other.lon)).admin1
        )
        for place in places
    ]




def _rank(place: GeoName) -> tuple[int, int, int, int]:
    # the row to keep: an older id (the newer one is the re-entry), a populated one, an administrative
    # centre, then the lower id
    return (0 if place.id < _NEWER_IDS_FROM else 1, -place.population,
            0 if place.feature.startswith("PPLA") else 1, place.id)


def _duplicates(first: GeoName, second: GeoName) -> bool:
    distance = distance_km(first.lat, first.lon, second.lat, second.lon)
    if distance <= SAME_VILLAGE_KM:
        return True
    renumbered = (first.id >= _NEWER_IDS_FROM) != (second.id >= _NEWER_IDS_FROM)
    return renumbered and first.admin2 == second.admin2 and distance <= RENUMBERED_KM


def reconcile(places: list[GeoName]) -> tuple[list[GeoName], int]:
    """One row per village: rows of the same name in the same oblast that are duplicates (see the module
    doc) are merged into the kept row (alternates united; ``spread_km`` = the distance between them).
    Returns the rows (in input order) and how many were merged away."""
    groups: dict[tuple[str, str], list[int]] = defaultdict(list)
    for number, place in enumerate(places):
        groups[(normalise(place.name), place.admin1)].append(number)
    merged_into: dict[int, int] = {}
    kept = list(places)
    for members in groups.values():
        if len(members) < 2:
            continue
        for number in sorted(members, key=lambda n: _rank(places[n])):
            if number in merged_into:
                continue
            for other in members:
                if other == number or other in merged_into or _rank(places[other]) < _rank(places[number]):
                    continue
                if _duplicates(places[number], places[other]):
                    merged_into[other] = number
                    keeper, twin = kept[number], places[other]
                    kept[number] = replace(
                        keeper,
                        alternates=tuple(sorted(set(keeper.alternates) | set(twin.alternates) - {keeper.name})),
                        population=max(keeper.population, twin.population),
                        spread_km=max(keeper.spread_km, distance_km(keeper.lat, keeper.lon, twin.lat, twin.lon)),
                    )
    return [place for number, place in enumerate(kept) if number not in merged_into], len(merged_into)
