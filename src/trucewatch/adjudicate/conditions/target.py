"""target: is what was hit within the clause's scope under this reading? A category relates to the scope
items as at or below an included code (in scope), at or below an excluded code (excluded), or an ancestor
of an included code (too general to tell). Reports of one incident that disagree on the target, where the
clause judges their claims differently, make it uncertain (disputed). A target that is not known may be
supported by registered facilities near the incident (``fc``)."""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition
from trucewatch.taxonomy import below_sql, within_sql


def scope_flags(cat: str) -> str:
    """Aggregates over the scope items ``si`` of one clause reading: how category ``cat`` relates to them
    (the one place for the rule, docs/verdicts.md "target")."""
    under = within_sql(cat, "si.code")
    above = below_sql("si.code", cat)
    return (f"bool_or(si.include AND {under}) AS t_in, bool_or(NOT si.include AND {under}) AS t_excluded, "
            f"bool_or(si.include AND {above}) AS t_ancestor, "
            f"bool_or(NOT si.include AND {above}) AS t_covers_excluded")


CONDITION = Condition(
    name="target",
    column="target_status",
    status="""CASE WHEN p.scope_any THEN 'pass'
         WHEN tc.incident_id IS NOT NULL THEN 'uncertain'
         WHEN p.cat IS NULL THEN 'uncertain'
         WHEN t.t_excluded THEN 'fail'
         WHEN t.t_in AND t.t_covers_excluded THEN 'uncertain'
         WHEN t.t_in THEN 'pass'
         WHEN t.t_ancestor THEN 'uncertain'
         ELSE 'fail' END""",
    missing="NOT p.scope_any AND p.cat IS NULL AND coalesce(fc.near_in_scope, 0) = 0",
    detail="""CASE WHEN p.scope_any THEN 'the clause covers any target'
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
                  || ' registered facility(ies) near it are outside the scope (' || st.scope_text || ')'
         WHEN p.cat IS NULL THEN 'the target is not known; in scope: ' || st.scope_text
         WHEN t.t_excluded THEN p.cat || ' is excluded from the scope (' || st.exclude_text || ')'
         WHEN t.t_in AND t.t_covers_excluded
             THEN p.cat || ' is in scope only in part: ' || st.exclude_text || ' is excluded'
         WHEN t.t_in THEN p.cat || coalesce(' (' || p.target_name || ')', '') || ' is in scope ('
              || st.scope_text || ')'
         WHEN t.t_ancestor AND fc.near_in_scope > 0
             THEN p.cat || ' is too general to tell; registered facilities in scope within reach: '
                  || fc.in_scope_text
         WHEN t.t_ancestor
             THEN p.cat || ' is too general to tell: only part of it is in scope (' || st.scope_text || ')'
         ELSE p.cat || ' is outside the scope (' || st.scope_text || ')' END""",
)
