"""evidence: how well the incident is attested (its grade, docs/corroboration.md). It grades the verdict
(alleged, corroborated, disputed, insufficient when discounted) but never makes it ``not_covered``."""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition

CONDITION = Condition(
    name="evidence",
    column="evidence_status",
    status="""CASE WHEN p.evidence_grade = 'discounted' THEN 'fail'
         WHEN p.evidence_grade IN ('acknowledged', 'corroborated') THEN 'pass' ELSE 'uncertain' END""",
    missing="FALSE",
    detail="""coalesce(p.grade_detail, CASE p.evidence_grade
        WHEN 'discounted' THEN 'discounted by an analyst'
        WHEN 'acknowledged' THEN 'acknowledged by the acting party (' || p.actor || ')'
        WHEN 'corroborated' THEN 'corroborated: ' || p.n_sources || ' sources, '
             || p.n_independent_sources || ' not aligned with the claimant'
        WHEN 'contested' THEN 'contested: '
             || CASE WHEN len(p.denied_by) > 0 THEN 'denied by ' || array_to_string(p.denied_by, ', ')
                     ELSE 'competing attributions (' || array_to_string(p.competing_actors, ', ') || ')' END
        ELSE 'single-source claim (' || p.n_sources || ' source)' END)""",
    counts_for_verdict=False,
)
