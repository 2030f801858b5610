"""Set-based adjudication: every incident × every prohibition clause × every reading, in a few DuckDB
queries. Each condition yields a status (pass / fail / uncertain), whether an uncertainty comes from missing
information, and a human-readable detail; the verdict follows from them (docs/verdicts.md).
"""

from __future__ import annotations

import duckdb

# Conditions in the order they are reported.
CONDITION_ORDER = ("party", "act", "time", "target", "geography", "evidence")

_LOCAL = "strftime(timezone(p.window_tz, {ts}::TIMESTAMPTZ), '%Y-%m-%d %H:%M')"


def _local(ts: str) -> str:
    return _LOCAL.format(ts=ts)


_PAIRS_SQL = """
CREATE OR REPLACE TEMP TABLE _pairs AS
SELECT
    i.id AS incident_id, cr.agreement_id, cr.clause_id, cr.reading_id,
    i.actor, i.event, i.outcome, i.weapon,
    i.occurred_start AS s, i.occurred_end AS e,
    nullif(i.target_category, 'unknown') AS cat, i.target_name, coalesce(i.target_claims, []) AS target_claims,
    i.country, i.admin1_code, i.admin1, i.location_name, i.lat, i.lon, coalesce(i.precision_km, 0) AS prec,
    i.evidence_grade, i.evidence_detail AS grade_detail, i.acknowledged_by, i.denied_by, i.competing_actors,
    i.n_sources,
    i.n_independent_sources,
    cr.acts, cr.bound_parties, cr.window_start AS ws, cr.window_end AS we, cr.window_tz,
    cr.in_force, cr.reading_note, cr.scope_any, cr.geo_any,
    pub.first_published AS pub
FROM incidents i
CROSS JOIN clause_readings cr
-- an event cannot have happened after the first report of it was published
LEFT JOIN (SELECT ir.incident_id, min(r.published_at) AS first_published
           FROM incident_reports ir JOIN reports r ON r.id = ir.report_id
           GROUP BY ir.incident_id) pub ON pub.incident_id = i.id
WHERE cr.kind = 'prohibition'
"""

# How a category relates to a clause's scope items ``si`` (one place for the rule, docs/verdicts.md "target"):
# at or below an included code; at or below an excluded code; an ancestor of an included code; an ancestor of
# an excluded code. Aggregates over the scope items of one clause and reading.
def _scope_flags(cat: str) -> str:
    under = f"({cat} = si.code OR starts_with({cat}, si.code || '.'))"
    above = f"starts_with(si.code, {cat} || '.')"
    return (f"bool_or(si.include AND {under}) AS t_in, bool_or(NOT si.include AND {under}) AS t_excluded, "
            f"bool_or(si.include AND {above}) AS t_ancestor, "
            f"bool_or(NOT si.include AND {above}) AS t_covers_excluded")


_TARGET_SQL = f"""
CREATE OR REPLACE TEMP TABLE _target AS
SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id,
    {_scope_flags('p.cat')},
    string_agg(si.code, ', ' ORDER BY si.code) FILTER (WHERE si.include) AS scope_text,
    string_agg(si.code, ', ' ORDER BY si.code) FILTER (WHERE NOT si.include) AS exclude_text
FROM _pairs p
JOIN scope_items si USING (agreement_id, clause_id, reading_id)
WHERE NOT p.scope_any
GROUP BY ALL
"""

# Reports of one incident that name different targets, where the clause judges the targets differently (one
# in scope, another outside it or excluded): the target is disputed for that clause. Claims that are merely
# more or less specific ("energy" and "energy.generation.chp") or all in scope, or all out, are no dispute.
_CLAIMS_SQL = f"""
CREATE OR REPLACE TEMP TABLE _claims AS
WITH c AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id, u.claim.claimant AS claimant,
        u.claim.category AS cat
    FROM _pairs p, unnest(p.target_claims) AS u(claim)
    WHERE NOT p.scope_any AND len(p.target_claims) > 1
),
judged AS (
    SELECT c.incident_id, c.agreement_id, c.clause_id, c.reading_id, c.claimant, c.cat, {_scope_flags('c.cat')}
    FROM c JOIN scope_items si USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
)
SELECT incident_id, agreement_id, clause_id, reading_id,
    string_agg(claimant || ' says ' || cat || CASE WHEN t_excluded THEN ' (excluded)'
                                                   WHEN t_in THEN ' (in scope)'
                                                   WHEN t_ancestor THEN ' (too general to tell)'
                                                   ELSE ' (outside the scope)' END,
               '; ' ORDER BY claimant, cat) AS claims_text
FROM judged
GROUP BY ALL
HAVING bool_or(t_in AND NOT t_excluded) AND bool_or(t_excluded OR NOT (t_in OR t_ancestor))
"""

# Registered facilities near an incident whose target is unknown or too general, that the clause's scope
# covers. A "close" candidate (inside the report's location uncertainty, town-level location) makes the target
# a partial match; other candidates (further away, a region-level location, or only a region named) are listed
# in the reason but leave the target unknown.
FOOTPRINT_KM = 5.0
MAX_PRECISION_KM = 25.0

_CANDIDATES_SQL = """
CREATE OR REPLACE TEMP TABLE _candidates AS
WITH wanted AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id, p.scope_any
    FROM _pairs p LEFT JOIN _target t USING (incident_id, agreement_id, clause_id, reading_id)
    WHERE p.cat IS NULL OR coalesce(t.t_ancestor AND NOT t.t_in, false)
),
cands AS (
    SELECT w.*, fc.facility_id, fc.category, min(fc.distance_km) AS distance_km, min(fc.basis) AS basis, f.name,
        -- the facility lies within the report's own location uncertainty (plus a footprint allowance), and
        -- the location is at least town-level: then the strike may well have been on it
        bool_or(fc.basis = 'distance' AND fc.distance_km <= coalesce(r.precision_km, 0) + {footprint}
                AND coalesce(r.precision_km, 0) <= {max_precision}) AS close
    FROM wanted w
    JOIN incident_reports ir ON ir.incident_id = w.incident_id
    JOIN reports r ON r.id = ir.report_id
    JOIN facility_candidates fc ON fc.report_id = ir.report_id
    JOIN facilities f ON f.id = fc.facility_id
    GROUP BY ALL
),
flags AS (
    SELECT c.incident_id, c.agreement_id, c.clause_id, c.reading_id, c.facility_id, {flags}
    FROM cands c JOIN scope_items si USING (agreement_id, clause_id, reading_id)
    GROUP BY ALL
),
scoped AS (
    -- in scope: at or below an included code and not at or below an excluded one
    SELECT c.*, c.scope_any OR coalesce(f.t_in AND NOT f.t_excluded, false) AS in_scope
    FROM cands c LEFT JOIN flags f USING (incident_id, agreement_id, clause_id, reading_id, facility_id)
)
SELECT incident_id, agreement_id, clause_id, reading_id,
    count(DISTINCT facility_id) FILTER (WHERE in_scope AND close) AS near_in_scope,
    count(DISTINCT facility_id) FILTER (WHERE in_scope AND NOT close) AS area_in_scope,
    count(DISTINCT facility_id) AS n_candidates,
    string_agg(name || ' (' || category || coalesce(', ' || round(distance_km, 1)::VARCHAR || ' km', '') || ')',
               '; ' ORDER BY close DESC, distance_km NULLS LAST, name) FILTER (WHERE in_scope) AS in_scope_text
FROM scoped
GROUP BY ALL
"""

_GEO_SQL = """
CREATE OR REPLACE TEMP TABLE _geo AS
WITH items AS (
    SELECT p.incident_id, p.agreement_id, p.clause_id, p.reading_id, p.country, p.admin1_code,
           p.lat, p.lon, p.prec, g.kind, g.value, g.include,
           g.south, g.north, g.west, g.east,
           p.prec / 111.0 AS dlat,
           p.prec / (111.0 * greatest(cos(radians(coalesce(p.lat, 0))), 0.1)) AS dlon
    FROM _pairs p JOIN geo_items g USING (agreement_id, clause_id, reading_id)
    WHERE NOT p.geo_any
)
SELECT incident_id, agreement_id, clause_id, reading_id,
    bool_or(kind = 'country' AND include) AS has_inc_country,
    bool_or(kind = 'country' AND include AND country = value) AS in_country,
    bool_or(kind = 'country' AND NOT include AND country = value) AS ex_country,
    bool_or(kind = 'country' AND NOT include) AS has_ex_country,
    bool_or(kind = 'admin1' AND include) AS has_inc_admin1,
    bool_or(kind = 'admin1' AND include AND admin1_code = value) AS in_admin1,
    bool_or(kind = 'admin1' AND NOT include AND admin1_code = value) AS ex_admin1,
    bool_or(kind = 'admin1' AND include AND admin1_code IS NULL
            AND country = split_part(value, '-', 1)) AS inc_admin1_unknown,
    bool_or(kind = 'admin1' AND NOT include AND admin1_code IS NULL
            AND (country IS NULL OR country = split_part(value, '-', 1))) AS ex_admin1_unknown,
    bool_or(kind = 'area') AS has_area,
    bool_or(kind = 'area' AND lat BETWEEN south + dlat AND north - dlat
            AND lon BETWEEN west + dlon AND east - dlon) AS in_area_sure,
    bool_or(kind = 'area' AND lat BETWEEN south - dlat AND north + dlat
            AND lon BETWEEN west - dlon AND east + dlon) AS in_area_maybe,
    string_agg(DISTINCT value, ', ' ORDER BY value) FILTER (WHERE include) AS inc_text,
    string_agg(DISTINCT value, ', ' ORDER BY value) FILTER (WHERE NOT include) AS ex_text
FROM items
GROUP BY ALL
"""


def _conditions_sql() -> str:
    occurred = (
        "CASE WHEN p.e > p.s THEN " + _local("p.s") + " || ' to ' || " + _local("p.e")
        + " ELSE " + _local("p.s") + " END"
    )
    published = _local("p.pub")
    window = (
        _local("p.ws") + " || ' to ' || coalesce(" + _local("p.we") + ", 'open-ended')"
        + " || ' (' || p.window_tz || ' time)'"
    )
    return f"""
CREATE OR REPLACE TEMP TABLE _conditions AS
SELECT p.*,
    -- party ------------------------------------------------------------------------------------
    CASE WHEN p.actor IS NULL THEN 'uncertain'
         WHEN list_contains(p.bound_parties, p.actor) THEN 'pass' ELSE 'fail' END AS party_status,
    p.actor IS NULL AS party_missing,
    CASE WHEN p.actor IS NULL
             THEN 'the acting party is not known (bound: ' || array_to_string(p.bound_parties, ', ') || ')'
         WHEN list_contains(p.bound_parties, p.actor)
             THEN p.actor || ' is bound by this clause under the ' || p.reading_id || ' reading'
         ELSE p.actor || ' is not bound by this clause under the ' || p.reading_id || ' reading (bound: '
              || array_to_string(p.bound_parties, ', ') || ')' END AS party_detail,
    -- act --------------------------------------------------------------------------------------
    (p.event = 'interception' OR p.outcome IN ('intercepted', 'attempted')) AS attempted,
    CASE WHEN p.event IS NULL THEN 'uncertain'
         WHEN list_contains(p.acts, p.event)
              OR (p.event = 'interception' AND list_contains(p.acts, 'strike')) THEN 'pass'
         ELSE 'fail' END AS act_status,
    p.event IS NULL AS act_missing,
    CASE WHEN p.event IS NULL
             THEN 'the reports name neither what happened nor a weapon, so it is not known whether a covered '
                  || 'act (' || array_to_string(p.acts, ', ') || ') took place'
         WHEN NOT (list_contains(p.acts, p.event)
                   OR (p.event = 'interception' AND list_contains(p.acts, 'strike')))
             THEN p.event || ' is not among the acts this clause covers ('
                  || array_to_string(p.acts, ', ') || ')'
         WHEN p.event = 'interception' OR p.outcome IN ('intercepted', 'attempted')
             THEN 'attempted strike (' || coalesce(p.outcome, 'intercepted')
                  || '): an attempt counts as a violation of a strike prohibition'
         ELSE p.event || coalesce(' (' || p.weapon || ')', '') || ' is a covered act' END AS act_detail,
    -- time -------------------------------------------------------------------------------------
    CASE WHEN NOT p.in_force THEN 'fail'
         WHEN p.s IS NULL AND p.pub < p.ws THEN 'fail'
         WHEN p.s IS NULL THEN 'uncertain'
         WHEN (p.e > p.s AND p.e <= p.ws) OR (p.e = p.s AND p.s < p.ws) THEN 'fail'
         WHEN p.we IS NOT NULL AND p.s >= p.we THEN 'fail'
         WHEN p.s >= p.ws AND (p.we IS NULL OR p.e <= p.we) AND (p.we IS NULL OR p.s < p.we) THEN 'pass'
         ELSE 'uncertain' END AS time_status,
    p.in_force AND p.s IS NULL AND NOT coalesce(p.pub < p.ws, false) AS time_missing,
    CASE WHEN NOT p.in_force
             THEN 'the ' || p.reading_id || ' reading does not hold this clause in force'
                  || coalesce(': ' || p.reading_note, '')
         WHEN p.s IS NULL AND p.pub < p.ws
             THEN 'the time of the incident is not known, but it was first reported on ' || {published}
                  || ', before the window ' || {window}
         WHEN p.s IS NULL THEN 'the time of the incident is not known; window ' || {window}
         WHEN (p.e > p.s AND p.e <= p.ws) OR (p.e = p.s AND p.s < p.ws)
             THEN 'occurred ' || {occurred} || ', before the window ' || {window}
         WHEN p.we IS NOT NULL AND p.s >= p.we
             THEN 'occurred ' || {occurred} || ', after the window ' || {window}
         WHEN p.s >= p.ws AND (p.we IS NULL OR p.e <= p.we) AND (p.we IS NULL OR p.s < p.we)
             THEN 'occurred ' || {occurred} || ', inside the window ' || {window}
         WHEN p.s < p.ws
             THEN 'occurred ' || {occurred} || ': the interval straddles the start of the window '
                  || {window}
         ELSE 'occurred ' || {occurred} || ': the interval straddles the end of the window ' || {window}
    END AS time_detail,
    -- target -----------------------------------------------------------------------------------
    CASE WHEN p.scope_any THEN 'pass'
         WHEN tc.incident_id IS NOT NULL THEN 'uncertain'
         WHEN p.cat IS NULL THEN 'uncertain'
         WHEN t.t_excluded THEN 'fail'
         WHEN t.t_in AND t.t_covers_excluded THEN 'uncertain'
         WHEN t.t_in THEN 'pass'
         WHEN t.t_ancestor THEN 'uncertain'
         ELSE 'fail' END AS target_status,
    NOT p.scope_any AND p.cat IS NULL AND coalesce(fc.near_in_scope, 0) = 0 AS target_missing,
    NOT p.scope_any AND tc.incident_id IS NOT NULL AS target_disputed,
    CASE WHEN p.scope_any THEN 'the clause covers any target'
         WHEN tc.incident_id IS NOT NULL
             THEN 'the reports disagree on what was hit: ' || tc.claims_text
         WHEN p.cat IS NULL AND fc.near_in_scope > 0
             THEN 'the reports do not name the target, but ' || fc.near_in_scope
                  || ' registered facility(ies) in scope lie within the uncertainty of the location: '
                  || fc.in_scope_text
         WHEN p.cat IS NULL AND fc.area_in_scope > 0
             THEN 'the target is not known; ' || fc.area_in_scope
                  || ' registered facility(ies) in scope are in the area, but the location is too far or too '
                  || 'coarse to tie the strike to one: ' || fc.in_scope_text
         WHEN p.cat IS NULL AND fc.n_candidates > 0
             THEN 'the target is not known; the ' || fc.n_candidates
                  || ' registered facility(ies) near it are outside the scope (' || t_scope.scope_text || ')'
         WHEN p.cat IS NULL THEN 'the target is not known; in scope: ' || t_scope.scope_text
         WHEN t.t_excluded THEN p.cat || ' is excluded from the scope (' || t.exclude_text || ')'
         WHEN t.t_in AND t.t_covers_excluded
             THEN p.cat || ' is in scope only in part: ' || t.exclude_text || ' is excluded'
         WHEN t.t_in THEN p.cat || coalesce(' (' || p.target_name || ')', '') || ' is in scope ('
              || t.scope_text || ')'
         WHEN t.t_ancestor AND fc.near_in_scope > 0
             THEN p.cat || ' is too general to tell; registered facilities in scope within reach: '
                  || fc.in_scope_text
         WHEN t.t_ancestor
             THEN p.cat || ' is too general to tell: only part of it is in scope (' || t.scope_text || ')'
         ELSE p.cat || ' is outside the scope (' || t.scope_text || ')' END AS target_detail,
    -- geography --------------------------------------------------------------------------------
    CASE WHEN p.geo_any THEN 'pass'
         WHEN g.ex_country OR g.ex_admin1 THEN 'fail'
         WHEN g.in_country OR g.in_admin1 OR g.in_area_sure
             THEN CASE WHEN g.ex_admin1_unknown THEN 'uncertain' ELSE 'pass' END
         WHEN NOT (g.has_inc_country OR g.has_inc_admin1 OR g.has_area)
             THEN CASE WHEN g.ex_admin1_unknown OR (g.has_ex_country AND p.country IS NULL)
                       THEN 'uncertain' ELSE 'pass' END
         WHEN g.in_area_maybe THEN 'uncertain'
         WHEN p.country IS NULL AND p.lat IS NULL THEN 'uncertain'
         WHEN g.inc_admin1_unknown THEN 'uncertain'
         WHEN g.has_area AND p.lat IS NULL THEN 'uncertain'
         ELSE 'fail' END AS geo_status,
    NOT p.geo_any AND NOT coalesce(g.in_area_maybe AND NOT g.in_area_sure, false) AS geo_missing_if_uncertain,
    concat_ws(', ', p.location_name, coalesce(p.admin1_code, p.admin1), p.country) AS place_text,
    coalesce(g.ex_country OR g.ex_admin1, false) AS geo_excluded,
    g.inc_text, g.ex_text, g.in_area_maybe, g.in_area_sure,
    -- evidence ---------------------------------------------------------------------------------
    CASE WHEN p.evidence_grade = 'discounted' THEN 'fail'
         WHEN p.evidence_grade IN ('acknowledged', 'corroborated') THEN 'pass' ELSE 'uncertain' END
        AS evidence_status_graded,
    coalesce(p.grade_detail, CASE p.evidence_grade
        WHEN 'discounted' THEN 'discounted by an analyst'
        WHEN 'acknowledged' THEN 'acknowledged by the acting party (' || p.actor || ')'
        WHEN 'corroborated' THEN 'corroborated: ' || p.n_sources || ' sources, '
             || p.n_independent_sources || ' not aligned with the claimant'
        WHEN 'contested' THEN 'contested: '
             || CASE WHEN len(p.denied_by) > 0 THEN 'denied by ' || array_to_string(p.denied_by, ', ')
                     ELSE 'competing attributions (' || array_to_string(p.competing_actors, ', ') || ')' END
        ELSE 'single-source claim (' || p.n_sources || ' source)' END) AS evidence_detail
FROM _pairs p
LEFT JOIN _target t USING (incident_id, agreement_id, clause_id, reading_id)
LEFT JOIN (SELECT DISTINCT agreement_id, clause_id, reading_id,
                  string_agg(code, ', ' ORDER BY code) FILTER (WHERE include) AS scope_text
           FROM scope_items GROUP BY ALL) t_scope USING (agreement_id, clause_id, reading_id)
LEFT JOIN _geo g USING (incident_id, agreement_id, clause_id, reading_id)
LEFT JOIN _candidates fc USING (incident_id, agreement_id, clause_id, reading_id)
LEFT JOIN _claims tc USING (incident_id, agreement_id, clause_id, reading_id)
"""


_GEO_DETAIL = """
CASE WHEN geo_any THEN 'the clause applies everywhere'
     WHEN geo_excluded THEN place_text || ' is in an excluded area (' || ex_text || ')'
     WHEN geo_status = 'fail' THEN place_text || ' is outside the covered area (' || coalesce(inc_text, '') || ')'
     WHEN geo_status = 'pass' THEN coalesce(nullif(place_text, ''), 'the location') || ' is inside the covered area'
          || coalesce(' (' || inc_text || ')', '') || coalesce('; excluded: ' || ex_text, '')
     WHEN coalesce(in_area_maybe AND NOT in_area_sure, false)
          THEN place_text || ' lies within its location precision of the edge of the covered area ('
               || inc_text || ')'
     WHEN place_text = '' THEN 'the location is not known; covered: ' || coalesce(inc_text, 'anywhere')
          || coalesce('; excluded: ' || ex_text, '')
     ELSE 'the location is not precise enough to tell (' || place_text || '); covered: '
          || coalesce(inc_text, 'anywhere') || coalesce('; excluded: ' || ex_text, '')
END
"""

_FINDINGS_SQL = f"""
INSERT INTO findings
WITH judged AS (
    SELECT c.*,
        {_GEO_DETAIL} AS geo_detail,
        (party_status = 'uncertain' AND party_missing)
          OR (act_status = 'uncertain' AND act_missing)
          OR (time_status = 'uncertain' AND time_missing)
          OR (target_status = 'uncertain' AND target_missing)
          OR (geo_status = 'uncertain' AND geo_missing_if_uncertain) AS any_missing,
        list_contains([party_status, act_status, time_status, target_status, geo_status], 'fail') AS any_fail,
        list_contains([party_status, act_status, time_status, target_status, geo_status], 'uncertain')
            AS any_uncertain
    FROM _conditions c
),
members AS (
    SELECT incident_id, list(report_id ORDER BY report_id) AS report_ids FROM incident_reports GROUP BY 1
)
SELECT j.agreement_id, j.clause_id, j.reading_id, j.incident_id, j.actor,
    CASE WHEN any_fail THEN 'not_covered'
         WHEN evidence_grade = 'discounted' THEN 'insufficient_information'
         WHEN any_uncertain AND any_missing THEN 'insufficient_information'
         -- everything else holds and only the target is in dispute between the reports: contested, not vague
         WHEN target_disputed AND party_status = 'pass' AND act_status = 'pass' AND time_status = 'pass'
              AND geo_status = 'pass' THEN 'disputed'
         WHEN any_uncertain THEN 'possible_violation'
         WHEN evidence_grade = 'contested' THEN 'disputed'
         WHEN evidence_grade IN ('acknowledged', 'corroborated') THEN 'corroborated_violation'
         ELSE 'alleged_violation' END AS verdict,
    to_json([
        {{'condition': 'party', 'status': party_status, 'detail': party_detail}},
        {{'condition': 'act', 'status': act_status, 'detail': act_detail}},
        {{'condition': 'time', 'status': time_status, 'detail': time_detail}},
        {{'condition': 'target', 'status': target_status, 'detail': target_detail}},
        {{'condition': 'geography', 'status': geo_status, 'detail': geo_detail}},
        {{'condition': 'evidence', 'status': evidence_status_graded, 'detail': evidence_detail}}
    ]) AS reasons,
    m.report_ids,
    j.s, j.e,
    ? AS run_id
FROM judged j JOIN members m USING (incident_id)
"""


def evaluate(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Replace ``findings`` with a fresh evaluation. Call inside a transaction."""
    con.execute("DELETE FROM findings")
    try:
        con.execute(_PAIRS_SQL)
        con.execute(_TARGET_SQL)
        con.execute(_CLAIMS_SQL)
        con.execute(_CANDIDATES_SQL.format(footprint=FOOTPRINT_KM, max_precision=MAX_PRECISION_KM,
                                           flags=_scope_flags("c.category")))
        con.execute(_GEO_SQL)
        con.execute(_conditions_sql())
        con.execute(_FINDINGS_SQL, [run_id])
    finally:
        for table in ("_pairs", "_target", "_claims", "_candidates", "_geo", "_conditions"):
            con.execute(f"DROP TABLE IF EXISTS {table}")
    row = con.execute("SELECT count(*) FROM findings").fetchone()
    return int(row[0]) if row else 0
