"""Candidate targets: facilities near a report whose own target is unknown or not specific.

Set-based in DuckDB. A report with coordinates is related to every facility within ``max_km`` (the store's
candidate radius, ``candidate_radius``: the user's choice, else ``model.CANDIDATE_MAX_KM``) plus the
report's own ``precision_km`` (a location known only to 25 km can be any facility within 35 km), by
great-circle distance. A report without coordinates but with admin1 areas (an air-force wave that
affected several oblasts) is related to the facilities registered in those areas, without a distance. A
report whose category is a non-leaf code (``energy``, ``energy.generation``) only gets facilities within
that code.
"""

from __future__ import annotations

import math

import duckdb

from trucewatch.errors import UserError
from trucewatch.geo.distance import distance_sql, lat_degrees_sql
from trucewatch.model import CANDIDATE_MAX_KM
from trucewatch.store.settings import get_setting, set_setting
from trucewatch.taxonomy import leaves, within_sql

RADIUS_SETTING = "candidate_max_km"

def candidate_radius(con: duckdb.DuckDBPyConnection) -> float:
    """The store's candidate radius in km: the one the user set last, else ``CANDIDATE_MAX_KM``."""
    stored = get_setting(con, RADIUS_SETTING)
    return float(stored) if stored is not None else CANDIDATE_MAX_KM


def set_candidate_radius(con: duckdb.DuckDBPyConnection, max_km: float) -> None:
    """Keep ``max_km`` as the store's candidate radius: every later link and assess uses it."""
    check_radius(max_km)
    set_setting(con, RADIUS_SETTING, repr(float(max_km)))


def check_radius(max_km: float) -> None:
    if not math.isfinite(max_km) or max_km < 0:
        raise UserError(f"max_km: {max_km} is not a distance in km (a finite number, 0 or more)")


def link_candidates(con: duckdb.DuckDBPyConnection, max_km: float | None = None, reports: str | None = None) -> int:
    """Recompute ``facility_candidates`` for every report (or only for the report ids the SQL ``reports``
    gives) within ``max_km`` (default: the store's ``candidate_radius``); returns the number of candidate
    rows.

    Reports considered: target category NULL, ``unknown`` or a non-leaf code. Idempotent: the rows are
    rebuilt from scratch each time (inside the caller's transaction, if any).
    """
    if max_km is None:
        max_km = candidate_radius(con)
    check_radius(max_km)
    leaf_list = ", ".join(f"'{code}'" for code in leaves() if code != "unknown")
    fits = f"(r.category IS NULL OR r.category = 'unknown' OR {within_sql('f.category', 'r.category')})"
    distance = distance_sql("r.lat", "r.lon", "f.lat", "f.lon")
    only = "TRUE" if reports is None else f"id IN ({reports})"
    con.execute("DELETE FROM facility_candidates" + ("" if reports is None else f" WHERE report_id IN ({reports})"))
    con.execute(
        f"""INSERT INTO facility_candidates (report_id, facility_id, category, distance_km, basis, max_km, precision_km)
        WITH r AS (
            SELECT id, lat, lon, target_category AS category, admin1_code, provenance, precision_km,
                {max_km} + coalesce(precision_km, 0) AS radius
            FROM reports
            WHERE ({only}) AND (target_category IS NULL OR target_category = 'unknown'
               OR target_category NOT IN ({leaf_list}))
        ), near AS (
            SELECT r.id AS report_id, f.id AS facility_id, f.category, {distance} AS distance_km,
                'distance' AS basis, r.radius AS max_km, r.precision_km
            FROM r JOIN facilities f
              ON f.lat BETWEEN r.lat - {lat_degrees_sql('r.radius')} AND r.lat + {lat_degrees_sql('r.radius')}
            WHERE r.lat IS NOT NULL AND r.lon IS NOT NULL AND {fits}
        ), areas AS (
            SELECT DISTINCT r.id, r.category, r.precision_km, code
            FROM r, unnest(coalesce(try_cast(json_extract(r.provenance, '$.admin1_codes') AS VARCHAR[]),
                                    [r.admin1_code])) AS u(code)
            WHERE (r.lat IS NULL OR r.lon IS NULL) AND code IS NOT NULL
        ), by_area AS (
            SELECT r.id AS report_id, f.id AS facility_id, f.category, NULL::DOUBLE AS distance_km,
                'admin1' AS basis, NULL::DOUBLE AS max_km, r.precision_km
            FROM areas r JOIN facilities f ON f.admin1_code = r.code
            WHERE {fits}
        )
        SELECT * FROM near WHERE distance_km <= max_km
        UNION ALL
        SELECT DISTINCT * FROM by_area"""
    )
    row = con.execute("SELECT count(*) FROM facility_candidates").fetchone()
    return int(row[0]) if row else 0
