"""Adjudication at volume: judging by signature gives the findings of judging every pair; only findings
that are not not_covered are stored; reasons are written on reading, the implied ones included; the
memory limit is a setting with a clear message; an older store with full findings is migrated."""

from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from trucewatch import api
from trucewatch.adjudicate import conditions
from trucewatch.adjudicate.evaluate import all_pairs_sql, evaluate, judge_sql
from trucewatch.adjudicate.signatures import PER_PAIR_MISSING, SIGNATURES
from trucewatch.errors import StoreError
from trucewatch.store import Store
from trucewatch.store.db import memory_limit_setting
from trucewatch.store.schema import MIGRATIONS

CLAUSE_COLUMNS = {"agreement_id", "clause_id", "reading_id", "acts", "bound_parties", "ws", "we", "window_tz",
                  "in_force", "reading_note", "scope_any", "geo_any"}

ACTORS = ["RU", "UA", None, "US"]
EVENTS = ["strike", "shelling", "interception", "ground_assault", "other", None]
CATEGORIES = ["energy.transmission.substation", "energy.generation.nuclear", "energy.oil.refinery", "energy",
              "energy.gas.production", "infrastructure.port", "infrastructure", "civilian.residential",
              "military.base", "unknown", None]
PLACES = [("UA", "UA-63", 49.99, 36.23), ("UA", "UA-51", 46.48, 30.72), ("UA", None, None, None),
          ("RU", "RU-BEL", 50.6, 36.6), ("RU", "RU-KDA", 44.7, 37.8), (None, None, None, None),
          ("UA", "UA-43", 44.6, 33.5), ("UA", "UA-65", 46.6, 32.6), (None, None, 43.5, 31.0)]
GRADES = ["single_source", "corroborated", "contested", "acknowledged", "discounted"]


def _random_store(tmp_path: Path, n: int, seed: int) -> Path:
    """The shipped agreements and ``n`` random incidents around their windows, written straight into the
    store (with reports, members and facility candidates for some)."""
    rng = random.Random(seed)
    db = tmp_path / f"random-{seed}.duckdb"
    api.init_store(db)
    with Store(db) as store, store.transaction() as con:
        facilities = [r[0] for r in con.execute("SELECT id FROM facilities ORDER BY id LIMIT 40").fetchall()]
        for k in range(n):
            start = rng.choice([None, "2025-03-18 15:00", "2025-03-18 17:00", "2025-03-30 01:00",
                                "2025-04-17 16:00", "2025-04-19 15:00", "2025-04-20 20:00", "2025-05-08 10:00",
                                "2024-12-01 10:00", "2025-07-01 00:00"])
            hours = rng.choice([0, 0, 1, 30])
            country, admin1, lat, lon = rng.choice(PLACES)
            category = rng.choice(CATEGORIES)
            claims = ([{"claimant": "UA", "category": "energy.generation.thermal"},
                       {"claimant": "RU", "category": "military.base"}] if rng.random() < 0.05 else [])
            incident, report = f"inc:r{k}", f"r{k}"
            con.execute(
                """INSERT INTO incidents (id, primary_report, occurred_start, occurred_end, actor, target_category,
                    location_name, admin1_code, country, lat, lon, precision_km, weapon, outcome, event, n_reports,
                    n_sources, n_independent_sources, acknowledged_by, denied_by, competing_actors, evidence_grade,
                    target_claims, first_published)
                   VALUES (?, ?, ?::TIMESTAMP, ?::TIMESTAMP + to_hours(?), ?, ?, 'somewhere', ?, ?, ?, ?, ?, 'drone',
                           ?, ?, 1, 1, 1, [], [], [], ?, ?, ?::TIMESTAMP)""",
                [incident, report, start, start, hours, rng.choice(ACTORS), category, admin1, country, lat, lon,
                 rng.choice([None, 1.0, 30.0, 200.0]), rng.choice(["hit", "intercepted", None]),
                 rng.choice(EVENTS), rng.choice(GRADES), claims,
                 rng.choice(["2025-03-01 00:00", "2025-04-01 00:00", "2025-06-01 00:00"])])
            precision = rng.choice([None, 2.0, 40.0])
            con.execute("INSERT INTO reports (id, content_hash, source_name, claimant, stance, aggregate, format, "
                        "precision_km) VALUES (?, 'h', 's', 's', 'reports', false, 'native', ?)",
                        [report, precision])
            con.execute("INSERT INTO incident_reports VALUES (?, ?, 'primary')", [incident, report])
            if rng.random() < 0.3:
                for facility in rng.sample(facilities, 2):
                    category_of = con.execute("SELECT category FROM facilities WHERE id = ?", [facility]).fetchone()
                    assert category_of
                    con.execute("INSERT INTO facility_candidates VALUES (?, ?, ?, ?, 'distance', 20.0, ?)",
                                [report, facility, category_of[0], rng.choice([0.5, 3.0, 12.0]), precision])
        con.execute("INSERT INTO assessed_agreements SELECT id FROM agreements")
    return db


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_judging_by_signature_gives_the_findings_of_judging_every_pair(tmp_path: Path, seed: int) -> None:
    db = _random_store(tmp_path, 400, seed)
    with Store(db) as store:
        con = store.con
        with store.transaction():
            stored = evaluate(con)
        fast = con.execute("""SELECT incident_id, agreement_id, clause_id, reading_id, verdict, party_status,
            act_status, time_status, target_status, geo_status, evidence_status
            FROM findings ORDER BY ALL""").fetchall()
        every = con.execute(f"""SELECT incident_id, agreement_id, clause_id, reading_id, verdict, party_status,
            act_status, time_status, target_status, geo_status, evidence_status
            FROM ({judge_sql(all_pairs_sql(), detail=False)}) WHERE verdict <> 'not_covered' ORDER BY ALL""").fetchall()
    assert stored == len(fast) > 0
    assert fast == every
    verdicts = {row[4] for row in fast}
    assert len(verdicts) >= 4, verdicts  # the random store reaches most verdicts


def test_signatures_name_everything_the_conditions_read() -> None:
    """Each condition judged by signature may read only its signature's columns and the clause reading."""
    for condition in conditions.CONDITIONS:
        if condition.name not in SIGNATURES:
            continue
        read = condition.status + ("" if condition.name in PER_PAIR_MISSING else condition.missing)
        columns = set(re.findall(r"\bp\.(\w+)", read))
        allowed = set(SIGNATURES[condition.name]) | CLAUSE_COLUMNS | {"lat"}
        assert columns <= allowed, f"{condition.name} reads {sorted(columns - allowed)} beyond its signature"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``api.demo``'s result, built once: the test that changes the store changes a copy."""
    return api.demo(tmp_path_factory.mktemp("demo"))


def test_only_what_is_not_not_covered_is_stored_and_the_rest_reads_with_reasons(demo: dict[str, Any]) -> None:
    result = demo
    store_file = Path(result["db"])
    with Store(store_file, read_only=True) as store:
        stored = store.con.execute("SELECT count(*) FROM findings WHERE verdict = 'not_covered'").fetchone()
        columns = [r[0] for r in store.con.execute("DESCRIBE findings").fetchall()]
    assert stored == (0,)
    assert "reasons" not in columns
    every = api.findings(store_file, everything=True)
    implied = api.findings(store_file, verdict="not_covered", everything=True)
    assert implied and all(f["verdict"] == "not_covered" for f in implied)
    assert len(every) == result["run"]["findings"]
    assert result["run"]["findings"] - result["run"]["stored_findings"] == len(implied)
    for finding in implied:
        statuses = [reason["status"] for reason in finding["reasons"]]
        assert "fail" in statuses[:5], finding  # an implied finding says which condition fails
        assert all(reason["detail"] for reason in finding["reasons"])
    # pages of every finding are the same rows as all of them at once, in the same order
    paged = [f for offset in range(0, len(every), 50)
             for f in api.findings(store_file, limit=50, offset=offset, everything=True)]
    assert paged == every
    card = api.scorecard(store_file, everything=True)
    assert sum(row["total"] for row in card) == len(every)
    assert sum(row["not_covered"] for row in card) == len(implied)
    # by default what lies outside a clause's window or geography is left out, and counted: never a finding
    # that is not not_covered (the reach test is looser than the judge's)
    shown = api.findings(store_file)
    assert len(shown) + api.findings_outside(store_file) == len(every)
    assert [f for f in every if f["verdict"] != "not_covered"] == [f for f in shown if f["verdict"] != "not_covered"]
    scoped = api.scorecard(store_file)
    outside = sum(r["outside"] for r in api.scorecard_outside(store_file))
    assert sum(row["total"] for row in scoped) + outside == len(every)
    assert all(row["not_covered"] >= 0 for row in scoped)


def test_reading_after_the_store_changed_under_its_findings_says_to_assess(demo: dict[str, Any],
                                                                         tmp_path: Path) -> None:
    db = Path(shutil.copy(demo["db"], tmp_path / Path(demo["db"]).name))
    with Store(db) as store, store.transaction() as con:
        # a stored violation whose incident no longer satisfies it (as if the incident changed unassessed)
        con.execute("""UPDATE incidents SET actor = 'US' WHERE id = (SELECT incident_id FROM findings
                       WHERE verdict = 'alleged_violation' ORDER BY incident_id LIMIT 1)""")
    with pytest.raises(StoreError, match="changed since the last assess"):
        api.findings(db, verdict="alleged_violation")


def test_memory_limit_is_a_checked_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRUCEWATCH_MEMORY_LIMIT", raising=False)
    assert re.fullmatch(r"\d+MB", memory_limit_setting())
    assert memory_limit_setting("2GB") == "2GB"
    monkeypatch.setenv("TRUCEWATCH_MEMORY_LIMIT", "512MiB")
    assert memory_limit_setting() == "512MIB"
    with pytest.raises(StoreError, match="TRUCEWATCH_MEMORY_LIMIT"):
        monkeypatch.setenv("TRUCEWATCH_MEMORY_LIMIT", "lots")
        memory_limit_setting()
    with pytest.raises(StoreError, match="too small"):
        memory_limit_setting("10MB")


def test_running_out_of_memory_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with Store(db, memory_limit="100MB") as store:
        with pytest.raises(StoreError, match="ran out of memory within the limit of 100MB") as caught, \
                store.transaction() as con:
            con.execute("CREATE TABLE scratch AS SELECT 1 AS x")
            # one list of 40 million numbers cannot spill
            con.execute("SELECT list(range) FROM range(40000000)").fetchall()
        assert "--memory-limit" in str(caught.value.hint)
        assert store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'scratch'").fetchone() == (0,)


def test_a_store_with_full_findings_from_schema_5_is_migrated(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    for version, ddl in sorted(MIGRATIONS):
        if version > 5:
            break
        con.execute(ddl)
    con.execute("INSERT INTO meta VALUES ('schema_version', '5')")
    con.execute("""INSERT INTO incidents (id, primary_report, n_reports, n_sources, n_independent_sources,
                   evidence_grade) VALUES ('inc:a', 'a', 1, 1, 1, 'single_source'),
                   ('inc:b', 'b', 1, 1, 1, 'single_source')""")
    con.execute("INSERT INTO incident_reports VALUES ('inc:a', 'a', 'primary'), ('inc:b', 'b', 'primary')")
    reasons = json.dumps([{"condition": c, "status": s, "detail": "d"} for c, s in zip(
        conditions.CONDITION_NAMES, ["pass", "pass", "pass", "pass", "pass", "uncertain"], strict=True)])
    failing = reasons.replace('"pass"', '"fail"', 1)
    con.execute("INSERT INTO findings VALUES ('ag', 'c', 'r', 'inc:a', 'RU', 'alleged_violation', ?, ['a'], NULL, "
                "NULL, 'run1'), ('ag', 'c', 'r', 'inc:b', 'UA', 'not_covered', ?, ['b'], NULL, NULL, 'run1')",
                [reasons, failing])
    con.close()
    with Store(db) as store:
        con = store.con
        assert store.schema_version() >= 6
        assert con.execute("SELECT incident_id, verdict, party_status, evidence_status FROM findings").fetchall() == \
            [("inc:a", "alleged_violation", "pass", "uncertain")]
        assert con.execute("SELECT agreement_id FROM assessed_agreements").fetchall() == [("ag",)]
        assert con.execute("SELECT value FROM meta WHERE key = 'last_run_id'").fetchone() == ("run1",)
        assert [c[0] for c in con.execute("DESCRIBE incidents").fetchall()][-1] == "first_published"


def test_a_store_opened_twice_after_spilling_keeps_working(tmp_path: Path) -> None:
    """The server holds the store open while each request opens it again; once work has spilled to the temp
    directory, the second open must not try to move it."""
    db = tmp_path / "s.duckdb"
    with Store(db, memory_limit="100MB") as first:
        first.con.execute("CREATE TABLE big AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(3000000)")
        first.con.execute("SELECT h FROM big ORDER BY h").fetchall()  # sorts past the limit: spills
        with Store(db) as second:
            assert second.con.execute("SELECT count(*) FROM big").fetchone() == (3000000,)


def test_a_temp_directory_that_cannot_be_written_is_a_clear_error(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the temp folder should be", encoding="utf-8")
    monkeypatch.setenv("TRUCEWATCH_TEMP_DIR", str(blocker / "tmp"))
    with Store(tmp_path / "s.duckdb", memory_limit="100MB") as store:
        with pytest.raises(StoreError) as caught, store.transaction() as con:
            con.execute("CREATE TABLE kept AS SELECT 1 AS x")
            con.execute("CREATE TABLE big AS SELECT range AS n, md5(range::VARCHAR) AS h FROM range(3000000)")
            con.execute("SELECT h FROM big ORDER BY h").fetchall()  # must spill, and cannot
        assert "could not write" in str(caught.value) and "TRUCEWATCH_TEMP_DIR" in str(caught.value.hint)
        assert store.con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'kept'").fetchone() == (0,)
