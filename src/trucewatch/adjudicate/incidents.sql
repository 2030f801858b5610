-- The incidents of the groups in scope, from _inc_m (incidents_primary.sql): facts from the primary report,
-- gaps filled from the other claims, the evidence grade and why the reports were grouped. Run one WITH step
-- at a time (incidents._run_in_steps). ${...}: the resolve stage's tables; {keys}: resolve.pairs.KEYS_JSON.
INSERT INTO incidents (id, primary_report, occurred_start, occurred_end, actor, target_category, target_name,
    location_name, admin1, admin1_code, country, lat, lon, precision_km, weapon, outcome, event, n_reports,
    n_sources, n_independent_sources, acknowledged_by, denied_by, competing_actors, evidence_grade,
    evidence_detail, grouping, target_claims, first_published)
WITH p AS (SELECT * FROM _inc_m WHERE rank = 1),
claims AS (SELECT * FROM _inc_m WHERE stance <> 'denies'),
filled AS (
    SELECT grp,
        arg_min(occurred_start, rank) FILTER (WHERE occurred_start IS NOT NULL) AS s,
        arg_min(occurred_end, rank) FILTER (WHERE occurred_start IS NOT NULL) AS e,
        arg_min(struct_pack(location_name, admin1, admin1_code, country, lat, lon, precision_km), rank)
            FILTER (WHERE coalesce(location_name, admin1_code, country) IS NOT NULL) AS place,
        arg_max(target_category, length(target_category)) FILTER (WHERE target_category <> 'unknown') AS cat,
        arg_min(target_name, rank) FILTER (WHERE target_name IS NOT NULL) AS target_name,
        list(DISTINCT {'claimant': claimant, 'category': target_category}
             ORDER BY {'claimant': claimant, 'category': target_category})
            FILTER (WHERE nullif(target_category, 'unknown') IS NOT NULL) AS target_claims,
        arg_min(weapon, rank) FILTER (WHERE weapon IS NOT NULL) AS weapon,
        arg_min(outcome, rank) FILTER (WHERE outcome IS NOT NULL) AS outcome,
        arg_min(event, rank) FILTER (WHERE event IS NOT NULL) AS event,
        list(DISTINCT actor ORDER BY actor) FILTER (WHERE actor IS NOT NULL AND stance IN
            ('alleges', 'reports', 'acknowledges')) AS actors,
        count(DISTINCT canonical_source) AS n_sources,
        count(DISTINCT origin_source) AS n_origins,
        list(DISTINCT canonical_source ORDER BY canonical_source) AS sources
    FROM claims GROUP BY grp
),
everyone AS (
    SELECT grp, count(*) AS n_reports, min(published_at) AS first_published,
        list(DISTINCT claimant ORDER BY claimant) FILTER (WHERE stance = 'acknowledges') AS acknowledged_by,
        list(DISTINCT claimant ORDER BY claimant) FILTER (WHERE stance = 'denies') AS denied_by,
        string_agg(DISTINCT canonical_source, ', ' ORDER BY canonical_source) FILTER (WHERE stance = 'denies')
            AS denied_sources
    FROM _inc_m GROUP BY grp
),
inc AS (
    SELECT p.grp, p.id AS primary_report, p.claimant AS primary_claimant,
        coalesce(p.alignment, p.claimant) AS claimant_party,
        coalesce(CASE WHEN p.occurred_start IS NOT NULL THEN p.occurred_start END, f.s) AS occurred_start,
        coalesce(CASE WHEN p.occurred_start IS NOT NULL THEN p.occurred_end END, f.e) AS occurred_end,
        coalesce(p.actor, CASE WHEN len(f.actors) = 1 THEN f.actors[1] END) AS actor,
        coalesce(nullif(p.target_category, 'unknown'), f.cat, p.target_category) AS target_category,
        coalesce(p.target_name, f.target_name) AS target_name, coalesce(f.target_claims, []) AS target_claims,
        CASE WHEN coalesce(p.location_name, p.admin1_code, p.country) IS NOT NULL
             THEN struct_pack(location_name := p.location_name, admin1 := p.admin1,
                              admin1_code := p.admin1_code, country := p.country, lat := p.lat, lon := p.lon,
                              precision_km := p.precision_km)
             ELSE f.place END AS place,
        coalesce(p.weapon, f.weapon) AS weapon, coalesce(p.outcome, f.outcome) AS outcome,
        -- no event but a weapon reads as a strike; neither: not known what happened (judged uncertain)
        coalesce(p.event, f.event, CASE WHEN coalesce(p.weapon, f.weapon) IS NOT NULL THEN 'strike' END) AS event,
        e.n_reports, coalesce(f.n_sources, 0) AS n_sources, coalesce(f.n_origins, 0) AS n_origins,
        coalesce(f.actors, []) AS actors, coalesce(f.sources, []) AS sources,
        coalesce(e.acknowledged_by, []) AS acknowledged_by, coalesce(e.denied_by, []) AS denied_by,
        e.denied_sources, e.first_published
    FROM p JOIN everyone e USING (grp) LEFT JOIN filled f USING (grp)
),
unaligned AS (
    SELECT c.grp, count(DISTINCT c.origin_source) AS n,
        string_agg(DISTINCT c.origin_source, ', ' ORDER BY c.origin_source) AS names
    FROM claims c JOIN inc ON inc.grp = c.grp
    WHERE coalesce(c.origin_alignment, '') <> coalesce(inc.claimant_party, '')
      AND c.origin_source <> coalesce(inc.primary_claimant, '')
    GROUP BY c.grp
),
sizes AS (SELECT grp, count(*) AS n FROM claims GROUP BY grp),
-- most incidents have one claim: their origins need no aggregate (the same values as one would give)
origins AS (
    SELECT c.grp, c.origin_source AS names, [{'source': c.origin_source, 'alignment': c.origin_alignment}] AS items,
        CASE WHEN c.repeats_id IS NOT NULL THEN [{'report': c.id, 'repeats': c.repeats_id, 'why': c.repeat_why}] END
            AS repeats,
        CASE WHEN c.repeats_id IS NOT NULL THEN c.repeat_why END AS repeat_text
    FROM claims c JOIN sizes z USING (grp) WHERE z.n = 1
    UNION ALL
    SELECT c.grp, string_agg(DISTINCT c.origin_source, ', ' ORDER BY c.origin_source) AS names,
        list(DISTINCT {'source': c.origin_source, 'alignment': c.origin_alignment}
             ORDER BY {'source': c.origin_source, 'alignment': c.origin_alignment}) AS items,
        list({'report': c.id, 'repeats': c.repeats_id, 'why': c.repeat_why} ORDER BY c.id)
            FILTER (WHERE c.repeats_id IS NOT NULL) AS repeats,
        string_agg(c.repeat_why, '; ' ORDER BY c.id) FILTER (WHERE c.repeats_id IS NOT NULL) AS repeat_text
    FROM claims c JOIN sizes z USING (grp) WHERE z.n > 1 GROUP BY c.grp
),
discounts AS (
    SELECT m.grp, string_agg('discounted by ' || o.analyst || ' on ' || strftime(o.created_at, '%Y-%m-%d')
                             || ': ' || o.reason, '; ' ORDER BY o.created_at, o.id) AS detail
    FROM _inc_m m JOIN ${overrides} o ON o.action = 'discount' AND o.report_a = m.id
    GROUP BY m.grp
),
links AS (
    SELECT g.grp, list({'a': xa.id, 'b': xb.id,
                        'via': CASE l.via WHEN 0 THEN 'override' WHEN 1 THEN 'relates_to' ELSE 'similarity' END,
                        'score': l.score, 'keys': CASE WHEN s.a IS NOT NULL THEN {keys} END}
             ORDER BY xa.id, xb.id) AS items,
        list(DISTINCT CASE l.via WHEN 0 THEN 'override' WHEN 1 THEN 'relates_to' ELSE 'similarity' END
             ORDER BY CASE l.via WHEN 0 THEN 'override' WHEN 1 THEN 'relates_to' ELSE 'similarity' END)
            AS vias,
        count(*) FILTER (WHERE l.via = 2) AS n_similar
    FROM ${links} l JOIN ${groups} g ON g.idx = l.a
    JOIN ${reports} xa ON xa.idx = l.a JOIN ${reports} xb ON xb.idx = l.b
    LEFT JOIN ${scores} s ON s.a = l.a AND s.b = l.b
    GROUP BY g.grp
),
nearest AS (
    SELECT idx, arg_max(struct_pack(report := other, score := score, why_not := coalesce(veto,
               'score ' || score || ' below the link threshold')), score) AS best
    FROM (SELECT a AS idx, xb.id AS other, score, veto FROM ${scores} JOIN ${reports} xb ON xb.idx = b
          WHERE NOT linked
          UNION ALL
          SELECT b, xa.id, score, veto FROM ${scores} JOIN ${reports} xa ON xa.idx = a WHERE NOT linked)
    GROUP BY idx
),
graded AS (
    SELECT inc.*, u.n AS n_unaligned, u.names AS unaligned_names, o.names AS origin_names, o.items AS origin_items,
        o.repeats, o.repeat_text, d.detail AS discount_detail, l.items AS link_items, l.vias, l.n_similar,
        CASE WHEN d.detail IS NOT NULL THEN 'discounted'
             WHEN list_contains(inc.acknowledged_by, coalesce(inc.actor, '')) THEN 'acknowledged'
             WHEN len(inc.denied_by) > 0 OR len(inc.actors) > 1 THEN 'contested'
             WHEN inc.n_origins >= 2 AND coalesce(u.n, 0) >= 1 THEN 'corroborated'
             ELSE 'single_source' END AS grade
    FROM inc LEFT JOIN unaligned u USING (grp) LEFT JOIN origins o USING (grp)
    LEFT JOIN discounts d USING (grp) LEFT JOIN links l USING (grp)
)
SELECT 'inc:' || g.primary_report, g.primary_report, g.occurred_start, g.occurred_end, g.actor,
    g.target_category, g.target_name, g.place.location_name, g.place.admin1, g.place.admin1_code,
    g.place.country, g.place.lat, g.place.lon, g.place.precision_km, g.weapon, g.outcome, g.event,
    g.n_reports, g.n_sources, g.n_origins,
    g.acknowledged_by, g.denied_by, CASE WHEN len(g.actors) > 1 THEN g.actors ELSE [] END,
    g.grade,
    CASE g.grade
        WHEN 'discounted' THEN g.discount_detail
        WHEN 'acknowledged' THEN 'acknowledged by the acting party (' || g.actor || ')'
        WHEN 'contested' THEN 'contested: ' || concat_ws('; ',
            CASE WHEN len(g.denied_by) > 0 THEN 'denied by ' || array_to_string(g.denied_by, ', ')
                 || coalesce(' (' || g.denied_sources || ')', '') END,
            CASE WHEN len(g.actors) > 1 THEN 'competing attributions ('
                 || array_to_string(g.actors, ' vs ') || ')' END)
        WHEN 'corroborated' THEN 'corroborated: ' || g.n_origins || ' independent origins ('
            || g.origin_names || ') of ' || g.n_sources || ' sources; not aligned with '
            || coalesce(g.claimant_party, 'the claimant') || ': ' || g.unaligned_names
        ELSE 'single-source claim: ' || g.n_origins || ' independent origin'
            || CASE WHEN g.n_origins = 1 THEN '' ELSE 's' END || ' (' || coalesce(g.origin_names, 'none') || ')'
            || CASE WHEN g.n_sources > g.n_origins THEN ' of ' || g.n_sources || ' sources' ELSE '' END
            || CASE WHEN g.n_origins >= 2 THEN ', all aligned with ' || coalesce(g.claimant_party, 'the claimant')
                    ELSE '' END
    END || coalesce(' (' || g.repeat_text || ')', ''),
    to_json({
        'rule': CASE WHEN g.n_reports = 1 THEN 'single' ELSE array_to_string(g.vias, '+') END,
        'detail': CASE WHEN g.n_reports = 1 THEN 'one report: ' || coalesce(x.single_reason,
                           CASE WHEN nr.best IS NULL THEN 'no other report shares its time and place'
                                ELSE 'no other report matched' END)
                       ELSE g.n_reports || ' reports: ' || coalesce(g.n_similar, 0)
                            || ' link(s) by similarity of time, place, target, weapon and actor'
                            || CASE WHEN list_contains(g.vias, 'relates_to') THEN ', linked by relates_to'
                                    ELSE '' END
                            || CASE WHEN list_contains(g.vias, 'override') THEN ', merged by an analyst'
                                    ELSE '' END END,
        'links': coalesce(g.link_items, []),
        'nearest_unlinked': CASE WHEN g.n_reports = 1 THEN nr.best END,
        'sources': g.sources,
        'origins': coalesce(g.origin_items, []),
        'repeats': coalesce(g.repeats, [])
    }),
    -- kept only when the claims name more than one target; adjudication decides per clause whether the
    -- difference matters
    CASE WHEN len(list_distinct(list_transform(g.target_claims, c -> c.category))) > 1 THEN g.target_claims
         ELSE [] END,
    g.first_published
FROM graded g JOIN ${reports} x ON x.id = g.primary_report LEFT JOIN nearest nr ON nr.idx = x.idx
