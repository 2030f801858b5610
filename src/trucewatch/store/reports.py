"""Idempotent, set-based writes of reports.

Every ingest path (native JSON Lines, ACLED, UCDP, air-force data, text extraction) stages its rows in a
DuckDB relation with the columns of ``REPORT_COLUMNS`` and calls :func:`write_report_rows` inside a
transaction. Re-ingesting the same report changes nothing; a different report under an existing id is a
conflict and nothing is written.

The write is built for large files: the staged rows are read once to insert them, the content hash is
computed on the way in, and the store's existing reports are only consulted when some of the staged ids
are already there.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from trucewatch.errors import InputError, Where
from trucewatch.store.order import any_row_order

# The columns of ``reports`` that a staged relation must provide (content_hash is computed here).
REPORT_COLUMNS: tuple[str, ...] = (
    "id", "source_name", "source_url", "published_at", "source_kind", "aligned_with", "claimant",
    "stance", "actor", "occurred_start", "occurred_end", "tz", "location_name", "admin1", "admin1_code",
    "country", "lat", "lon", "precision_km", "target_category", "target_name", "target_description",
    "weapon", "outcome", "count", "aggregate", "relates_to", "text", "event", "killed", "injured",
    "format", "input_file", "input_line", "source_row_id", "provenance", "spans",
)

# What a report *is*: its identity for idempotency excludes where it was read from.
_CONTENT_COLUMNS: tuple[str, ...] = tuple(
    c for c in REPORT_COLUMNS
    if c not in ("id", "format", "input_file", "input_line", "source_row_id", "provenance", "spans")
)

# Content hashes written by this version start with this tag; older stores hold other hashes (see
# :func:`_same_content_sql`), which are recognised by recomputing, never by trusting the tag alone.
HASH_TAG = "h1:"


@dataclass(frozen=True)
class WriteResult:
    inserted: int
    unchanged: int


def _report_types(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    rows = con.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = 'reports' "
        "AND database_name = current_database() AND schema_name = 'main'"
    ).fetchall()
    return {str(name): str(kind) for name, kind in rows}


def content_hash_sql(alias: str = "s", types: dict[str, str] | None = None) -> str:
    """SQL for a report's content hash: DuckDB's 64-bit ``hash()`` over its content columns, as hex.

    Each column is cast to its type in ``reports`` first, so that a staged ``INTEGER`` and a stored
    ``BIGINT`` of the same value hash alike. ``hash()`` costs a fraction of md5 over a JSON rendering of
    the row (the earlier scheme); the hash only ever compares two versions of the *same* report id, so 64
    bits leave no practical room for a collision. DuckDB does not promise the same ``hash()`` across
    versions; a stored hash that differs is therefore confirmed by recomputing it from the stored row
    before a conflict is reported (:func:`_same_content_sql`).
    """
    def typed(column: str) -> str:
        kind = (types or {}).get(column)
        return f"{alias}.{column}::{kind}" if kind else f"{alias}.{column}"

    return f"'{HASH_TAG}' || lpad(to_hex(hash({', '.join(typed(c) for c in _CONTENT_COLUMNS)})), 16, '0')"


def _same_content_sql(types: dict[str, str]) -> str:
    """True when staged row ``m`` (with its hash ``m.h``) has the content of stored row ``r``."""
    return f"(m.h = r.content_hash OR m.h = {content_hash_sql('r', types)})"


def write_report_rows(con: duckdb.DuckDBPyConnection, relation: str, *, unique_ids: bool = False) -> WriteResult:
    """Insert the staged rows of ``relation`` into ``reports``; call inside a transaction.

    Raises InputError (naming file and line) when a staged id exists with different content, or when the
    staged relation itself repeats an id (``unique_ids``: the caller has already refused repeated ids, so
    that pass over the rows is skipped). ``relation`` may carry more columns than ``REPORT_COLUMNS``.
    """
    types = _report_types(con)
    cols = ", ".join(REPORT_COLUMNS)
    if not unique_ids:
        _refuse_repeated_ids(con, relation)
    matched = _match_existing(con, relation, types)
    try:
        skip = " WHERE s.id NOT IN (SELECT id FROM _tw_matched)" if matched else ""
        # rows carry their id and line, so their order in the table means nothing; without keeping it
        # DuckDB writes on every core and the commit has no second pass to make
        with any_row_order(con):
            inserted = con.execute(
                f"INSERT INTO reports ({cols}, content_hash) SELECT {', '.join('s.' + c for c in REPORT_COLUMNS)}, "
                f"{content_hash_sql('s', types)} FROM {relation} AS s{skip}"
            ).fetchone()
    finally:
        con.execute("DROP TABLE IF EXISTS _tw_matched")
    return WriteResult(inserted=int(inserted[0]) if inserted else 0, unchanged=matched)


def _refuse_repeated_ids(con: duckdb.DuckDBPyConnection, relation: str) -> None:
    """InputError when the staged rows repeat an id (one cheap aggregate; details only when there are)."""
    repeated = con.execute(
        f"SELECT id FROM {relation} GROUP BY id HAVING count(*) > 1 LIMIT 1"
    ).fetchone()
    if not repeated:
        return
    places = con.execute(
        f"SELECT list(coalesce(input_file, '?') || ':' || coalesce(input_line::VARCHAR, '?') "
        f"ORDER BY input_line) FROM {relation} WHERE id = ?", [repeated[0]]
    ).fetchone()
    listed: list[str] = list(places[0]) if places and places[0] else []
    raise InputError(
        f"report id '{repeated[0]}' appears more than once in the input (at {', '.join(listed)})",
        _where(listed[0] if listed else ""),
        hint="ids must be unique within a file",
    )


def _match_existing(con: duckdb.DuckDBPyConnection, relation: str, types: dict[str, str]) -> int:
    """Put the staged ids already in the store into TEMP TABLE _tw_matched; InputError on a conflict.

    Returns how many staged rows are already stored with the same content (they are left unchanged).
    An empty store needs no look at all.
    """
    stored = con.execute("SELECT count(*) FROM (SELECT 1 FROM reports LIMIT 1)").fetchone()
    if not stored or not stored[0]:
        return 0
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _tw_matched AS SELECT s.id, s.input_file, s.input_line, "
        f"{content_hash_sql('s', types)} AS h FROM {relation} AS s SEMI JOIN reports r ON r.id = s.id"
    )
    conflict = con.execute(
        f"SELECT m.id, m.input_file, m.input_line, r.input_file, r.input_line FROM _tw_matched m "
        f"JOIN reports r ON r.id = m.id WHERE NOT {_same_content_sql(types)} ORDER BY m.input_line LIMIT 1"
    ).fetchone()
    if conflict:
        con.execute("DROP TABLE IF EXISTS _tw_matched")
        report_id, file, line, old_file, old_line = conflict
        raise InputError(
            f"report id '{report_id}' is already in the store with different content "
            f"(from {old_file}{'' if old_line is None else f':{old_line}'})",
            Where(file, line, "id"),
            hint="give the new report its own id, or remove the old one first",
        )
    count = con.execute("SELECT count(*) FROM _tw_matched").fetchone()
    matched = int(count[0]) if count else 0
    if not matched:
        con.execute("DROP TABLE IF EXISTS _tw_matched")
    return matched


def _where(place: str) -> Where:
    file, _, line = place.rpartition(":")
    return Where(file or None, int(line) if line.isdigit() else None)
