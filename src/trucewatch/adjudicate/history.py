"""Verdict history: what each assess changed, kept as a diff of the stored findings.

Reads ``findings``, ``incidents``, ``clause_readings``, ``assessed_agreements`` and ``finding_changes``;
writes ``run_log`` and ``finding_changes`` (docs/monitoring.md).

The state the last run left is the ``current`` rows of ``finding_changes`` whose verdict is stored (not
``not_covered`` nor ``withdrawn``). After a run has written its findings, ``record_changes`` compares them with
that state: only stored findings can differ (every other pair is ``not_covered``, implied), so the comparison
is over the stored findings only, and what it writes is what changed. A finding that disappeared is
``not_covered`` when its incident and clause reading are still judged, ``withdrawn`` otherwise (the incident
was regrouped or its reports removed, the agreement deleted or changed). The state is taken from the history
and not from the findings before the run, because loading an agreement deletes its findings outside any run.
"""

from __future__ import annotations

from datetime import datetime

import duckdb

from trucewatch.adjudicate.evaluate import PAIR_KEYS, STATUS_COLUMNS

WITHDRAWN = "withdrawn"
NOT_COVERED = "not_covered"
# verdicts of a change that leave no stored finding behind
UNSTORED = (NOT_COVERED, WITHDRAWN)
DIFF = "_history_diff"

_COMPARED = ("actor", "verdict", *STATUS_COLUMNS)


def state_sql() -> str:
    """The findings the last recorded run left (the stored ones): keys, actor, verdict, statuses, seq."""
    return (f"SELECT * FROM finding_changes WHERE current "
            f"AND verdict NOT IN ({', '.join(repr(v) for v in UNSTORED)})")


class Touched:
    """The incidents whose findings a run may have changed, as the stages that change them say (an
    incremental rebuild names its incidents; a stage that judged everything says None: every incident).
    Only their findings are compared, which keeps recording a small run small in a big store. Owns the
    TEMP TABLE ``_history_touched`` until ``record_changes`` drops it."""

    TABLE = "_history_touched"

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.everything = False
        con.execute(f"CREATE OR REPLACE TEMP TABLE {self.TABLE} (id VARCHAR)")

    def add(self, incidents_sql: str | None) -> None:
        """``incidents_sql`` gives the ids of incidents whose findings may have changed; None: all of them."""
        if incidents_sql is None:
            self.everything = True
        else:
            self.con.execute(f"INSERT INTO {self.TABLE} {incidents_sql}")

    def drop(self) -> None:
        self.con.execute(f"DROP TABLE IF EXISTS {self.TABLE}")


def record_changes(con: duckdb.DuckDBPyConnection, run_id: str, mode: str, recorded_at: datetime,
                   touched: Touched | None = None) -> int:
    """Record this run in ``run_log`` and what it changed in ``finding_changes``; returns how many changed.
    ``touched``: only these incidents' findings can have changed (None: compare every finding). Call inside
    the run's transaction, after the findings are written."""
    seq_row = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM run_log").fetchone()
    seq = int(seq_row[0]) if seq_row else 1
    keys = ", ".join(PAIR_KEYS)
    differs = " OR ".join(f"n.{c} IS DISTINCT FROM o.{c}" for c in _COMPARED)
    statuses = ", ".join(f"n.{c}" for c in STATUS_COLUMNS)
    scoped = touched is not None and not touched.everything
    only = f" AND incident_id IN (SELECT id FROM {Touched.TABLE})" if scoped else ""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE {DIFF} AS
        SELECT {', '.join(f'coalesce(n.{k}, o.{k}) AS {k}' for k in PAIR_KEYS)},
            CASE WHEN n.verdict IS NULL THEN o.actor ELSE n.actor END AS actor,
            coalesce(o.verdict, '{NOT_COVERED}') AS old_verdict, coalesce(n.verdict, '{NOT_COVERED}') AS verdict,
            {statuses}
        FROM (SELECT * FROM findings WHERE TRUE{only}) n
        FULL OUTER JOIN ({state_sql()}{only}) o USING ({keys})
        WHERE o.verdict IS NULL OR n.verdict IS NULL OR {differs}""")
    if touched is not None:
        touched.drop()
    try:
        # a finding that went away is not_covered if its incident and clause reading are still judged
        con.execute(f"""UPDATE {DIFF} d SET verdict = '{WITHDRAWN}'
            WHERE d.verdict = '{NOT_COVERED}'
              AND (NOT EXISTS (SELECT 1 FROM incidents i WHERE i.id = d.incident_id)
                   OR NOT EXISTS (SELECT 1 FROM clause_readings cr JOIN assessed_agreements a USING (agreement_id)
                                  WHERE cr.agreement_id = d.agreement_id AND cr.clause_id = d.clause_id
                                    AND cr.reading_id = d.reading_id AND cr.kind = 'prohibition'))""")
        count_row = con.execute(f"SELECT count(*) FROM {DIFF}").fetchone()
        changed = int(count_row[0]) if count_row else 0
        if changed:
            match = " AND ".join(f"f.{k} = d.{k}" for k in PAIR_KEYS)
            con.execute(f"UPDATE finding_changes f SET current = false FROM {DIFF} d WHERE f.current AND {match}")
            con.execute(f"""INSERT INTO finding_changes
                SELECT {seq}, agreement_id, clause_id, reading_id, incident_id, actor, old_verdict, verdict,
                       {', '.join(STATUS_COLUMNS)}, true
                FROM {DIFF}""")
        con.execute("INSERT INTO run_log VALUES (?, ?, ?, ?, ?)", [seq, run_id, recorded_at, mode, changed])
    finally:
        con.execute(f"DROP TABLE IF EXISTS {DIFF}")
    return changed
