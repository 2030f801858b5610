"""act: is what happened one of the acts the clause forbids? An interception or an intercepted or attempted
strike counts as an attempted strike."""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition

_COVERED = "(list_contains(p.acts, p.event) OR (p.event = 'interception' AND list_contains(p.acts, 'strike')))"

CONDITION = Condition(
    name="act",
    column="act_status",
    status=f"""CASE WHEN p.event IS NULL THEN 'uncertain' WHEN {_COVERED} THEN 'pass' ELSE 'fail' END""",
    missing="p.event IS NULL",
    detail=f"""CASE WHEN p.event IS NULL
             THEN 'the reports name neither what happened nor a weapon, so it is not known whether a covered '
                  || 'act (' || array_to_string(p.acts, ', ') || ') took place'
         WHEN NOT {_COVERED}
             THEN p.event || ' is not among the acts this clause covers ('
                  || array_to_string(p.acts, ', ') || ')'
         WHEN p.event = 'interception' OR p.outcome IN ('intercepted', 'attempted')
             THEN 'attempted strike (' || coalesce(p.outcome, 'intercepted')
                  || '): an attempt counts as a violation of a strike prohibition'
         ELSE p.event || coalesce(' (' || p.weapon || ')', '') || ' is a covered act' END""",
    decides_not_covered=f"p.event IS NOT NULL AND NOT {_COVERED}",
)
