"""Bulk inserts of Python rows through Arrow: one statement instead of one per row (``executemany`` pays a
large fixed cost per row in DuckDB's Python client)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb
import pyarrow as pa


def insert_rows(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    replace: bool = False,
) -> int:
    """Insert ``rows`` (sequences in ``columns`` order) into ``table``; returns the number of rows."""
    if not rows:
        return 0
    arrays = {name: [row[i] for row in rows] for i, name in enumerate(columns)}
    data = pa.table(arrays)
    view = f"_bulk_{table}"
    con.register(view, data)
    try:
        cols = ", ".join(columns)
        verb = "INSERT OR REPLACE" if replace else "INSERT"
        con.execute(f"{verb} INTO {table} ({cols}) SELECT {cols} FROM {view}")
    finally:
        con.unregister(view)
    return len(rows)
