"""Analysts' decisions on incidents: merge two reports' incidents, split two reports apart, discount an
incident. Each is stored with who, when and why in ``incident_overrides`` and keyed by report ids, so it
survives every rebuild of the incidents. Withdrawing one keeps it on record.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Any

import duckdb

from trucewatch.errors import NotFound, UserError

ACTIONS = ("merge", "split", "discount")
_OPPOSITE = {"merge": "split", "split": "merge"}
_COLUMNS = ("id", "action", "report_a", "report_b", "reason", "analyst", "created_at", "withdrawn_at",
            "withdrawn_by", "withdrawn_reason")


def _require_text(value: str | None, what: str) -> str:
    if value is None or not value.strip():
        raise UserError(f"{what} is required", hint=f"say {what} with the override: it is kept on record")
    return value.strip()


def _require_reports(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    known = {r[0] for r in con.execute("SELECT id FROM reports WHERE id IN (SELECT unnest(?))", [ids]).fetchall()}
    missing = [i for i in ids if i not in known]
    if missing:
        raise NotFound(f"unknown report id(s): {', '.join(missing)}",
                       hint="list report ids with 'trucewatch incidents show INCIDENT' or in the ingested files")
    tallies = [r[0] for r in con.execute(
        "SELECT id FROM reports WHERE aggregate AND id IN (SELECT unnest(?)) ORDER BY id", [ids]).fetchall()]
    if tallies:
        raise UserError(f"{', '.join(tallies)} is a tally (aggregate): tallies never belong to an incident")


def add_override(
    con: duckdb.DuckDBPyConnection, action: str, report_a: str, report_b: str | None, *, reason: str,
    analyst: str, now: datetime,
) -> dict[str, Any]:
    """Record one override after checking it. Call inside a transaction.

    Raises UserError for an unknown action, a missing reason or analyst, a pair that is one report, an
    override that contradicts an active one (merge and split of the same pair) or repeats it; NotFound for
    unknown reports.
    """
    if action not in ACTIONS:
        raise UserError(f"unknown override action {action!r}; one of {', '.join(ACTIONS)}")
    reason = _require_text(reason, "a reason")
    analyst = _require_text(analyst, "who decides (analyst)")
    if action == "discount":
        if report_b is not None:
            raise UserError("discount takes one report (any report of the incident), not a pair")
        ids = [report_a]
    else:
        if report_b is None:
            raise UserError(f"{action} takes two report ids")
        if report_a == report_b:
            raise UserError(f"cannot {action} report {report_a} with itself")
        report_a, report_b = sorted((report_a, report_b))
        ids = [report_a, report_b]
    _require_reports(con, ids)
    active = con.execute(
        """SELECT id, action, analyst, reason FROM incident_overrides
           WHERE withdrawn_at IS NULL AND report_a = ? AND report_b IS NOT DISTINCT FROM ?""",
        [report_a, report_b],
    ).fetchall()
    for other_id, other_action, other_analyst, other_reason in active:
        if other_action == action:
            raise UserError(f"{action} of {' and '.join(ids)} is already recorded ({other_id} by "
                            f"{other_analyst}: {other_reason})")
        if other_action == _OPPOSITE.get(action):
            raise UserError(
                f"contradictory override: {' and '.join(ids)} already have a {other_action} override "
                f"({other_id} by {other_analyst}: {other_reason})",
                hint=f"withdraw {other_id} first ('trucewatch incidents withdraw {other_id}')",
            )
    digest = hashlib.sha256(f"{action}|{report_a}|{report_b}|{analyst}|{now.isoformat()}".encode()).hexdigest()
    override_id = f"ovr-{digest[:10]}"
    con.execute("INSERT INTO incident_overrides VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)",
                [override_id, action, report_a, report_b, reason, analyst, now])
    return get_override(con, override_id)


def withdraw_override(
    con: duckdb.DuckDBPyConnection, override_id: str, *, reason: str, analyst: str, now: datetime
) -> dict[str, Any]:
    """Stop applying an override; it stays on record with who withdrew it, when and why."""
    reason = _require_text(reason, "a reason")
    analyst = _require_text(analyst, "who decides (analyst)")
    current = get_override(con, override_id)
    if current["withdrawn_at"] is not None:
        raise UserError(f"override {override_id} was already withdrawn by {current['withdrawn_by']}")
    con.execute("UPDATE incident_overrides SET withdrawn_at = ?, withdrawn_by = ?, withdrawn_reason = ? "
                "WHERE id = ?", [now, analyst, reason, override_id])
    return get_override(con, override_id)


def get_override(con: duckdb.DuckDBPyConnection, override_id: str) -> dict[str, Any]:
    row = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM incident_overrides WHERE id = ?",
                      [override_id]).fetchone()
    if row is None:
        raise NotFound(f"no override {override_id}", hint="list them with 'trucewatch incidents overrides'")
    return dict(zip(_COLUMNS, row, strict=True))


def list_overrides(con: duckdb.DuckDBPyConnection, include_withdrawn: bool = True) -> list[dict[str, Any]]:
    """Every override, oldest first, with whether it applies now (its reports may have been removed)."""
    where = "" if include_withdrawn else "WHERE o.withdrawn_at IS NULL"
    rows = con.execute(
        f"""SELECT {', '.join('o.' + c for c in _COLUMNS)},
                o.withdrawn_at IS NULL AND a.id IS NOT NULL AND (o.report_b IS NULL OR b.id IS NOT NULL)
                    AS applies
            FROM incident_overrides o
            LEFT JOIN reports a ON a.id = o.report_a LEFT JOIN reports b ON b.id = o.report_b
            {where} ORDER BY o.created_at, o.id"""
    ).fetchall()
    return [dict(zip((*_COLUMNS, "applies"), row, strict=True)) for row in rows]


def create_active_table(con: duckdb.DuckDBPyConnection) -> None:
    """TEMP TABLE _rv_overrides: the overrides that apply now (not withdrawn, reports still present)."""
    con.execute(
        """CREATE OR REPLACE TEMP TABLE _rv_overrides AS
           SELECT o.* FROM incident_overrides o
           JOIN reports a ON a.id = o.report_a AND NOT a.aggregate
           LEFT JOIN reports b ON b.id = o.report_b
           WHERE o.withdrawn_at IS NULL AND (o.report_b IS NULL OR (b.id IS NOT NULL AND NOT b.aggregate))"""
    )
