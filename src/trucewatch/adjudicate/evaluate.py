"""Set-based adjudication: every incident × every prohibition clause × every reading.

One pipeline (``judge_sql``) turns a set of incident × clause-reading pairs into statuses, one per condition
(``adjudicate.conditions``), and a verdict; with ``detail`` it also writes the reasons in words. It is used
in two ways:

- ``evaluate`` (at assess time) judges every pair that a cheap prefilter leaves open (the time window as a
  range join, then party, act and time predicates over the incident and the clause reading alone) and
  stores only findings that are not ``not_covered``, as verdict and statuses: no text. Every other pair is
  ``not_covered`` and is implied (docs/verdicts.md "Stored and implied findings").
- ``render_sql`` (at read time) judges the pairs a reader asked for, with their reasons in words; for a
  stored finding it gives the same verdict and statuses that were stored, because it runs the same rules on
  the same tables, and for an implied one it says why it is not covered.

Incidents collapse to few distinct target categories, so the target's relation to each clause's scope is
computed per category and clause reading, not per pair.

Reads ``incidents``, ``incident_reports``, ``reports`` (first publication), ``clause_readings``,
``scope_items``, ``geo_items``, ``facility_candidates`` and ``facilities``; ``evaluate`` writes ``findings``.
"""

from __future__ import annotations

import duckdb

from trucewatch.adjudicate.conditions import CONDITIONS, not_covered_for_sure, verdict_sql
from trucewatch.adjudicate.conditions.target import scope_flags
from trucewatch.adjudicate.conditions.time import window_text
from trucewatch.geo.distance import lat_degrees_sql, lon_degrees_sql

# Registered facilities near an incident whose target is unknown or too general, that the clause's scope
# covers. A "close" candidate (inside the report's location uncertainty, town-level location) makes the target
# a partial match; other candidates (further away, a region-level location, or only a region named) are listed
# in the reason but leave the target unknown.
FOOTPRINT_KM = 5.0
MAX_PRECISION_KM = 25.0

STATUS_COLUMNS: tuple[str, ...] = tuple(c.column for c in CONDITIONS)

# The columns of a pair: the incident's facts and the clause reading's terms.
_PAIR_COLUMNS = """
    i.id AS incident_id, cr.agreement_id, cr.clause_id, cr.reading_id,
    i.actor, i.event, i.outcome, i.weapon,
    i.occurred_start AS s, i.occurred_end AS e,
    nullif(i.target_category, 'unknown') AS cat, i.target_name, coalesce(i.target_claims, []) AS target_claims,
    i.country, i.admin1_code, i.admin1, i.location_name, i.lat, i.lon, coalesce(i.precision_km, 0) AS prec,
    concat_ws(', ', i.location_name, coalesce(i.admin1_code, i.admin1), i.country) AS place_text,
    i.evidence_grade, i.evidence_detail AS grade_detail, i.acknowledged_by, i.denied_by, i.competing_actors,
    i.n_sources, i.n_independent_sources,
    cr.acts, cr.bound_parties, cr.window_start AS ws, cr.window_end AS we, cr.window_tz,
    cr.in_force, cr.reading_note, cr.scope_any, cr.geo_any,
    i.first_published AS pub
"""


PAIR_KEYS: tuple[str, ...] = ("incident_id", "agreement_id", "clause_id", "reading_id")


def pairs_for_keys_sql(keys: str) -> str:
    """The pairs named by the SQL ``keys`` (columns incident_id, agreement_id, clause_id, reading_id)."""
    return f"""SELECT {_PAIR_COLUMNS} FROM ({keys}) k
               JOIN incidents i ON i.id = k.incident_id
               JOIN clause_readings cr ON cr.agreement_id = k.agreement_id AND cr.clause_id = k.clause_id
                    AND cr.reading_id = k.reading_id"""


def all_pairs_sql(incident_filter: str = "TRUE", reading_filter: str = "TRUE") -> str:
    """Every incident × prohibition clause reading matching the filters (SQL over ``i`` and ``cr``)."""
    return f"""SELECT {_PAIR_COLUMNS} FROM incidents i CROSS JOIN clause_readings cr
               WHERE cr.kind = 'prohibition' AND ({incident_filter}) AND ({reading_filter})"""


def open_pairs_sql(incident_filter: str = "TRUE") -> str:
    """The pairs the cheap prefilter leaves open: timed incidents meet a window in force through a range join
    (an interval that ends before the window opens or starts after it closes is out), untimed ones meet
    every clause reading; then no condition may fail for certain."""
    prefilter = not_covered_for_sure()
    return f"""
        SELECT * FROM (
            SELECT {_PAIR_COLUMNS} FROM incidents i JOIN clause_readings cr
              ON coalesce(i.occurred_end, i.occurred_start) >= cr.window_start
             AND i.occurred_start < coalesce(cr.window_end, 'infinity'::TIMESTAMP)
            WHERE cr.kind = 'prohibition' AND cr.in_force AND ({incident_filter})
            UNION ALL
            SELECT {_PAIR_COLUMNS} FROM incidents i JOIN clause_readings cr ON i.occurred_start IS NULL
            WHERE cr.kind = 'prohibition' AND cr.in_force AND ({incident_filter})
        ) p
        WHERE NOT ({prefilter})"""


# How a country and region relate to a clause reading's geography items ``g`` (aggregates).
GEO_FLAGS = """bool_or(g.kind = 'country' AND g.include) AS has_inc_country,
        bool_or(g.kind = 'country' AND g.include AND {x}.country = g.value) AS in_country,
        bool_or(g.kind = 'country' AND NOT g.include AND {x}.country = g.value) AS ex_country,
        bool_or(g.kind = 'country' AND NOT g.include) AS has_ex_country,
        bool_or(g.kind = 'admin1' AND g.include) AS has_inc_admin1,
        bool_or(g.kind = 'admin1' AND g.include AND {x}.admin1_code = g.value) AS in_admin1,
        bool_or(g.kind = 'admin1' AND NOT g.include AND {x}.admin1_code = g.value) AS ex_admin1,
        bool_or(g.kind = 'admin1' AND g.include AND {x}.admin1_code IS NULL
                AND {x}.country = split_part(g.value, '-', 1)) AS inc_admin1_unknown,
        bool_or(g.kind = 'admin1' AND NOT g.include AND {x}.admin1_code IS NULL
                AND ({x}.country IS NULL OR {x}.country = split_part(g.value, '-', 1))) AS ex_admin1_unknown,
        bool_or(g.kind = 'area') AS has_area"""


def candidate_ctes(in_scope_text: str = "", members: str = "incident_reports") -> str:
    """CTEs ``cands`` … ``candidates``: registered facilities near the incidents of the CTE ``wanted``
    (incident_id, agreement_id, clause_id, reading_id, scope_any) and how many of them each clause reading
    covers, close to the incident or only in its area. ``in_scope_text`` adds the list in words; ``members``:
    where to read the incidents' reports from (``incident_reports`` or a part of it holding those incidents)."""
    return f"""cands AS (
    SELECT w.*, fc.facility_id, fc.category, min(fc.distance_km) AS distance_km, f.name,
        -- the facility lies within the report's own location uncertainty (plus a footprint allowance), and
        -- the location is at least town-level: then the strike may well have been on it
        bool_or(fc.basis = 'distance' AND fc.distance_km <= coalesce(fc.precision_km, 0) + {FOOTPRINT_KM}
                AND coalesce(fc.precision_km, 0) <= {MAX_PRECISION_KM}) AS close
    FROM wanted w
    JOIN {members} ir ON ir.incident_id = w.incident_id
    JOIN facility_candidates fc ON fc.report_id = ir.report_id
    JOIN facilities f ON f.id = fc.facility_id
    GROUP BY ALL
),
cand_flags AS (
    SELECT c.incident_id, c.agreement_id, c.clause_id, c.reading_id, c.facility_id, {scope_flags('c.category')}
    FROM cands c JOIN scope_items si USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
),
cands_scoped AS (
    -- in scope: at or below an included code and not at or below an excluded one
    SELECT c.*, c.scope_any OR coalesce(f.t_in AND NOT f.t_excluded, false) AS in_scope
    FROM cands c LEFT JOIN cand_flags f USING (incident_id, agreement_id, clause_id, reading_id, facility_id)
),
candidates AS (
    SELECT incident_id, agreement_id, clause_id, reading_id,
        count(DISTINCT facility_id) FILTER (WHERE in_scope AND close) AS near_in_scope,
        count(DISTINCT facility_id) FILTER (WHERE in_scope AND NOT close) AS area_in_scope,
        count(DISTINCT facility_id) AS n_candidates{in_scope_text}
    FROM cands_scoped GROUP BY ALL
)"""


def judge_sql(pairs: str, *, detail: bool, members: str = "incident_reports") -> str:
    """The pipeline over the pairs given by the SQL ``pairs`` (columns of ``all_pairs_sql``). Yields the key,
    actor, verdict and one status per condition; with ``detail`` also ``reasons`` (JSON), ``report_ids``
    and the incident's interval. ``members``: as for ``candidate_ctes``."""
    claims_text = """,
        string_agg(claimant || ' says ' || cat || CASE WHEN t_excluded THEN ' (excluded)'
                                                       WHEN t_in THEN ' (in scope)'
                                                       WHEN t_ancestor THEN ' (too general to tell)'
                                                       ELSE ' (outside the scope)' END,
                   '; ' ORDER BY claimant, cat) AS claims_text""" if detail else ""
    in_scope_text = """,
        string_agg(name || ' (' || category || coalesce(', ' || round(distance_km, 1)::VARCHAR || ' km', '')
                   || ')', '; ' ORDER BY close DESC, distance_km NULLS LAST, name) FILTER (WHERE in_scope)
            AS in_scope_text""" if detail else ""
    statuses = ",\n        ".join(f"{c.status} AS {c.column}" for c in CONDITIONS)
    missing = ",\n        ".join(f"{c.missing} AS {c.name}_missing" for c in CONDITIONS)
    keys = "USING (incident_id, agreement_id, clause_id, reading_id)"
    joins = f"""LEFT JOIN target t USING (agreement_id, clause_id, reading_id, cat)
    LEFT JOIN geo g ON g.agreement_id = p.agreement_id AND g.clause_id = p.clause_id
        AND g.reading_id = p.reading_id AND g.country IS NOT DISTINCT FROM p.country
        AND g.admin1_code IS NOT DISTINCT FROM p.admin1_code
    LEFT JOIN geo_area ga {keys}
    LEFT JOIN candidates fc {keys}
    LEFT JOIN disputes tc {keys}"""
    status_list = ", ".join(f"p.{column}" for column in STATUS_COLUMNS)
    if detail:
        items = ", ".join(
            f"{{'condition': '{c.name}', 'status': p.{c.column}, 'detail': {c.detail}}}" for c in CONDITIONS)
        final = f"""
SELECT p.agreement_id, p.clause_id, p.reading_id, p.incident_id, p.actor, p.verdict, {status_list},
    to_json([{items}]) AS reasons,
    coalesce(m.report_ids, []) AS report_ids,
    p.s AS occurred_start, p.e AS occurred_end
FROM verdicts p
    {joins}
    LEFT JOIN scope_texts st USING (agreement_id, clause_id, reading_id)
    LEFT JOIN geo_texts gt USING (agreement_id, clause_id, reading_id)
    LEFT JOIN window_texts wt USING (agreement_id, clause_id, reading_id)
    LEFT JOIN members m ON m.incident_id = p.incident_id"""
        texts = f""",
scope_texts AS (
    SELECT agreement_id, clause_id, reading_id,
        string_agg(code, ', ' ORDER BY code) FILTER (WHERE include) AS scope_text,
        string_agg(code, ', ' ORDER BY code) FILTER (WHERE NOT include) AS exclude_text
    FROM scope_items GROUP BY ALL
),
geo_texts AS (
    SELECT agreement_id, clause_id, reading_id,
        string_agg(DISTINCT value, ', ' ORDER BY value) FILTER (WHERE include) AS inc_text,
        string_agg(DISTINCT value, ', ' ORDER BY value) FILTER (WHERE NOT include) AS ex_text
    FROM geo_items GROUP BY ALL
),
window_texts AS (
    SELECT agreement_id, clause_id, reading_id, {window_text('cr')} AS window_text FROM clause_readings cr
),
members AS (
    SELECT incident_id, list(report_id ORDER BY report_id) AS report_ids FROM {members}
    WHERE incident_id IN (SELECT incident_id FROM p) GROUP BY incident_id
)"""
    else:
        final = f"""
SELECT p.agreement_id, p.clause_id, p.reading_id, p.incident_id, p.actor, p.verdict, {status_list}
FROM verdicts p"""
        texts = ""
    return f"""
WITH p AS MATERIALIZED ({pairs}),
cats AS (
    SELECT DISTINCT agreement_id, clause_id, reading_id, cat FROM p WHERE NOT scope_any AND cat IS NOT NULL
),
target AS (
    SELECT c.agreement_id, c.clause_id, c.reading_id, c.cat, {scope_flags('c.cat')}
    FROM cats c JOIN scope_items si USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
),
-- reports of one incident that name different targets, where the clause judges them differently (one in
-- scope, another outside it or excluded): the target is disputed for that clause
claims AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id, u.claim.claimant AS claimant,
        u.claim.category AS cat
    FROM (SELECT * FROM p WHERE NOT scope_any AND len(target_claims) > 1) p, unnest(p.target_claims) AS u(claim)
),
claims_judged AS (
    SELECT c.incident_id, c.agreement_id, c.clause_id, c.reading_id, c.claimant, c.cat, {scope_flags('c.cat')}
    FROM claims c JOIN scope_items si USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
),
disputes AS (
    SELECT incident_id, agreement_id, clause_id, reading_id{claims_text}
    FROM claims_judged GROUP BY ALL
    HAVING bool_or(t_in AND NOT t_excluded) AND bool_or(t_excluded OR NOT (t_in OR t_ancestor))
),
wanted AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id, p.scope_any
    FROM p LEFT JOIN target t USING (agreement_id, clause_id, reading_id, cat)
    WHERE p.cat IS NULL OR coalesce(t.t_ancestor AND NOT t.t_in, false)
),
{candidate_ctes(in_scope_text, members)},
-- countries and regions: per clause reading and (country, region), not per pair
places AS (
    SELECT DISTINCT agreement_id, clause_id, reading_id, country, admin1_code FROM p WHERE NOT geo_any
),
geo AS (
    SELECT x.agreement_id, x.clause_id, x.reading_id, x.country, x.admin1_code,
        {GEO_FLAGS.format(x='x')}
    FROM places x JOIN geo_items g USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
),
-- named areas: per pair, only for clause readings that name areas
geo_area AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id,
        bool_or(p.lat BETWEEN g.south + p.dlat AND g.north - p.dlat
                AND p.lon BETWEEN g.west + p.dlon AND g.east - p.dlon) AS in_area_sure,
        bool_or(p.lat BETWEEN g.south - p.dlat AND g.north + p.dlat
                AND p.lon BETWEEN g.west - p.dlon AND g.east + p.dlon) AS in_area_maybe
    FROM (SELECT *, {lat_degrees_sql('prec')} AS dlat, {lon_degrees_sql('prec', 'coalesce(lat, 0)')} AS dlon
          FROM p WHERE NOT geo_any) p
    JOIN geo_items g ON g.agreement_id = p.agreement_id AND g.clause_id = p.clause_id
         AND g.reading_id = p.reading_id AND g.kind = 'area'
    GROUP BY ALL
){texts},
judged AS (
    SELECT p.*,
        {statuses},
        {missing},
        NOT p.scope_any AND tc.incident_id IS NOT NULL AS target_disputed
    FROM p
    {joins}
),
verdicts AS (SELECT j.*, {verdict_sql('j')} AS verdict FROM judged j)
{final}
"""


def evaluate(con: duckdb.DuckDBPyConnection, incident_filter: str = "TRUE",
             members: str = "incident_reports") -> int:
    """Judge the open pairs of the incidents matching ``incident_filter`` (SQL over ``i``) and insert their
    findings that are not ``not_covered``. The caller deletes what they replace. Call inside a transaction;
    returns the number of findings written. ``members``: where to read those incidents' reports from, when
    the caller knows a smaller relation than ``incident_reports`` that holds them all."""
    from trucewatch.adjudicate.signatures import area_boxes, fast_plan, signature_collisions

    columns = ", ".join(STATUS_COLUMNS)
    before = _count(con)
    plan = fast_plan(incident_filter, area_boxes(con), members)
    queries = [plan.query, plan.per_pair]
    tables = plan.tables
    try:
        for name, sql in tables[:plan.before_check]:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        if signature_collisions(con):
            # two signatures share a hash: judge every pair on its own (slower, the same findings)
            queries = [judge_sql(open_pairs_sql(incident_filter), detail=False, members=members)]
            tables = tables[:plan.before_check]
        for name, sql in tables[plan.before_check:]:
            con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {sql}")
        for sql in queries:
            con.execute(f"""
                INSERT INTO findings (agreement_id, clause_id, reading_id, incident_id, actor, verdict, {columns})
                SELECT agreement_id, clause_id, reading_id, incident_id, actor, verdict, {columns}
                FROM ({sql}) WHERE verdict <> 'not_covered'
            """)
    finally:
        for name, _ in plan.tables:
            con.execute(f"DROP TABLE IF EXISTS {name}")
    return _count(con) - before


def _count(con: duckdb.DuckDBPyConnection) -> int:
    row = con.execute("SELECT count(*) FROM findings").fetchone()
    return int(row[0]) if row else 0
