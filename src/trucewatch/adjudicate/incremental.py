"""Incremental assessment: re-resolve and re-judge only what changed since the last assess.

What the last assess judged is kept: the reports' content (``assessed_reports``), the agreements' and
facilities' hashes (its ``runs`` row) and a hash of everything else resolution reads (``resolution_inputs``:
analysts' overrides, the source registry, the resolver and its settings). Then:

- the resolution inputs changed, or there is no record: everything is rebuilt (as ``assess --full``); so
  too when the agreements' actor names give a report already assessed another party (``resolve.actors``);
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

What keeps a small change cheap in a store of a million reports: the reports' digest (part of the run id)
is kept as exact sums and updated from the changed reports (``reports_digest``); resolution reads only the
reports inside the scope's time envelope (``resolve.pairs.prepare_reports``); the candidates of the changed
reports widen the first scope before any scoring (``_candidate_partners``), so one or two resolution rounds
close it; the rebuilt incidents are judged by row id (``rebuilt``), not looked up by name.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from trucewatch.adjudicate.evaluate import evaluate
from trucewatch.adjudicate.incidents import build_incidents
from trucewatch.resolve import ResolveSettings, drop_work_tables, load_registry
from trucewatch.resolve.actors import RAW_NAME, UNMAPPED, agreement_actor_names, party_of
from trucewatch.resolve.pairs import candidate_pairs, prepare_reports

SCOPE = "_inc_scope"          # report ids to rebuild
OLD_INCIDENTS = "_inc_old"    # incidents they replace
MAX_ROUNDS = 20
ACTOR_NAMES_KEY = "agreement_actor_names"  # meta: the agreements' actor names of the last assess
DIGEST_KEY = "reports_digest"  # meta: count|sum|sum of the assessed reports (``reports_digest``)


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


def actor_parties_changed(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether the agreements' actor names (resolve.actors) now give a report already assessed another party
    than at the last assess: then every incident is rebuilt. A new agreement that names none of the assessed
    actors changes nothing; the reports are read only when the names changed."""
    now = agreement_actor_names(con)
    row = con.execute("SELECT value FROM meta WHERE key = ?", [ACTOR_NAMES_KEY]).fetchone()
    before: list[dict[str, str]] = json.loads(row[0]) if row else [{}, {}]
    if list(now) == before:
        return False
    names = con.execute(f"SELECT DISTINCT {RAW_NAME} FROM reports r JOIN assessed_reports a ON a.id = r.id "
                        f"WHERE {UNMAPPED} AND {RAW_NAME} IS NOT NULL").fetchall()
    return any(party_of(name, *now) != party_of(name, before[0], before[1]) for (name,) in names)


def record_actor_names(con: duckdb.DuckDBPyConnection) -> None:
    """Remember the agreements' actor names this assess used (for :func:`actor_parties_changed`)."""
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                [ACTOR_NAMES_KEY, json.dumps(list(agreement_actor_names(con)), sort_keys=True)])


def report_changes(con: duckdb.DuckDBPyConnection) -> Changes:
    """TEMP TABLE _inc_changed(id) (added or changed) and _inc_removed(id), against ``assessed_reports``."""
    con.execute("""CREATE OR REPLACE TEMP TABLE _inc_diff AS
                   SELECT coalesce(r.id, a.id) AS id, a.id IS NULL AS added, r.id IS NULL AS removed
                   FROM reports r FULL JOIN assessed_reports a ON a.id = r.id
                   WHERE a.id IS NULL OR r.id IS NULL OR a.content_hash <> r.content_hash""")
    con.execute("CREATE OR REPLACE TEMP TABLE _inc_changed AS SELECT id, added FROM _inc_diff WHERE NOT removed")
    con.execute("CREATE OR REPLACE TEMP TABLE _inc_removed AS SELECT id FROM _inc_diff WHERE removed")
    con.execute("DROP TABLE _inc_diff")
    row = con.execute("""SELECT count(*) FILTER (WHERE added), count(*) FILTER (WHERE NOT added),
                         (SELECT count(*) FROM _inc_removed) FROM _inc_changed""").fetchone()
    assert row is not None
    return Changes(int(row[0]), int(row[1]), int(row[2]))


def reports_digest(con: duckdb.DuckDBPyConnection, changes: Changes | None) -> str:
    """SHA-256 identifying the set of reports (id and content), whatever order they arrived in.

    Each report counts as the MD5 of ``id:content_hash`` read as two 64-bit numbers; the digest is the
    SHA-256 of the count and the two exact sums. Sums can be updated: after ``report_changes`` (``changes``)
    only the changed and removed reports are read, against the sums kept for ``assessed_reports``; without
    them (a full assess, or no sums kept yet) every report is read. The sums kept are those of the reports
    this assess judges, so they stay in step with ``assessed_reports`` (same transaction)."""
    state = None
    if changes is not None:
        row = con.execute("SELECT value FROM meta WHERE key = ?", [DIGEST_KEY]).fetchone()
        state = [int(part) for part in str(row[0]).split("|")] if row else None
    if state is None:
        state = _sums(con, "reports")
    else:
        added = _sums(con, "reports WHERE id IN (SELECT id FROM _inc_changed)")
        gone = _sums(con, "assessed_reports WHERE id IN "
                          "(SELECT id FROM _inc_changed WHERE NOT added UNION ALL SELECT id FROM _inc_removed)")
        state = [now + plus - minus for now, plus, minus in zip(state, added, gone, strict=True)]
    value = "|".join(str(part) for part in state)
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", [DIGEST_KEY, value])
    return hashlib.sha256(value.encode()).hexdigest()


def _sums(con: duckdb.DuckDBPyConnection, rows: str) -> list[int]:
    element = "id || ':' || content_hash"
    row = con.execute(f"""SELECT count(*), coalesce(sum(md5_number_lower({element})::HUGEINT), 0),
                          coalesce(sum(md5_number_upper({element})::HUGEINT), 0) FROM {rows}""").fetchone()
    assert row is not None
    return [int(row[0]), int(row[1]), int(row[2])]


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
        -- a report new to the store was nobody's nearest unlinked report: only changed and removed ones
        SELECT id FROM incidents
        WHERE EXISTS (SELECT 1 FROM _inc_changed WHERE NOT added UNION ALL SELECT 1 FROM _inc_removed)
          AND json_extract_string(grouping, '$.nearest_unlinked.report')
              IN (SELECT id FROM _inc_changed WHERE NOT added UNION ALL SELECT id FROM _inc_removed)
        UNION
        -- answers and what is answered: relates_to in either direction
        SELECT incident_id FROM incident_reports
        WHERE report_id IN (SELECT id FROM reports WHERE relates_to IN (SELECT id FROM _inc_changed)
                            UNION ALL
                            SELECT relates_to FROM reports WHERE id IN (SELECT id FROM _inc_changed))""")
    _set_scope(con, first=True)
    if _candidate_partners(con, settings):
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
    first = next_rowids(con)
    built = build_incidents(con, settings, scope=f"SELECT id FROM {SCOPE}", resolved=closed)
    written = evaluate(con, *rebuilt(con, first, built)) if judge else 0
    if touched is not None:
        touched(f"SELECT id FROM {OLD_INCIDENTS} UNION SELECT 'inc:' || id FROM {SCOPE}")
    for table in ("_inc_reach", SCOPE, OLD_INCIDENTS):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return built, written


def next_rowids(con: duckdb.DuckDBPyConnection) -> tuple[int, int]:
    """The row ids the next rows of ``incidents`` and ``incident_reports`` get: rows are appended, so the
    rows a build adds are those from these on (within this transaction)."""
    row = con.execute("""SELECT (SELECT coalesce(max(rowid) + 1, 0) FROM incidents),
                                (SELECT coalesce(max(rowid) + 1, 0) FROM incident_reports)""").fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def rebuilt(con: duckdb.DuckDBPyConnection, first: tuple[int, int], built: int,
            fallback: str = f"i.id IN (SELECT 'inc:' || id FROM {SCOPE})") -> tuple[str, str]:
    """SQL selecting the incidents just built (over ``i``) and a relation holding their members: by row id,
    which lets the store skip the other million rows, when the rows from ``first`` on are the ``built``
    incidents and their members only; otherwise ``fallback`` (by default by name: an incident is named after
    its primary report, a scope report)."""
    incidents = f"(SELECT id FROM incidents WHERE rowid >= {first[0]})"
    members = f"(SELECT * FROM incident_reports WHERE rowid >= {first[1]})"
    # rows are appended, and the old rows of these incidents were deleted before ``first`` was read: the
    # rows from ``first`` on are new; check that they are as many as were built, and members of them only
    row = con.execute(f"""SELECT (SELECT count(*) FROM {incidents}),
        (SELECT count(*) FROM {members} WHERE incident_id NOT IN {incidents})""").fetchone()
    if row is not None and row[0] == built and row[1] == 0:
        return f"i.rowid >= {first[0]}", members
    return fallback, "incident_reports"


def _set_scope(con: duckdb.DuckDBPyConnection, *, first: bool) -> None:
    """The scope: the changed reports that still exist and every member of the incidents to rebuild, plus
    the reports that belong to no incident (lone denials) reached last round."""
    reached = "" if first else " UNION SELECT id FROM _inc_reach"
    con.execute(f"""CREATE OR REPLACE TEMP TABLE {SCOPE} AS
        SELECT id FROM _inc_changed
        UNION SELECT report_id FROM incident_reports WHERE incident_id IN (SELECT id FROM {OLD_INCIDENTS})
        {reached}""")


_PARTNERS = """SELECT o.id FROM _rv_cand c JOIN _rv_r a ON a.idx = c.a JOIN _rv_r b ON b.idx = c.b
    JOIN _rv_r o ON o.idx = CASE WHEN a.in_scope THEN b.idx ELSE a.idx END
    WHERE NOT o.in_scope AND (a.id IN (SELECT id FROM _inc_changed) OR b.id IN (SELECT id FROM _inc_changed))"""


def _candidate_partners(con: duckdb.DuckDBPyConnection, settings: ResolveSettings | None) -> int:
    """Widen the first scope cheaply: the incidents of the reports a changed report is compared with (its
    candidates, found without scoring) are rebuilt too, so the first full resolution round usually closes
    the scope instead of finding them. Returns how many incidents were added."""
    try:
        prepare_reports(con, settings or ResolveSettings(), scope=f"SELECT id FROM {SCOPE}")
        candidate_pairs(con, settings or ResolveSettings())
        before = con.execute(f"SELECT count(*) FROM {OLD_INCIDENTS}").fetchone()
        con.execute(f"""INSERT INTO {OLD_INCIDENTS}
            SELECT DISTINCT incident_id FROM incident_reports WHERE report_id IN ({_PARTNERS})
            EXCEPT SELECT id FROM {OLD_INCIDENTS}""")
        after = con.execute(f"SELECT count(*) FROM {OLD_INCIDENTS}").fetchone()
    finally:
        drop_work_tables(con)
    return int(after[0]) - int(before[0]) if before and after else 0


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
            {_PARTNERS}
            EXCEPT SELECT id FROM {SCOPE}""")
    row = con.execute("SELECT count(*) FROM _inc_reach").fetchone()
    return int(row[0]) if row else 0
