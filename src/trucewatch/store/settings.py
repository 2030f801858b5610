"""Settings the user chose for a store, kept in its ``meta`` table (key → text) so that every later command
uses them: a setting given once (``facilities link --max-km 80``) is not silently replaced by a default."""

from __future__ import annotations

import duckdb


def get_setting(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    row = con.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row else None


def set_setting(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    """Store ``value`` under ``key`` (inside the caller's transaction, if any)."""
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [key, value])
