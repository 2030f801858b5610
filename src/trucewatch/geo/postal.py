"""Read GeoNames' postal-code file for Russia (``RU.zip`` / ``RU.txt``, CC BY 3.0) for the gazetteer build.

Each line of the file is one post office: its code, the place it serves (a village, a town, or a town's numbered
office, "Белгород 10"), the region and raion names, a point and how the point was found (``accuracy``: 4 when
GeoNames matched the name to a place of its own, 1 when it was estimated from neighbouring codes, 6 a centroid).
The gazetteer takes the villages of the regions in :data:`RU_POSTAL_REGIONS` from it, and only points that can be
trusted (:func:`russian_postal_rows`): GeoNames' matching often took a namesake in another region (a Belgorod
village placed in Orenburg) or in a far raion of the same region, and an estimated point is shared by many
codes.

A malformed line stops the build with the file and line (:class:`~trucewatch.errors.InputError`).
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from trucewatch.errors import InputError, Where
from trucewatch.geo.admin1 import admin1_code
from trucewatch.geo.distance import PointGrid, distance_km, valid_latitude, valid_longitude
from trucewatch.geo.gazetteer import POSTAL_RU_SOURCE
from trucewatch.geo.geonames import checked_number, text_lines
from trucewatch.geo.translit import is_cyrillic, normalise, skeleton, transliterate

if TYPE_CHECKING:
    import pymorphy3

POSTAL_FIELDS = 12  # country, code, place, admin1 name and code, admin2 name and code, admin3 name and code,
# latitude, longitude, accuracy
# The regions on Russia's land border with Ukraine, whose villages the Russian Ministry of Defence and the
# regions' governors name as shelled or attacked (docs/extraction.md, "Russian border regions"). Elsewhere the
# ministry names regions, and the places struck there are towns and facilities that cities500 already holds.
RU_POSTAL_REGIONS = ("RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS")
# GeoNames matched the name to one of its places (the other grades are estimates or centroids)
MATCHED_ACCURACY = 4
# The nearest known place (outside this file) must lie in the row's own region and this close: a point matched
# to a namesake in another region, or out at sea, is refused.
OWN_REGION_KM = 60.0
# A point this far from the middle (median) of the other points of its raion is a namesake elsewhere in the
# region: the raions of these regions are at most about 100 km across.
RAION_SPREAD_KM = 60.0
RAION_MIN_POINTS = 3
# The same name in the same region this close to a known place (or to another office's point) is that place.
SAME_PLACE_KM = 5.0
# A village whose name has the consonants of a town's of its region (this many people) is left out: the text
# means the town ("Пролетарськ" inflected, "у Пролетарську", reads as the adjective "Пролетарський", a village's
# name), or the office is the town's own placed at a namesake
TOWN_POPULATION = 1_000


@dataclass(frozen=True)
class PostOffice:
    code: str
    name: str  # Cyrillic, as the file writes it
    admin1: str  # ISO 3166-2, "" when the region's name is not one of admin1.yaml's
    raion: str  # upper case, as the file writes it ("ПРОХОРОВСКИЙ РАЙОН"); "" for a town's offices
    lat: float
    lon: float
    accuracy: int  # 0 when the file leaves it empty


def read_postal(path: Path) -> list[PostOffice]:
    """Every line of the postal-code file, checked; a line that is not 12 tab-separated columns of Russia with a
    valid point and accuracy stops the build."""
    label = str(path) if path.suffix != ".zip" else f"{path}!RU.txt"
    offices: list[PostOffice] = []
    for number, line in text_lines(path):
        where = Where(label, number)
        fields = line.rstrip("\r\n").split("\t")
        if len(fields) != POSTAL_FIELDS:
            raise InputError(f"expected {POSTAL_FIELDS} tab-separated columns, found {len(fields)}", where)
        if fields[0] != "RU":
            raise InputError(f"country is {fields[0][:10]!r}, not RU", where,
                             hint="give the GeoNames postal-code file for Russia (RU.zip)")
        if not fields[1].isdigit() or not fields[2].strip():
            raise InputError(f"a post office needs a numeric code and a place name: {line[:60]!r}", where)
        lat = checked_number(fields[9], where, "latitude", valid_latitude)
        lon = checked_number(fields[10], where, "longitude", valid_longitude)
        accuracy = fields[11].strip()
        if accuracy and not (accuracy.isdigit() and 1 <= int(accuracy) <= 6):
            raise InputError(f"accuracy is not 1 to 6: {accuracy[:20]!r}", where)
        region = fields[3].strip()
        offices.append(PostOffice(
            code=fields[1], name=fields[2].strip(), admin1=(admin1_code(region, "RU") or "") if region else "",
            raion=fields[5].strip(), lat=lat, lon=lon, accuracy=int(accuracy or 0),
        ))
    if not offices:
        raise InputError("no post offices in the file", Where(label))
    return offices


def _village_name(name: str) -> bool:
    # "Москва 194", "Белгород 10": a town's numbered offices, not places
    return is_cyrillic(name) and all(char.isalpha() or char in " -" for char in name)


@lru_cache(maxsize=1)
def _morphology() -> pymorphy3.MorphAnalyzer:
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


def _reads_as_another_word(name: str) -> bool:
    """Whether a one-word name is, by the Russian dictionary, a person's name or surname ("Ленина", "Суворов",
    "Попов": a street's or a person's far more often than a hamlet's) or a masculine adjective ("Красный",
    "Ленинский", "Калачеевский", "Крымский": the form in which Russian names raions and city districts, and a
    common word); a name the dictionary knows as a place's is none of these."""
    if " " in name or "-" in name:
        return False
    readings = _morphology().parse(name.lower())
    if any("Geox" in reading.tag for reading in readings):
        return False
    first = readings[0]
    return bool(first.is_known and ({"Surn", "Name"} & first.tag.grammemes)) or any(
        reading.is_known and {"ADJF", "masc", "sing", "nomn"} <= reading.tag.grammemes for reading in readings)


def _key(name: str) -> str:
    return normalise(transliterate(name, "ru")) if is_cyrillic(name) else normalise(name)


def _in_own_region(office: PostOffice, nearest: PointGrid[tuple[str, str]]) -> bool:
    """Whether the nearest known place lies in the office's own region, and close."""
    found = nearest.nearest(office.lat, office.lon)
    return found is not None and found[0] == ("RU", office.admin1) and found[1] <= OWN_REGION_KM


def _within_raion(offices: list[PostOffice]) -> list[PostOffice]:
    """The offices whose point lies near the middle of the other points of their raion."""
    by_raion: dict[tuple[str, str], list[PostOffice]] = defaultdict(list)
    for office in offices:
        by_raion[(office.admin1, office.raion)].append(office)
    kept: list[PostOffice] = []
    for (_, raion), members in by_raion.items():
        if not raion or len(members) < RAION_MIN_POINTS:
            kept.extend(members)
            continue
        lat = statistics.median(member.lat for member in members)
        lon = statistics.median(member.lon for member in members)
        kept.extend(member for member in members if distance_km(lat, lon, member.lat, member.lon)
                    <= RAION_SPREAD_KM)
    return kept


def russian_postal_rows(offices: list[PostOffice], known: list[tuple[str, ...]],
                        regions: tuple[str, ...] = RU_POSTAL_REGIONS) -> list[tuple[str, ...]]:
    """Gazetteer rows (the build's 9-tuples) for the villages of ``regions`` that ``known`` lacks, sorted.

    Kept: offices whose point GeoNames matched to one of its places (accuracy 4), named like a place (no
    office number), whose nearest known place lies in their own region, near their raion's other points, and
    that bear no name a known place of the region bears within 5 km (the known row is kept); offices of one
    village (same name, same region, within 5 km) give one row, the lowest code's. Left out too: a name with
    a town's consonants in the region, and one that reads as another word (:func:`_reads_as_another_word`)."""
    nearest: PointGrid[tuple[str, str]] = PointGrid()  # (country, admin1) of every known place
    for row in known:
        if row[6] or row[5] not in ("UA", "RU"):
            nearest.add(float(row[3]), float(row[4]), (row[5], row[6]))
    candidates = [office for office in offices
                  if office.admin1 in regions and office.accuracy == MATCHED_ACCURACY
                  and _village_name(office.name)]
    candidates = [office for office in _within_raion(candidates)
                  if _in_own_region(office, nearest) and not _reads_as_another_word(office.name)]
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    towns: set[tuple[str, str]] = set()
    for row in known:
        if row[5] == "RU" and row[6] in regions:
            if int(row[7]) >= TOWN_POPULATION:
                towns.add((skeleton(row[1]), row[6]))
            for name in (row[1], *row[2].split("|")):
                if name:
                    points[(_key(name), row[6])].append((float(row[3]), float(row[4])))
    rows: list[tuple[str, ...]] = []
    for office in sorted(candidates, key=lambda office: office.code):
        near = points[(_key(office.name), office.admin1)]
        if (skeleton(office.name), office.admin1) in towns or any(
                distance_km(office.lat, office.lon, lat, lon) <= SAME_PLACE_KM for lat, lon in near):
            continue
        near.append((office.lat, office.lon))
        rows.append((POSTAL_RU_SOURCE, transliterate(office.name, "ru"), office.name, f"{office.lat:.4f}",
                     f"{office.lon:.4f}", "RU", office.admin1, "0", f"postal-ru:{office.code}"))
    return sorted(rows)
