"""Benchmark verdict history: what keeping it costs in disk and time, and how fast it answers.

    python bench/history.py --n 1000000              # queries and recording at N synthetic incidents
    python bench/history.py --pipeline --n 100000    # 30 daily ingests + assesses of 1,000 new reports
    python bench/history.py --n 1000000 --keep s.duckdb; python bench/history.py --queries s.duckdb

Queries (default): the synthetic store of ``bench/assess.py`` (N incidents over five years, about 10
agreements x 3 readings), judged in full, its findings recorded as the first run of the history; then 30
"days", each adding 1,000 new incidents and changing 1,000 others (their evidence grade moves on), their
findings judged again and the changes recorded. Times, per day, ``record_s`` (``adjudicate.history
.record_changes`` over the day's incidents, as an incremental assess calls it: the diff against the history
and its writes) against ``judge_s`` (judging that day's 2,000 incidents: the baseline in the same run), and
once ``record_compare_all_s`` (comparing every stored finding, as after a full assess), then the answers
a monitor asks for through ``api.history``: the last run's changes, one day's changes, all 30 days' changes
(first 1,000), the findings as of run #2, before the 30 days (one agreement and reading; all of them
counted), and one incident's history. ``size_ratio``: the store with its history against the same store
without it, both compacted the same way (copied into a fresh file).

Pipeline (``--pipeline``): N synthetic reports (``bench/end_to_end.py``) ingested and assessed, then 30 days
of 1,000 new reports each, ingested and assessed incrementally through ``api`` as a user runs them; the
history stage's share of each assess (``seconds['history']``) and the size ratio as above. Ends with one JSON
line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from trucewatch import api
from trucewatch.adjudicate.evaluate import evaluate
from trucewatch.adjudicate.history import Touched, record_changes
from trucewatch.api import history
from trucewatch.store import Store

DAYS = 30
PER_DAY = 1000
HISTORY_TABLES = ("finding_changes", "run_log")


def _timed(call: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    result = call()
    return round(time.perf_counter() - started, 3), result


def compacted_sizes(db: Path, folder: Path) -> dict[str, Any]:
    """The store copied into a fresh file as it is, and without its history (the same copy, history rows
    deleted, copied again): both written the same way, so that free blocks count in neither."""
    def copy(source: Path, target: Path, *, drop_history: bool = False) -> int:
        con = duckdb.connect(str(source))
        try:
            if drop_history:
                for table in HISTORY_TABLES:
                    con.execute(f"DELETE FROM {table}")
            con.execute(f"ATTACH '{target}' AS copy_target")
            con.execute("COPY FROM DATABASE " + _database_name(con) + " TO copy_target")
            con.execute("DETACH copy_target")
        finally:
            con.close()
        return target.stat().st_size

    with_history = copy(db, folder / "with-history.duckdb")
    scratch = folder / "scratch.duckdb"
    copy(db, scratch)
    without = copy(scratch, folder / "without-history.duckdb", drop_history=True)
    for path in (scratch, folder / "with-history.duckdb", folder / "without-history.duckdb"):
        path.unlink()
    return {"store_mb": round(db.stat().st_size / 1e6, 1), "compacted_mb": round(with_history / 1e6, 1),
            "compacted_without_history_mb": round(without / 1e6, 1),
            "size_ratio": round(with_history / without, 3)}


def _database_name(con: duckdb.DuckDBPyConnection) -> str:
    row = con.execute("SELECT current_database()").fetchone()
    assert row is not None
    return f'"{row[0]}"'


def queries(db: Path) -> dict[str, Any]:
    """The answers a monitor asks for, each timed through api.history (in this process)."""
    with Store(db, read_only=True) as store:
        row = store.con.execute("SELECT agreement_id, reading_id FROM clause_readings WHERE kind = 'prohibition' "
                                "ORDER BY 1 DESC, 2 LIMIT 1").fetchone()
        incident = store.con.execute("SELECT incident_id FROM finding_changes WHERE seq > 1 LIMIT 1").fetchone()
        assert row is not None and incident is not None
        state_s, state = _timed(lambda: store.con.execute(
            f"SELECT count(*) FROM ({history.state_at_sql(2)})").fetchone())
    one = history.ChangeFilters(agreement=row[0], reading=row[1])
    last_s, last = _timed(lambda: history.changes(db))
    last_seq = history.runs(db, limit=1)[0]["run_seq"]
    day_s, day = _timed(lambda: history.changes(db, since=f"#{last_seq - 1}"))
    all_s, every = _timed(lambda: history.changes(db, since="#1", limit=1000))
    as_of_s, as_of = _timed(lambda: history.findings_as_of(db, "#2", filters=one, limit=1000))
    as_of_date_s, _ = _timed(lambda: history.findings_as_of(
        db, datetime.now(UTC).strftime("%Y-%m-%d"), filters=one, limit=1000))
    incident_s, trail = _timed(lambda: history.incident_history(db, str(incident[0])))
    return {
        "changes_last_run_s": last_s, "changes_last_run_rows": len(last["changes"]),
        "changes_one_day_s": day_s, "changes_all_days_first_1000_s": all_s, "changes_all_rows": len(every["changes"]),
        "changes_one_day_rows": len(day["changes"]),
        "as_of_run2_one_reading_s": as_of_s, "as_of_rows": len(as_of["findings"]),
        "as_of_today_one_reading_s": as_of_date_s,
        "state_as_of_run2_count_s": state_s, "state_as_of_run2_findings": int(state[0]) if state else None,
        "incident_history_s": incident_s, "incident_history_rows": len(trail),
    }


def synthetic(n: int, keep: Path | None = None) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from assess import INCIDENTS_SQL, build  # bench/assess.py

    with tempfile.TemporaryDirectory(prefix="trucewatch-history-") as tmp:
        folder = Path(tmp)
        db = build(folder, n)
        result: dict[str, Any] = {"n": n}
        with Store(db) as store:
            con = store.con
            with store.transaction():
                result["judge_all_s"], stored = _timed(lambda: evaluate(con))
                result["stored_findings"] = stored
                result["record_first_s"], first = _timed(
                    lambda: record_changes(con, "synthetic-0", "full", _now()))
                result["first_changes"] = first
            # the reference: comparing every stored finding (what a full assess does; here it finds nothing)
            with store.transaction():
                result["record_compare_all_s"], unchanged = _timed(
                    lambda: record_changes(con, "synthetic-check", "full", _now()))
                assert unchanged == 0, unchanged
            # new incidents: the same generator, ids moved past the first n
            new_sql = (INCIDENTS_SQL.format(n=PER_DAY)
                       .replace("'inc:syn-' || i", "'inc:syn-' || (i + {first})")
                       .replace("'syn-' || i,", "'syn-' || (i + {first}),")
                       .replace("hash(i, ", "hash(i + {first}, "))
            days = []
            for day in range(1, DAYS + 1):
                with store.transaction():
                    con.execute(f"""CREATE OR REPLACE TEMP TABLE _day AS
                        SELECT id FROM incidents WHERE hash(id, 'day', {day}) % {max(n // PER_DAY, 1)} = 0
                        LIMIT {PER_DAY}""")
                    con.execute("""UPDATE incidents SET evidence_grade = CASE evidence_grade
                        WHEN 'single_source' THEN 'corroborated' WHEN 'corroborated' THEN 'contested'
                        WHEN 'contested' THEN 'acknowledged' ELSE 'single_source' END
                        WHERE id IN (SELECT id FROM _day)""")
                    first_new = n + (day - 1) * PER_DAY
                    con.execute(new_sql.replace("{first}", str(first_new)))
                    con.execute(f"INSERT INTO _day SELECT 'inc:syn-' || (i + {first_new}) FROM range({PER_DAY}) t(i)")
                    judge_s, _ = _timed(lambda: (
                        con.execute("DELETE FROM findings WHERE incident_id IN (SELECT id FROM _day)"),
                        evaluate(con, "i.id IN (SELECT id FROM _day)")))
                    touched = Touched(con)  # what assess's incremental rebuild names
                    touched.add("SELECT id FROM _day")
                    record_s, changed = _timed(lambda d=day, t=touched: record_changes(
                        con, f"synthetic-{d}", "incremental", _now(), t))
                    con.execute("DROP TABLE _day")
                days.append({"judge_s": judge_s, "record_s": record_s, "changes": changed})
            con.execute("CHECKPOINT")
        result["days"] = len(days)
        result["mean_judge_2000_s"] = round(sum(d["judge_s"] for d in days) / len(days), 3)
        result["mean_record_s"] = round(sum(d["record_s"] for d in days) / len(days), 3)
        result["max_record_s"] = max(d["record_s"] for d in days)
        result["mean_changes_per_day"] = round(sum(d["changes"] for d in days) / len(days))
        result.update(queries(db))
        result.update(compacted_sizes(db, folder))
        result["load_avg"] = [round(v, 2) for v in os.getloadavg()]
        if keep is not None:
            shutil.copyfile(db, keep)
        return result


def pipeline(n: int) -> dict[str, Any]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from end_to_end import write_files  # bench/end_to_end.py

    with tempfile.TemporaryDirectory(prefix="trucewatch-history-") as tmp:
        folder = Path(tmp)
        db = folder / "pipeline.duckdb"
        api.init_store(db)
        result: dict[str, Any] = {"n": n}
        if n:
            acled, ucdp = write_files(folder, n)
            api.ingest(db, [acled, ucdp], embed=False)
            result["first_assess_s"], first = _timed(lambda: api.assess(db))
            result["incidents"], result["stored_findings"] = first["incidents"], first["stored_findings"]
            result["first_history_s"] = first["seconds"].get("history")
        days = []
        for day in range(1, DAYS + 1):
            acled, ucdp = write_files(folder, PER_DAY, first=10**8 + day * 10**5, prefix=f"day{day}-",
                                      start=f"2025-{1 + day % 12:02d}-01", days=7)
            api.ingest(db, [acled, ucdp], embed=False)
            seconds, run = _timed(lambda: api.assess(db))
            days.append({"assess_s": seconds, "history_s": run["seconds"].get("history", 0.0),
                         "changes": run["changes"], "mode": run["mode"]})
            for path in (acled, ucdp):
                path.unlink()
        result["days"] = len(days)
        result["modes"] = sorted({d["mode"] for d in days})
        result["mean_assess_s"] = round(sum(d["assess_s"] for d in days) / len(days), 3)
        result["mean_history_s"] = round(sum(d["history_s"] for d in days) / len(days), 3)
        result["history_share"] = round(sum(d["history_s"] for d in days) / sum(d["assess_s"] for d in days), 3)
        result["mean_changes_per_day"] = round(sum(d["changes"] for d in days) / len(days))
        result.update(compacted_sizes(db, folder))
        result["load_avg"] = [round(v, 2) for v in os.getloadavg()]
        return result


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--pipeline", action="store_true")
    parser.add_argument("--keep", type=Path, help="copy the synthetic store here when done")
    parser.add_argument("--queries", type=Path, metavar="STORE", help="only time the queries on a kept store")
    args = parser.parse_args()
    if args.queries:
        print(json.dumps({**queries(args.queries), "load_avg": [round(v, 2) for v in os.getloadavg()]}))
    else:
        print(json.dumps(pipeline(args.n) if args.pipeline else synthetic(args.n, args.keep)))


if __name__ == "__main__":
    main()
