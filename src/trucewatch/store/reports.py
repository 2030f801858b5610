"""Idempotent, set-based writes of reports.

Every ingest path (native JSON Lines, ACLED, UCDP, air-force data, text extraction) stages its rows in a
DuckDB relation with the columns of ``REPORT_COLUMNS`` and calls :func:`write_report_rows` inside a
transaction. Re-ingesting the same report changes nothing; a different report under an existing id is a
conflict and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from trucewatch.errors import InputError, Where

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


@dataclass(frozen=True)
class WriteResult:
    inserted: int
    unchanged: int


def content_hash_sql(alias: str = "s") -> str:
    fields = ", ".join(f"{c} := {alias}.{c}" for c in _CONTENT_COLUMNS)
    return f"md5(to_json(struct_pack({fields}))::VARCHAR)"


def write_report_rows(con: duckdb.DuckDBPyConnection, relation: str) -> WriteResult:
    """Insert the staged rows of ``relation`` into ``reports``; call inside a transaction.

    Raises InputError (naming file and line) when a staged id exists with different content, or when the
    staged relation itself repeats an id.
    """
    cols = ", ".join(REPORT_COLUMNS)
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE _staged AS SELECT {cols}, {content_hash_sql('s')} AS content_hash "
        f"FROM {relation} AS s"
    )
    try:
        dup = con.execute(
            "SELECT id, list(coalesce(input_file, '?') || ':' || coalesce(input_line::VARCHAR, '?') "
            "ORDER BY input_line) FROM _staged GROUP BY id HAVING count(*) > 1 ORDER BY id LIMIT 5"
        ).fetchall()
        if dup:
            report_id, places = dup[0]
            raise InputError(
                f"report id '{report_id}' appears more than once in the input (at {', '.join(places)})",
                _where(places[0]),
                hint="ids must be unique within a file",
            )
        conflict = con.execute(
            "SELECT s.id, s.input_file, s.input_line, r.input_file, r.input_line FROM _staged s "
            "JOIN reports r USING (id) WHERE r.content_hash <> s.content_hash ORDER BY s.input_line LIMIT 1"
        ).fetchone()
        if conflict:
            report_id, file, line, old_file, old_line = conflict
            raise InputError(
                f"report id '{report_id}' is already in the store with different content "
                f"(from {old_file}:{old_line})",
                Where(file, line, "id"),
                hint="give the new report its own id, or remove the old one first",
            )
        unchanged = con.execute(
            "SELECT count(*) FROM _staged s JOIN reports r USING (id)"
        ).fetchone()
        con.execute(
            f"INSERT INTO reports ({cols}, content_hash) SELECT {cols}, content_hash FROM _staged s "
            "WHERE NOT EXISTS (SELECT 1 FROM reports r WHERE r.id = s.id)"
        )
        total = con.execute("SELECT count(*) FROM _staged").fetchone()
    finally:
        con.execute("DROP TABLE IF EXISTS _staged")
    n_unchanged = int(unchanged[0]) if unchanged else 0
    n_total = int(total[0]) if total else 0
    return WriteResult(inserted=n_total - n_unchanged, unchanged=n_unchanged)


def _where(place: str) -> Where:
    file, _, line = place.rpartition(":")
    return Where(file or None, int(line) if line.isdigit() else None)
