"""Adjudication: incidents from reports, clauses compiled to predicates, verdicts with reasons."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb

from trucewatch.adjudicate import history, incremental
from trucewatch.adjudicate.compile import delete_agreement, save_agreement
from trucewatch.adjudicate.evaluate import evaluate
from trucewatch.adjudicate.identity import engine_label, rules_digest
from trucewatch.adjudicate.incidents import build_incidents
from trucewatch.adjudicate.obligations import evaluate_obligations
from trucewatch.adjudicate.stages import CANDIDATES, HISTORY, INCIDENTS, JUDGE, OBLIGATIONS
from trucewatch.model import CANDIDATE_MAX_KM
from trucewatch.registry import candidate_radius, link_candidates
from trucewatch.resolve import ResolveSettings, text_available
from trucewatch.store import Store

__all__ = ["CANDIDATE_MAX_KM", "RunSummary", "assess", "delete_agreement", "save_agreement"]


@dataclass(frozen=True)
class RunSummary:
    run_id: str
    engine_version: str
    agreements_sha256: str
    reports_sha256: str
    facilities_sha256: str
    resolver: str
    as_of: datetime | None
    incidents: int
    findings: int           # every incident x prohibition clause x reading
    obligations: int
    stored_findings: int    # those that are not not_covered (the rest are implied)
    mode: str = "full"      # full | incremental
    changes: int = 0        # findings whose verdict or reasons changed (adjudicate.history)
    seconds: dict[str, float] = field(default_factory=dict)  # per stage; not part of any result


def _digest(con: duckdb.DuckDBPyConnection, sql: str) -> str:
    """SHA-256 of the values ``sql`` gives (one column, each value beginning with a unique id), sorted, each
    followed by a newline; computed in the store so that a million rows need not come out."""
    row = con.execute(f"SELECT sha256(coalesce(string_agg(v || chr(10), '' ORDER BY v), '')) "
                      f"FROM (SELECT v::VARCHAR AS v FROM ({sql}) t(v))").fetchone()
    return str(row[0]) if row else hashlib.sha256(b"").hexdigest()


def resolver_label() -> str:
    """How incidents are grouped in this installation: the optional text-similarity signal changes grouping,
    so it is part of what a run records (and of its id)."""
    return "blocking+text-similarity(minilm-int8)" if text_available() else "blocking"


def assess(store: Store, as_of: datetime | None = None, *, full: bool = False,
           on_stage: Callable[[str], None] | None = None) -> RunSummary:
    """Build incidents and judge every incident × clause × reading, in one transaction.

    The stages, and the tables each reads and writes, are declared in ``adjudicate.stages`` (drawn in
    docs/architecture.md).

    Incremental unless ``full``: only what changed since the last assess is rebuilt and judged again
    (``adjudicate.incremental``); the result is the same as a full rebuild. The run id is a hash of the
    engine version, a digest of the rule code and shipped data (``adjudicate.identity``) and the inputs, so
    the same run id means the same rules and inputs, and byte-identical findings. ``on_stage`` is told the
    name of each stage as it starts (a progress display).
    """
    con = store.con
    with store.transaction():
        # where an agreement file was read from is not part of its content: the same terms loaded from
        # another folder must give the same run id
        agreements_sha = _digest(
            con,
            """SELECT id || ':' || json_merge_patch(body, '{"source_file": null}')::VARCHAR FROM agreements""",
        )
        # the candidate radius relates reports to facilities: a new radius relinks and judges again
        radius = candidate_radius(con)
        facilities_sha = _digest(
            con, "SELECT concat_ws('|', id, name, category, lat, lon, admin1_code) FROM facilities "
                 f"UNION ALL SELECT ' candidate radius km: {radius!r}'"
        )
        if as_of is None:
            row = con.execute(
                "SELECT greatest(max(published_at), max(occurred_end)) FROM reports"
            ).fetchone()
            as_of = row[0] if row and row[0] else None
        else:
            as_of = as_of.astimezone(UTC).replace(tzinfo=None) if as_of.tzinfo else as_of
        resolver = resolver_label()
        engine = engine_label()  # the engine version and a digest of its rules (adjudicate.identity)
        settings = ResolveSettings()
        inputs = incremental.resolution_inputs(con, resolver, settings)
        previous = con.execute(
            """SELECT r.agreements_sha256, r.facilities_sha256, i.value FROM runs r
               JOIN meta m ON m.key = 'last_run_id' AND m.value = r.id
               JOIN meta i ON i.key = 'resolution_inputs'""").fetchone()
        if full or previous is None or previous[2] != inputs or incremental.actor_parties_changed(con):
            mode, changes, previous = "full", None, None
        else:
            mode, changes = "incremental", incremental.report_changes(con)
        reports_sha = incremental.reports_digest(con, changes)
        run_id = hashlib.sha256(
            f"{engine}|{rules_digest()}|{resolver}|{agreements_sha}|{reports_sha}|{facilities_sha}|{as_of}".encode()
        ).hexdigest()[:16]
        clock = _Clock(on_stage)
        touched = history.Touched(con)
        if changes is None or previous is None:
            with clock(INCIDENTS.name):
                build_incidents(con, settings)
            with clock(CANDIDATES.name):
                link_candidates(con, max_km=radius)
            with clock(JUDGE.name):
                con.execute("DELETE FROM findings")
                evaluate(con)
            incremental.record_reports(con)
        else:
            facilities_changed, agreements_changed = previous[1] != facilities_sha, previous[0] != agreements_sha
            judge_all = facilities_changed or agreements_changed
            with clock(CANDIDATES.name):
                if facilities_changed:
                    link_candidates(con, max_km=radius)
                elif changes.any:
                    link_candidates(con, max_km=radius,
                                    reports="SELECT id FROM _inc_changed UNION ALL SELECT id FROM _inc_removed")
            if changes.any:
                with clock(INCIDENTS.name):
                    incremental.rebuild_changed(con, settings, judge=not judge_all, touched=touched.add)
            if judge_all:
                touched.add(None)
                with clock(JUDGE.name):
                    con.execute("DELETE FROM findings")
                    evaluate(con)
            incremental.record_reports(con, changes_only=True)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('resolution_inputs', ?)", [inputs])
        incremental.record_actor_names(con)
        con.execute("DELETE FROM assessed_agreements")
        con.execute("INSERT INTO assessed_agreements SELECT id FROM agreements")
        n_incidents = _scalar(con, "SELECT count(*) FROM incidents")
        n_stored = _scalar(con, "SELECT count(*) FROM findings")
        # every incident x prohibition clause x reading is a finding; those not stored are not_covered
        n_findings = n_incidents * _scalar(con, "SELECT count(*) FROM clause_readings WHERE kind = 'prohibition'")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('last_run_id', ?)", [run_id])
        with clock(OBLIGATIONS.name):
            n_obligations = evaluate_obligations(con, run_id, as_of or datetime(1970, 1, 1))
        recorded_at = datetime.now(UTC).replace(tzinfo=None)
        with clock(HISTORY.name):
            n_changes = history.record_changes(con, run_id, mode, recorded_at,
                                               None if mode == "full" else touched)
        con.execute("DELETE FROM runs WHERE id = ?", [run_id])
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, engine, agreements_sha, reports_sha, facilities_sha, resolver, as_of, n_findings,
             recorded_at],
        )
    return RunSummary(run_id, engine, agreements_sha, reports_sha, facilities_sha, resolver, as_of, n_incidents,
                      n_findings, n_obligations, n_stored, mode, n_changes, clock.seconds)


class _Clock:
    """Seconds per stage of one assess (reported with the run; never part of a result)."""

    def __init__(self, on_stage: Callable[[str], None] | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.on_stage = on_stage

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        if self.on_stage:
            self.on_stage(stage)
        started = time.perf_counter()
        try:
            yield
        finally:
            self.seconds[stage] = round(self.seconds.get(stage, 0.0) + time.perf_counter() - started, 3)


def _scalar(con: duckdb.DuckDBPyConnection, sql: str) -> int:
    row = con.execute(sql).fetchone()
    return int(row[0]) if row and row[0] is not None else 0
