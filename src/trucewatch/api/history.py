"""Verdict history: the runs, what each changed, and the findings as they stood after any run.

Reads ``run_log`` and ``finding_changes`` (written by ``adjudicate.history``). A point in the history is a run
id (or a unique prefix of one, at least 4 characters: the latest run with it), ``#N`` (the N-th run
recorded), or a date / date-time (the last run recorded up to then; a date alone means up to the end of
that day, UTC). The reasons of a past finding are its condition statuses: the words depend on the store as
it is now and are written only for current findings (``trucewatch findings``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from trucewatch.adjudicate.conditions import CONDITIONS
from trucewatch.adjudicate.evaluate import PAIR_KEYS, STATUS_COLUMNS
from trucewatch.adjudicate.history import NOT_COVERED, UNSTORED, WITHDRAWN
from trucewatch.api.core import open_store
from trucewatch.api.values import instant, iso
from trucewatch.errors import NotFound, UserError
from trucewatch.model import UNKNOWN_PARTY, VERDICTS

CHANGE_VERDICTS: tuple[str, ...] = (*VERDICTS, WITHDRAWN)
CHANGE_KINDS: tuple[str, ...] = ("new", "changed", "reasons", "not_covered", "withdrawn")
CHANGE_COLUMNS: tuple[str, ...] = (
    "run_seq", "run_id", "recorded_at", "change", "agreement", "clause", "reading", "incident", "actor",
    "old_verdict", "verdict", "reasons")
MIN_PREFIX = 4
# the columns of a change as ``change_row`` reads them, over finding_changes c JOIN run_log l
CHANGE_FIELDS = ", ".join(["c.seq", "l.run_id", "l.recorded_at", "c.agreement_id", "c.clause_id",
                          "c.reading_id", "c.incident_id", "c.actor", "c.old_verdict", "c.verdict",
                          *(f"c.{s}" for s in STATUS_COLUMNS)])


@dataclass(frozen=True)
class Point:
    """A run of the history: its number in ``run_log`` and its id and time."""

    seq: int
    run_id: str
    recorded_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {"run_seq": self.seq, "run_id": self.run_id, "recorded_at": iso(self.recorded_at)}


@dataclass(frozen=True)
class ChangeFilters:
    agreement: str | None = None
    clause: str | None = None
    reading: str | None = None
    party: str | None = None
    incident: str | None = None
    verdicts: tuple[str, ...] = ()

    def where(self, alias: str = "c") -> tuple[list[str], list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        for column, value in (("agreement_id", self.agreement), ("clause_id", self.clause),
                              ("reading_id", self.reading), ("incident_id", self.incident)):
            if value:
                where.append(f"{alias}.{column} = ?")
                params.append(value)
        if self.party:
            where.append(f"coalesce({alias}.actor, '{UNKNOWN_PARTY}') = ?")
            params.append(self.party)
        if self.verdicts:
            where.append(f"{alias}.verdict IN ({', '.join('?' for _ in self.verdicts)})")
            params.extend(self.verdicts)
        return where, params


NO_FILTERS = ChangeFilters()


def check_verdicts(verdicts: Sequence[str], allowed: Sequence[str] = CHANGE_VERDICTS) -> tuple[str, ...]:
    for verdict in verdicts:
        if verdict not in allowed:
            raise UserError(f"unknown verdict '{verdict}'", hint=f"one of: {', '.join(allowed)}")
    return tuple(verdicts)


def check_filters(con: Any, filters: ChangeFilters) -> None:
    """Filters that could never match are refused (a 400 on the web): an unknown agreement, reading, party
    or verdict."""
    check_verdicts(filters.verdicts)
    agreement, reading = filters.agreement, filters.reading
    if agreement and not con.execute("SELECT 1 FROM agreements WHERE id = ?", [agreement]).fetchone():
        raise UserError(f"agreement: no agreement '{agreement}' in the store",
                        hint="'trucewatch agreements list' shows the ids")
    if reading and not con.execute("SELECT 1 FROM clause_readings WHERE reading_id = ? AND "
                                   "(? IS NULL OR agreement_id = ?)", [reading, agreement, agreement]).fetchone():
        where = f" of agreement '{agreement}'" if agreement else ""
        raise UserError(f"reading: no reading '{reading}'{where} in the store",
                        hint="'trucewatch agreements show ID' lists the readings")
    if filters.party and filters.party != "unknown" and not con.execute(
            "SELECT 1 FROM clause_readings WHERE list_contains(bound_parties, ?) "
            "UNION ALL SELECT 1 FROM incidents WHERE actor = ? LIMIT 1", [filters.party, filters.party]).fetchone():
        raise UserError(f"party: no party '{filters.party}' is bound by an agreement or acts in an incident",
                        hint="a party id such as RU or UA, or 'unknown'")


def resolve_point(con: Any, value: str, what: str = "--as-of") -> Point:
    """The run ``value`` names: a run id or prefix, ``#N``, or a date / date-time (the last run up to then)."""
    text = value.strip()
    if not text:
        raise UserError(f"{what}: empty; give a run id, #N or a date (YYYY-MM-DD)")
    if text.startswith("#"):
        if not text[1:].isdigit():
            raise UserError(f"{what}: '{value}' is not a run number such as #3")
        row = con.execute("SELECT seq, run_id, recorded_at FROM run_log WHERE seq = ?", [int(text[1:])]).fetchone()
        if row is None:
            raise NotFound(f"{what}: no run {text} in the history", hint=_runs_hint(con))
        return Point(int(row[0]), str(row[1]), row[2])
    if _looks_like_date(text):
        moment = instant(text, what, end=True)
        assert moment is not None
        inclusive = "<" if "T" not in text else "<="
        row = con.execute(f"SELECT seq, run_id, recorded_at FROM run_log WHERE recorded_at {inclusive} ? "
                          "ORDER BY seq DESC LIMIT 1", [moment]).fetchone()
        if row is None:
            raise NotFound(f"{what}: no run was recorded up to {text}", hint=_runs_hint(con))
        return Point(int(row[0]), str(row[1]), row[2])
    if len(text) < MIN_PREFIX or any(ch not in "0123456789abcdef" for ch in text.lower()):
        raise UserError(f"{what}: '{value}' is neither a run id (hex, at least {MIN_PREFIX} characters), #N, "
                        "nor a date (YYYY-MM-DD or an ISO date-time)")
    rows = con.execute("SELECT DISTINCT run_id FROM run_log WHERE starts_with(run_id, ?)", [text.lower()]).fetchall()
    if not rows:
        raise NotFound(f"{what}: no run '{value}' in the history", hint=_runs_hint(con))
    if len(rows) > 1:
        raise UserError(f"{what}: '{value}' is the start of {len(rows)} run ids", hint="give more characters")
    row = con.execute("SELECT seq, run_id, recorded_at FROM run_log WHERE run_id = ? ORDER BY seq DESC LIMIT 1",
                      [rows[0][0]]).fetchone()
    assert row is not None
    return Point(int(row[0]), str(row[1]), row[2])


def _looks_like_date(text: str) -> bool:
    return len(text) >= 10 and text[4] == "-" and text[7] == "-" and text[:4].isdigit()


def _runs_hint(con: Any) -> str:
    row = con.execute("SELECT count(*), min(recorded_at), max(recorded_at) FROM run_log").fetchone()
    if not row or not row[0]:
        return "no run is recorded yet: run 'trucewatch assess'"
    return (f"{row[0]} run(s) recorded, {iso(row[1])} to {iso(row[2])}; 'trucewatch changes --runs' lists them")


def runs(db: str | Path, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The runs of the history, newest first, with how many findings each changed."""
    page = f" LIMIT {int(limit)}" if limit else ""
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(
            f"SELECT seq, run_id, recorded_at, mode, n_changes FROM run_log ORDER BY seq DESC{page}").fetchall()
    return [{"run_seq": r[0], "run_id": r[1], "recorded_at": iso(r[2]), "mode": r[3], "changes": r[4]}
            for r in rows]


def changes(db: str | Path, *, since: str | None = None, filters: ChangeFilters = NO_FILTERS,
            limit: int | None = None) -> dict[str, Any]:
    """What changed: by default in the last run; ``since`` a run (what the runs after it changed) or a date
    (what runs recorded from then on changed; a date alone from 00:00 UTC). Oldest first."""
    check_verdicts(filters.verdicts)
    with open_store(db, read_only=True) as store:
        con = store.con
        if since is None:
            row = con.execute("SELECT max(seq) FROM run_log").fetchone()
            first = int(row[0]) if row and row[0] is not None else 1
            after: Point | None = None
        elif _looks_like_date(since.strip()):
            moment = instant(since.strip(), "--since")
            row = con.execute("SELECT min(seq) FROM run_log WHERE recorded_at >= ?", [moment]).fetchone()
            first = int(row[0]) if row and row[0] is not None else _next_seq(con)
            after = None
        else:
            after = resolve_point(con, since, "--since")
            first = after.seq + 1
        where, params = filters.where()
        page = f" LIMIT {int(limit)}" if limit else ""
        rows = con.execute(f"""
            SELECT {CHANGE_FIELDS} FROM finding_changes c JOIN run_log l USING (seq)
            WHERE c.seq >= ? {''.join(f' AND {w}' for w in where)}
            ORDER BY c.seq, c.agreement_id, c.clause_id, c.reading_id, c.incident_id{page}""",
            [first, *params]).fetchall()
        run_rows = con.execute("SELECT seq, run_id, recorded_at, mode, n_changes FROM run_log WHERE seq >= ? "
                               "ORDER BY seq", [first]).fetchall()
    return {
        "since": after.as_dict() if after else since,
        "runs": [{"run_seq": r[0], "run_id": r[1], "recorded_at": iso(r[2]), "mode": r[3], "changes": r[4]}
                 for r in run_rows],
        "changes": [change_row(r) for r in rows],
    }


def _next_seq(con: Any) -> int:
    row = con.execute("SELECT coalesce(max(seq), 0) + 1 FROM run_log").fetchone()
    return int(row[0]) if row else 1


def change_kind(old: str, new: str) -> str:
    if new == WITHDRAWN:
        return "withdrawn"
    if new == NOT_COVERED:
        return "not_covered"
    if old == NOT_COVERED:
        return "new"
    return "changed" if old != new else "reasons"


def _reasons(statuses: Sequence[Any]) -> list[dict[str, Any]]:
    if all(status is None for status in statuses):
        return []
    return [{"condition": c.name, "status": status} for c, status in zip(CONDITIONS, statuses, strict=True)]


def change_row(r: Sequence[Any]) -> dict[str, Any]:
    """One row of ``CHANGE_FIELDS`` as a change."""
    return {
        "run_seq": r[0], "run_id": r[1], "recorded_at": iso(r[2]), "change": change_kind(r[8], r[9]),
        "agreement": r[3], "clause": r[4], "reading": r[5], "incident": r[6], "actor": r[7],
        "old_verdict": r[8], "verdict": r[9], "reasons": _reasons(r[10:10 + len(STATUS_COLUMNS)]),
    }


def state_at_sql(seq: int) -> str:
    """The stored findings as run ``seq`` left them (columns of ``finding_changes``): the current rows not
    changed since, and for keys changed since, their latest row up to ``seq``."""
    keys = ", ".join(PAIR_KEYS)
    unstored = ", ".join(repr(v) for v in UNSTORED)
    return f"""
        SELECT * FROM finding_changes WHERE current AND seq <= {int(seq)} AND verdict NOT IN ({unstored})
        UNION ALL
        SELECT * EXCLUDE (rank) FROM (
            SELECT h.*, row_number() OVER (PARTITION BY {', '.join(f'h.{k}' for k in PAIR_KEYS)}
                                           ORDER BY h.seq DESC) AS rank
            FROM finding_changes h
            SEMI JOIN (SELECT DISTINCT {keys} FROM finding_changes WHERE seq > {int(seq)}) later USING ({keys})
            WHERE h.seq <= {int(seq)})
        WHERE rank = 1 AND verdict NOT IN ({unstored})"""


def findings_as_of(db: str | Path, point: str, *, filters: ChangeFilters = NO_FILTERS,
                   limit: int | None = None) -> dict[str, Any]:
    """The stored findings (every verdict but not_covered, which is implied) as they stood after the run
    ``point`` names, ordered by agreement, clause, reading and incident id."""
    check_verdicts(filters.verdicts, tuple(v for v in VERDICTS if v != NOT_COVERED))
    with open_store(db, read_only=True) as store:
        con = store.con
        at = resolve_point(con, point)
        where, params = filters.where("c")
        page = f" LIMIT {int(limit)}" if limit else ""
        # ordered by key alone: the incidents of a past run may be gone, and their times are not history
        rows = con.execute(f"""
            SELECT {CHANGE_FIELDS}
            FROM ({state_at_sql(at.seq)}) c JOIN run_log l USING (seq)
            WHERE {' AND '.join(where) or 'TRUE'}
            ORDER BY c.agreement_id, c.clause_id, c.reading_id, c.incident_id{page}""", params).fetchall()
    findings = []
    for r in rows:
        finding = change_row(r)
        findings.append({
            "agreement": finding["agreement"], "clause": finding["clause"], "reading": finding["reading"],
            "incident": finding["incident"], "actor": finding["actor"], "verdict": finding["verdict"],
            "reasons": finding["reasons"], "since_run_seq": r[0], "since_run_id": r[1],
            "since": finding["recorded_at"],
        })
    return {"as_of": at.as_dict(), "findings": findings}


def incident_history(db: str | Path, incident_id: str) -> list[dict[str, Any]]:
    """Every change of the findings of one incident, oldest first (for its panel in the dashboard)."""
    with open_store(db, read_only=True) as store:
        rows = store.con.execute(f"""
            SELECT {CHANGE_FIELDS} FROM finding_changes c JOIN run_log l USING (seq) WHERE c.incident_id = ?
            ORDER BY c.agreement_id, c.clause_id, c.reading_id, c.seq""", [incident_id]).fetchall()
        if not rows and not store.con.execute("SELECT 1 FROM incidents WHERE id = ?", [incident_id]).fetchone():
            raise NotFound(f"no incident '{incident_id}' in the store or its history")
    return [change_row(r) for r in rows]
