"""Read-only views over a store for the report and the dashboard: pages of incidents, reports and findings
with filters, one incident with its findings under every reading, timeline and map aggregates, reading
windows, and the differences between readings in words.

Every function filters and aggregates in DuckDB (set-based) and returns plain data. An incident's headline
verdict under a filter is the most severe verdict among its findings that match the agreement, reading and
clause asked for (``SEVERITY`` order), so the map and the timeline show one colour per incident.
"""

from __future__ import annotations

import functools
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from trucewatch.api.core import open_store
from trucewatch.api.filters import (
    Filters,
    finding_where,
    incident_where,
    make_filters,
    parse_bbox,
)
from trucewatch.api.findings import select_findings
from trucewatch.api.findings_page import page_of_findings
from trucewatch.api.local_time import agreement_zones, to_zone
from trucewatch.api.reach import incident_within, reaches
from trucewatch.api.values import iso
from trucewatch.errors import NotFound, UserError
from trucewatch.ingest.tabular import sql_str
from trucewatch.model import IN_SCOPE, SEVERITY, UNKNOWN_PARTY, VIOLATION_LIKE

MAX_PAGE = 500
EXCERPT_CHARS = 280

_RANK_SQL = "CASE f.verdict " + " ".join(f"WHEN '{v}' THEN {i}" for i, v in enumerate(SEVERITY)) + " END"


def _verdict_of(rank_sql: str) -> str:
    """SQL turning a severity rank (0 = most severe) back into the verdict name."""
    return "[" + ", ".join(f"'{v}'" for v in SEVERITY) + f"][{rank_sql} + 1]"



# the filters and the verdict order are defined elsewhere (api.filters, model); readers find them here too
__all__ = [
    "IN_SCOPE", "SEVERITY", "VIOLATION_LIKE", "Filters", "excerpt", "facets", "findings_page", "incident_detail",
    "incidents_page", "incidents_with_evidence", "make_filters", "map_view", "parse_bbox", "reading_comparison",
    "reading_windows", "reports_page", "timeline",
]

INCIDENT_COLUMNS = (
    "id", "occurred_start", "occurred_end", "actor", "target_category", "target_name", "location_name",
    "admin1", "admin1_code", "country", "lat", "lon", "precision_km", "weapon", "outcome", "event",
    "n_reports", "n_sources", "n_independent_sources", "evidence_grade",
)


# ----------------------------------------------------------------------------------------------- filters
def _incident_where(filters: Filters, db: str | Path, alias: str = "i") -> tuple[list[str], list[Any]]:
    """``api.filters.incident_where``, and with an agreement (unless ``everything``) only the incidents within
    the window and geography of a clause reading the filters name."""
    where, params = incident_where(filters, alias)
    if filters.agreement and not filters.everything:
        where.insert(0, _within_agreement(db, filters, alias))
    return where, params


def _within_agreement(db: str | Path, filters: Filters, alias: str = "i") -> str:
    """SQL: the incident lies within the window and geography of a clause reading the filters name."""
    return _within_sql(str(db), filters.agreement, filters.reading, filters.clause, alias, _written(db))


@functools.lru_cache(maxsize=64)
def _within_sql(db: str, agreement: str | None, reading: str | None, clause: str | None, alias: str,
                written: tuple[int, int]) -> str:
    """``_within_agreement``, kept while the store is not written (``written``): a page asks for it twice
    (its incidents and those it leaves out), and the dashboard asks for the same filters again and again."""
    with open_store(db, read_only=True) as store:
        return incident_within(reaches(store.con, agreement=agreement, reading=reading, clause=clause, alias=alias))


def _written(db: str | Path) -> tuple[int, int]:
    """When the store file and its write-ahead log were last written (what changes when anything is)."""
    path = Path(db)
    wal = path.with_name(path.name + ".wal")
    try:
        return path.stat().st_mtime_ns, wal.stat().st_mtime_ns if wal.exists() else 0
    except OSError:
        return 0, 0


def outside_count(con: Any, db: str | Path, filters: Filters) -> int:
    """Incidents that match the filters but lie outside the agreement's windows and geography (shown only
    with ``everything``); 0 without an agreement."""
    if not filters.agreement or filters.everything:
        return 0
    where, params = _incident_where(replace(filters, agreement=None, reading=None, clause=None), db)
    where.append(f"NOT {_within_agreement(db, filters)}")
    row = con.execute(f"SELECT count(*) FROM incidents i WHERE {' AND '.join(where)}", params).fetchone()
    return int(row[0]) if row else 0


def _headline_sql(filters: Filters, db: str | Path) -> tuple[str, list[Any]]:
    """SQL for the incidents that match ``filters``: id, times, actor, position and ``rank``, the severity
    rank of the headline verdict (0 = most severe; ``_verdict_of('rank')`` names it). Kept narrow so that
    aggregates over 100,000 incidents stay fast; pages join back to ``incidents`` for the rest."""
    f_where, f_params = finding_where(filters)
    i_where, i_params = _incident_where(filters, db)
    rank_where = ""
    if filters.verdicts:
        rank_where = f"WHERE h.rank IN ({', '.join(str(SEVERITY.index(v)) for v in filters.verdicts)})"
    # an incident without a stored finding is not_covered under every clause reading the filter names
    sql = f"""
        SELECT i.id, i.occurred_start, i.occurred_end, i.actor, i.lat, i.lon,
               coalesce(h.rank, {SEVERITY.index('not_covered')}) AS rank
        FROM incidents i
        LEFT JOIN (SELECT f.incident_id, min({_RANK_SQL}) AS rank FROM findings f
                   WHERE {' AND '.join(f_where) or 'TRUE'} GROUP BY f.incident_id) h ON h.incident_id = i.id
        WHERE {' AND '.join(i_where) or 'TRUE'}
          AND (h.rank IS NOT NULL OR EXISTS (
                SELECT 1 FROM clause_readings f JOIN assessed_agreements a USING (agreement_id)
                WHERE f.kind = 'prohibition' AND {' AND '.join(f_where) or 'TRUE'}))
          {rank_where.replace('WHERE', 'AND').replace('h.rank', f"coalesce(h.rank, {SEVERITY.index('not_covered')})")}
    """
    return sql, f_params + i_params + f_params


def _page(limit: int, offset: int) -> tuple[int, int]:
    if not 1 <= limit <= MAX_PAGE:
        raise UserError(f"limit: {limit} is outside 1..{MAX_PAGE}")
    if offset < 0:
        raise UserError(f"offset: {offset} is negative")
    return int(limit), int(offset)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    columns = [d[0] for d in cursor.description]
    return [{k: iso(v) for k, v in zip(columns, row, strict=True)} for row in cursor.fetchall()]


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str | None:
    """The first ``limit`` characters of a report's text, cut at a word where possible."""
    if text is None or len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut + "…"


# --------------------------------------------------------------------------------------------- incidents
def incidents_page(db: str | Path, filters: Filters | None = None, *, limit: int = 50,
                   offset: int = 0) -> dict[str, Any]:
    """A page of incidents matching ``filters`` (newest first), each with its headline verdict and an
    excerpt of its primary report, plus the total count."""
    filters = filters or Filters()
    limit, offset = _page(limit, offset)
    base, params = _headline_sql(filters, db)
    columns = ", ".join(f"i.{c}" for c in INCIDENT_COLUMNS)
    sql = f"""
        WITH matched AS MATERIALIZED ({base}),
        m AS (SELECT id, occurred_start, rank FROM matched
              ORDER BY occurred_start DESC NULLS LAST, id LIMIT {limit} OFFSET {offset})
        SELECT {columns}, {_verdict_of('m.rank')} AS verdict, r.source_name AS source, r.text AS text,
               (SELECT count(*) FROM matched) AS total
        FROM m JOIN incidents i ON i.id = m.id LEFT JOIN reports r ON r.id = i.primary_report
        ORDER BY m.occurred_start DESC NULLS LAST, m.id
    """
    with open_store(db, read_only=True) as store:
        items = _rows(store.con.execute(sql, params))
        # past the last page there are no rows to carry the total
        total = items[0].pop("total") if items else _count(store.con, base, params)
        for item in items[1:]:
            item.pop("total")
        outside = outside_count(store.con, db, filters)
    for item in items:
        item["excerpt"] = excerpt(item.pop("text"))
    return {"total": total, "outside": outside, "limit": limit, "offset": offset, "items": items}


def _count(con: Any, base: str, params: list[Any]) -> int:
    row = con.execute(f"SELECT count(*) FROM ({base})", params).fetchone()
    return int(row[0]) if row else 0


def incident_detail(db: str | Path, incident_id: str) -> dict[str, Any]:
    """One incident with all its reports (source, claimant, stance, link, text) and its findings under every
    clause and reading of the agreements that can concern it (under some clause reading, by window and
    geography), each with one reason per condition."""
    with open_store(db, read_only=True) as store:
        con = store.con
        found = _rows(con.execute(
            f"SELECT {', '.join(INCIDENT_COLUMNS)}, primary_report, acknowledged_by, denied_by, "
            "competing_actors, evidence_detail, grouping, coalesce(target_claims, []) AS target_claims "
            "FROM incidents WHERE id = ?", [incident_id]))
        if not found:
            raise NotFound(f"no incident '{incident_id}' in the store",
                           hint="GET /api/incidents lists incident ids")
        incident = found[0]
        incident["grouping"] = json.loads(incident["grouping"]) if incident["grouping"] else None
        incident["reports"] = _rows(con.execute(
            """SELECT r.id, ir.role, r.source_name AS source, r.source_url AS url, r.source_kind,
                      r.aligned_with, r.published_at, r.claimant, r.stance, r.actor, r.relates_to,
                      r.occurred_start, r.occurred_end, r.location_name, r.target_category, r.weapon,
                      r.outcome, r.text, r.event,
                      json_extract_string(r.provenance, '$.event_kind') AS event_kind,
                      json_extract_string(r.provenance, '$.time_basis') AS time_basis,
                      json_extract_string(r.provenance, '$.location_basis') AS location_basis,
                      CAST(json_extract(r.provenance, '$.spelling') AS VARCHAR[]) AS spelling
               FROM incident_reports ir JOIN reports r ON r.id = ir.report_id
               WHERE ir.incident_id = ? ORDER BY ir.role = 'related', r.published_at NULLS LAST, r.id""",
            [incident_id]))
        titles = {(a, c, r): t for a, c, r, t in con.execute(
            "SELECT agreement_id, clause_id, reading_id, title FROM clause_readings").fetchall()}
        findings = [
            {"agreement": f["agreement"], "clause": f["clause"],
             "clause_title": titles.get((f["agreement"], f["clause"], f["reading"])),
             "reading": f["reading"], "actor": f["actor"], "verdict": f["verdict"], "reasons": f["reasons"],
             "reports": f["reports"]}
            for f in select_findings(con, ["f.incident_id = ?", _concerning(con, incident_id)], [incident_id])]
    incident["findings"] = findings
    return incident


def _concerning(con: Any, incident_id: str) -> str:
    """SQL over ``f``: the agreements one of whose clause readings can concern the incident (api.reach);
    under those every reading is shown, the ones that leave it out included, so readings can be compared."""
    compiled = reaches(con)
    if not compiled:
        return "FALSE"
    row = con.execute(f"SELECT {', '.join(r.condition for r in compiled)} FROM incidents i WHERE i.id = ?",
                      [incident_id]).fetchone()
    agreements = sorted({r.agreement_id for r, inside in zip(compiled, row or [], strict=False) if inside})
    return f"f.agreement_id IN ({', '.join(sql_str(a) for a in agreements)})" if agreements else "FALSE"


# ----------------------------------------------------------------------------------------------- reports
def reports_page(db: str | Path, filters: Filters | None = None, *, incident: str | None = None,
                 limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of the reports behind the incidents that match ``filters`` (or behind one ``incident``)."""
    filters = filters or Filters()
    limit, offset = _page(limit, offset)
    base, params = _headline_sql(filters, db)
    extra = ""
    if incident:
        extra = "AND m.id = ?"
        params = [*params, incident]
    matched = f"""
        WITH m AS ({base})
        SELECT ir.report_id, ir.incident_id, ir.role
        FROM m JOIN incident_reports ir ON ir.incident_id = m.id WHERE TRUE {extra}
    """
    sql = f"""
        WITH page AS (
            SELECT x.*, r.published_at FROM ({matched}) x JOIN reports r ON r.id = x.report_id
            ORDER BY r.published_at DESC NULLS LAST, x.report_id LIMIT {limit} OFFSET {offset})
        SELECT r.id, page.incident_id AS incident, page.role, r.source_name AS source, r.source_url AS url,
               r.source_kind, r.aligned_with, r.published_at, r.claimant, r.stance, r.actor, r.occurred_start,
               r.occurred_end, r.location_name, r.country, r.lat, r.lon, r.target_category, r.text
        FROM page JOIN reports r ON r.id = page.report_id
        ORDER BY r.published_at DESC NULLS LAST, r.id
    """
    with open_store(db, read_only=True) as store:
        items = _rows(store.con.execute(sql, params))
        total = _count(store.con, matched, params)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ---------------------------------------------------------------------------------------------- findings
def findings_page(db: str | Path, filters: Filters | None = None, *, incident: str | None = None,
                  limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """A page of findings (``api.findings_page``). Here ``verdicts`` filters each finding's own verdict (not
    the headline)."""
    filters = replace(filters or Filters(), incident=incident) if incident else (filters or Filters())
    limit, offset = _page(limit, offset)
    with open_store(db, read_only=True) as store:
        total, items = page_of_findings(store.con, filters, limit=limit, offset=offset)
    return {"total": total, "limit": limit, "offset": offset, "items": items}


# ----------------------------------------------------------------------------------- timeline and map
def timeline(db: str | Path, filters: Filters | None = None) -> dict[str, Any]:
    """Incidents by day of their start and headline verdict, and the reading windows to shade. With an
    agreement the days are local days in its zone (``tz``) and each window carries its local wall-clock
    bounds (``start_local``, ``end_local``); otherwise UTC days."""
    filters = filters or Filters()
    base, params = _headline_sql(filters, db)
    with open_store(db, read_only=True) as store:
        zone = agreement_zones(store).get(filters.agreement) if filters.agreement else None
        # counted per quarter hour first (every zone's offset is whole quarter hours), then the few distinct
        # quarters turned into local days
        day = "CAST(q AS DATE)" if zone is None else "CAST(timezone(?, q AT TIME ZONE 'UTC') AS DATE)"
        sql = f"""
            WITH m AS ({base}),
            quarters AS (SELECT time_bucket(INTERVAL 15 MINUTES, occurred_start) AS q, rank, count(*) AS n
                         FROM m WHERE occurred_start IS NOT NULL GROUP BY ALL)
            SELECT {day} AS day, rank, sum(n) AS n FROM quarters GROUP BY ALL ORDER BY 1, 2
        """
        # the CTE's parameters come first in the text, then the zone in the SELECT
        rows = store.con.execute(sql, [*params, *([zone] if zone else [])]).fetchall()
        undated = _count(store.con, f"SELECT * FROM ({base}) WHERE occurred_start IS NULL", params)
    days: dict[str, dict[str, Any]] = {}
    for day_value, rank, n in rows:
        entry = days.setdefault(day_value.isoformat(), {"day": day_value.isoformat(), **{v: 0 for v in SEVERITY}})
        entry[SEVERITY[rank]] = int(n)
    windows = reading_windows(db, agreement=filters.agreement, reading=filters.reading)
    for window in windows:
        for key in ("start", "end"):
            moment = to_zone(window[key], zone or window["tz"]) if window[key] else None
            window[f"{key}_local"] = moment.replace(tzinfo=None).isoformat() if moment else None
    return {"verdicts": list(SEVERITY), "days": list(days.values()), "undated": undated, "tz": zone or "UTC",
            "windows": windows}


def map_view(db: str | Path, filters: Filters | None = None, *, max_points: int = 2000) -> dict[str, Any]:
    """Located incidents as points when there are at most ``max_points``; otherwise grid cells (about 64
    across the extent) with counts by verdict, the most severe verdict present and the mean position."""
    filters = filters or Filters()
    base, params = _headline_sql(filters, db)
    with open_store(db, read_only=True) as store:
        con = store.con
        con.execute(f"CREATE TEMP TABLE _matched AS {base}", params)
        row = con.execute(
            "SELECT count(*) FILTER (WHERE lat IS NOT NULL AND lon IS NOT NULL), "
            "count(*) FILTER (WHERE lat IS NULL OR lon IS NULL), min(lat), max(lat), min(lon), max(lon) "
            "FROM _matched").fetchone()
        assert row is not None  # an aggregate always returns one row
        located, unlocated = int(row[0]), int(row[1])
        result: dict[str, Any] = {"total": located, "unlocated": unlocated, "mode": "points",
                                  "points": [], "cells": [], "cell_degrees": None}
        if located == 0:
            return result
        if located <= max_points:
            result["points"] = _rows(con.execute(
                f"SELECT m.id, m.lat, m.lon, {_verdict_of('m.rank')} AS verdict, m.actor, i.location_name, "
                "m.occurred_start FROM _matched m JOIN incidents i ON i.id = m.id "
                "WHERE m.lat IS NOT NULL AND m.lon IS NOT NULL ORDER BY m.id"))
            return result
        extent = max(float(row[3]) - float(row[2]), float(row[5]) - float(row[4]), 0.01)
        cell = extent / 64
        counts = ", ".join(f"count(*) FILTER (WHERE rank = {i}) AS {v}" for i, v in enumerate(SEVERITY))
        cells = _rows(con.execute(
            f"""SELECT floor(lat / ?) AS gy, floor(lon / ?) AS gx, avg(lat) AS lat, avg(lon) AS lon,
                       count(*) AS count, {counts}, min(rank) AS rank
                FROM _matched WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2""",
            [cell, cell]))
    for c in cells:
        c["verdict"] = SEVERITY[int(c.pop("rank"))]
        c["counts"] = {v: c.pop(v) for v in SEVERITY}
        c.pop("gx"), c.pop("gy")
    result.update(mode="cells", cell_degrees=cell, cells=cells)
    return result


# ------------------------------------------------------------------------------- readings and facets
def reading_windows(db: str | Path, *, agreement: str | None = None,
                    reading: str | None = None) -> list[dict[str, Any]]:
    """Per agreement and reading: the window in force (earliest start, latest end over its clauses; no end
    when any clause is open-ended), whether it is in force at all, and the reading's note."""
    where, params = ["TRUE"], []
    for column, value in (("agreement_id", agreement), ("reading_id", reading)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    sql = f"""
        SELECT agreement_id AS agreement, reading_id AS reading, min(window_start) AS start,
               CASE WHEN bool_or(window_end IS NULL) THEN NULL ELSE max(window_end) END AS "end",
               any_value(window_tz) AS tz, bool_or(in_force) AS in_force, any_value(reading_note) AS note
        FROM clause_readings WHERE {' AND '.join(where)} GROUP BY 1, 2 ORDER BY 1, 2
    """
    with open_store(db, read_only=True) as store:
        return _rows(store.con.execute(sql, params))


def facets(db: str | Path) -> dict[str, Any]:
    """What the filters can choose from: agreements with their readings and parties, verdicts, parties
    that act in incidents, the date range and the extent of located incidents."""
    with open_store(db, read_only=True) as store:
        con = store.con
        agreements = []
        zones = agreement_zones(store)
        # the countries each agreement's geography names (a region's country too): where its map looks
        named = dict(con.execute(
            "SELECT agreement_id, list(DISTINCT country ORDER BY country) FROM ("
            "SELECT agreement_id, CASE WHEN kind = 'country' THEN value ELSE split_part(value, '-', 1) END AS country "
            "FROM geo_items WHERE include AND kind IN ('country', 'admin1')) GROUP BY 1").fetchall())
        for agreement_id, title, body in con.execute(
                "SELECT id, title, body FROM agreements ORDER BY id").fetchall():
            data = json.loads(body)
            agreements.append({
                "id": agreement_id, "title": title,
                "readings": [{"id": r["id"], "name": r.get("name") or r["id"]} for r in data.get("readings", [])],
                "clauses": [c["id"] for c in data.get("clauses", [])],
                "parties": [p["id"] for p in data.get("parties", [])],
                "tz": zones.get(agreement_id),
                "countries": named.get(agreement_id, []),
            })
        parties = [r[0] for r in con.execute(
            f"SELECT DISTINCT coalesce(actor, '{UNKNOWN_PARTY}') FROM incidents ORDER BY 1").fetchall()]
        span = con.execute("SELECT min(occurred_start), max(occurred_end), min(lon), min(lat), max(lon), "
                           "max(lat), count(*) FROM incidents").fetchone()
        located = [r[0] for r in con.execute(
            "SELECT DISTINCT country FROM incidents WHERE country IS NOT NULL ORDER BY 1").fetchall()]
    assert span is not None  # an aggregate always returns one row
    return {
        "agreements": agreements, "verdicts": list(SEVERITY), "parties": parties,
        "since": iso(span[0].date()) if span[0] else None, "until": iso(span[1].date()) if span[1] else None,
        "bbox": list(span[2:6]) if span[2] is not None else None, "incidents": int(span[6]),
        # countries with incidents or named by an agreement: the admin-1 outlines worth drawing
        "countries": sorted(set(located) | {c for a in agreements for c in a["countries"]}),
    }


# ------------------------------------------------------------------------------ readings compared
def reading_comparison(db: str | Path, agreement: str) -> dict[str, Any]:
    """For one agreement: per reading, incidents in scope and violation-like headline verdicts per party,
    and the differences between every pair of readings said in words."""
    # per reading, every incident's headline: its most severe stored finding, else not_covered (implied)
    not_covered = SEVERITY.index("not_covered")
    base = f"""
        WITH readings AS (
            SELECT DISTINCT reading_id FROM clause_readings
            WHERE agreement_id = $agreement AND kind = 'prohibition'
              AND agreement_id IN (SELECT agreement_id FROM assessed_agreements)
        ),
        h AS (SELECT reading_id, incident_id, min({_RANK_SQL}) AS rank FROM findings f
              WHERE agreement_id = $agreement GROUP BY ALL)
    """
    sql = f"""{base},
        stored AS (
            SELECT h.reading_id, coalesce(i.actor, '{UNKNOWN_PARTY}') AS party, h.rank, count(*) AS n
            FROM h JOIN incidents i ON i.id = h.incident_id GROUP BY ALL
        ),
        totals AS (SELECT coalesce(actor, '{UNKNOWN_PARTY}') AS party, count(*) AS n FROM incidents GROUP BY 1),
        covered AS (SELECT reading_id, party, sum(n) AS n FROM stored GROUP BY ALL)
        SELECT reading_id, party, rank, n FROM stored
        UNION ALL
        SELECT r.reading_id, t.party, {not_covered}, t.n - coalesce(c.n, 0)
        FROM readings r CROSS JOIN totals t
        LEFT JOIN covered c ON c.reading_id = r.reading_id AND c.party = t.party
        WHERE t.n > coalesce(c.n, 0)
        ORDER BY ALL
    """
    changed_sql = f"""{base}
        SELECT a.reading_id, b.reading_id, count(*)
        FROM readings a JOIN readings b ON a.reading_id < b.reading_id
        CROSS JOIN (SELECT DISTINCT incident_id FROM h) x
        LEFT JOIN h ha ON ha.reading_id = a.reading_id AND ha.incident_id = x.incident_id
        LEFT JOIN h hb ON hb.reading_id = b.reading_id AND hb.incident_id = x.incident_id
        WHERE coalesce(ha.rank, {not_covered}) <> coalesce(hb.rank, {not_covered})
        GROUP BY 1, 2
    """
    with open_store(db, read_only=True) as store:
        exists = store.con.execute("SELECT body FROM agreements WHERE id = ?", [agreement]).fetchone()
        if not exists:
            raise NotFound(f"no agreement '{agreement}' in the store",
                           hint="'trucewatch agreements list' shows the ids")
        rows = [(reading, party, SEVERITY[rank], n)
                for reading, party, rank, n in store.con.execute(sql, {"agreement": agreement}).fetchall()]
        changed = store.con.execute(changed_sql, {"agreement": agreement}).fetchall()
    order = [r["id"] for r in json.loads(exists[0]).get("readings", [])]
    per_reading: dict[str, dict[str, Any]] = {
        r: {"reading": r, "incidents": 0, "in_scope": 0, "violations_by_party": {}, "by_verdict": {}}
        for r in order}
    for reading, party, verdict, n in rows:
        entry = per_reading.setdefault(reading, {"reading": reading, "incidents": 0, "in_scope": 0,
                                                 "violations_by_party": {}, "by_verdict": {}})
        entry["incidents"] += n
        entry["by_verdict"][verdict] = entry["by_verdict"].get(verdict, 0) + n
        if verdict in IN_SCOPE:
            entry["in_scope"] += n
        if verdict in VIOLATION_LIKE:
            entry["violations_by_party"][party] = entry["violations_by_party"].get(party, 0) + n
    changed_by_pair = {frozenset((a, b)): int(n) for a, b, n in changed}
    readings = list(per_reading.values())
    return {"agreement": agreement, "readings": readings,
            "differences": _differences_in_words(readings, changed_by_pair)}


def _differences_in_words(readings: list[dict[str, Any]], changed: dict[frozenset[str], int]) -> list[str]:
    sentences: list[str] = []
    for i, first in enumerate(readings):
        for second in readings[i + 1:]:
            a, b = first["reading"], second["reading"]
            diff = first["in_scope"] - second["in_scope"]
            if diff:
                more, less = (a, b) if diff > 0 else (b, a)
                noun = "incident is" if abs(diff) == 1 else "incidents are"
                sentences.append(f"Under the {more} reading {abs(diff)} more {noun} in scope than under "
                                 f"{less} ({max(first['in_scope'], second['in_scope'])} against "
                                 f"{min(first['in_scope'], second['in_scope'])}).")
            else:
                sentences.append(f"The {a} and {b} readings put the same number of incidents in scope "
                                 f"({first['in_scope']}).")
            parties = sorted(set(first["violations_by_party"]) | set(second["violations_by_party"]))
            for party in parties:
                na, nb = first["violations_by_party"].get(party, 0), second["violations_by_party"].get(party, 0)
                if na != nb:
                    sentences.append(f"Incidents by {party} judged a possible violation or worse: {na} under "
                                     f"{a}, {nb} under {b}.")
            n_changed = changed.get(frozenset((a, b)), 0)
            if n_changed:
                noun = "incident gets" if n_changed == 1 else "incidents get"
                sentences.append(f"{n_changed} {noun} a different verdict under {a} than under {b}.")
    return sentences


# ------------------------------------------------------------------------------ evidence in bulk
def incidents_with_evidence(db: str | Path, filters: Filters | None = None, *,
                            limit: int = 500) -> dict[str, Any]:
    """The most severe incidents matching ``filters`` (then newest first), at most ``limit``, each with its
    reports and its findings (under the agreement, reading and clause filters), fetched in three queries."""
    filters = filters or Filters()
    base, params = _headline_sql(filters, db)
    f_where, f_params = finding_where(filters)
    columns = ", ".join(f"i.{c}" for c in INCIDENT_COLUMNS)
    with open_store(db, read_only=True) as store:
        con = store.con
        con.execute(f"CREATE TEMP TABLE _chosen AS SELECT id, rank, occurred_start FROM ({base}) "
                    f"ORDER BY rank, occurred_start DESC NULLS LAST, id LIMIT {int(limit)}", params)
        total = _count(con, base, params)
        incidents = _rows(con.execute(
            f"SELECT {columns}, {_verdict_of('c.rank')} AS verdict, i.evidence_detail FROM _chosen c "
            "JOIN incidents i ON i.id = c.id ORDER BY c.rank, c.occurred_start DESC NULLS LAST, c.id"))
        reports = _rows(con.execute(
            """SELECT ir.incident_id, r.id, ir.role, r.source_name AS source, r.source_url AS url,
                      r.source_kind, r.aligned_with, r.published_at, r.claimant, r.stance, r.text
               FROM _chosen c JOIN incident_reports ir ON ir.incident_id = c.id
               JOIN reports r ON r.id = ir.report_id
               ORDER BY ir.incident_id, ir.role = 'related', r.published_at NULLS LAST, r.id"""))
        findings = [
            {"incident_id": f["incident"], "agreement": f["agreement"], "clause": f["clause"],
             "reading": f["reading"], "actor": f["actor"], "verdict": f["verdict"], "reasons": f["reasons"]}
            for f in select_findings(con, ["f.incident_id IN (SELECT id FROM _chosen)", *f_where], f_params)]
        findings.sort(key=lambda f: (f["incident_id"], f["agreement"], f["clause"], f["reading"]))
    by_id = {i["id"]: {**i, "reports": [], "findings": []} for i in incidents}
    for report in reports:
        by_id[report.pop("incident_id")]["reports"].append(report)
    for finding in findings:
        by_id[finding.pop("incident_id")]["findings"].append(finding)
    return {"total": total, "shown": len(by_id), "items": list(by_id.values())}
