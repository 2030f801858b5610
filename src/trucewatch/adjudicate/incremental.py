"""Incremental assessment: re-resolve and re-judge only what changed since the last assess.

What the last assess judged is kept: the reports' content (``assessed_reports``), the agreements' and
facilities' hashes (its ``runs`` row) and a hash of everything else resolution reads (``resolution_inputs``:
analysts' overrides, the source registry, the resolver and its settings). Then:

- the resolution inputs changed, or there is no record: everything is rebuilt (as ``assess --full``);
- reports were added, changed or removed: their incidents are rebuilt. The scope starts from the changed
  reports, the incidents they belonged to, the incidents that named a changed or removed report as their
  nearest unlinked report, and the incidents of every report a changed report could be compared with (a
  new candidate can change their grouping or the reason a report stayed alone); resolution then runs over
  the scope against every report it may be grouped with, and any group that reaches outside the scope
  pulls that incident in, until no group does. Incidents are connected components of pairwise links, so
  the incidents outside the scope are the ones a full rebuild would make, and those inside are rebuilt as
  a full rebuild would (a property test compares the two, byte for byte);
- facilities changed: candidate facilities are linked again for every report;
- agreements or facilities changed: every finding is judged again (cheap: judging is by signature);
  otherwise only the findings of rebuilt incidents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from trucewatch.adjudicate.evaluate import evaluate
from trucewatch.adjudicate.incidents import build_incidents
from trucewatch.resolve import ResolveSettings, drop_work_tables, load_registry

SCOPE = "_inc_scope"          # report ids to rebuild
OLD_INCIDENTS = "_inc_old"    # incidents they replace
MAX_ROUNDS = 20


@dataclass(frozen=True)
class Changes:
    added: int
    changed: int
    removed: int

    @property
    def any(self) -> bool:
        return bool(self.added or self.changed or self.removed)


def resolution_inputs(con: duckdb.DuckDBPyConnection, resolver: str, settings: ResolveSettings) -> str:
    """A hash of what resolution reads besides the reports."""
    digest = hashlib.sha256(f"{resolver}|{settings}".encode())
    for row in con.execute("SELECT * FROM incident_overrides ORDER BY id").fetchall():
        digest.update(repr(row).encode())
    for entry in load_registry():
        digest.update(repr(entry).encode())
    return digest.hexdigest()


def report_changes(con: duckdb.DuckDBPyConnection) -> Changes:
    """TEMP TABLE _inc_changed(id) (added or changed) and _inc_removed(id), against ``assessed_reports``."""
    con.execute("""CREATE OR REPLACE TEMP TABLE _inc_changed AS
                   SELECT r.id, a.id IS NULL AS added FROM reports r LEFT JOIN assessed_reports a USING (id)
                   WHERE a.id IS NULL OR a.content_hash <> r.content_hash""")
    con.execute("""CREATE OR REPLACE TEMP TABLE _inc_removed AS
                   SELECT a.id FROM assessed_reports a LEFT JOIN reports r USING (id) WHERE r.id IS NULL""")
    row = con.execute("""SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added),
                         (SELECT count(*) FROM _inc_removed) FROM _inc_changed""").fetchone()
    assert row is not None
    return Changes(int(row[0]), int(row[1]), int(row[2]))


def record_reports(con: duckdb.DuckDBPyConnection, *, changes_only: bool = False) -> None:
    """Remember the reports this assess judged: all of them, or (``changes_only``, after ``report_changes``)
    just what changed."""
    if changes_only:
        con.execute("DELETE FROM assessed_reports WHERE id IN (SELECT id FROM _inc_changed WHERE NOT added "
                    "UNION ALL SELECT id FROM _inc_removed)")
        con.execute("INSERT INTO assessed_reports SELECT r.id, r.content_hash FROM reports r "
                    "WHERE r.id IN (SELECT id FROM _inc_changed)")
        return
    con.execute("DELETE FROM assessed_reports")
    con.execute("INSERT INTO assessed_reports SELECT id, content_hash FROM reports")


def rebuild_changed(con: duckdb.DuckDBPyConnection, settings: ResolveSettings | None = None, *,
                    judge: bool = True, touched: Callable[[str | None], None] | None = None) -> tuple[int, int]:
    """Rebuild the incidents the changed reports can affect (``report_changes`` first) and, with ``judge``,
    judge them. ``touched`` is told which incidents' findings this may have changed (SQL of their ids; None:
    every incident). Returns (incidents rebuilt, findings written)."""
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {OLD_INCIDENTS} AS
        SELECT DISTINCT incident_id AS id FROM incident_reports
        WHERE report_id IN (SELECT id FROM _inc_changed UNION ALL SELECT id FROM _inc_removed)
        UNION
        SELECT id FROM incidents
        WHERE json_extract_string(grouping, '$.nearest_unlinked.report')
              IN (SELECT id FROM _inc_changed UNION ALL SELECT id FROM _inc_removed)
        UNION
        -- answers and what is answered: relates_to in either direction
        SELECT ir.incident_id FROM incident_reports ir JOIN reports r ON r.id = ir.report_id
        WHERE r.relates_to IN (SELECT id FROM _inc_changed)
           OR r.id IN (SELECT x.relates_to FROM reports x WHERE x.id IN (SELECT id FROM _inc_changed))""")
    _set_scope(con, first=True)
    closed = False
    for _ in range(MAX_ROUNDS):
        if not _probe(con, settings):
            closed = True  # the last round's resolution is the one to build from
            break
        drop_work_tables(con)
        con.execute(f"INSERT INTO {OLD_INCIDENTS} SELECT DISTINCT incident_id FROM incident_reports "
                    "WHERE report_id IN (SELECT id FROM _inc_reach)")
        _set_scope(con, first=False)
    if not closed:
        # the change reaches too far to close the scope in a few rounds: rebuild everything
        drop_work_tables(con)
        built = build_incidents(con, settings)
        con.execute("DELETE FROM findings")
        if touched is not None:
            touched(None)
        return built, evaluate(con) if judge else 0
    con.execute(f"DELETE FROM findings WHERE incident_id IN (SELECT id FROM {OLD_INCIDENTS})")
    con.execute(f"DELETE FROM incident_reports WHERE incident_id IN (SELECT id FROM {OLD_INCIDENTS})")
    con.execute(f"DELETE FROM incidents WHERE id IN (SELECT id FROM {OLD_INCIDENTS})")
    built = build_incidents(con, settings, scope=f"SELECT id FROM {SCOPE}", resolved=closed)
    # an incident is named after its primary report, so the rebuilt ones are named after scope reports
    written = evaluate(con, f"i.id IN (SELECT 'inc:' || id FROM {SCOPE})") if judge else 0
    if touched is not None:
        touched(f"SELECT id FROM {OLD_INCIDENTS} UNION SELECT 'inc:' || id FROM {SCOPE}")
    for table in ("_inc_reach", SCOPE, OLD_INCIDENTS):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return built, written


def _set_scope(con: duckdb.DuckDBPyConnection, *, first: bool) -> None:
    """The scope: the changed reports that still exist and every member of the incidents to rebuild, plus
    the reports that belong to no incident (lone denials) reached last round."""
    reached = "" if first else " UNION SELECT id FROM _inc_reach"
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {SCOPE} AS
        SELECT id FROM _inc_changed
        UNION SELECT report_id FROM incident_reports WHERE incident_id IN (SELECT id FROM {OLD_INCIDENTS})
        {reached}""")


def _probe(con: duckdb.DuckDBPyConnection, settings: ResolveSettings | None) -> int:
    """Resolve the scope and find the reports outside it that it reaches: grouped with a scope report, or a
    candidate of a changed report. TEMP TABLE _inc_reach(id); returns how many. The resolution's work tables
    are left for the caller (to build from, or to drop)."""
    from trucewatch.resolve import resolve_groups

    try:
        resolve_groups(con, settings, scope=f"SELECT id FROM {SCOPE}")
    except BaseException:
        drop_work_tables(con)
        raise
    con.execute(f"""CREATE OR REPLACE TEMP TABLE _inc_reach AS
            SELECT DISTINCT x.id FROM _rv_groups g JOIN _rv_r x USING (idx)
            WHERE NOT x.in_scope AND g.grp IN (SELECT g2.grp FROM _rv_groups g2 JOIN _rv_r y USING (idx)
                                              WHERE y.in_scope)
            UNION
            SELECT o.id FROM _rv_cand c JOIN _rv_r a ON a.idx = c.a JOIN _rv_r b ON b.idx = c.b
            JOIN _rv_r o ON o.idx = CASE WHEN a.in_scope THEN b.idx ELSE a.idx END
            WHERE NOT o.in_scope AND (a.id IN (SELECT id FROM _inc_changed) OR b.id IN (SELECT id FROM _inc_changed))
            EXCEPT SELECT id FROM {SCOPE}""")
    row = con.execute("SELECT count(*) FROM _inc_reach").fetchone()
    return int(row[0]) if row else 0
