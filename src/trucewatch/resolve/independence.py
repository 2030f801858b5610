"""Source independence: trace where each claim in a group comes from.

A report repeats another report of the same group when
- it comes from the same source (one source counts once), or
- its text is a copy of an earlier one (the same words, or sentence vectors at least ``COPY_COSINE`` alike), or
- the source registry says its source usually relays the other's source, or the other's party
  (``cites``): Kyiv Post relaying Ukrainian military sources is not a second witness.
Its origin is then the origin of what it repeats (followed two steps). Independent sources are distinct
origins; each origin keeps its alignment so that party-aligned origins are weighed apart.
"""

from __future__ import annotations

import duckdb

COPY_COSINE = 0.95


def trace_origins(con: duckdb.DuckDBPyConnection, with_text: bool) -> None:
    """TEMP TABLE _rv_members: one row per report in a group with its alignment, kind and origin.

    Needs _rv_groups, _rv_r, _rv_sources (and _rv_vec when ``with_text``).
    """
    cosine = (
        f"OR array_cosine_similarity(vr.vector, vq.vector) >= {COPY_COSINE}" if with_text else ""
    )
    vec_join = (
        "LEFT JOIN _rv_vec vr ON vr.idx = r.idx LEFT JOIN _rv_vec vq ON vq.idx = q.idx" if with_text else ""
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _rv_m0 AS
        SELECT g.grp, x.idx, r.id, r.source_name, r.published_at, r.stance, r.claimant, r.actor,
            coalesce(r.aligned_with, src.alignment) AS alignment,
            coalesce(r.source_kind, src.kind) AS kind,
            coalesce(src.cites, []) AS cites, coalesce(src.name, r.source_name) AS canonical_source,
            nullif(regexp_replace(lower(trim(r.text)), '\\s+', ' ', 'g'), '') AS norm_text,
            -- who is first-hand when publication times do not tell: the claimant's own statement first
            struct_pack(published := coalesce(r.published_at, '9999-01-01'::TIMESTAMP),
                rank := CASE coalesce(r.source_kind, src.kind) WHEN 'official' THEN 0 WHEN 'monitor' THEN 1
                             WHEN 'media' THEN 2 WHEN 'dataset' THEN 3 ELSE 4 END,
                id := r.id) AS firsthand
        FROM _rv_groups g JOIN _rv_r x USING (idx) JOIN _rv_rows r ON r.id = x.id
        LEFT JOIN _rv_sources src ON src.spelling = lower(r.source_name)
        """
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _rv_repeats AS
        WITH candidates AS (
            SELECT r.idx, q.idx AS of_idx, q.canonical_source AS of_source,
                CASE WHEN r.norm_text = q.norm_text {cosine} THEN 'copies the text of ' || q.id
                     ELSE r.canonical_source || ' usually relays '
                          || CASE WHEN list_contains(r.cites, q.canonical_source) THEN q.canonical_source
                                  ELSE q.alignment END END AS why,
                q.firsthand AS q_firsthand
            FROM _rv_m0 r JOIN _rv_m0 q ON q.grp = r.grp AND q.idx <> r.idx
            {vec_join}
            WHERE r.stance <> 'denies' AND q.stance <> 'denies'
              AND r.canonical_source <> q.canonical_source
              AND (
                   ((r.norm_text = q.norm_text {cosine})
                     AND q.firsthand < r.firsthand)
                OR list_contains(r.cites, q.canonical_source)
                OR (q.alignment IS NOT NULL AND list_contains(r.cites, q.alignment)
                    AND NOT list_contains(q.cites, r.canonical_source))
              )
        )
        SELECT idx, arg_min(of_idx, q_firsthand) AS of_idx, arg_min(why, q_firsthand) AS why
        FROM candidates GROUP BY idx
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _rv_members AS
        SELECT m.*, rep.why AS repeat_why, rep.of_idx AS repeats_idx,
            coalesce(hop2.of_idx, rep.of_idx, m.idx) AS origin_idx
        FROM _rv_m0 m
        LEFT JOIN _rv_repeats rep ON rep.idx = m.idx
        LEFT JOIN _rv_repeats hop2 ON hop2.idx = rep.of_idx AND hop2.of_idx <> m.idx
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _rv_members AS
        SELECT m.*, o.canonical_source AS origin_source, o.alignment AS origin_alignment, o.id AS origin_id,
            rep.id AS repeats_id
        FROM _rv_members m JOIN _rv_m0 o ON o.idx = m.origin_idx
        LEFT JOIN _rv_m0 rep ON rep.idx = m.repeats_idx
        """
    )
    con.execute("DROP TABLE IF EXISTS _rv_m0")
    con.execute("DROP TABLE IF EXISTS _rv_repeats")
