"""party: is the acting party bound by this clause under this reading?"""

from __future__ import annotations

from trucewatch.adjudicate.conditions import Condition

CONDITION = Condition(
    name="party",
    column="party_status",
    status="""CASE WHEN p.actor IS NULL THEN 'uncertain'
         WHEN list_contains(p.bound_parties, p.actor) THEN 'pass' ELSE 'fail' END""",
    missing="p.actor IS NULL",
    detail="""CASE WHEN p.actor IS NULL
             THEN 'the acting party is not known (bound: ' || array_to_string(p.bound_parties, ', ') || ')'
         WHEN list_contains(p.bound_parties, p.actor)
             THEN p.actor || ' is bound by this clause under the ' || p.reading_id || ' reading'
         ELSE p.actor || ' is not bound by this clause under the ' || p.reading_id || ' reading (bound: '
              || array_to_string(p.bound_parties, ', ') || ')' END""",
    decides_not_covered="p.actor IS NOT NULL AND NOT list_contains(p.bound_parties, p.actor)",
)
