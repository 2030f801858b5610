"""Incidents and analysts' overrides: plain functions over a store, returning data.

An override (merge, split, discount) is stored with who, when and why and applied on every assessment;
by default these functions re-assess right away so that incidents and findings reflect it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trucewatch import adjudicate, resolve
from trucewatch.api.reach import incident_within, reaches, require_agreement
from trucewatch.api.values import iso
from trucewatch.errors import NotFound, UserError
from trucewatch.model import GRADES
from trucewatch.store import Store

_INCIDENT_COLUMNS = (
    "id", "primary_report", "occurred_start", "occurred_end", "actor", "event", "weapon", "outcome",
    "target_category", "target_name", "location_name", "admin1_code", "country", "n_reports", "n_sources",
    "n_independent_sources", "evidence_grade", "evidence_detail",
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _plain(row: dict[str, Any]) -> dict[str, Any]:
    return {k: iso(v) for k, v in row.items()}


def _override(db: str | Path, action: str, report_a: str, report_b: str | None, reason: str, analyst: str,
              reassess: bool) -> dict[str, Any]:
    with Store(db, create=False) as store:
        with store.transaction() as con:
            recorded = resolve.add_override(con, action, report_a, report_b, reason=reason, analyst=analyst,
                                            now=_now())
        if reassess:
            adjudicate.assess(store)
            recorded["incident"] = _incident_of(store, report_a)
    return _plain(recorded)


def merge_reports(db: str | Path, report_a: str, report_b: str, *, reason: str, analyst: str,
                  reassess: bool = True) -> dict[str, Any]:
    """Force the incidents of two reports into one."""
    return _override(db, "merge", report_a, report_b, reason, analyst, reassess)


def split_reports(db: str | Path, report_a: str, report_b: str, *, reason: str, analyst: str,
                  reassess: bool = True) -> dict[str, Any]:
    """Keep two reports in different incidents."""
    return _override(db, "split", report_a, report_b, reason, analyst, reassess)


def discount_incident(db: str | Path, report_or_incident: str, *, reason: str, analyst: str,
                      reassess: bool = True) -> dict[str, Any]:
    """Grade an incident ``discounted`` (verdicts become insufficient_information), naming any of its
    reports or the incident id."""
    report = report_or_incident
    if report_or_incident.startswith("inc:"):
        with Store(db, read_only=True) as store:
            row = store.con.execute("SELECT primary_report FROM incidents WHERE id = ?",
                                    [report_or_incident]).fetchone()
        if row is None:
            raise NotFound(f"no incident {report_or_incident}", hint="list them with 'trucewatch incidents list'")
        report = str(row[0])
    return _override(db, "discount", report, None, reason, analyst, reassess)


def withdraw_override(db: str | Path, override_id: str, *, reason: str, analyst: str,
                      reassess: bool = True) -> dict[str, Any]:
    with Store(db, create=False) as store:
        with store.transaction() as con:
            withdrawn = resolve.withdraw_override(con, override_id, reason=reason, analyst=analyst, now=_now())
        if reassess:
            adjudicate.assess(store)
    return _plain(withdrawn)


def list_overrides(db: str | Path) -> list[dict[str, Any]]:
    with Store(db, read_only=True) as store:
        return [_plain(row) for row in resolve.list_overrides(store.con)]


def list_incidents(db: str | Path, *, grade: str | None = None, limit: int | None = None,
                   agreement: str | None = None, everything: bool = False) -> list[dict[str, Any]]:
    """Incidents with their evidence grade, newest first; with an agreement, only those within the window and
    geography of one of its clause readings (``incidents_outside`` counts the others), unless ``everything``."""
    return [row for batch in iter_incidents(db, grade=grade, limit=limit, agreement=agreement,
                                            everything=everything) for row in batch]


def iter_incidents(db: str | Path, *, grade: str | None = None, limit: int | None = None,
                   agreement: str | None = None, everything: bool = False,
                   batch: int = 10_000) -> Iterator[list[dict[str, Any]]]:
    """:func:`list_incidents` in batches of at most ``batch``: memory stays bounded for a million."""
    with Store(db, read_only=True) as store:
        where, params = _incidents_where(store, grade, agreement, everything)
        sql = (f"SELECT {', '.join(f'i.{c}' for c in _INCIDENT_COLUMNS)} FROM incidents i"
               f" WHERE {' AND '.join(where) or 'TRUE'}"
               " ORDER BY i.occurred_start DESC NULLS LAST, i.id" + (f" LIMIT {int(limit)}" if limit else ""))
        cursor = store.con.execute(sql, params)
        while rows := cursor.fetchmany(batch):
            yield [_plain(dict(zip(_INCIDENT_COLUMNS, row, strict=True))) for row in rows]


def count_incidents(db: str | Path, *, grade: str | None = None, agreement: str | None = None,
                    everything: bool = False) -> int:
    """How many incidents :func:`list_incidents` gives without a limit."""
    with Store(db, read_only=True) as store:
        where, params = _incidents_where(store, grade, agreement, everything)
        row = store.con.execute(f"SELECT count(*) FROM incidents i WHERE {' AND '.join(where) or 'TRUE'}",
                                params).fetchone()
    return int(row[0]) if row else 0


def _incidents_where(store: Store, grade: str | None, agreement: str | None,
                     everything: bool) -> tuple[list[str], list[Any]]:
    where, params = _incident_filter(store, grade, agreement)
    if agreement and not everything:
        where.append(incident_within(reaches(store.con, agreement=agreement)))
    return where, params


def incidents_outside(db: str | Path, *, agreement: str, grade: str | None = None) -> int:
    """How many incidents ``list_incidents`` leaves out for ``agreement``: outside the window and geography of
    every clause reading of it."""
    with Store(db, read_only=True) as store:
        where, params = _incident_filter(store, grade, agreement)
        where.append(f"NOT {incident_within(reaches(store.con, agreement=agreement))}")
        row = store.con.execute(f"SELECT count(*) FROM incidents i WHERE {' AND '.join(where)}", params).fetchone()
    return int(row[0]) if row else 0


def _incident_filter(store: Store, grade: str | None, agreement: str | None) -> tuple[list[str], list[Any]]:
    """The conditions on incidents ``i`` for an evidence grade; checks that the grade and agreement exist."""
    if grade is not None and grade not in GRADES:
        raise UserError(f"unknown evidence grade {grade!r}; one of {', '.join(GRADES)}")
    require_agreement(store.con, agreement)
    return (["i.evidence_grade = ?"], [grade]) if grade else ([], [])


def _incident_of(store: Store, report_or_incident: str) -> str:
    row = store.con.execute(
        "SELECT incident_id FROM incident_reports WHERE report_id = ? OR incident_id = ? LIMIT 1",
        [report_or_incident, report_or_incident],
    ).fetchone()
    if row is None:
        known = store.con.execute("SELECT aggregate FROM reports WHERE id = ?", [report_or_incident]).fetchone()
        if known is not None:
            why = ("it is a tally (aggregate), kept apart from incidents" if known[0]
                   else "it belongs to no incident yet: run 'trucewatch assess'")
            raise NotFound(f"report {report_or_incident}: {why}")
        raise NotFound(f"no incident or report {report_or_incident}",
                       hint="list incidents with 'trucewatch incidents list'")
    return str(row[0])


def explain_incident(db: str | Path, report_or_incident: str) -> dict[str, Any]:
    """One incident (by its id or any of its reports): its facts, grade, reports, and why they were grouped."""
    with Store(db, read_only=True) as store:
        incident_id = _incident_of(store, report_or_incident)
        con = store.con
        row = con.execute(f"SELECT {', '.join(_INCIDENT_COLUMNS)}, acknowledged_by, denied_by, competing_actors, "
                          "grouping FROM incidents WHERE id = ?", [incident_id]).fetchone()
        assert row is not None
        columns = (*_INCIDENT_COLUMNS, "acknowledged_by", "denied_by", "competing_actors", "grouping")
        incident = dict(zip(columns, row, strict=True))
        incident["grouping"] = json.loads(incident["grouping"]) if incident["grouping"] else None
        members = con.execute(
            """SELECT r.id, ir.role, r.source_name, r.stance, r.claimant, r.actor, r.occurred_start,
                      r.occurred_end, r.format, r.text, r.event,
                      json_extract_string(r.provenance, '$.event_kind'),
                      CAST(json_extract(r.provenance, '$.spelling') AS VARCHAR[])
               FROM incident_reports ir JOIN reports r ON r.id = ir.report_id
               WHERE ir.incident_id = ? ORDER BY ir.role DESC, r.id""", [incident_id]).fetchall()
        names = ("id", "role", "source", "stance", "claimant", "actor", "occurred_start", "occurred_end",
                 "format", "text", "event", "event_kind", "spelling")
        incident["reports"] = [_plain(dict(zip(names, m, strict=True))) for m in members]
        ids = [m[0] for m in members]
        incident["overrides"] = [
            _plain(o) for o in resolve.list_overrides(con)
            if o["report_a"] in ids or (o["report_b"] is not None and o["report_b"] in ids)
        ]
    return _plain(incident)
