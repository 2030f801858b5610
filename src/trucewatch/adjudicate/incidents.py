"""Incidents from reports, set-based.

Each report that is not a tally and does not answer another report starts an incident. A report whose
``relates_to`` names another report (a denial, an acknowledgement, a follow-up) joins that report's
incident, following chains. Tallies (``aggregate``) never become incidents; they are listed apart.

The evidence grade of an incident (acknowledged / contested / corroborated / single_source) is computed
from its reports: the acting party acknowledging it, denials and competing attributions, and how many
distinct sources carried it, counting sources aligned with the claimant apart from the others.
"""

from __future__ import annotations

import duckdb

MAX_CHAIN = 32

_ROOTS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _report_roots AS
WITH RECURSIVE up(id, cur, depth) AS (
    SELECT id, id, 0 FROM reports WHERE NOT aggregate
    UNION ALL
    SELECT up.id, r.relates_to, up.depth + 1
    FROM up
    JOIN reports r ON r.id = up.cur
    JOIN reports p ON p.id = r.relates_to AND NOT p.aggregate
    WHERE up.depth < {MAX_CHAIN}
)
SELECT id AS report_id, arg_max(cur, depth) AS root FROM up GROUP BY id
"""

_INCIDENTS_SQL = """
INSERT INTO incidents
WITH members AS (
    SELECT rr.root, r.*,
           (r.id = rr.root) AS is_primary
    FROM _report_roots rr JOIN reports r ON r.id = rr.report_id
),
primary_report AS (
    SELECT * FROM members WHERE is_primary
),
agg AS (
    SELECT
        root,
        count(*) AS n_reports,
        count(DISTINCT source_name) FILTER (WHERE stance <> 'denies') AS n_sources,
        list(DISTINCT claimant ORDER BY claimant) FILTER (WHERE stance = 'acknowledges') AS acknowledged_by,
        list(DISTINCT claimant ORDER BY claimant) FILTER (WHERE stance = 'denies') AS denied_by,
        list(DISTINCT actor ORDER BY actor)
            FILTER (WHERE actor IS NOT NULL AND stance IN ('alleges', 'reports', 'acknowledges'))
            AS actors,
        -- sources carrying the claim that are not aligned with the primary claimant
        list(DISTINCT source_name ORDER BY source_name) FILTER (WHERE stance <> 'denies') AS sources,
        min(occurred_start) FILTER (WHERE occurred_start IS NOT NULL) AS any_start
    FROM members GROUP BY root
),
unaligned AS (
    SELECT m.root, count(DISTINCT m.source_name) AS n_unaligned
    FROM members m JOIN primary_report p ON p.root = m.root
    WHERE m.stance <> 'denies'
      AND coalesce(m.aligned_with, '') <> coalesce(p.claimant, '')
      AND m.source_name <> p.claimant
      AND (p.aligned_with IS NULL OR coalesce(m.aligned_with, '') <> p.aligned_with)
    GROUP BY m.root
),
-- the most specific target any report of the incident gives, when the primary gives none
best_target AS (
    SELECT root, arg_max(target_category, length(target_category)) AS category,
           arg_max(target_name, length(target_category)) AS name
    FROM members WHERE target_category IS NOT NULL AND target_category <> 'unknown' AND stance <> 'denies'
    GROUP BY root
)
SELECT
    'inc:' || p.id AS id,
    p.id AS primary_report,
    p.occurred_start, p.occurred_end,
    coalesce(p.actor, CASE WHEN len(a.actors) = 1 THEN a.actors[1] END) AS actor,
    coalesce(CASE WHEN p.target_category <> 'unknown' THEN p.target_category END, b.category,
             p.target_category) AS target_category,
    coalesce(p.target_name, b.name) AS target_name,
    p.location_name, p.admin1, p.admin1_code, p.country, p.lat, p.lon, p.precision_km,
    p.weapon, p.outcome,
    coalesce(p.event, 'strike') AS event,
    a.n_reports,
    a.n_sources,
    coalesce(u.n_unaligned, 0) AS n_independent_sources,
    coalesce(a.acknowledged_by, []) AS acknowledged_by,
    coalesce(a.denied_by, []) AS denied_by,
    CASE WHEN len(a.actors) > 1 THEN a.actors ELSE [] END AS competing_actors,
    CASE
        WHEN list_contains(coalesce(a.acknowledged_by, []), coalesce(p.actor, '')) THEN 'acknowledged'
        WHEN len(coalesce(a.denied_by, [])) > 0 OR len(a.actors) > 1 THEN 'contested'
        WHEN a.n_sources >= 2 AND coalesce(u.n_unaligned, 0) >= 1 THEN 'corroborated'
        ELSE 'single_source'
    END AS evidence_grade,
    NULL AS evidence_detail,
    to_json({
        'rule': 'relates_to',
        'detail': CASE WHEN a.n_reports = 1 THEN 'one report'
                       ELSE a.n_reports::VARCHAR || ' reports linked by relates_to to ' || p.id END,
        'sources': coalesce(a.sources, [])
    }) AS grouping
FROM primary_report p
JOIN agg a ON a.root = p.root
LEFT JOIN unaligned u ON u.root = p.root
LEFT JOIN best_target b ON b.root = p.root
"""


def build_incidents(con: duckdb.DuckDBPyConnection) -> int:
    """Rebuild ``incidents`` and ``incident_reports`` from ``reports``. Call inside a transaction."""
    con.execute("DELETE FROM incident_reports")
    con.execute("DELETE FROM incidents")
    con.execute(_ROOTS_SQL)
    try:
        con.execute(_INCIDENTS_SQL)
        con.execute(
            "INSERT INTO incident_reports SELECT 'inc:' || root, report_id, "
            "CASE WHEN report_id = root THEN 'primary' ELSE 'related' END FROM _report_roots"
        )
    finally:
        con.execute("DROP TABLE IF EXISTS _report_roots")
    row = con.execute("SELECT count(*) FROM incidents").fetchone()
    return int(row[0]) if row else 0
