"""The findings read model: one query for the CLI, the web and the reports.

The store keeps only findings that are not ``not_covered`` (verdict and statuses); every other incident ×
prohibition clause × reading is ``not_covered``, implied (docs/verdicts.md "Stored and implied findings").
Readers filter over the relation ``f`` (``FINDINGS_FROM``) with the columns agreement_id, clause_id,
reading_id, incident_id, actor, verdict, occurred_start, occurred_end, alongside ``i`` (incidents) and
``cr`` (clause_readings); the reasons in words are written only for the rows a reader receives, by the same
rules that judged them (``adjudicate.evaluate.judge_sql``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from typing_extensions import TypedDict  # pydantic reads it as a schema on Python 3.11 too

from trucewatch.adjudicate.evaluate import PAIR_KEYS, judge_sql, pairs_for_keys_sql
from trucewatch.api.values import iso
from trucewatch.csv_writer import csv_text
from trucewatch.errors import StoreError
from trucewatch.model import ConditionStatus


class Reason(TypedDict):
    """Why one condition holds, fails or cannot be told."""

    condition: str  # party, act, time, target, geography or evidence (model.CONDITIONS)
    status: ConditionStatus
    detail: str


class Finding(TypedDict):
    """One incident judged under one clause and reading: the read model every reader receives (the CLI's
    JSON and CSV, the web API, whose OpenAPI schema it is, and the report)."""

    agreement: str
    clause: str
    reading: str
    incident: str
    reports: list[str]
    actor: str | None
    verdict: str  # model.VERDICTS
    reasons: list[Reason]  # one per condition, in model.CONDITIONS order (read-only: findings share them)
    occurred_start: str | None
    occurred_end: str | None
    evidence_grade: str | None  # model.GRADES
    target_category: str | None
    location: str | None
    admin1_code: str | None
    country: str | None
    lat: float | None
    lon: float | None
    reciprocity: str | None
    run_id: str | None  # the assess run whose findings these are

# Findings stored by the last assess (never not_covered), with the incident's time.
_STORED = """(SELECT f.agreement_id, f.clause_id, f.reading_id, f.incident_id, f.actor, f.verdict,
                     i.occurred_start, i.occurred_end
              FROM findings f JOIN incidents i ON i.id = f.incident_id)"""
# Every incident × prohibition clause reading of an agreement judged by the last assess: the stored
# verdict, or not_covered (an agreement loaded since has no findings until the next assess). Written as the
# stored findings plus the pairs without one (an anti join, whose table in memory is the findings') rather than
# the pairs left-joined to the findings: that join kept every pair in a hash table (3M pairs of one agreement
# at a million incidents ran out of a 1 GB store limit under a reach filter).
_ASSESSED = """(SELECT agreement_id, clause_id, reading_id FROM clause_readings
               WHERE kind = 'prohibition' AND agreement_id IN (SELECT agreement_id FROM assessed_agreements))"""
_ALL = f"""(SELECT s.agreement_id, s.clause_id, s.reading_id, s.incident_id, s.actor, s.verdict,
                   i.occurred_start, i.occurred_end
            FROM findings s JOIN incidents i ON i.id = s.incident_id
            JOIN {_ASSESSED} k USING (agreement_id, clause_id, reading_id)
            UNION ALL
            SELECT k.agreement_id, k.clause_id, k.reading_id, i.id, i.actor, 'not_covered',
                   i.occurred_start, i.occurred_end
            FROM incidents i JOIN {_ASSESSED} k ON TRUE
            WHERE NOT EXISTS (SELECT 1 FROM findings s WHERE s.incident_id = i.id
                              AND s.agreement_id = k.agreement_id AND s.clause_id = k.clause_id
                              AND s.reading_id = k.reading_id))"""

ORDER = "f.agreement_id, f.clause_id, f.reading_id, f.occurred_start NULLS LAST, f.incident_id"
BATCH = 5000
# Distinct reasons texts (and times) kept converted at most, then converted afresh (``_Shared``)
SHARED_VALUES = 20_000
QUERY_ROWS = 20_000  # findings judged per query (chosen at a million incidents: 1,000 → 3,200 findings/s,
# 5,000 → 6,100, 20,000 → 19,000, 50,000 → 18,100)


def findings_from(verdicts: Sequence[str] = ()) -> str:
    """FROM clause of the findings relation ``f`` with ``i`` and ``cr``: only the stored findings when the
    reader's verdicts exclude not_covered (fast), else every pair."""
    source = _STORED if verdicts and "not_covered" not in verdicts else _ALL
    return f"""FROM {source} f
        JOIN incidents i ON i.id = f.incident_id
        JOIN clause_readings cr ON cr.agreement_id = f.agreement_id AND cr.clause_id = f.clause_id
             AND cr.reading_id = f.reading_id"""


def select_findings(
    con: Any, where: Sequence[str], params: Sequence[Any], *, verdicts: Sequence[str] = (),
    limit: int | None = None, offset: int = 0,
) -> list[Finding]:
    """The findings matching ``where`` in the fixed order, with their reasons: one page, or all of them."""
    return [row for batch in iter_findings(con, where, params, verdicts=verdicts, limit=limit, offset=offset)
            for row in batch]


def iter_findings(
    con: Any, where: Sequence[str], params: Sequence[Any], *, verdicts: Sequence[str] = (),
    limit: int | None = None, offset: int = 0, batch: int = BATCH,
) -> Iterator[list[Finding]]:
    """The findings matching ``where``, in the fixed order, in batches of at most ``batch``: memory stays
    bounded however many there are (the keys are ranked once in the store, then rendered batch by batch)."""
    page = f" LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _wanted AS
        SELECT row_number() OVER (ORDER BY {ORDER}) AS n, {', '.join(f'f.{k}' for k in PAIR_KEYS)}, f.verdict
        FROM (SELECT f.* {findings_from(verdicts)} WHERE {' AND '.join(where) or 'TRUE'}
              ORDER BY {ORDER}{page}) f
    """, list(params))
    try:
        row = con.execute("SELECT count(*) FROM _wanted").fetchone()
        total = int(row[0]) if row else 0
        run = con.execute("SELECT value FROM meta WHERE key = 'last_run_id'").fetchone()
        run_id = run[0] if run else None
        # each query reads the store's large tables once whatever its size (about 0.2-0.3 s at a million
        # incidents), so the keys are judged QUERY_ROWS at a time and handed out ``batch`` at a time
        step = max(batch, QUERY_ROWS)
        shared = _Shared()
        for first in range(1, total + 1, step):
            keys = f"SELECT * FROM _wanted WHERE n BETWEEN {first} AND {first + step - 1}"
            rows = con.execute(f"""
                SELECT j.agreement_id, j.clause_id, j.reading_id, j.incident_id, j.report_ids, j.actor,
                       w.verdict, j.reasons, j.occurred_start, j.occurred_end, i.evidence_grade,
                       i.target_category, i.location_name, i.admin1_code, i.country, i.lat, i.lon,
                       cr.reciprocity, j.verdict AS judged
                FROM ({judge_sql(pairs_for_keys_sql(keys), detail=True)}) j
                JOIN ({keys}) w USING ({', '.join(PAIR_KEYS)})
                JOIN incidents i ON i.id = j.incident_id
                JOIN clause_readings cr USING (agreement_id, clause_id, reading_id)
                ORDER BY w.n
            """).fetchall()
            for start in range(0, len(rows), batch):
                yield [shared.finding(r, run_id) for r in rows[start:start + batch]]
            del rows
            shared.bound()
    finally:
        con.execute("DROP TABLE IF EXISTS _wanted")


class _Shared:
    """Values the findings of one read share, converted once: a reasons text read into one list that the
    findings giving it share (the exporters then render it once), an incident's time as ISO text."""

    def __init__(self) -> None:
        self.reasons: dict[str, list[Reason]] = {}
        self.times: dict[Any, Any] = {}

    def bound(self) -> None:
        """Emptied past SHARED_VALUES values: memory stays bounded however many findings are read."""
        for memo in (self.reasons, self.times):
            if len(memo) > SHARED_VALUES:
                memo.clear()

    def time(self, value: Any) -> Any:
        if value is None:
            return None
        text = self.times.get(value)
        if text is None:
            text = self.times[value] = iso(value)
        return text

    def finding(self, r: Sequence[Any], run_id: str | None) -> Finding:
        if r[6] != r[18]:
            # the store changed under its findings (e.g. facilities relinked) since the last assess
            raise StoreError(f"finding {r[0]}/{r[1]}/{r[2]}/{r[3]} was {r[6]} when assessed but its reasons "
                             f"now give {r[18]}: the store changed since the last assess",
                             hint="run 'trucewatch assess' to judge again")
        reasons = self.reasons.get(r[7])
        if reasons is None:
            reasons = self.reasons[r[7]] = json.loads(r[7])
        return {
            "agreement": r[0], "clause": r[1], "reading": r[2], "incident": r[3], "reports": list(r[4]),
            "actor": r[5], "verdict": r[6], "reasons": reasons,
            "occurred_start": self.time(r[8]), "occurred_end": self.time(r[9]), "evidence_grade": r[10],
            "target_category": r[11], "location": r[12], "admin1_code": r[13], "country": r[14],
            "lat": r[15], "lon": r[16], "reciprocity": r[17], "run_id": run_id,
        }


# Findings as CSV: the one encoding the CLI (``findings --format csv``), the web export and the report share.
CSV_COLUMNS = ("agreement", "clause", "reading", "incident", "reports", "actor", "verdict", "evidence_grade",
               "occurred_start", "occurred_end", "target_category", "location", "admin1_code", "country",
               "lat", "lon", "reasons")


def _reasons_cell(value: Any) -> Any:
    if isinstance(value, list | tuple) and value and all(isinstance(v, dict) for v in value):
        # reasons: "time: fail — detail"
        return " | ".join(f"{v.get('condition')}: {v.get('status')}"
                          + (f" — {v['detail']}" if v.get("detail") else "") for v in value)
    return value


def findings_csv(rows: Sequence[Mapping[str, Any]], columns: Sequence[str] = CSV_COLUMNS) -> str:
    """Rows as CSV through the one writer (``trucewatch.csv_writer``: RFC 4180 quoting, formula guard)."""
    return csv_text(({k: _reasons_cell(v) for k, v in row.items()} for row in rows), columns)
