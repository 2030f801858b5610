"""The ingest log: one entry per file written, with its rows, and for posts and articles (telegram, posts,
text) how many were read, how many gave reports and each one skipped with its reason."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from trucewatch.api.values import iso
from trucewatch.errors import NotFound, StoreError
from trucewatch.store import Store

LOG_COLUMNS = ("id", "input_file", "format", "recorded_at", "rows_read", "rows_ingested", "rows_unchanged",
               "rows_rejected", "items_read", "items_with_reports", "items_skipped")
_ITEMS_SINCE = 22  # the schema version from which the log counts posts and articles


def _open(db: str | Path) -> Store:
    store = Store(db, read_only=True)
    version = store.schema_version()
    if version < _ITEMS_SINCE:
        store.close()
        raise StoreError(f"store {db} has schema version {version}: its ingest log does not count posts and "
                         "articles yet", hint="run `trucewatch init` to upgrade the store")
    return store


def _entry(row: tuple[Any, ...]) -> dict[str, Any]:
    entry = dict(zip(LOG_COLUMNS, row, strict=True))
    entry["recorded_at"] = iso(entry["recorded_at"])
    return entry


def ingests(db: str | Path, *, file: str | None = None) -> list[dict[str, Any]]:
    """Every entry of the ingest log, oldest first (``file``: only those of that input file)."""
    with _open(db) as store:
        rows = store.con.execute(
            f"SELECT {', '.join(LOG_COLUMNS)} FROM ingests WHERE ? IS NULL OR input_file = ? ORDER BY id",
            [file, file]).fetchall()
    return [_entry(row) for row in rows]


def ingest_entry(db: str | Path, ingest_id: int) -> dict[str, Any]:
    """One entry of the ingest log with its notes and every post or article it skipped, with the reason."""
    with _open(db) as store:
        row = store.con.execute(f"SELECT {', '.join(LOG_COLUMNS)}, notes FROM ingests WHERE id = ?",
                                [ingest_id]).fetchone()
        if row is None:
            raise NotFound(f"no ingest {ingest_id}", hint="`trucewatch ingests` lists them")
        skipped = store.con.execute(
            "SELECT item, line, reason FROM ingest_skipped WHERE ingest_id = ? ORDER BY line NULLS LAST, item",
            [ingest_id]).fetchall()
    entry = _entry(row[:-1])
    entry["notes"] = list(row[-1] or [])
    entry["skipped_by_reason"] = dict(Counter(reason for _, _, reason in skipped).most_common())
    entry["skipped"] = [{"item": item, "line": line, "reason": reason} for item, line, reason in skipped]
    return entry
