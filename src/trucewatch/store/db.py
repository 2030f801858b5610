"""Opening the DuckDB store, applying migrations, and transactions."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from trucewatch.errors import StoreError
from trucewatch.store.schema import MIGRATIONS, SCHEMA_VERSION

DEFAULT_DB = "trucewatch.duckdb"
ENV_DB = "TRUCEWATCH_DB"


def default_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


class Store:
    """One DuckDB file. Use as a context manager so the connection is always closed."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True) -> None:
        self.path = Path(path)
        if not create and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}",
                hint="run 'trucewatch init' first, or pass --db / set TRUCEWATCH_DB to an existing store",
            )
        if not self.path.parent.exists():
            raise StoreError(f"folder {self.path.parent} does not exist (store path {self.path})")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as exc:
            holder = _lock_holder(str(exc))
            if holder is not None:
                raise StoreError(
                    f"the store {self.path} is in use by another process: {holder}. DuckDB lets only one "
                    "process open a store while any process writes to it",
                    hint="stop that process (Ctrl-C where 'trucewatch serve' runs) and run this again, then "
                         "restart it; or work on a copy of the store",
                ) from exc
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        self.con.execute("SET TimeZone = 'UTC'") if _has_icu(self.con) else None
        if not read_only:
            self.migrate()
        else:
            self._check_version()

    # -- lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    # -- schema
    def schema_version(self) -> int:
        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            return 0
        return int(row[0]) if row else 0

    def _check_version(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"store {self.path} has schema version {version}, newer than this trucewatch "
                f"understands ({SCHEMA_VERSION})",
                hint="upgrade trucewatch",
            )

    def migrate(self) -> None:
        self._check_version()
        current = self.schema_version()
        for version, ddl in sorted(MIGRATIONS):
            if version <= current:
                continue
            with self.transaction():
                self.con.execute(ddl)
                self.con.execute(
                    "INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(version)]
                )

    # -- transactions
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: an exception rolls every write back."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self.con
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")


_LOCK_HOLDER = re.compile(r"Conflicting lock is held in (?P<program>.+?) \(PID (?P<pid>\d+)\)")


def _lock_holder(message: str) -> str | None:
    """``PID 123 (trucewatch serve --db x.duckdb)`` from DuckDB's lock-conflict message; None for others."""
    match = _LOCK_HOLDER.search(message)
    if match is None:
        return None if "lock" not in message.lower() else "another program"
    pid = match.group("pid")
    try:  # the command line names the holder better than the interpreter path DuckDB gives
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            argv = [part.decode("utf-8", "replace") for part in handle.read().split(b"\0") if part]
    except OSError:
        argv = []
    if len(argv) > 1 and Path(argv[1]).name == "trucewatch":
        argv = ["trucewatch", *argv[2:]]
    command = " ".join(argv[:8]) if argv else match.group("program")
    return f"PID {pid} ({command})"


def _has_icu(con: duckdb.DuckDBPyConnection) -> bool:
    try:
        con.execute("SELECT current_setting('TimeZone')")
    except duckdb.Error:
        return False
    return True
