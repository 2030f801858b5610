"""Compile agreements into the tables adjudication evaluates: one row per clause × reading, plus its scope
and geography items. Evaluation then runs as a few set-based queries over all incidents at once.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import duckdb

from trucewatch.model import Agreement, EffectiveClause
from trucewatch.store.bulk import insert_rows
from trucewatch.store.order import small_inserts
from trucewatch.terms import agreement_to_dict, effective_clauses


def _utc(moment: datetime | None) -> datetime | None:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment else None


def save_agreement(con: duckdb.DuckDBPyConnection, agreement: Agreement) -> bool:
    """Store (or replace) an agreement and its compiled clause × reading rows. Call inside a transaction.

    Returns False when the identical agreement (same content hash) is already stored.
    """
    body = json.dumps(agreement_to_dict(agreement), sort_keys=True, ensure_ascii=False)
    existing = con.execute("SELECT body FROM agreements WHERE id = ?", [agreement.id]).fetchone()
    if existing and json.loads(existing[0]) == json.loads(body):
        return False
    with small_inserts(con):  # several statements per clause reading, hundreds of agreements per load
        delete_agreement(con, agreement.id)
        con.execute(
            "INSERT INTO agreements VALUES (?, ?, ?, ?, ?)",
            [agreement.id, agreement.title, agreement.source_file, agreement.source_sha256 or "", body],
        )
        for eff in effective_clauses(agreement):
            _save_effective(con, agreement, eff)
    return True


def delete_agreement(con: duckdb.DuckDBPyConnection, agreement_id: str) -> None:
    for table in ("agreements",):
        con.execute(f"DELETE FROM {table} WHERE id = ?", [agreement_id])
    for table in ("clause_readings", "scope_items", "geo_items", "findings", "obligations", "assessed_agreements"):
        con.execute(f"DELETE FROM {table} WHERE agreement_id = ?", [agreement_id])


def _save_effective(con: duckdb.DuckDBPyConnection, agreement: Agreement, eff: EffectiveClause) -> None:
    key = [agreement.id, eff.clause.id, eff.reading_id]
    con.execute(
        "INSERT INTO clause_readings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            *key,
            eff.clause.kind,
            eff.clause.title,
            list(eff.clause.acts),
            list(eff.bound_parties),
            _utc(eff.window.start),
            _utc(eff.window.end),
            eff.window.tz,
            eff.window.start_label,
            eff.window.end_label,
            _utc(eff.clause.deadline),
            eff.in_force,
            eff.reading_note if eff.in_force else (eff.in_force_reason or eff.reading_note),
            not eff.scope.include,
            eff.geography.is_anywhere,
            agreement.reciprocity,
        ],
    )
    scope_rows: list[list[Any]] = [[*key, code, True] for code in eff.scope.include]
    scope_rows += [[*key, code, False] for code in eff.scope.exclude]
    insert_rows(con, "scope_items", ("agreement_id", "clause_id", "reading_id", "code", "include"), scope_rows)
    geo = eff.geography
    geo_rows: list[list[Any]] = []
    geo_rows += [[*key, "country", c, True, None, None, None, None] for c in geo.include_countries]
    geo_rows += [[*key, "country", c, False, None, None, None, None] for c in geo.exclude_countries]
    geo_rows += [[*key, "admin1", c, True, None, None, None, None] for c in geo.include_admin1]
    geo_rows += [[*key, "admin1", c, False, None, None, None, None] for c in geo.exclude_admin1]
    geo_rows += [[*key, "area", a.name, True, *a.bbox] for a in geo.areas]
    insert_rows(con, "geo_items", ("agreement_id", "clause_id", "reading_id", "kind", "value", "include", "west",
                                   "south", "east", "north"), geo_rows)
