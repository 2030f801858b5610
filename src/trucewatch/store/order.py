"""DuckDB's ``preserve_insertion_order`` for one block of statements."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager

import duckdb


@contextmanager
def insertion_order(con: duckdb.DuckDBPyConnection, *, preserved: bool) -> Iterator[None]:
    """Run statements with DuckDB's ``preserve_insertion_order`` set; the connection's setting is restored.

    Reading a file needs it on (row positions are file order). Writing reports does not: every row carries
    its id and line, and without the need to keep order DuckDB writes on every core.
    """
    previous = con.execute("SELECT current_setting('preserve_insertion_order')").fetchone()
    con.execute(f"SET preserve_insertion_order = {'true' if preserved else 'false'}")
    try:
        yield
    finally:
        restore = "true" if not previous or previous[0] in (True, "true") else "false"
        con.execute(f"SET preserve_insertion_order = {restore}")


def any_row_order(con: duckdb.DuckDBPyConnection) -> AbstractContextManager[None]:
    """Statements whose results may be written in any order (see :func:`insertion_order`)."""
    return insertion_order(con, preserved=False)


def small_inserts(con: duckdb.DuckDBPyConnection) -> AbstractContextManager[None]:
    """Many INSERT statements of a few rows each in one transaction. With insertion order off, DuckDB gives
    every INSERT its own row group in the transaction's local storage, about 1 MB of memory per statement for
    a wide table (3,000 one-row inserts filled a 1 GB limit); with it on, rows of successive statements share
    one."""
    return insertion_order(con, preserved=True)
