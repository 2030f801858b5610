"""The ingest driver: pick an adapter, stage a file, write it in one transaction, account for every row.

Default mode: good rows go in, bad rows go to a rejects file next to the input (``NAME.rejects.jsonl``, one
JSON object per rejected row with its line, field, reason and original text). ``strict``: any bad row aborts
and nothing is written. Ingesting the same file again is a no-op.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trucewatch.errors import InputError, Problem, UserError, ValidationFailed, Where
from trucewatch.files import write_text_atomically
from trucewatch.ingest.base import Staged
from trucewatch.ingest.sniff import ADAPTERS, detect
from trucewatch.ingest.tabular import drop_relation
from trucewatch.store import Store
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

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
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
    """Ingest one file. Raises ValidationFailed in strict mode when any row is bad (nothing written)."""
    _check_readable(path)
    fmt = format or detect(path)
    if fmt not in ADAPTERS:
        raise UserError(f"unknown format '{fmt}'", hint=f"choose one of: {', '.join(sorted(ADAPTERS))}")
    adapter = ADAPTERS[fmt]
    rejects_target = rejects_path(path, rejects_dir)
    con = store.con
    with store.transaction():
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
            if written.inserted or not (seen and seen[0]):
                con.execute(
                    "INSERT INTO ingests VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [str(path), digest, fmt, staged.rows_read, written.inserted, written.unchanged,
                     len(staged.rejects), datetime.now(UTC).replace(tzinfo=None)],
                )
        finally:
            drop_relation(con, staged.relation)
            if staged.release is not None:
                staged.release()
    result = IngestResult(
        file=str(path), format=fmt, rows_read=staged.rows_read, ingested=written.inserted,
        unchanged=written.unchanged, rejected=len(staged.rejects), rejects=staged.rejects, notes=staged.notes,
    )
    if staged.rejects:
        _write_rejects(rejects_target, staged)
        result.rejects_file = str(rejects_target)
    elif rejects_target.exists():
        rejects_target.unlink()  # a stale rejects file from an earlier run would mislead
    accounted = result.ingested + result.unchanged + result.rejected
    if accounted != result.rows_read:
        # every row is ingested, unchanged or rejected; anything else is a bug worth stopping for
        raise InputError(
            f"row accounting mismatch: read {result.rows_read}, accounted {accounted}", Where(str(path))
        )
    return result


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
