"""Reading delimited files into DuckDB, set-based, with every bad row accounted for.

Shared by the structured adapters (ACLED, UCDP, air-force data, generic CSV). A file is read once by
DuckDB's CSV reader as text columns; rows the reader itself cannot parse (wrong number of columns, invalid
UTF-8, over-long lines) come back from its rejects table. Each row keeps the physical line number where it
starts in the file (the header is line 1), also when quoted fields span several lines, so that every
message and every rejects-file entry points at the right line.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from trucewatch.errors import InputError, Problem, Where
from trucewatch.store.bulk import insert_rows
from trucewatch.store.order import insertion_order

# Rows longer than this are rejected by the reader (a field this large is not an event record).
MAX_LINE_BYTES = 1 << 20
DELIMITERS: tuple[str, ...] = (",", ";", "\t", "|")
_HEAD_BYTES = 1 << 16


@dataclass
class RawTable:
    """A file read into TEMP TABLE ``table``: text columns plus ``_line`` (physical start line)."""

    table: str
    columns: list[str]
    rows_read: int  # data rows in the file: good ones plus those the reader rejected
    rejects: list[Problem] = field(default_factory=list)
    reject_lines: dict[int, str] = field(default_factory=dict)


def read_head(path: Path, n_bytes: int = _HEAD_BYTES) -> str:
    """The first bytes of a file decoded as UTF-8 (a BOM removed); InputError if it is not UTF-8."""
    try:
        with path.open("rb") as handle:
            raw = handle.read(n_bytes)
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", Where(str(path))) from exc
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8):]
    # a multi-byte character may be cut at the end of the sample: decode incrementally
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        return decoder.decode(raw, final=len(raw) < n_bytes)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        guess = _guess_encoding(raw)
        raise InputError(
            f"file is not UTF-8 (invalid byte 0x{raw[exc.start]:02x}{guess})",
            Where(str(path), line),
            hint="convert it first, e.g. iconv -f CP1251 -t UTF-8 FILE > FILE.utf8.csv",
        ) from exc


def _guess_encoding(raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "; it looks like UTF-16"
    try:
        raw.decode("cp1251")
    except UnicodeDecodeError:
        return ""
    return "; it may be Windows-1251 or Latin-1"


def header_fields(head: str) -> tuple[list[str], str]:
    """Column names of the first line and the delimiter that splits it best."""
    first = head.splitlines()[0] if head else ""
    best = max(DELIMITERS, key=first.count)
    if first.count(best) == 0:
        best = ","
    return [name.strip().strip('"').strip() for name in first.split(best)], best


def check_header(path: Path, head: str, required: Iterable[str], fmt: str) -> tuple[list[str], str]:
    """The header and delimiter; InputError naming every missing required column."""
    columns, delimiter = header_fields(head)
    lowered = {c.lower() for c in columns}
    missing = [c for c in required if c.lower() not in lowered]
    if missing:
        shown = ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        seen = ", ".join(columns[:6]) + (" …" if len(columns) > 6 else "")
        raise InputError(
            f"not a {fmt} file: missing required column(s) {shown} (header has: {seen})",
            Where(str(path), 1),
            hint=f"check the delimiter and the header row, or choose another --format than '{fmt}'",
        )
    return columns, delimiter


def blank_to_null_sql(expr: str) -> str:
    """SQL for ``expr`` without surrounding spaces, NULL when empty: ``nullif(trim(expr), '')``, but trimming
    (which copies the string) only values that start or end with a space, which few do."""
    return (f"CASE WHEN starts_with({expr}, ' ') OR ends_with({expr}, ' ') THEN nullif(trim({expr}), '') "
            f"ELSE nullif({expr}, '') END")


def sql_str(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def read_table(
    con: duckdb.DuckDBPyConnection, path: Path, table: str, columns: Sequence[str], delimiter: str,
    keep: Sequence[str] | None = None,
) -> RawTable:
    """Read ``path`` into ``table`` (all text) with ``_line``; collect the reader's rejects.

    ``columns`` is the file's header; ``keep`` the columns the adapter uses (default: all). Only those are
    copied out of the reader, which saves most of the cost of reading a wide file.
    """
    rejects_table = f"{table}_reader_rejects"
    scan_table = f"{table}_reader_scans"
    kept = [c for c in columns if keep is None or c in set(keep)] or list(columns[:1])
    con.execute(f"DROP TABLE IF EXISTS {rejects_table}")
    con.execute(f"DROP TABLE IF EXISTS {scan_table}")
    col_types = "{" + ", ".join(f"{sql_str(c)}: 'VARCHAR'" for c in columns) + "}"
    reader = (
        f"read_csv({sql_str(str(path))}, header = true, delim = {sql_str(delimiter)}, quote = '\"', "
        f"escape = '\"', columns = {col_types}, auto_detect = false, strict_mode = true, "
        f"null_padding = false, ignore_errors = true, store_rejects = true, "
        f"rejects_table = {sql_str(rejects_table)}, rejects_scan = {sql_str(scan_table)}, "
        f"max_line_size = {MAX_LINE_BYTES}, encoding = 'utf-8')"
    )
    # count the file's physical lines on a second thread while DuckDB reads it (DuckDB releases the GIL)
    with ThreadPoolExecutor(max_workers=1) as pool:
        counting = pool.submit(_count_lines, path)
        n_good = _copy_rows(con, path, f"{table}_read", reader, kept)
        physical = counting.result()
    rejected = con.execute(
        f"SELECT line, error_type, column_name, error_message, csv_line FROM {rejects_table} "
        "ORDER BY line"
    ).fetchall()
    # one reader error per row is enough for the user; keep the first per line
    by_line: dict[int, tuple[str, str | None, str, str]] = {}
    for line, error_type, column, message, csv_line in rejected:
        by_line.setdefault(int(line), (str(error_type), column, str(message), str(csv_line or "")))
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table}_rej (record BIGINT, nl BIGINT, good_before BIGINT)"
    )
    if by_line:
        insert_rows(con, f"{table}_rej", ("record", "nl", "good_before"),
                    [(line, text.count("\n"), 0) for line, (_, _, _, text) in sorted(by_line.items())])
        # the reader counts records (header = 1): good rows before a reject = its record - 2 - rank
        con.execute(
            f"UPDATE {table}_rej SET good_before = r.gb FROM (SELECT record, record - 2 - "
            f"(row_number() OVER (ORDER BY record) - 1) AS gb FROM {table}_rej) r "
            f"WHERE {table}_rej.record = r.record"
        )
    embedded = physical - 1 - n_good - len(by_line)
    if embedded > 0 and len(kept) < len(columns):
        # a quoted field spans lines: every column's newlines move the later rows down, so read them all
        kept = list(columns)
        n_good = _copy_rows(con, path, f"{table}_read", reader, kept)
    _number_lines(con, table, kept, has_rejects=bool(by_line), embedded_newlines=embedded > 0)
    record_to_line = (
        dict(con.execute(f"SELECT record, line FROM {table}_rej_lines").fetchall()) if by_line else {}
    )
    problems: list[Problem] = []
    lines: dict[int, str] = {}
    for record, (error_type, column, message, text) in sorted(by_line.items()):
        line = int(record_to_line.get(record, record))
        problems.append(Problem(Where(str(path), line, column), _reader_reason(error_type, message)))
        lines[line] = text
    for name in (f"{table}_rej_lines", rejects_table, scan_table):
        con.execute(f"DROP TABLE IF EXISTS {name}")
    return RawTable(table, list(kept), n_good + len(by_line), problems, lines)


def _copy_rows(
    con: duckdb.DuckDBPyConnection, path: Path, target: str, reader: str, kept: Sequence[str]
) -> int:
    """Read the reader's rows, in file order, into an Arrow table registered as ``target``; its row count.

    Ingest runs inside one transaction, and DuckDB scans a table created in an open transaction on a
    single thread; an Arrow table registered on the connection is scanned on every core. Row positions
    come with it as ``_k`` (0-based, in file order), so no window over the reader is needed either.
    """
    try:
        with insertion_order(con, preserved=True):
            rows = con.sql(f"SELECT {', '.join(ident(c) for c in kept)} FROM {reader}").fetch_arrow_table()
    except duckdb.Error as exc:
        raise InputError(f"cannot read as delimited text: {_first_line(exc)}", Where(str(path))) from exc
    rows = rows.append_column("_k", pa.array(range(rows.num_rows), pa.int64()))
    _unregister(con, target)
    con.register(target, rows)
    return int(rows.num_rows)


def _unregister(con: duckdb.DuckDBPyConnection, name: str) -> None:
    with suppress(duckdb.Error):  # nothing registered under that name
        con.unregister(name)


def _position_sql(alias: str) -> str:
    """SQL for a row's 0-based position among the rows the reader accepted."""
    return f"{alias}._k"


def _number_lines(
    con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], *, has_rejects: bool,
    embedded_newlines: bool,
) -> None:
    """Create ``table`` from ``{table}_read`` with ``_line``, the physical line where each row starts."""
    select_cols = ", ".join(ident(c) for c in columns)
    ranked = f"{table}_read"
    position = _position_sql("g")  # position among good rows, in file order
    if has_rejects:
        # the reader's rejected records before a good row push it down by one record each: an ASOF join
        # finds how many were rejected before it (rejects are few, so this table is small)
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table}_rej_before AS SELECT good_before, "
            f"sum(count(*)) OVER (ORDER BY good_before) AS n FROM {table}_rej GROUP BY good_before"
        )
        source = (f"{ranked} g ASOF LEFT JOIN {table}_rej_before rb ON {position} >= rb.good_before")
        record = f"({position} + 2 + coalesce(rb.n, 0))"
    else:
        source = f"{ranked} g"
        record = f"({position} + 2)"
    if not embedded_newlines:
        # a view: the adapter's transform reads the rows once, so there is no need to copy them here
        con.execute(
            f"CREATE OR REPLACE TEMP VIEW {table} AS SELECT {', '.join('g.' + ident(c) for c in columns)}, "
            f"{record}::BIGINT AS _line FROM {source}"
        )
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table}_rej_lines AS SELECT record, record AS line "
                    f"FROM {table}_rej")
        return
    # Quoted fields with newlines: a record starts after every newline inside the records before it.
    newlines = " + ".join(
        f"coalesce(length(g.{ident(c)}) - length(replace(g.{ident(c)}, chr(10), '')), 0)" for c in columns
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table}_numbered AS "
        f"SELECT {', '.join('g.' + ident(c) for c in columns)}, {record}::BIGINT AS _record, {newlines} AS _nl "
        f"FROM {source}"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table}_offsets AS "
        f"SELECT record, record + coalesce(sum(nl) OVER (ORDER BY record ROWS BETWEEN "
        f"UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS line, is_good FROM ("
        f"SELECT _record AS record, _nl AS nl, true AS is_good FROM {table}_numbered "
        f"UNION ALL SELECT record, nl, false FROM {table}_rej)"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT {select_cols}, o.line AS _line "
        f"FROM {table}_numbered g JOIN {table}_offsets o ON o.is_good AND o.record = g._record "
        "ORDER BY g._record"
    )
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {table}_rej_lines AS SELECT record, line FROM {table}_offsets "
        "WHERE NOT is_good"
    )
    con.execute(f"DROP TABLE IF EXISTS {table}_numbered")
    con.execute(f"DROP TABLE IF EXISTS {table}_offsets")


def drop_raw(con: duckdb.DuckDBPyConnection, raw: RawTable) -> None:
    """Drop what :func:`read_table` created (call once the adapter has transformed the rows)."""
    _unregister(con, f"{raw.table}_read")  # first: it frees the rows, and needs no SQL to succeed
    drop_relation(con, raw.table)
    for name in (f"{raw.table}_rej", f"{raw.table}_rej_before"):
        con.execute(f"DROP TABLE IF EXISTS {name}")


def drop_relation(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop a temporary table or view of that name, whichever it is."""
    kinds = con.execute(
        "SELECT 'VIEW' FROM duckdb_views() WHERE view_name = ? AND temporary "
        "UNION ALL SELECT 'TABLE' FROM duckdb_tables() WHERE table_name = ? AND temporary", [name, name]
    ).fetchall()
    for (kind,) in kinds:
        con.execute(f"DROP {kind} IF EXISTS {name}")


def _reader_reason(error_type: str, message: str) -> str:
    kind = error_type.upper()
    if kind == "LINE SIZE OVER MAXIMUM":
        return f"row is longer than {MAX_LINE_BYTES // 1024} KiB (a field this large is not an event record)"
    if kind == "INVALID UNICODE":
        return "row is not valid UTF-8"
    if kind == "UNQUOTED VALUE":
        return "malformed quoting"
    if kind in ("MISSING COLUMNS", "TOO MANY COLUMNS"):
        return f"wrong number of fields ({message.strip()}); check the delimiter and quoting"
    return f"{kind.lower()}: {message.strip()}"


def _count_lines(path: Path) -> int:
    """Physical lines in a file (a last line without a newline counts)."""
    count = 0
    last = b"\n"
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 24):
            count += chunk.count(b"\n")
            last = chunk[-1:]
    return count + (0 if last == b"\n" else 1)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def split_rejects(
    con: duckdb.DuckDBPyConnection, parsed: str, relation: str, path: Path, columns: Sequence[str]
) -> tuple[list[Problem], list[int]]:
    """Move the good rows of ``parsed`` into ``relation`` (``columns`` only); return the bad rows.

    ``parsed`` has ``_line``, ``_reason`` (NULL when the row is good) and ``_field``.
    """
    cols = ", ".join(columns)
    # no ORDER BY: every row carries its line, and the order of a staged table means nothing
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {relation} AS SELECT {cols} FROM {parsed} WHERE _reason IS NULL"
    )
    bad = con.execute(
        f"SELECT _line, _reason, _field FROM {parsed} WHERE _reason IS NOT NULL ORDER BY _line"
    ).fetchall()
    problems = [Problem(Where(str(path), int(line), fld), str(reason)) for line, reason, fld in bad]
    return problems, [int(line) for line, _, _ in bad]


def view_rejects(con: duckdb.DuckDBPyConnection, view: str, path: Path) -> tuple[list[Problem], list[int]]:
    """The bad rows of ``view`` (with ``_line``, ``_reason``, ``_field``) and their lines, read in one pass
    that evaluates only the checks (DuckDB leaves the view's other columns uncomputed)."""
    bad = con.execute(
        f"SELECT _line, _reason, _field FROM {view} WHERE _reason IS NOT NULL ORDER BY _line"
    ).fetchall()
    problems = [Problem(Where(str(path), int(line), fld), str(reason)) for line, reason, fld in bad]
    return problems, [int(line) for line, _, _ in bad]


def raw_lines(path: Path, wanted: Iterable[int]) -> dict[int, str]:
    """The text of the given physical lines (1-based), read in one pass that stops at the last one."""
    targets = sorted(set(wanted))
    if not targets:
        return {}
    found: dict[int, str] = {}
    position = 0
    with path.open("r", encoding="utf-8", errors="replace", newline="") as handle:
        for number, text in enumerate(handle, start=1):
            if number == targets[position]:
                found[number] = text.rstrip("\r\n")
                position += 1
                if position == len(targets):
                    break
    return found
