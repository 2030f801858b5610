"""Candidate pairs by blocking on time and space, and a score per key for each pair, all in DuckDB.

Blocking: every report that can be grouped is placed on each day its (padded) interval touches, and on a
spatial key: its grid cell (points; a cell is at least as wide as the largest distance two points of one
event may lie apart, so the 3×3 cells around a point hold every point it may group with), its admin1
region (a report placed only at a region meets the points and regions of that region) or its country (a
report naming only the country, such as a wave of drones, meets the other country-wide reports and the
reports without a target). Two reports become a candidate pair when they share a day and a spatial key and
their padded intervals overlap (the score vetoes any other pair), and never when they come from two rows
of one structured dataset with different row ids (an ACLED, UCDP, air-force or generic export: its distinct
events are its own; reports the adapter made from one row, e.g. one air-force post split by weapon class,
share the row id and may group).
So the number of comparisons grows with the density of reports per hour and place, not with the square of
all reports.

Scoring: each candidate pair gets a score in [0, 1] per key (time, place, target, weapon, actor, count,
text), a compatibility verdict per key (a hard "no" vetoes the link, and says why) and a weighted mean of
the keys both reports carry. Pairs that are compatible on every key and score at least ``link_score``
are links. The per-key numbers are kept as JSON so that an incident can say why its reports were grouped.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from trucewatch.geo.distance import BOX_KM_PER_DEGREE, distance_sql
from trucewatch.resolve.actors import create_actor_parties, with_parties_sql
from trucewatch.taxonomy import below_sql

# Event types that describe the same kind of act: a strike reported by one side may be called shelling by
# the other, and an interception is an attempted strike.
ATTACK_EVENTS = ("strike", "shelling", "interception")
# Weapon classes that name the same thing at different precision.
WEAPON_KIN = (("drone", "fpv"), ("artillery", "mlrs"))
# Formats whose rows are a dataset's own distinct events: two rows of one such dataset never group.
DATASET_FORMATS = ("acled", "ucdp", "airforce", "generic")
# Grid cells: at least as wide as the reach they serve, up to this latitude (the cosine of the cell's width).
MAX_GRID_LATITUDE = 60.0
# Points at most this precise (precision ≤ a quarter of it), without a target or from a dataset, meet
# partners like them on a fine grid: twice their summed precisions is at most this.
FINE_REACH_KM = 10.0
# Words that carry no identity in facility names.
NAME_STOPWORDS = ("the", "and", "near", "from", "with", "for", "city", "town", "region", "oblast", "district")


@dataclass(frozen=True)
class ResolveSettings:
    """The knobs of incident resolution; the defaults are the ones measured in docs/corroboration.md."""

    pad_hours: float = 2.0          # each interval is widened by this much on both sides (reporting slack)
    max_days: int = 7               # intervals longer than this are too vague to group
    max_point_km: float = 50.0      # two points are never further apart than this to be one event
    default_precision_km: float = 10.0
    cell_degrees: float = 0.5
    link_score: float = 0.5
    use_text: bool = True           # use sentence embeddings when the optional model is installed

    # key weights of the mean score
    w_time: float = 3.0
    w_place: float = 2.5
    w_target: float = 2.0
    w_weapon: float = 1.0
    w_actor: float = 1.0
    w_count: float = 1.0
    w_text: float = 1.5


ROWS = "_rv_rows"  # TEMP VIEW: the reports a resolution reads (all, or those near its scope)


def prepare_reports(con: duckdb.DuckDBPyConnection, settings: ResolveSettings, scope: str | None = None) -> None:
    """TEMP VIEW _rv_rows (the reports resolution reads: ``ROWS``) and TEMP TABLE _rv_r: every report that is
    not a tally, with an integer index, padded interval, spatial level and whether (and if not, why not) it
    can be grouped by similarity.

    ``scope`` (SQL giving report ``id``s) limits the work to those reports (``in_scope``) and the reports
    whose time they may share (the others, in_scope false, are there only as partners to compare with)."""
    pad = int(settings.pad_hours * 60)
    reach = f"INTERVAL {pad} MINUTE + INTERVAL 1 DAY"
    within = "TRUE"
    rows = "SELECT * FROM reports" if scope is None else _near_scope(con, scope, reach)
    # an actor name the ingest could not map takes the party an agreement gives it (resolve.actors)
    if create_actor_parties(con, rows):
        rows = with_parties_sql(rows)
    con.execute(f"CREATE OR REPLACE TEMP VIEW {ROWS} AS {rows}")
    if scope is not None:
        within = f"""(r.id IN ({scope}) OR (r.occurred_start IS NOT NULL
            AND EXISTS (SELECT 1 FROM _rv_scope_times x
                        WHERE coalesce(r.occurred_end, r.occurred_start) + {reach} >= x.s
                          AND r.occurred_start - ({reach}) <= x.e)))"""
    in_scope = "TRUE" if scope is None else f"r.id IN ({scope})"
    stop = ", ".join(f"'{w}'" for w in NAME_STOPWORDS)
    datasets = ", ".join(f"'{f}'" for f in DATASET_FORMATS)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _rv_r AS
        WITH base AS (
            SELECT r.id, r.occurred_start AS s, coalesce(r.occurred_end, r.occurred_start) AS e,
                CASE WHEN r.lat IS NOT NULL AND r.lon IS NOT NULL THEN 'point'
                     WHEN r.admin1_code IS NOT NULL THEN 'admin1'
                     WHEN r.country IS NOT NULL THEN 'country' END AS level,
                r.lat, r.lon,
                least(greatest(coalesce(r.precision_km, {settings.default_precision_km}), 0.5),
                      {settings.max_point_km}) AS prec,
                r.admin1_code, r.country,
                nullif(r.target_category, 'unknown') AS cat,
                CASE WHEN r.target_name IS NOT NULL THEN list_distinct(list_filter(
                    string_split_regex(lower(regexp_replace(r.target_name, '[^[:alnum:]]+', ' ', 'g')), ' +'),
                    x -> length(x) > 2 AND x NOT IN ({stop}))) END AS name_tokens,
                nullif(nullif(r.weapon, 'unknown'), 'other') AS weapon,
                nullif(r.event, 'other') AS event,
                r.actor, r.claimant, r.stance, r.count, r.source_name, r.relates_to,
                CASE WHEN r.format IN ({datasets}) THEN r.format || ':' || r.source_name END AS dataset,
                coalesce(r.source_row_id, r.id) AS row_key, {in_scope} AS in_scope,
                (r.target_name IS NOT NULL OR nullif(r.target_category, 'unknown') IS NOT NULL) AS has_target
            FROM {ROWS} r
            WHERE NOT r.aggregate AND {within}
        )
        SELECT (row_number() OVER (ORDER BY id) - 1)::BIGINT AS idx, base.*,
            s - INTERVAL {pad} MINUTE AS ps, e + INTERVAL {pad} MINUTE AS pe,
            CASE
                WHEN relates_to IS NOT NULL THEN 'answers ' || relates_to || ' (relates_to): grouped with it'
                WHEN s IS NULL AND level IS NULL
                    THEN 'no time and no place: nothing to tell which event it describes'
                WHEN s IS NULL THEN 'no time: cannot tell which event at this place it describes'
                WHEN level IS NULL THEN 'no place: cannot tell which event at this time it describes'
                WHEN e - s > INTERVAL {settings.max_days} DAY
                    THEN 'its interval is longer than {settings.max_days} days: too vague to group'
            END AS single_reason
        FROM base
        """
    )


def _near_scope(con: duckdb.DuckDBPyConnection, scope: str, reach: str) -> str:
    """TEMP TABLE _rv_scope_times(s, e): the scope's intervals; returns SQL for the reports that may share
    time with them (a superset: the scope and every report inside the scope's time envelope). The envelope
    is written as literal bounds, so that scanning a million reports reads the other columns of only the
    few inside it."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _rv_scope_times AS
        SELECT occurred_start AS s, coalesce(occurred_end, occurred_start) AS e FROM reports
        WHERE id IN ({scope}) AND occurred_start IS NOT NULL""")
    row = con.execute(f"SELECT min(s) - ({reach}), max(e) + {reach} FROM _rv_scope_times").fetchone()
    if row is None or row[0] is None:
        return f"SELECT * FROM reports WHERE id IN ({scope})"
    low, high = (f"TIMESTAMP '{bound.isoformat(sep=' ')}'" for bound in row)
    # every scope report with a time lies inside the envelope; those without one are added
    return f"""SELECT * FROM reports WHERE occurred_start <= {high} AND occurred_end >= {low}
               UNION ALL
               SELECT * FROM reports WHERE occurred_start <= {high} AND occurred_start >= {low}
                   AND occurred_end IS NULL
               UNION ALL
               SELECT * FROM reports WHERE occurred_start IS NULL AND id IN ({scope})"""


def cell_degrees(settings: ResolveSettings, reach_km: float | None = None) -> float:
    """Grid cell size for partners up to ``reach_km`` apart (default: ``max_point_km``, the farthest two points
    of one event): a cell spans that much east–west up to ``MAX_GRID_LATITUDE``, so the 3×3 cells around a
    point hold every point within reach (the coarse grid is at least the configured cell). Near misses
    further than that, which only explain why a report stayed alone, are found where the cells allow."""
    import math

    reach = settings.max_point_km if reach_km is None else reach_km
    needed = reach / (BOX_KM_PER_DEGREE * math.cos(math.radians(MAX_GRID_LATITUDE)))
    return needed if reach_km is not None else max(settings.cell_degrees, needed)


def candidate_pairs(con: duckdb.DuckDBPyConnection, settings: ResolveSettings) -> int:
    """TEMP TABLE _rv_cand(a, b) with a < b: pairs that share a day and a spatial key and whose padded
    intervals overlap, never two rows of one dataset, at least one of them in scope. Returns the count."""
    cell = cell_degrees(settings)
    fine = cell_degrees(settings, FINE_REACH_KM)
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _rv_days AS
        SELECT idx, level, country, admin1_code, has_target, dataset, row_key, in_scope, ps, pe, lat, lon, prec,
            -- a precise point without a target (or a dataset's row) reaches at most FINE_REACH_KM to a partner
            -- like it
            prec <= {FINE_REACH_KM / 4} AND (NOT has_target OR dataset IS NOT NULL) AS fine,
            floor(lat / {cell})::INTEGER AS ci, floor(lon / {cell})::INTEGER AS cj,
            floor(lat / {fine})::INTEGER AS fi, floor(lon / {fine})::INTEGER AS fj,
            (epoch(d) // 86400)::INTEGER AS day
        FROM _rv_r, unnest(generate_series(date_trunc('day', ps), pe, INTERVAL 1 DAY)) AS t(d)
        WHERE single_reason IS NULL
        """
    )
    # two points further apart than twice their tolerance (the sum of their precisions) are not compared, nor,
    # when both name a target and one is not a dataset's row, further than max_point_km where that is more: a
    # flat-earth bound, so that the exact distance of the score decides every pair near a tolerance, and a lone
    # report can still name a near miss (one hospital placed 35 km apart by two sources)
    near = f"""pow(x.lat - y.lat, 2) + pow((x.lon - y.lon) * cos(radians(x.lat)), 2)
                 <= pow(CASE WHEN x.has_target AND y.has_target AND (x.dataset IS NULL OR y.dataset IS NULL)
                             THEN greatest(2 * least({settings.max_point_km}, x.prec + y.prec), {settings.max_point_km})
                             ELSE 2 * least({settings.max_point_km}, x.prec + y.prec) END / {BOX_KM_PER_DEGREE}, 2)"""
    meets = """x.ps < y.pe AND y.ps < x.pe AND (x.in_scope OR y.in_scope)
               AND (x.dataset IS NULL OR y.dataset IS NULL OR x.dataset <> y.dataset OR x.row_key = y.row_key)"""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _rv_cand AS
        WITH region AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, hash(admin1_code, day) AS k FROM _rv_days
            WHERE level = 'admin1' AND admin1_code IS NOT NULL
        ),
        region_any AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, hash(admin1_code, day) AS k FROM _rv_days
            WHERE level IN ('point', 'admin1') AND admin1_code IS NOT NULL
        ),
        grid AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, lat, lon, prec, has_target, hash(ci, cj, day) AS k
            FROM _rv_days
            WHERE level = 'point'
        ),
        probe AS (
            -- the coarse grid is probed by the points that may reach far; two fine points meet on the fine grid
            SELECT idx, ps, pe, dataset, row_key, in_scope, lat, lon, prec, has_target, hash(ci + di, cj + dj, day) AS k
            FROM _rv_days, (SELECT unnest([-1, 0, 1]) AS di), (SELECT unnest([-1, 0, 1]) AS dj)
            WHERE level = 'point' AND NOT fine
        ),
        fine_grid AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, lat, lon, prec, has_target, hash(fi, fj, day) AS k
            FROM _rv_days WHERE level = 'point' AND fine
        ),
        fine_probe AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, lat, lon, prec, has_target, hash(fi + di, fj + dj, day) AS k
            FROM _rv_days, (SELECT unnest([-1, 0, 1]) AS di), (SELECT unnest([-1, 0, 1]) AS dj)
            WHERE level = 'point' AND fine
        ),
        country_wide AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, hash(country, day) AS k FROM _rv_days
            WHERE level = 'country'
        ),
        country_any AS (
            SELECT idx, ps, pe, dataset, row_key, in_scope, hash(country, day) AS k FROM _rv_days
            WHERE country IS NOT NULL AND (level = 'country' OR NOT has_target)
        ),
        pairs AS (
            -- a region-level report meets the points and the regions of its region
            SELECT least(x.idx, y.idx) AS a, greatest(x.idx, y.idx) AS b
            FROM region x JOIN region_any y ON x.k = y.k AND x.idx <> y.idx AND {meets}
            UNION ALL
            SELECT least(x.idx, y.idx), greatest(x.idx, y.idx)
            FROM probe x JOIN grid y ON x.k = y.k AND x.idx <> y.idx AND {meets} AND {near}
            UNION ALL
            SELECT least(x.idx, y.idx), greatest(x.idx, y.idx)
            FROM fine_probe x JOIN fine_grid y ON x.k = y.k AND x.idx <> y.idx AND {meets} AND {near}
            UNION ALL
            SELECT least(x.idx, y.idx), greatest(x.idx, y.idx)
            FROM country_wide x JOIN country_any y ON x.k = y.k AND x.idx <> y.idx AND {meets}
        )
        SELECT DISTINCT a, b FROM pairs
        """
    )
    con.execute("DROP TABLE IF EXISTS _rv_days")
    row = con.execute("SELECT count(*) FROM _rv_cand").fetchone()
    return int(row[0]) if row else 0


def all_pairs(con: duckdb.DuckDBPyConnection) -> int:
    """TEMP TABLE _rv_cand with every pair of groupable reports (the baseline the benchmark compares)."""
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _rv_cand AS
           SELECT x.idx AS a, y.idx AS b FROM _rv_r x JOIN _rv_r y ON x.idx < y.idx
           WHERE x.single_reason IS NULL AND y.single_reason IS NULL"""
    )
    row = con.execute("SELECT count(*) FROM _rv_cand").fetchone()
    return int(row[0]) if row else 0


def _kin_sql(a: str, b: str) -> str:
    pairs = " OR ".join(
        f"({a} = '{x}' AND {b} = '{y}') OR ({a} = '{y}' AND {b} = '{x}')" for x, y in WEAPON_KIN
    )
    return f"({pairs})"


# The per-key numbers of a scored pair ``s`` as the JSON an incident's grouping shows.
KEYS_JSON = """to_json({'time': {'score': s.k_time, 'overlap_h': s.k_overlap_h},
    'place': {'score': s.k_place, 'km': s.k_km, 'level': s.k_level},
    'target': {'score': s.k_target, 'name_similarity': s.k_name_similarity, 'category': s.k_category},
    'weapon': {'score': s.k_weapon}, 'actor': {'score': s.k_actor}, 'count': {'score': s.k_count},
    'text': {'score': s.k_text}})"""


def scores_sql(settings: ResolveSettings, with_text: bool) -> str:
    """The statement creating TEMP TABLE _rv_scores(a, b, score, linked, veto, competing, k_*) from _rv_cand and
    _rv_r (and _rv_vec ``with_text``): each key's score and veto per candidate pair, their weighted score
    under ``settings``, and the per-key numbers the incidents cite (``KEYS_JSON``)."""
    attack = ", ".join(f"'{e}'" for e in ATTACK_EVENTS)
    text_join = (
        """LEFT JOIN _rv_vec va ON va.idx = c.a LEFT JOIN _rv_vec vb ON vb.idx = c.b"""
        if with_text else ""
    )
    text_sim = "array_cosine_similarity(va.vector, vb.vector)" if with_text else "NULL::DOUBLE"
    w = settings
    return f"""
        CREATE OR REPLACE TEMP TABLE _rv_scores AS
        WITH p AS (
            SELECT c.a, c.b,
                x.ps AS xps, x.pe AS xpe, y.ps AS yps, y.pe AS ype,
                x.s AS xs, x.e AS xe_, y.s AS ys, y.e AS ye_, x.source_name = y.source_name AS same_source,
                x.level AS xl, y.level AS yl, x.country AS xc, y.country AS yc,
                x.admin1_code AS xa, y.admin1_code AS ya, x.prec AS xp, y.prec AS yp,
                x.has_target AS xt, y.has_target AS yt, x.cat AS xcat, y.cat AS ycat,
                x.name_tokens AS xn, y.name_tokens AS yn, x.weapon AS xw, y.weapon AS yw,
                x.event AS xe, y.event AS ye, x.actor AS xactor, y.actor AS yactor,
                x.claimant AS xclaimant, y.claimant AS yclaimant, x.count AS xcount, y.count AS ycount,
                CASE WHEN x.level = 'point' AND y.level = 'point' THEN
                    {distance_sql("x.lat", "x.lon", "y.lat", "y.lon")}
                END AS km,
                {text_sim}::DOUBLE AS text_sim
            FROM _rv_cand c JOIN _rv_r x ON x.idx = c.a JOIN _rv_r y ON y.idx = c.b
            {text_join}
        ),
        k AS (
            SELECT p.*,
                epoch(least(xpe, ype) - greatest(xps, yps)) / 3600.0 AS overlap_h,
                epoch(xpe - xps) / 3600.0 AS xlen_h, epoch(ype - yps) / 3600.0 AS ylen_h,
                least({w.max_point_km}, xp + yp) AS tol_km,
                CASE WHEN xn IS NOT NULL AND yn IS NOT NULL AND len(list_distinct(list_concat(xn, yn))) > 0
                     THEN len(list_intersect(xn, yn)) / len(list_distinct(list_concat(xn, yn))) END AS name_sim,
                CASE WHEN xcat IS NULL OR ycat IS NULL THEN NULL
                     WHEN xcat = ycat THEN 'same'
                     WHEN {below_sql("xcat", "ycat")} OR {below_sql("ycat", "xcat")} THEN 'related'
                     ELSE 'different' END AS cat_rel
            FROM p
        ),
        s AS (
            SELECT k.*,
                -- a source does not report one event twice as two reports: its own reports need their
                -- stated intervals to overlap (or be the same instant); the padding is for other sources
                CASE WHEN same_source THEN least(xe_, ye_) > greatest(xs, ys) OR (xs = ys AND xe_ = ye_)
                     ELSE overlap_h > 0 END AS time_ok,
                CASE WHEN overlap_h > 0 THEN overlap_h / sqrt(greatest(xlen_h * ylen_h, 1e-9)) ELSE 0 END
                    AS time_score,
                CASE WHEN km IS NOT NULL THEN km <= tol_km
                     WHEN xl IN ('point', 'admin1') AND yl IN ('point', 'admin1') THEN xa = ya
                     WHEN xl = 'country' AND yl = 'country' THEN xc = yc
                     ELSE xc = yc AND NOT (CASE WHEN xl = 'country' THEN yt ELSE xt END) END AS place_ok,
                CASE WHEN km IS NOT NULL THEN greatest(0.5, 1 - 0.5 * km / greatest(tol_km, 0.5))
                     WHEN xl IN ('point', 'admin1') AND yl IN ('point', 'admin1') THEN 0.6
                     WHEN xl = 'country' AND yl = 'country' THEN 0.4
                     ELSE 0.25 END AS place_score,
                coalesce(cat_rel, '') <> 'different' AND coalesce(name_sim, 1) >= 0.3 AS target_ok,
                CASE WHEN name_sim >= 0.5 THEN 1.0 WHEN cat_rel = 'same' THEN 0.8
                     WHEN cat_rel = 'related' THEN 0.5 END AS target_score,
                (name_sim >= 0.5 OR (cat_rel = 'same' AND length(xcat) - length(replace(xcat, '.', '')) >= 1
                                     AND (km IS NULL OR km <= tol_km))) AS same_target,
                CASE WHEN xw IS NULL OR yw IS NULL THEN 0.5 WHEN xw = yw THEN 1.0
                     WHEN {_kin_sql('xw', 'yw')} THEN 0.7 ELSE 0.0 END AS weapon_score,
                (xe IS NULL OR ye IS NULL OR xe = ye OR (xe IN ({attack}) AND ye IN ({attack}))) AS event_ok,
                CASE WHEN xcount > 0 AND ycount > 0 AND (xw IS NULL OR yw IS NULL OR xw = yw)
                     THEN least(xcount, ycount) / greatest(xcount, ycount) END AS count_score
            FROM k
        ),
        v AS (
            SELECT s.*,
                -- weapons may differ only in reports of a whole wave (no target): a combined attack mixes them
                weapon_score > 0 OR NOT (xt OR yt) AS weapon_ok,
                CASE WHEN xactor IS NULL OR yactor IS NULL THEN 0.5 WHEN xactor = yactor THEN 1.0 ELSE 0.0 END
                    AS actor_score,
                -- two parties blaming each other for the same target: one contested event
                xactor IS NULL OR yactor IS NULL OR xactor = yactor
                    OR (coalesce(xclaimant, '') <> coalesce(yclaimant, '') AND coalesce(same_target, false))
                    AS actor_ok
            FROM s
        ),
        scored AS (
            SELECT v.*,
                ({w.w_time} * time_score + {w.w_place} * place_score
                 + {w.w_target} * coalesce(target_score, 0) + {w.w_weapon} * weapon_score
                 + {w.w_actor} * actor_score + {w.w_count} * coalesce(count_score, 0)
                 + {w.w_text} * coalesce(greatest(text_sim, 0), 0))
                / ({w.w_time} + {w.w_place} + {w.w_weapon} + {w.w_actor}
                   + CASE WHEN target_score IS NULL THEN 0 ELSE {w.w_target} END
                   + CASE WHEN count_score IS NULL THEN 0 ELSE {w.w_count} END
                   + CASE WHEN text_sim IS NULL THEN 0 ELSE {w.w_text} END) AS score,
                CASE WHEN NOT time_ok THEN 'time: the intervals do not overlap'
                    || CASE WHEN same_source THEN ' (same source: no padding)' ELSE '' END
                     WHEN NOT coalesce(place_ok, false) THEN 'place: ' || CASE
                         WHEN km IS NOT NULL THEN round(km, 1) || ' km apart, beyond the precisions ('
                                                  || round(tol_km, 1) || ' km)'
                         WHEN xl = 'country' OR yl = 'country' THEN 'a country-wide report does not group '
                                                  || 'with a report about one target'
                         ELSE 'different regions' END
                     WHEN NOT target_ok THEN 'target: ' || CASE WHEN cat_rel = 'different'
                         THEN xcat || ' vs ' || ycat ELSE 'different facility names' END
                     WHEN NOT event_ok THEN 'event: ' || xe || ' vs ' || ye
                     WHEN NOT weapon_ok THEN 'weapon: ' || xw || ' vs ' || yw
                     WHEN NOT actor_ok THEN 'actor: ' || xactor || ' vs ' || yactor
                         || ' without a shared target or with the same claimant'
                END AS veto
            FROM v
        )
        SELECT a, b, round(score, 4) AS score, veto IS NULL AND score >= {w.link_score} AS linked, veto,
            coalesce(same_target, false) AND xactor <> yactor AS competing,
            -- the per-key numbers, for the incidents to say why reports were grouped (pairs.KEYS_JSON)
            round(time_score, 3) AS k_time, round(overlap_h, 1) AS k_overlap_h, round(place_score, 3) AS k_place,
            round(km, 1) AS k_km, CASE WHEN xl = yl THEN xl ELSE xl || '/' || yl END AS k_level,
            round(target_score, 3) AS k_target, round(name_sim, 2) AS k_name_similarity, cat_rel AS k_category,
            weapon_score AS k_weapon, actor_score AS k_actor, round(count_score, 3) AS k_count,
            round(text_sim, 3) AS k_text
        FROM scored
        """


def score_pairs(con: duckdb.DuckDBPyConnection, settings: ResolveSettings, with_text: bool) -> int:
    """TEMP TABLE _rv_scores(a, b, score, linked, veto, competing, k_*) from _rv_cand. Returns the number of
    links."""
    con.execute(scores_sql(settings, with_text))
    row = con.execute("SELECT count(*) FROM _rv_scores WHERE linked").fetchone()
    return int(row[0]) if row else 0
