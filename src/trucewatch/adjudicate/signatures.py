"""The fast path of adjudication: judge by signature.

Incidents collapse to few distinct values of what each condition reads (``SIGNATURES``): the acting party,
the event, the target category, the country, region and position relative to the agreements' named areas,
the evidence grade. So each condition's status (from its module in ``adjudicate.conditions``, the same SQL
the per-pair pipeline uses) is computed once per distinct value and clause reading; the combinations
present among the incidents that fail no condition are kept (``_ev_combo``), and every incident meets them
through one hash join whose window test keeps only the pairs whose time can hold. Time is judged per pair,
and so is the target's missing flag (registered facilities near the incident). Incidents whose reports
dispute the target take the per-pair pipeline (``evaluate.judge_sql``).

Signatures are joined by a 64-bit hash of their values; ``signature_collisions`` checks that no two sets of
values share one, and ``evaluate`` judges every pair on its own if they ever do.

The tables are built in order as TEMP tables named ``_ev_*`` by ``evaluate.evaluate`` (so that the query
planner knows their sizes) and dropped after the query; nothing else reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from trucewatch.adjudicate.conditions import CONDITIONS, Condition, verdict_sql
from trucewatch.adjudicate.conditions.target import scope_flags
from trucewatch.adjudicate.evaluate import GEO_FLAGS, STATUS_COLUMNS, candidate_ctes, judge_sql, open_pairs_sql
from trucewatch.geo.distance import lat_degrees_sql, lon_degrees_sql

# What each condition's status and missing flag read of the incident besides the clause reading (a test
# checks this against the conditions' SQL). ``no_point`` stands for ``lat IS NULL``; ``area_bits`` says, per
# named area of any agreement, whether the incident lies inside it for sure ('s'), within its location
# precision of it ('m') or outside ('-').
SIGNATURES: dict[str, tuple[str, ...]] = {
    "party": ("actor",),
    "act": ("event",),
    "target": ("cat",),
    "geography": ("country", "admin1_code", "no_point", "area_bits"),
    "evidence": ("evidence_grade",),
}
# read per pair: registered facilities lie near an incident, not near a signature
PER_PAIR_MISSING = ("target",)
DISPUTED_INCIDENT = "len(coalesce(i.target_claims, [])) > 1"

_CLAUSE_COLUMNS = """cr.agreement_id, cr.clause_id, cr.reading_id, cr.acts, cr.bound_parties, cr.window_start AS ws,
    cr.window_end AS we, cr.window_tz, cr.in_force, cr.reading_note, cr.scope_any, cr.geo_any"""
# the per-pair helper relations, empty where a signature is judged
_NO_PAIR = "(SELECT NULL::VARCHAR AS incident_id, NULL::BIGINT AS near_in_scope)"


@dataclass(frozen=True)
class FastPlan:
    """TEMP tables to build in order (the first ``before_check`` are needed by ``signature_collisions``), the
    fast query over them, and the per-pair query for incidents the signatures cannot judge."""

    tables: tuple[tuple[str, str], ...]
    before_check: int
    query: str
    per_pair: str


def condition(name: str) -> Condition:
    return next(c for c in CONDITIONS if c.name == name)


Box = tuple[float, float, float, float]  # west, south, east, north


def _area_bit(box: Box) -> str:
    """SQL: 's' when the incident lies inside the box for sure, 'm' within its precision of it, '-' else."""
    west, south, east, north = (repr(float(v)) for v in box)
    dlat, dlon = lat_degrees_sql("prec"), lon_degrees_sql("prec", "lat")
    return (f"CASE WHEN lat BETWEEN {south} + {dlat} AND {north} - {dlat} "
            f"AND lon BETWEEN {west} + {dlon} AND {east} - {dlon} THEN 's' "
            f"WHEN lat BETWEEN {south} - {dlat} AND {north} + {dlat} "
            f"AND lon BETWEEN {west} - {dlon} AND {east} + {dlon} THEN 'm' ELSE '-' END")


def _incidents_sql(incident_filter: str, boxes: tuple[Box, ...], members: str) -> str:
    """``_ev_fast``: the incidents to judge with their signature values and hashes."""
    hashes = ", ".join(f"hash({', '.join(columns)}) AS h_{name}" for name, columns in SIGNATURES.items())
    combo = ", ".join(f"h_{name}" for name in SIGNATURES)
    bits = ("concat(" + ", ".join(f"coalesce({_area_bit(box)}, '-')" for box in boxes) + ")") if boxes else "''"
    return f"""
    WITH chosen AS (
        SELECT i.id AS incident_id, i.occurred_start AS s, i.occurred_end AS e, i.first_published AS pub,
            i.actor, i.event, nullif(i.target_category, 'unknown') AS cat, i.country, i.admin1_code,
            i.lat, i.lon, coalesce(i.precision_km, 0) AS prec, i.lat IS NULL AS no_point, i.evidence_grade
        FROM incidents i
        WHERE ({incident_filter}) AND NOT {DISPUTED_INCIDENT}
    ),
    base AS (
        SELECT x.*, c.incident_id IS NOT NULL AS has_candidates
        FROM chosen x
        LEFT JOIN (SELECT DISTINCT ir.incident_id FROM {members} ir
                   JOIN facility_candidates fc ON fc.report_id = ir.report_id
                   WHERE ir.incident_id IN (SELECT incident_id FROM chosen)) c ON c.incident_id = x.incident_id
    ),
    signed AS (SELECT base.* EXCLUDE (lat, lon, prec), {bits} AS area_bits FROM base)
    SELECT *, hash({combo}) AS h_combo FROM (SELECT *, {hashes} FROM signed)"""


def _signature_table(name: str) -> str:
    """``_ev_<name>``: the condition's status (and missing flag) per clause reading and distinct value."""
    judged, columns = condition(name), SIGNATURES[name]
    projected = ", ".join("CASE WHEN x.no_point THEN NULL ELSE 0.0 END AS lat" if c == "no_point" else f"x.{c}"
                          for c in columns)
    helper = {
        "target": "LEFT JOIN _ev_target_sig t ON t.cr_id = p.cr_id AND t.cat = p.cat",
        "geography": """LEFT JOIN _ev_geo_sig g ON g.cr_id = p.cr_id AND g.country IS NOT DISTINCT FROM p.country
                AND g.admin1_code IS NOT DISTINCT FROM p.admin1_code
            LEFT JOIN _ev_area_sig ga ON ga.cr_id = p.cr_id AND ga.area_bits = p.area_bits""",
    }.get(name, "")
    missing = "" if name in PER_PAIR_MISSING else f", {judged.missing} AS {name}_missing"
    return f"""
    SELECT p.cr_id, p.h, {judged.status} AS {judged.column}{missing}
    FROM (SELECT x.h, {projected}, cr.* FROM (SELECT DISTINCT h_{name} AS h, {', '.join(columns)} FROM _ev_fast) x
          CROSS JOIN _ev_crs cr) p
    {helper}
    LEFT JOIN {_NO_PAIR} tc ON FALSE LEFT JOIN {_NO_PAIR} fc ON FALSE"""


def area_boxes(con: object) -> tuple[Box, ...]:
    """The distinct named areas (west, south, east, north) of the stored agreements, in a fixed order."""
    import duckdb

    assert isinstance(con, duckdb.DuckDBPyConnection)
    return tuple((float(w), float(s), float(e), float(n)) for w, s, e, n in con.execute(
        "SELECT DISTINCT west, south, east, north FROM geo_items WHERE kind = 'area' ORDER BY ALL").fetchall())


def signature_collisions(con: object) -> int:
    """How many signature hashes in ``_ev_fast`` stand for more than one set of values."""
    import duckdb

    assert isinstance(con, duckdb.DuckDBPyConnection)
    checks = " UNION ALL ".join(
        f"SELECT count(*) AS n FROM (SELECT h_{name} FROM (SELECT DISTINCT h_{name}, {', '.join(columns)} "
        f"FROM _ev_fast) GROUP BY 1 HAVING count(*) > 1)" for name, columns in SIGNATURES.items())
    combos = ("SELECT count(*) FROM (SELECT h_combo FROM (SELECT DISTINCT h_combo, "
              + ", ".join(f"h_{name}" for name in SIGNATURES) + " FROM _ev_fast) GROUP BY 1 HAVING count(*) > 1)")
    row = con.execute(f"SELECT sum(n) + ({combos}) FROM ({checks})").fetchone()
    return int(row[0]) if row and row[0] else 0


def fast_plan(incident_filter: str = "TRUE", boxes: tuple[Box, ...] = (),
              members: str = "incident_reports") -> FastPlan:
    """The findings of the incidents matching ``incident_filter`` (SQL over ``i``), judged by signature.
    ``boxes``: the distinct named areas of the stored agreements (``area_boxes``), in that order; ``members``:
    as for ``evaluate.candidate_ctes``."""
    time = condition("time")
    tables: list[tuple[str, str]] = [
        ("_ev_crs", f"""
            SELECT row_number() OVER (ORDER BY agreement_id, clause_id, reading_id) AS cr_id, {_CLAUSE_COLUMNS}
            FROM clause_readings cr WHERE cr.kind = 'prohibition' AND cr.in_force"""),
        ("_ev_boxes", "SELECT * FROM (VALUES " + ", ".join(
            f"({n}, {', '.join(repr(float(v)) for v in box)})" for n, box in enumerate(boxes, start=1))
         + ") AS b(box_id, west, south, east, north)" if boxes else
         "SELECT 1 AS box_id, 0.0 AS west, 0.0 AS south, 0.0 AS east, 0.0 AS north WHERE FALSE"),
        ("_ev_fast", _incidents_sql(incident_filter, boxes, members)),
    ]
    before_check = len(tables)
    tables += [
        ("_ev_target_sig", f"""
            SELECT cr.cr_id, x.cat, {scope_flags('x.cat')}
            FROM (SELECT DISTINCT cat FROM _ev_fast WHERE cat IS NOT NULL) x CROSS JOIN _ev_crs cr
            JOIN scope_items si ON si.agreement_id = cr.agreement_id AND si.clause_id = cr.clause_id
                 AND si.reading_id = cr.reading_id
            WHERE NOT cr.scope_any
            GROUP BY ALL"""),
        ("_ev_geo_sig", f"""
            SELECT cr.cr_id, x.country, x.admin1_code, {GEO_FLAGS.format(x='x')}
            FROM (SELECT DISTINCT country, admin1_code FROM _ev_fast) x CROSS JOIN _ev_crs cr
            JOIN geo_items g ON g.agreement_id = cr.agreement_id AND g.clause_id = cr.clause_id
                 AND g.reading_id = cr.reading_id
            WHERE NOT cr.geo_any
            GROUP BY ALL"""),
        ("_ev_area_sig", """
            SELECT cr.cr_id, x.area_bits,
                bool_or(substr(x.area_bits, b.box_id::INTEGER, 1) = 's') AS in_area_sure,
                bool_or(substr(x.area_bits, b.box_id::INTEGER, 1) IN ('s', 'm')) AS in_area_maybe
            FROM (SELECT DISTINCT area_bits FROM _ev_fast) x CROSS JOIN _ev_crs cr
            JOIN geo_items g ON g.agreement_id = cr.agreement_id AND g.clause_id = cr.clause_id
                 AND g.reading_id = cr.reading_id AND g.kind = 'area'
            JOIN _ev_boxes b ON b.west = g.west AND b.south = g.south AND b.east = g.east AND b.north = g.north
            WHERE NOT cr.geo_any
            GROUP BY ALL"""),
    ]
    tables += [(f"_ev_{name}", _signature_table(name)) for name in SIGNATURES]
    joins = "\n            ".join(
        f"JOIN _ev_{name} s_{name} ON s_{name}.cr_id = cr.cr_id AND s_{name}.h = c.h_{name}" for name in SIGNATURES)
    taken = ", ".join(f"s_{name}.{condition(name).column}"
                      + ("" if name in PER_PAIR_MISSING else f", s_{name}.{name}_missing") for name in SIGNATURES)
    not_failing = " AND ".join(f"s_{name}.{condition(name).column} <> 'fail'" for name in SIGNATURES
                               if condition(name).counts_for_verdict)
    # the combinations of signatures present that fail no condition, per clause reading
    tables.append(("_ev_combo", f"""
            SELECT c.h_combo, cr.cr_id, cr.ws, cr.we, cr.in_force, cr.scope_any, {taken}
            FROM (SELECT DISTINCT h_combo, {', '.join(f'h_{name}' for name in SIGNATURES)} FROM _ev_fast) c
            CROSS JOIN _ev_crs cr
            {joins}
            WHERE {not_failing}"""))
    per_pair_missing = ", ".join(f"{condition(name).missing.replace('p.', 'q.')} AS {name}_missing"
                                 for name in PER_PAIR_MISSING)
    # every incident meets the combinations of its signature whose window its time may fall in
    query = f"""
WITH timed AS (SELECT q.*, {time.status.replace('p.', 'q.')} AS {time.column},
        {time.missing.replace('p.', 'q.')} AS time_missing
    FROM (SELECT f.incident_id, f.actor, f.cat, f.evidence_grade, f.has_candidates, f.s, f.e, f.pub,
                 k.* EXCLUDE (h_combo)
          FROM _ev_fast f JOIN _ev_combo k ON k.h_combo = f.h_combo
           AND (f.s IS NULL OR (coalesce(f.e, f.s) >= k.ws
                                AND f.s < coalesce(k.we, 'infinity'::TIMESTAMP)))) q),
open AS (
    SELECT o.* EXCLUDE (s, e, pub, ws, we), cr.agreement_id, cr.clause_id, cr.reading_id
    FROM timed o JOIN _ev_crs cr USING (cr_id) WHERE o.time_status <> 'fail'
),
wanted AS (
    SELECT q.incident_id, q.agreement_id, q.clause_id, q.reading_id, q.scope_any
    FROM open q LEFT JOIN _ev_target_sig t ON t.cr_id = q.cr_id AND t.cat = q.cat
    WHERE q.has_candidates AND (q.cat IS NULL OR coalesce(t.t_ancestor AND NOT t.t_in, false))
),
{candidate_ctes(members=members)},
judged AS (
    SELECT q.*, {per_pair_missing}, FALSE AS target_disputed
    FROM open q
    LEFT JOIN candidates fc ON fc.incident_id = q.incident_id AND fc.agreement_id = q.agreement_id
         AND fc.clause_id = q.clause_id AND fc.reading_id = q.reading_id
)
SELECT j.agreement_id, j.clause_id, j.reading_id, j.incident_id, j.actor, {verdict_sql('j')} AS verdict,
    {', '.join(f'j.{column}' for column in STATUS_COLUMNS)}
FROM judged j
"""
    per_pair = judge_sql(open_pairs_sql(f"({incident_filter}) AND {DISPUTED_INCIDENT}"), detail=False,
                         members=members)
    return FastPlan(tuple(tables), before_check, query, per_pair)
