"""Every clause as every reading sees it: the one view adjudication compiles."""

from __future__ import annotations

from trucewatch.model import Agreement, EffectiveClause, Reading

AS_WRITTEN = "as-written"


def readings_of(agreement: Agreement) -> tuple[Reading, ...]:
    """The declared readings, or the single implicit ``as-written`` reading when none is declared."""
    if agreement.readings:
        return agreement.readings
    return (Reading(id=AS_WRITTEN, name="As written", note="no reading declared; the text as written"),)


def effective_clauses(agreement: Agreement) -> list[EffectiveClause]:
    """Clause x reading with overrides applied; readings in declared order, clauses in declared order.

    Precedence, most specific first: a reading's per-clause scope, the reading's scope, the clause's own
    scope. Window, bound parties and geography come from the reading when it sets them, else from the
    agreement (window) or clause.
    """
    effective: list[EffectiveClause] = []
    for reading in readings_of(agreement):
        for clause in agreement.clauses:
            scope = reading.clause_scopes.get(clause.id)
            if scope is None:
                scope = reading.scope if reading.scope is not None else clause.scope
            effective.append(
                EffectiveClause(
                    agreement_id=agreement.id,
                    clause=clause,
                    reading_id=reading.id,
                    window=reading.window or agreement.window,
                    scope=scope,
                    bound_parties=reading.bound_parties
                    if reading.bound_parties is not None
                    else clause.bound_parties,
                    geography=reading.geography if reading.geography is not None else clause.geography,
                    in_force=reading.in_force,
                    reading_note=reading.note,
                    in_force_reason=reading.in_force_reason,
                )
            )
    return effective
