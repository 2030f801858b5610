"""Opening the DuckDB store, applying migrations, and transactions."""

from __future__ import annotations

import contextlib
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
ENV_MEMORY_LIMIT = "TRUCEWATCH_MEMORY_LIMIT"
ENV_TEMP_DIR = "TRUCEWATCH_TEMP_DIR"
# DuckDB's own default is 80 % of the machine's memory, and it never spills before the machine runs out; the
# store's default is half the memory, at most this much, so every stage spills to the temp directory instead.
MEMORY_CAP_MB = 1024
# the memory limit set for a moment by Store.release_cache
RELEASE_TO = "64MB"
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB|KIB|MIB|GIB|TIB)\s*$", re.IGNORECASE)


def default_memory_limit() -> str:
    """Half the machine's memory, at most ``MEMORY_CAP_MB``."""
    try:
        total_mb = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        total_mb = 2 * MEMORY_CAP_MB
    return f"{max(64, min(total_mb // 2, MEMORY_CAP_MB))}MB"


def memory_limit_setting(value: str | None = None) -> str:
    """The memory limit to use: ``value``, else $TRUCEWATCH_MEMORY_LIMIT, else the default; checked."""
    chosen = value or os.environ.get(ENV_MEMORY_LIMIT) or default_memory_limit()
    match = _SIZE.match(chosen)
    source = "--memory-limit" if value else (ENV_MEMORY_LIMIT if os.environ.get(ENV_MEMORY_LIMIT) else "default")
    if not match:
        raise StoreError(f"memory limit ({source}): '{chosen}' is not a size such as 512MB or 2GB")
    number, unit = float(match.group(1)), match.group(2).upper()
    factor = {"B": 1, "KB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12, "KIB": 1024, "MIB": 1024**2, "GIB": 1024**3,
              "TIB": 1024**4}[unit]
    if number * factor < 100e6:
        raise StoreError(f"memory limit ({source}): '{chosen}' is too small to work in (at least 100MB)")
    return f"{number:g}{unit}"


def default_path() -> Path:
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


# Stores this process both writes and serves (``serve --watch``): DuckDB refuses a read-only and a read-write
# connection to one file in one process, so while a path is here its read-only opens are read-write ones
# (the callers still only read).
_SHARED_WRITERS: set[str] = set()


@contextmanager
def readers_share_writer(path: str | Path) -> Iterator[None]:
    """While inside, read-only opens of the store at ``path`` in this process can run beside its writer."""
    key = str(Path(path).resolve())
    _SHARED_WRITERS.add(key)
    try:
        yield
    finally:
        _SHARED_WRITERS.discard(key)


class Store:
    """One DuckDB file. Use as a context manager so the connection is always closed."""

    def __init__(self, path: str | Path, *, read_only: bool = False, create: bool = True,
                 memory_limit: str | None = None) -> None:
        self.path = Path(path)
        self.memory_limit = memory_limit_setting(memory_limit)
        self.temp_directory = Path(os.environ.get(ENV_TEMP_DIR) or f"{self.path}.tmp")
        if not create and not self.path.exists():
            raise StoreError(
                f"no store at {self.path}",
                hint="run 'trucewatch init' first, or pass --db / set TRUCEWATCH_DB to an existing store",
            )
        if not self.path.parent.exists():
            raise StoreError(f"folder {self.path.parent} does not exist (store path {self.path})")
        shared = read_only and str(self.path.resolve()) in _SHARED_WRITERS
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only and not shared)
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
        # DuckDB's own progress bar would write into the output of every long command (JSON included)
        self.con.execute("SET enable_progress_bar = false")
        self.con.execute(f"SET memory_limit = '{self.memory_limit}'")
        # a store opened twice in one process shares one database: its temp directory is set once
        current = self.con.execute("SELECT current_setting('temp_directory')").fetchone()
        if not current or current[0] != str(self.temp_directory):
            # already in use by this database (an earlier open of it in this process): then it is kept
            with contextlib.suppress(duckdb.NotImplementedException):
                self.con.execute("SET temp_directory = ?", [str(self.temp_directory)])
        # order-preserving inserts would hold whole tables in memory; every query here orders what it reads
        self.con.execute("SET preserve_insertion_order = false")
        try:
            if not read_only:
                self.migrate()
            else:
                self._check_version(read_only=True)
        except BaseException:
            self.con.close()  # a store that cannot be used is not left open (nor its configuration held)
            raise

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

    def _check_version(self, *, read_only: bool = False) -> None:
        version = self.schema_version()
        if read_only and version == 0:
            raise StoreError(f"{self.path} is not a trucewatch store (it has no schema version)",
                             hint=f"create one with 'trucewatch init --db {self.path}', or name another file")
        if read_only and version < SCHEMA_VERSION:
            # a reader cannot upgrade it, and would meet tables and columns that are not there yet
            raise StoreError(
                f"store {self.path} has schema version {version}, older than this trucewatch's "
                f"({SCHEMA_VERSION}); it is upgraded when opened for writing",
                hint=f"run 'trucewatch init --db {self.path}' once (it upgrades the store in place and keeps "
                     "its data), then try again",
            )
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

    def release_cache(self) -> None:
        """Let DuckDB drop the blocks it keeps cached from earlier work (a bulk write leaves what it wrote in
        memory, up to the memory limit), before a step whose memory DuckDB does not count, such as loading
        the embedding model: the limit is lowered for a moment, which evicts them, then set back. Written
        blocks are only dropped from memory; what is still needed is read back from the file. Not while
        readers of this process share the writer's database (``readers_share_writer``, as ``serve --watch``
        does): the limit is the database's, and a reader's query must not run under the lowered one."""
        if str(self.path.resolve()) in _SHARED_WRITERS:
            return
        with contextlib.suppress(duckdb.Error):  # what cannot be evicted stays; the limit is restored below
            self.con.execute(f"SET memory_limit = '{RELEASE_TO}'")
        self.con.execute(f"SET memory_limit = '{self.memory_limit}'")

    def _resource_error(self, exc: duckdb.Error) -> StoreError:
        """The message for running out of memory or disk inside a transaction (rolled back)."""
        if isinstance(exc, duckdb.OutOfMemoryException):
            return StoreError(
                f"ran out of memory within the limit of {self.memory_limit} and nothing was written: {exc}",
                hint=f"raise the limit (--memory-limit or ${ENV_MEMORY_LIMIT}), or make room in the temp "
                     f"directory {self.temp_directory} (${ENV_TEMP_DIR}) so that work can spill to disk")
        return StoreError(
            f"could not write (disk full or not writable?) and nothing was written: {exc}",
            hint=f"free disk space for the store {self.path} and the temp directory {self.temp_directory} "
                 f"(${ENV_TEMP_DIR} moves it)")

    # -- transactions
    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """All or nothing: an exception rolls every write back."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            try:
                yield self.con
            except duckdb.Error as exc:
                # clean-up code on the way out may fail in the aborted transaction and hide the cause
                raise _cause(exc) from None
        except (duckdb.OutOfMemoryException, duckdb.IOException) as exc:
            self.con.execute("ROLLBACK")
            raise self._resource_error(exc) from exc
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")


def _cause(exc: BaseException) -> BaseException:
    """The out-of-memory or I/O error behind ``exc`` if there is one (``exc`` itself otherwise)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, duckdb.OutOfMemoryException | duckdb.IOException):
            return seen
        seen = seen.__context__
    return exc


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
