"""Obligations (positive duties with a deadline, e.g. a prisoner exchange): fulfilled / overdue / pending.

A bound party's duty is *fulfilled* when a report (not a denial) of one of the clause's acts, with that party
as actor or no actor named, occurred inside the reading's window and by the deadline. Otherwise it is
*overdue* once ``as_of`` is past the deadline, else *pending*. ``as_of`` is never the wall clock: it is given,
or the latest publication/occurrence time in the store, so the same inputs give the same statuses.

Each status is stored with a sentence (``detail``) whose instants are UTC (``2025-03-19 21:00Z``): stable
whoever reads it. ``detail_in_zone`` writes them again for a person, e.g. in the agreement's zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

import duckdb

# how ``detail`` writes an instant (UTC, to the minute), and how ``detail_in_zone`` finds one again
STAMP = "%Y-%m-%d %H:%MZ"
_STAMP = re.compile(r"\b(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})Z")

_SQL = """
INSERT INTO obligations
WITH duties AS (
    SELECT cr.*, unnest(cr.bound_parties) AS party
    FROM clause_readings cr WHERE cr.kind = 'obligation'
),
evidence AS (
    SELECT d.agreement_id, d.clause_id, d.reading_id, d.party,
           list(r.id ORDER BY r.id) AS report_ids,
           min(r.occurred_start) AS first_at
    FROM duties d JOIN reports r
      ON list_contains(d.acts, r.event)
     AND r.stance <> 'denies' AND NOT r.aggregate
     AND (r.actor IS NULL OR r.actor = d.party)
     -- a duty counts from when the clause began under any reading: a reading that starts later must not
     -- turn an exchange made before its start (but by the deadline) into an overdue one
     AND r.occurred_start >= (SELECT min(o.window_start) FROM clause_readings o
                              WHERE o.agreement_id = d.agreement_id AND o.clause_id = d.clause_id)
     AND r.occurred_start <= coalesce(d.deadline, d.window_end, r.occurred_start)
    GROUP BY ALL
)
SELECT d.agreement_id, d.clause_id, d.reading_id, d.party,
    CASE WHEN NOT d.in_force THEN 'not_in_force'
         WHEN e.report_ids IS NOT NULL THEN 'fulfilled'
         WHEN d.deadline IS NOT NULL AND $as_of > d.deadline THEN 'overdue'
         ELSE 'pending' END AS status,
    CASE WHEN NOT d.in_force THEN 'the ' || d.reading_id || ' reading does not hold this clause in force'
         WHEN e.report_ids IS NOT NULL THEN 'reported ' || strftime(e.first_at, '{stamp}')
              || ' (' || len(e.report_ids) || ' report(s))'
         WHEN d.deadline IS NOT NULL AND $as_of > d.deadline
              THEN 'no report of ' || array_to_string(d.acts, ', ') || ' by the deadline '
                   || strftime(d.deadline, '{stamp}')
         ELSE 'no report yet; deadline ' || coalesce(strftime(d.deadline, '{stamp}'), 'none')
              || ', as of ' || strftime($as_of, '{stamp}') END AS detail,
    coalesce(e.report_ids, []) AS report_ids,
    $run_id AS run_id
FROM duties d
LEFT JOIN evidence e USING (agreement_id, clause_id, reading_id, party)
""".replace("{stamp}", STAMP)


def detail_in_zone(detail: str, render: Callable[[datetime], str]) -> str:
    """``detail`` with each of its UTC instants written by ``render`` (given the naive UTC datetime)."""
    return _STAMP.sub(lambda m: render(datetime.fromisoformat(f"{m.group(1)}T{m.group(2)}")), detail)


def evaluate_obligations(con: duckdb.DuckDBPyConnection, run_id: str, as_of: datetime) -> int:
    con.execute("DELETE FROM obligations")
    con.execute(_SQL, {"as_of": as_of, "run_id": run_id})
    row = con.execute("SELECT count(*) FROM obligations").fetchone()
    return int(row[0]) if row else 0
