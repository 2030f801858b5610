"""geography: did it happen where the clause applies? Countries and ISO 3166-2 regions included or
excluded, and named areas (bounding boxes) judged with the location's precision: a point within its
precision of an area's edge is uncertain."""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition

CONDITION = Condition(
    name="geography",
    column="geo_status",
    status="""CASE WHEN p.geo_any THEN 'pass'
         WHEN g.ex_country OR g.ex_admin1 THEN 'fail'
         WHEN g.in_country OR g.in_admin1 OR ga.in_area_sure
             THEN CASE WHEN g.ex_admin1_unknown THEN 'uncertain' ELSE 'pass' END
         WHEN NOT (g.has_inc_country OR g.has_inc_admin1 OR g.has_area)
             THEN CASE WHEN g.ex_admin1_unknown OR (g.has_ex_country AND p.country IS NULL)
                       THEN 'uncertain' ELSE 'pass' END
         WHEN ga.in_area_maybe THEN 'uncertain'
         WHEN p.country IS NULL AND p.lat IS NULL THEN 'uncertain'
         WHEN g.inc_admin1_unknown THEN 'uncertain'
         WHEN g.has_area AND p.lat IS NULL THEN 'uncertain'
         ELSE 'fail' END""",
    missing="NOT p.geo_any AND NOT coalesce(ga.in_area_maybe AND NOT ga.in_area_sure, false)",
    detail="""CASE WHEN p.geo_any THEN 'the clause applies everywhere'
     WHEN coalesce(g.ex_country OR g.ex_admin1, false)
          THEN p.place_text || ' is in an excluded area (' || gt.ex_text || ')'
     WHEN geo_status = 'fail' THEN p.place_text || ' is outside the covered area (' || coalesce(gt.inc_text, '') || ')'
     WHEN geo_status = 'pass' THEN coalesce(nullif(p.place_text, ''), 'the location') || ' is inside the covered area'
          || coalesce(' (' || gt.inc_text || ')', '') || coalesce('; excluded: ' || gt.ex_text, '')
     WHEN coalesce(ga.in_area_maybe AND NOT ga.in_area_sure, false)
          THEN p.place_text || ' lies within its location precision of the edge of the covered area ('
               || gt.inc_text || ')'
     WHEN p.place_text = '' THEN 'the location is not known; covered: ' || coalesce(gt.inc_text, 'anywhere')
          || coalesce('; excluded: ' || gt.ex_text, '')
     ELSE 'the location is not precise enough to tell (' || p.place_text || '); covered: '
          || coalesce(gt.inc_text, 'anywhere') || coalesce('; excluded: ' || gt.ex_text, '')
END""",
)
