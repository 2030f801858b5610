"""Verdict history: each assess records what changed; the findings after any run can be rebuilt from it."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.adjudicate.test_incremental import _reports
from tests.monitor.helpers import INCIDENT, store_with_days, write_reports

from trucewatch import api
from trucewatch.api import history
from trucewatch.cli import main
from trucewatch.errors import NotFound, StoreError, UserError
from trucewatch.store import Store

MORATORIUM = "energy-moratorium-2025"


def _moratorium(rows: list[dict[str, Any]]) -> list[tuple[int, str, str, str]]:
    return [(r["run_seq"], r["reading"], r["old_verdict"], r["verdict"]) for r in rows
            if r["agreement"] == MORATORIUM and r["incident"] == INCIDENT]


def test_an_allegation_becomes_corroborated_then_disputed_and_each_step_is_kept(tmp_path: Path) -> None:
    db = store_with_days(tmp_path)
    every = history.changes(db, since="2000-01-01")
    assert _moratorium(every["changes"]) == [
        (1, "kremlin", "not_covered", "alleged_violation"), (1, "us", "not_covered", "alleged_violation"),
        (2, "kremlin", "alleged_violation", "corroborated_violation"),
        (2, "us", "alleged_violation", "corroborated_violation"),
        (3, "kremlin", "corroborated_violation", "disputed"), (3, "us", "corroborated_violation", "disputed")]
    kinds = {r["change"] for r in every["changes"] if r["agreement"] == MORATORIUM}
    assert kinds == {"new", "changed"}
    # default: the last run's changes only; --since a run: the runs after it
    assert {r["run_seq"] for r in history.changes(db)["changes"]} == {3}
    assert {r["run_seq"] for r in history.changes(db, since="#1")["changes"]} == {2, 3}
    run_one = history.runs(db)[-1]["run_id"]
    assert {r["run_seq"] for r in history.changes(db, since=run_one[:8])["changes"]} == {2, 3}
    # statuses come along: the denial makes evidence the uncertain condition
    last = next(r for r in history.changes(db)["changes"] if r["agreement"] == MORATORIUM)
    assert {x["condition"] for x in last["reasons"]} == {"party", "act", "time", "target", "geography", "evidence"}


def test_findings_as_of_each_run_and_a_date(tmp_path: Path) -> None:
    db = store_with_days(tmp_path)

    def verdict_at(point: str) -> set[str]:
        rows = history.findings_as_of(db, point, filters=history.ChangeFilters(agreement=MORATORIUM))["findings"]
        return {r["verdict"] for r in rows if r["incident"] == INCIDENT}

    assert verdict_at("#1") == {"alleged_violation"}
    assert verdict_at("#2") == {"corroborated_violation"}
    assert verdict_at("#3") == {"disputed"}
    assert verdict_at("2999-01-01") == {"disputed"}  # the last run up to then
    # as of the last run = the findings now (not_covered implied in both)
    now = {(f["agreement"], f["clause"], f["reading"], f["incident"], f["verdict"])
           for f in api.findings(db) if f["verdict"] != "not_covered"}
    latest = {(f["agreement"], f["clause"], f["reading"], f["incident"], f["verdict"])
              for f in history.findings_as_of(db, "#3")["findings"]}
    assert latest == now


def test_removed_reports_withdraw_their_findings(tmp_path: Path) -> None:
    db = store_with_days(tmp_path, days=1)
    with Store(db) as store, store.transaction() as con:
        con.execute("DELETE FROM reports WHERE id = 'a1'")
    run = api.assess(db)
    assert run["changes"] == 2
    assert _moratorium(history.changes(db)["changes"]) == [(2, "kremlin", "alleged_violation", "withdrawn"),
                                                           (2, "us", "alleged_violation", "withdrawn")]
    assert history.findings_as_of(db, "#2")["findings"] == []
    assert {r["verdict"] for r in history.findings_as_of(db, "#1")["findings"]} == {"alleged_violation"}


def test_reloading_an_agreement_records_no_change_when_nothing_changed(tmp_path: Path) -> None:
    # loading an agreement deletes its findings outside any run; the next run must not call them new
    db = store_with_days(tmp_path, days=2)
    source = Path(api.__file__).resolve().parent.parent / "data" / "agreements" / f"{MORATORIUM}.yaml"
    api.load_agreements(db, [source])
    assert api.assess(db)["changes"] == 0
    assert api.assess(db)["changes"] == 0


@pytest.mark.parametrize("seed", [21, 22])
def test_the_history_always_rebuilds_the_stored_findings(tmp_path: Path, seed: int) -> None:
    """Reports arrive in random batches, some are removed, one assess is full: after every run the findings
    rebuilt from the history are the stored findings, verdict and statuses alike."""
    rng = random.Random(seed)
    reports = _reports(seed)
    rng.shuffle(reports)
    db = tmp_path / "s.duckdb"
    api.init_store(db)
    for k in range(0, len(reports), 9):
        api.ingest(db, [write_reports(tmp_path / f"b{k}.jsonl", reports[k:k + 9])], embed=False)
        api.assess(db, full=(k == 18))
        _check_state(db)
    with Store(db) as store, store.transaction() as con:
        con.execute("DELETE FROM reports WHERE id IN (SELECT unnest(?))", [[r["id"] for r in reports[:6]]])
    api.assess(db)
    _check_state(db)
    assert len(history.runs(db)) == len(range(0, len(reports), 9)) + 1


def _check_state(db: Path) -> None:
    with Store(db, read_only=True) as store:
        stored = store.con.execute("SELECT * FROM findings ORDER BY ALL").fetchall()
        rebuilt = store.con.execute(
            "SELECT agreement_id, clause_id, reading_id, incident_id, actor, verdict, party_status, act_status, "
            f"time_status, target_status, geo_status, evidence_status FROM ({history.state_at_sql(10**9)}) "
            "ORDER BY ALL").fetchall()
        seq = store.con.execute("SELECT max(seq) FROM run_log").fetchone()
        assert seq is not None
        at_last = store.con.execute(f"SELECT count(*) FROM ({history.state_at_sql(int(seq[0]))})").fetchone()
        # one current row per key, the latest
        per_key = store.con.execute(
            "SELECT count(*) FROM (SELECT agreement_id, clause_id, reading_id, incident_id FROM finding_changes "
            "GROUP BY ALL HAVING count(*) FILTER (WHERE current) <> 1 "
            "OR max(seq) <> max(seq) FILTER (WHERE current))").fetchone()
    assert stored == rebuilt
    assert at_last is not None and at_last[0] == len(stored)
    assert per_key == (0,)


def test_old_findings_become_the_first_entry_of_the_history_on_migration(tmp_path: Path) -> None:
    db = store_with_days(tmp_path, days=2)
    with Store(db) as store, store.transaction() as con:
        before = con.execute("SELECT count(*) FROM findings").fetchone()
        for table in ("run_log", "finding_changes", "webhooks", "webhook_deliveries"):
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    with pytest.raises(StoreError, match="schema version 7, older than this trucewatch"):  # read-only: not migrated
        history.runs(db)
    with Store(db) as store:  # migrates to 8
        assert store.schema_version() >= 8
    runs = history.runs(db)
    assert [(r["run_seq"], r["mode"]) for r in runs] == [(1, "migrated")]
    assert before is not None and runs[0]["changes"] == before[0] > 0
    assert api.assess(db)["changes"] == 0  # the migrated history is the state the next run compares with


def test_bad_history_points_are_clear_errors(tmp_path: Path) -> None:
    db = store_with_days(tmp_path, days=1)
    with pytest.raises(NotFound, match="no run #9"):
        history.findings_as_of(db, "#9")
    with pytest.raises(NotFound, match="no run 'abcdef12'"):
        history.findings_as_of(db, "abcdef12")
    with pytest.raises(NotFound, match="no run was recorded up to 2001-01-01"):
        history.findings_as_of(db, "2001-01-01")
    with pytest.raises(UserError, match="neither a run id"):
        history.findings_as_of(db, "yesterday")
    with pytest.raises(UserError, match="not an ISO date"):
        history.changes(db, since="2025-13-45")
    with pytest.raises(UserError, match="unknown verdict 'not_covered'"):
        history.findings_as_of(db, "#1", filters=history.ChangeFilters(verdicts=("not_covered",)))


def test_cli_changes_and_findings_as_of(tmp_path: Path) -> None:
    db = str(store_with_days(tmp_path))
    runner = CliRunner()
    out = runner.invoke(main, ["changes", "--db", db, "--since", "#1", "--agreement", MORATORIUM,
                               "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert [r["run_seq"] for r in data["runs"]] == [2, 3]
    assert {(r["old_verdict"], r["verdict"]) for r in data["changes"] if r["incident"] == INCIDENT} == {
        ("alleged_violation", "corroborated_violation"), ("corroborated_violation", "disputed")}
    csv_out = runner.invoke(main, ["changes", "--db", db, "--since", "2000-01-01", "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.output.splitlines()[0].startswith("run_seq,run_id,recorded_at,change")
    table = runner.invoke(main, ["findings", "--db", db, "--as-of", "#1", "--agreement", MORATORIUM])
    assert table.exit_code == 0 and "alleged_violation" in table.output and "disputed" not in table.output
    runs = runner.invoke(main, ["changes", "--db", db, "--runs"])
    assert runs.exit_code == 0 and "#3" in runs.output
    bad = runner.invoke(main, ["findings", "--db", db, "--as-of", "#42"])
    assert bad.exit_code == 2 and "no run #42 in the history" in bad.output
    mixed = runner.invoke(main, ["findings", "--db", db, "--as-of", "#1", "--since", "2025-01-01"])
    assert mixed.exit_code == 2 and "cannot be combined" in mixed.output
