"""Removing data: reports (by id, or everything one ingest wrote) and agreements.

A removal is all or nothing, names what it would remove before doing it (``dry_run``), and is recorded in
the store's ``removals`` table (what, when, why). Incidents and findings are derived data: the next
``assess`` rebuilds what the removed reports touched and judges again (incrementally: removed reports are
found against what the last assess judged), and an agreement's findings go with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trucewatch import adjudicate
from trucewatch.api.core import open_store
from trucewatch.api.values import iso
from trucewatch.errors import NotFound, UserError

PREVIEW = 20  # ids named in a preview; the count says how many in all


def list_ingests(db: str | Path) -> list[dict[str, Any]]:
    """Every ingest recorded (newest first) with its id (the file's SHA-256, first 12 characters), and how
    many reports from that file the store holds now."""
    sql = """SELECT g.input_file, g.input_sha256, g.format, g.rows_read, g.rows_ingested, g.rows_rejected,
                    g.recorded_at, (SELECT count(*) FROM reports r WHERE r.input_file = g.input_file) AS reports
             FROM ingests g ORDER BY g.recorded_at DESC, g.input_file"""
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(sql).fetchall()
    keys = ["file", "sha256", "format", "rows_read", "ingested", "rejected", "recorded_at", "reports_now"]
    return [{**{k: iso(v) for k, v in zip(keys, row, strict=True)}, "id": row[1][:12]} for row in rows]


def _ingest_files(con: Any, ingest: str) -> list[str]:
    """The input files an ingest id names: a recorded file path (as given or resolved) or a SHA-256 prefix
    of at least 8 characters."""
    candidates = {ingest, str(Path(ingest).expanduser().resolve())}
    rows = con.execute(
        f"SELECT DISTINCT input_file FROM ingests WHERE input_file IN ({', '.join('?' for _ in candidates)}) "
        "OR (length(?) >= 8 AND starts_with(input_sha256, lower(?))) ORDER BY 1",
        [*candidates, ingest, ingest]).fetchall()
    files = [r[0] for r in rows]
    if not files:  # reports may name a file whose ingest record was written under another spelling
        files = [r[0] for r in con.execute(
            f"SELECT DISTINCT input_file FROM reports WHERE input_file IN ({', '.join('?' for _ in candidates)})",
            list(candidates)).fetchall()]
    if not files:
        raise NotFound(f"no ingest '{ingest}' in the store",
                       hint="'trucewatch reports ingests' lists them (file, or the first 8+ characters of its id)")
    return files


def remove_reports(db: str | Path, ids: Sequence[str] = (), *, ingest: str | None = None,
                   reason: str | None = None, dry_run: bool = False) -> dict[str, Any]:
    """Remove the reports ``ids``, or every report one ingest wrote (``ingest``: its file or id). Unknown ids
    are an error and nothing is removed. With ``dry_run`` only says what would go."""
    if bool(ids) == bool(ingest):
        raise UserError("name report ids or one --ingest, not both and not neither")
    with open_store(db, create=False, read_only=dry_run) as store:
        con = store.con
        if ingest:
            files = _ingest_files(con, ingest)
            where, params = f"input_file IN ({', '.join('?' for _ in files)})", list[Any](files)
            kind, target = "ingest", ", ".join(files)
        else:
            wanted = list(dict.fromkeys(ids))
            found = {r[0] for r in con.execute(
                "SELECT id FROM reports WHERE list_contains(?, id)", [wanted]).fetchall()}
            missing = [i for i in wanted if i not in found]
            if missing:
                raise NotFound(f"no report {', '.join(repr(m) for m in missing[:10])} in the store"
                               + (f" (and {len(missing) - 10} more)" if len(missing) > 10 else ""),
                               hint="nothing was removed; 'trucewatch findings' and the dashboard show report ids")
            where, params = "list_contains(?, id)", [wanted]
            kind, target = "reports", ", ".join(wanted[:PREVIEW]) + (" …" if len(wanted) > PREVIEW else "")
        removed = [r[0] for r in con.execute(f"SELECT id FROM reports WHERE {where} ORDER BY id", params).fetchall()]
        summary = {"kind": kind, "target": target, "count": len(removed), "ids": removed[:PREVIEW],
                   "reason": reason, "removed": not dry_run}
        if dry_run or not removed:
            return {**summary, "removed": False}
        with store.transaction() as tx:
            tx.execute(f"DELETE FROM facility_candidates WHERE report_id IN (SELECT id FROM reports WHERE {where})",
                       params)
            tx.execute(f"DELETE FROM reports WHERE {where}", params)
            _record(tx, kind, target, removed, reason)
    return summary


def remove_agreement(db: str | Path, agreement_id: str, *, reason: str | None = None,
                     dry_run: bool = False) -> dict[str, Any]:
    """Remove an agreement with its clause readings, findings and obligation statuses."""
    with open_store(db, create=False, read_only=dry_run) as store:
        con = store.con
        row = con.execute("SELECT title FROM agreements WHERE id = ?", [agreement_id]).fetchone()
        if not row:
            raise NotFound(f"no agreement '{agreement_id}' in the store",
                           hint="'trucewatch agreements list' shows the ids")
        stored = con.execute("SELECT count(*) FROM findings WHERE agreement_id = ?", [agreement_id]).fetchone()
        summary = {"kind": "agreement", "target": agreement_id, "title": row[0], "count": 1,
                   "stored_findings": int(stored[0]) if stored else 0, "reason": reason, "removed": not dry_run}
        if dry_run:
            return summary
        with store.transaction() as tx:
            adjudicate.delete_agreement(tx, agreement_id)
            _record(tx, "agreement", agreement_id, [agreement_id], reason)
    return summary


def removal_history(db: str | Path) -> list[dict[str, Any]]:
    """Every removal, oldest first: when, what kind, what was named, how many ids, why."""
    with open_store(db, read_only=True) as store:
        rows = store.con.execute("SELECT removed_at, kind, target, len(ids), ids[1:20], reason FROM removals "
                                 "ORDER BY removed_at, kind, target").fetchall()
    keys = ["removed_at", "kind", "target", "count", "ids", "reason"]
    return [{k: iso(v) for k, v in zip(keys, row, strict=True)} for row in rows]


def _record(con: Any, kind: str, target: str, ids: list[str], reason: str | None) -> None:
    con.execute("INSERT INTO removals VALUES (?, ?, ?, ?, ?)",
                [datetime.now(UTC).replace(tzinfo=None), kind, target, ids, reason])
