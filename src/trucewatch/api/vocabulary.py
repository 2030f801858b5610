"""The vocabulary every reader shows, in one answer: verdicts (most severe first) with their colours,
conditions and their statuses, evidence grades, how an unknown acting party is spelt and the default
candidate radius. The dashboard's JavaScript reads it from ``GET /api/vocabulary`` and the report's plots
from here, so no front end keeps its own copy."""

from __future__ import annotations

from typing import Any

from trucewatch.model import (
    CANDIDATE_MAX_KM,
    CONDITION_STATUSES,
    CONDITIONS,
    GRADES,
    IN_SCOPE,
    SEVERITY,
    UNKNOWN_PARTY,
    VIOLATION_LIKE,
)

# One colour per verdict, most severe first (a diverging palette: reds for violations, blues for not covered);
# the dashboard and the report's plots use it. ``VERDICT_INK``: the text colour that reads on it.
VERDICT_COLOURS: dict[str, str] = {
    "corroborated_violation": "#b2182b",
    "alleged_violation": "#ef8a62",
    "disputed": "#9970ab",
    "possible_violation": "#fddb6d",
    "insufficient_information": "#999999",
    "not_covered": "#d1e5f0",
}
VERDICT_INK: dict[str, str] = {
    verdict: "#fff" if verdict in ("corroborated_violation", "disputed", "insufficient_information") else "#000"
    for verdict in SEVERITY
}
assert tuple(VERDICT_COLOURS) == SEVERITY


def vocabulary() -> dict[str, Any]:
    return {
        "verdicts": [{"id": v, "label": v.replace("_", " "), "colour": VERDICT_COLOURS[v], "ink": VERDICT_INK[v],
                      "in_scope": v in IN_SCOPE, "violation_like": v in VIOLATION_LIKE} for v in SEVERITY],
        "conditions": list(CONDITIONS),
        "condition_statuses": list(CONDITION_STATUSES),
        "evidence_grades": list(GRADES),
        "unknown_party": UNKNOWN_PARTY,
        "candidate_max_km": CANDIDATE_MAX_KM,
    }
