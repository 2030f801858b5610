"""The contract every input adapter follows.

An adapter *stages* a file: it reads it into a temporary DuckDB table or view that holds at least the columns
``trucewatch.store.reports.REPORT_COLUMNS`` (one row per report, good rows only; extra working columns such
as ``_line`` are ignored by the writer) and returns which rows it rejected and why. The ingest driver then
writes the staged rows in one transaction (or, with --strict, aborts on any reject) and writes the rejects
file. Adapters never write to ``reports`` themselves.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import duckdb

from trucewatch.errors import Problem


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """A post or article that gave no report, and why (not a reject: nothing is wrong with it)."""

    item: str
    reason: str
    line: int | None = None


@dataclass
class ItemAccounting:
    """For formats whose inputs are posts or articles rather than report rows (telegram, posts, text): every
    item read gave reports or was skipped with its reason. The driver checks the sum and logs both."""

    read: int
    with_reports: int
    skipped: list[SkippedItem] = field(default_factory=list)


@dataclass
class Staged:
    """What an adapter staged: a relation name with REPORT_COLUMNS, counts and rejected rows."""

    relation: str
    rows_read: int
    rejects: list[Problem] = field(default_factory=list)
    # raw text of each rejected row by line number, so the rejects file can hold the original rows
    reject_lines: dict[int, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)  # e.g. "312 regional rows overlap national rows"
    # drops what ``relation`` still reads (when it is a view over working tables); the driver calls it once
    # the rows are written or the write failed
    release: Callable[[], None] | None = None
    # the adapter already rejected every repeated id (the writer then skips its own check)
    unique_ids: bool = False
    items: ItemAccounting | None = None  # posts or articles read, for formats that read them


class Adapter(Protocol):
    name: str

    def sniff(self, path: Path, head: str) -> bool:
        """True if the first bytes of a file (decoded) look like this format."""
        ...

    def stage(
        self, con: duckdb.DuckDBPyConnection, path: Path, relation: str, options: dict[str, Any]
    ) -> Staged:
        """Read ``path`` into a temporary table or view ``relation`` with REPORT_COLUMNS; collect per-row
        rejects."""
        ...
