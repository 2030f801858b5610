-- Each incident's primary report: per group of reports (resolve), the report that answers no other, is not
-- a denial and says the most about the target and place ranks first. ${...}: the resolve stage's tables.
CREATE OR REPLACE TEMP TABLE _inc_m AS
SELECT m.grp, m.idx, m.canonical_source, m.alignment, m.origin_source, m.origin_alignment, m.origin_id,
    m.repeats_id, m.repeat_why, r.*,
    row_number() OVER (PARTITION BY m.grp ORDER BY
        (r.relates_to IS NOT NULL AND x.single_reason IS NOT NULL), r.stance = 'denies',
        (r.target_name IS NOT NULL)::INTEGER
            + CASE WHEN nullif(r.target_category, 'unknown') IS NULL THEN 0
                   ELSE 1 + length(r.target_category) - length(replace(r.target_category, '.', '')) END
            + CASE WHEN r.lat IS NOT NULL THEN 2 WHEN r.admin1_code IS NOT NULL THEN 1 ELSE 0 END DESC,
        r.published_at NULLS LAST, r.id) AS rank
FROM ${members} m JOIN ${rows} r ON r.id = m.id JOIN ${reports} x ON x.idx = m.idx
-- denials alone (of a report not in the store, or of a tally) are statements, not incidents
WHERE m.grp IN (SELECT grp FROM ${members} GROUP BY grp HAVING bool_or(stance <> 'denies'))
  -- incremental: only the groups of the reports in scope (the others are partners to compare with)
  AND m.grp IN (SELECT g.grp FROM ${groups} g JOIN ${reports} x USING (idx) WHERE x.in_scope)
