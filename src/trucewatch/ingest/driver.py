"""The ingest driver: pick an adapter, stage a file, write it in one transaction, account for every row.

Default mode: good rows go in, bad rows go to a rejects file next to the input (``NAME.rejects.jsonl``, one
JSON object per rejected row with its line, field, reason and original text); each file is its own
transaction, and a file refused as a whole does not stop the others. ``strict``: one transaction over all
files, and any bad row or file aborts it, so nothing of any file is written. Ingesting the same file again
is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from trucewatch.errors import InputError, Problem, TrucewatchError, UserError, ValidationFailed, Where
from trucewatch.files import write_text_atomically
from trucewatch.ingest.base import ItemAccounting, Staged
from trucewatch.ingest.sniff import ADAPTERS, detect
from trucewatch.ingest.tabular import drop_relation
from trucewatch.store import Store
from trucewatch.store.bulk import insert_rows
from trucewatch.store.reports import write_report_rows


@dataclass
class IngestResult:
    file: str
    format: str
    rows_read: int
    ingested: int
    unchanged: int
    rejected: int
    rejects_file: str | None = None
    rejects: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    items: ItemAccounting | None = None  # posts or articles read, with reports, skipped (telegram, posts, text)
    ingest_id: int | None = None  # the ingest log's number for this file (None when nothing was logged)
    # set when the whole file was refused (unreadable, unknown format, missing columns …): nothing written
    error: TrucewatchError | None = None
    # set when the file was recognised as reference data or documentation and left alone (ingest.reference)
    skipped: bool = False

    @property
    def status(self) -> str:
        return "refused" if self.error is not None else "skipped" if self.skipped else "written"

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "status": self.status,
            "error": str(self.error) if self.error is not None else None,
            "format": self.format,
            "rows_read": self.rows_read,
            "ingested": self.ingested,
            "unchanged": self.unchanged,
            "rejected": self.rejected,
            "rejects_file": self.rejects_file,
            "rejects": [
                {"line": p.where.line, "field": p.where.field, "reason": p.message} for p in self.rejects
            ],
            "notes": self.notes,
            "ingest_id": self.ingest_id,
            "items": None if self.items is None else {
                "read": self.items.read, "with_reports": self.items.with_reports,
                "skipped": len(self.items.skipped),
                "skipped_items": [{"item": each.item, "line": each.line, "reason": each.reason}
                                  for each in self.items.skipped],
            },
        }


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _check_readable(path: Path) -> None:
    if not path.exists():
        raise UserError(f"{path}: no such file")
    if path.is_dir():
        raise UserError(f"{path}: is a folder, not a file")
    if path.stat().st_size == 0:
        raise InputError("the file is empty", Where(str(path)))


def rejects_path(path: Path, rejects_dir: Path | None) -> Path:
    folder = rejects_dir or path.parent
    return folder / f"{path.name}.rejects.jsonl"


def ingest_file(
    store: Store,
    path: Path,
    *,
    format: str | None = None,
    strict: bool = False,
    options: dict[str, Any] | None = None,
    rejects_dir: Path | None = None,
) -> IngestResult:
    """Ingest one file in its own transaction. Raises ValidationFailed in strict mode when any row is bad
    (nothing written)."""
    with store.transaction():
        pending = write_file(store, path, format=format, strict=strict, options=options, rejects_dir=rejects_dir)
    return finish_file(pending)


def ingest_files_atomically(
    store: Store,
    paths: list[Path],
    *,
    format: str | None = None,
    options: dict[str, Any] | None = None,
    rejects_dir: Path | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> list[IngestResult]:
    """``--strict`` over several files: one transaction, so any bad row or file writes nothing of any."""
    with store.transaction():
        pending = []
        for path in paths:
            if on_file:
                on_file(path)
            pending.append(write_file(store, path, format=format, strict=True, options=options,
                                      rejects_dir=rejects_dir))
    return [finish_file(item) for item in pending]


@dataclass
class PendingFile:
    """A file written inside a transaction that is not committed yet, and what to do once it is."""

    result: IngestResult
    staged: Staged
    rejects_target: Path


def write_file(
    store: Store,
    path: Path,
    *,
    format: str | None = None,
    strict: bool = False,
    options: dict[str, Any] | None = None,
    rejects_dir: Path | None = None,
) -> PendingFile:
    """Stage and write one file inside the caller's transaction; files on disk are left to finish_file."""
    _check_readable(path)
    fmt = format or detect(path)
    if fmt not in ADAPTERS:
        raise UserError(f"unknown format '{fmt}'", hint=f"choose one of: {', '.join(sorted(ADAPTERS))}")
    adapter = ADAPTERS[fmt]
    rejects_target = rejects_path(path, rejects_dir)
    con = store.con
    staged: Staged = adapter.stage(con, path, "_ingest_stage", dict(options or {}))
    try:
        if staged.rejects and strict:
            raise ValidationFailed(
                str(path), staged.rejects, hint="fix these rows, or ingest without --strict to skip them"
            )
        if staged.rejects and not os.access(rejects_target.parent, os.W_OK):
            raise UserError(
                f"{path}: {len(staged.rejects)} rows were rejected but {rejects_target.parent} is not "
                "writable for the rejects file",
                hint="pass --rejects-dir to a writable folder, or --strict",
            )
        written = write_report_rows(con, staged.relation, unique_ids=staged.unique_ids)
        digest = file_sha256(path)
        seen = con.execute(
            "SELECT count(*) FROM ingests WHERE input_sha256 = ? AND format = ?", [digest, fmt]
        ).fetchone()
        ingest_id = _log_ingest(con, path, digest, fmt, staged, written.inserted, written.unchanged) \
            if written.inserted or not (seen and seen[0]) else None
    finally:
        drop_relation(con, staged.relation)
        if staged.release is not None:
            staged.release()
    result = IngestResult(
        file=str(path), format=fmt, rows_read=staged.rows_read, ingested=written.inserted,
        unchanged=written.unchanged, rejected=len(staged.rejects), rejects=staged.rejects, notes=staged.notes,
        items=staged.items, ingest_id=ingest_id,
    )
    accounted = result.ingested + result.unchanged + result.rejected
    if accounted != result.rows_read:
        # every row is ingested, unchanged or rejected; anything else is a bug worth stopping for
        raise InputError(
            f"row accounting mismatch: read {result.rows_read}, accounted {accounted}", Where(str(path))
        )
    return PendingFile(result, staged, rejects_target)


def _log_ingest(con: duckdb.DuckDBPyConnection, path: Path, digest: str, fmt: str, staged: Staged, inserted: int,
                unchanged: int) -> int:
    """One row of the ingest log (and, for posts and articles, one row per item skipped); returns its id."""
    items = staged.items
    if items is not None and items.read != items.with_reports + len(items.skipped):
        # every post or article gave reports or was skipped; anything else is a bug worth stopping for
        raise InputError(f"post accounting mismatch: read {items.read}, with reports {items.with_reports}, "
                         f"skipped {len(items.skipped)}", Where(str(path)))
    row = con.execute("SELECT coalesce(max(id), 0) + 1 FROM ingests").fetchone()
    ingest_id = int(row[0]) if row else 1
    if items is not None and items.skipped:
        staged.notes.append(f"logged as ingest {ingest_id}: `trucewatch ingests show {ingest_id}` lists each of "
                            f"the {len(items.skipped)} skipped with its line and reason")
    con.execute(
        "INSERT INTO ingests (id, input_file, input_sha256, format, rows_read, rows_ingested, rows_unchanged, "
        "rows_rejected, recorded_at, items_read, items_with_reports, items_skipped, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [ingest_id, str(path), digest, fmt, staged.rows_read, inserted, unchanged, len(staged.rejects),
         datetime.now(UTC).replace(tzinfo=None), items.read if items else None,
         items.with_reports if items else None, len(items.skipped) if items else None, list(staged.notes)],
    )
    if items is not None and items.skipped:
        insert_rows(con, "ingest_skipped", ("ingest_id", "item", "line", "reason"),
                    [[ingest_id, each.item, each.line, each.reason] for each in items.skipped])
    return ingest_id


def finish_file(pending: PendingFile) -> IngestResult:
    """After the commit: write the rejects file, or remove a stale one from an earlier run."""
    result = pending.result
    if pending.staged.rejects:
        _write_rejects(pending.rejects_target, pending.staged)
        result.rejects_file = str(pending.rejects_target)
    elif pending.rejects_target.exists():
        pending.rejects_target.unlink()  # a stale rejects file from an earlier run would mislead
    return result


class NothingIngested(UserError):
    """Every file of a multi-file ingest was refused; lists each one's error."""

    def __init__(self, errors: list[TrucewatchError]) -> None:
        self.errors = errors
        listed = "\n".join(f"  - [{error.code}] {error}".replace("\n", "\n    ") for error in errors)
        super().__init__(f"none of the {len(errors)} files was ingested (nothing written):\n{listed}")


def refused(path: Path, format: str | None, error: TrucewatchError) -> IngestResult:
    """The result for a file that was refused as a whole (nothing of it written)."""
    return IngestResult(file=str(path), format=format or "", rows_read=0, ingested=0, unchanged=0, rejected=0,
                        error=error)


def _write_rejects(target: Path, staged: Staged) -> None:
    """Write the rejects file atomically (temp file + rename), so it is never half-written."""
    records = []
    for problem in staged.rejects:
        line = problem.where.line
        record = {
            "line": line,
            "field": problem.where.field,
            "reason": problem.message,
            "raw": staged.reject_lines.get(line) if line is not None else None,
        }
        records.append(json.dumps(record, ensure_ascii=False) + "\n")
    write_text_atomically(target, "".join(records))
