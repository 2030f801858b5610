"""The six verdict conditions, one module each, and the verdict rule (docs/verdicts.md).

Each condition is a :class:`Condition`: SQL expressions over one row of the evaluation pipeline
(``adjudicate.evaluate``) that give its status (``pass`` / ``fail`` / ``uncertain``), whether an
``uncertain`` comes from missing information, and the detail in words. A condition may also give a cheap
``decides_not_covered`` predicate over the incident and the clause reading alone: pairs for which it holds
fail that condition for certain, so the verdict is ``not_covered`` without evaluating anything else.

Rows of the pipeline (see ``adjudicate.evaluate``) expose:

- ``p``: the incident × clause-reading pair (incident facts, the clause reading's acts, bound parties,
  window, scope and geography flags, ``pub`` the first publication of a report of the incident);
- ``t``: how the incident's target category relates to the clause's scope items (``t_in``,
  ``t_excluded``, ``t_ancestor``, ``t_covers_excluded``);
- ``tc``: disputed target claims (``claims_text``); ``fc``: registered facilities near an incident whose
  target is unknown or too general (``near_in_scope``, ``area_in_scope``, ``n_candidates``,
  ``in_scope_text``); ``g``: geography flags of the country and region, ``ga`` of the named areas;
  ``st``/``gt``/``wt``: the clause reading's scope, geography and window texts.

The detail expressions may also use the statuses (``party_status`` … ``geo_status``) of the same row.
"""

from __future__ import annotations

from dataclasses import dataclass

from trucewatch.model import VERDICTS


@dataclass(frozen=True)
class Condition:
    """One verdict condition: a name, and SQL for its status, its missing flag and its detail."""

    name: str
    column: str            # the column its status is stored in (``<column>``), e.g. ``party_status``
    status: str            # SQL: 'pass' | 'fail' | 'uncertain'
    missing: str           # SQL: TRUE when an uncertain status comes from missing information
    detail: str            # SQL: the detail in words (read time only)
    decides_not_covered: str | None = None  # SQL over p.* alone: TRUE ⇒ this condition fails for sure
    counts_for_verdict: bool = True  # evidence grades the verdict but never makes it not_covered


def _conditions() -> tuple[Condition, ...]:
    from trucewatch.adjudicate.conditions import act, evidence, geography, party, target, time

    return (party.CONDITION, act.CONDITION, time.CONDITION, target.CONDITION, geography.CONDITION,
            evidence.CONDITION)


CONDITIONS: tuple[Condition, ...] = _conditions()
CONDITION_NAMES: tuple[str, ...] = tuple(c.name for c in CONDITIONS)
JUDGED = tuple(c for c in CONDITIONS if c.counts_for_verdict)


def verdict_sql(row: str = "p") -> str:
    """The verdict from the statuses of one row ``row`` (the one place the verdict rule is written)."""
    any_fail = " OR ".join(f"{c.column} = 'fail'" for c in JUDGED)
    any_uncertain = " OR ".join(f"{c.column} = 'uncertain'" for c in JUDGED)
    any_missing = "\n          OR ".join(f"({c.column} = 'uncertain' AND {c.name}_missing)" for c in JUDGED)
    others_pass = " AND ".join(f"{c.column} = 'pass'" for c in JUDGED if c.name != "target")
    sql = f"""CASE WHEN {any_fail} THEN 'not_covered'
         WHEN {row}.evidence_grade = 'discounted' THEN 'insufficient_information'
         WHEN ({any_missing}) THEN 'insufficient_information'
         -- everything else holds and only the target is in dispute between the reports: contested, not vague
         WHEN target_disputed AND {others_pass} THEN 'disputed'
         WHEN {any_uncertain} THEN 'possible_violation'
         WHEN {row}.evidence_grade = 'contested' THEN 'disputed'
         WHEN {row}.evidence_grade IN ('acknowledged', 'corroborated') THEN 'corroborated_violation'
         ELSE 'alleged_violation' END"""
    for verdict in VERDICTS:
        assert f"'{verdict}'" in sql, verdict  # the rule names every verdict of the vocabulary
    return sql


def not_covered_for_sure() -> str:
    """SQL over ``p`` alone: TRUE when some condition fails whatever else holds (the cheap prefilter)."""
    parts = [f"({c.decides_not_covered})" for c in CONDITIONS if c.decides_not_covered]
    return " OR ".join(parts) if parts else "FALSE"


__all__ = ["CONDITIONS", "CONDITION_NAMES", "Condition", "not_covered_for_sure", "verdict_sql"]
