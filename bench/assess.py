"""Benchmark adjudication at volume: N synthetic incidents × every clause × every reading.

    python bench/assess.py --n 1000000                 # evaluation: judge every pair, store the findings
    python bench/assess.py --end-to-end --n 1000000    # N synthetic reports: ingest, then assess, per stage

Evaluation (default): a store with the shipped agreements and six more built from them (the energy
moratorium, the Easter and the Victory Day truces moved to other years), so about 10 agreements × 3 readings;
N synthetic incidents over five years (2021–2025: actors, acts, targets from the whole taxonomy, places in
Ukraine and Russia, evidence grades, a few without a time, a tenth with an unknown target and registered
facilities nearby). It times

- ``full_s``: one full evaluation (``adjudicate.evaluate``: prefilter, judge, store what is not not_covered);
- the baseline in the same run: the naive evaluator, every pair judged and written in full with its reasons
  in words (what assess did before findings were stored compactly), on a sample of ``--sample`` incidents;
- ``incremental_1k_s``: 1,000 incidents changed (rebuilt as an incremental assess rebuilds them, untimed; then
  their findings deleted and judged again, as an incremental assess judges them).

``rate_per_s`` and ``baseline_rate_per_s`` are incident × clause-reading pairs judged per second. Ends with one
JSON line {"n", "rate_per_s", "baseline_rate_per_s", "ratio", "peak_rss_mb", "full_s", "incremental_1k_s", ...}.

End to end (``--end-to-end``): N synthetic reports (N/2 events over five years, each reported by about two
sources, 5 % of them country-wide waves) written as a native JSON Lines file, then ``trucewatch ingest`` and
``trucewatch assess`` as a user runs them, each in its own process so that its peak RSS is its own; then
1,000 more reports and an incremental ``assess``. One JSON line with seconds and peak RSS per stage.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

from trucewatch import api
from trucewatch.adjudicate.evaluate import all_pairs_sql, evaluate, judge_sql
from trucewatch.adjudicate.incremental import next_rowids, rebuilt
from trucewatch.store import Store

SHIPPED = Path(api.__file__).resolve().parent.parent / "data" / "agreements"
# (shipped file, from year, to year): the same terms moved to another year under another id
MOVED = (("energy-moratorium-2025.yaml", "2025", "2021"), ("energy-moratorium-2025.yaml", "2025", "2022"),
         ("energy-moratorium-2025.yaml", "2025", "2023"), ("energy-moratorium-2025.yaml", "2025", "2024"),
         ("easter-truce-2025.yaml", "2025", "2023"), ("victory-day-truce-2025.yaml", "2025", "2024"))

INCIDENTS_SQL = """
INSERT INTO incidents (id, primary_report, occurred_start, occurred_end, actor, target_category, target_name,
    location_name, admin1, admin1_code, country, lat, lon, precision_km, weapon, outcome, event, n_reports,
    n_sources, n_independent_sources, acknowledged_by, denied_by, competing_actors, evidence_grade,
    evidence_detail, grouping, target_claims, first_published)
WITH base AS (
    SELECT i, TIMESTAMP '2021-01-01' + to_seconds((hash(i, 't') % (5 * 365 * 86400))::BIGINT) AS t0,
        hash(i, 'u') % 1000 AS u, hash(i, 'v') % 1000 AS v, hash(i, 'w') % 1000 AS w, hash(i, 'x') % 1000 AS x
    FROM range({n}) r(i)
)
SELECT 'inc:syn-' || i, 'syn-' || i,
    CASE WHEN u < 30 THEN NULL ELSE t0 END,
    CASE WHEN u < 30 THEN NULL ELSE t0 + to_seconds((hash(i, 'len') % 21600)::BIGINT) END,
    CASE WHEN v < 550 THEN 'RU' WHEN v < 900 THEN 'UA' END,
    ['energy.transmission.substation', 'energy.generation.thermal', 'energy.oil.refinery', 'energy.gas.metering',
     'energy', 'infrastructure.rail', 'infrastructure.port', 'civilian.residential', 'civilian.health',
     'military.base', 'military.equipment', 'unknown'][1 + (hash(i, 'cat') % 12)::INTEGER],
    NULL, 'place ' || (hash(i, 'place') % 5000), NULL,
    CASE WHEN w < 850 THEN 'UA-' || [14, 63, 23, 65, 59, 12, 30, 51, 48, 35][1 + (hash(i, 'a1') % 10)::INTEGER]
         ELSE 'RU-' || ['BEL', 'KRS', 'BRY', 'ROS', 'KDA'][1 + (hash(i, 'a1') % 5)::INTEGER] END,
    CASE WHEN w < 850 THEN 'UA' ELSE 'RU' END,
    CASE WHEN w < 850 THEN 46.0 + (hash(i, 'lat') % 5000) / 1000.0 ELSE 50.0 + (hash(i, 'lat') % 3000) / 1000.0 END,
    CASE WHEN w < 850 THEN 24.0 + (hash(i, 'lon') % 14000) / 1000.0 ELSE 35.0 + (hash(i, 'lon') % 5000) / 1000.0 END,
    [1.0, 5.0, 25.0][1 + (hash(i, 'prec') % 3)::INTEGER],
    ['drone', 'missile', 'artillery', 'fpv'][1 + (hash(i, 'weapon') % 4)::INTEGER],
    CASE WHEN x < 150 THEN 'intercepted' ELSE 'hit' END,
    CASE WHEN x < 50 THEN NULL WHEN x < 150 THEN 'interception' WHEN x < 550 THEN 'strike' WHEN x < 850 THEN 'shelling'
         ELSE 'ground_assault' END,
    1, 1, 1, [], [], [],
    CASE WHEN v % 100 < 70 THEN 'single_source' WHEN v % 100 < 90 THEN 'corroborated'
         WHEN v % 100 < 97 THEN 'contested' WHEN v % 100 < 99 THEN 'acknowledged' ELSE 'discounted' END,
    NULL, NULL, [], t0 + INTERVAL 2 HOUR
FROM base
"""

# reports behind the incidents with an unknown target, and registered facilities near them
REPORTS_SQL = """
INSERT INTO reports (id, content_hash, source_name, claimant, stance, occurred_start, occurred_end, lat, lon,
    precision_km, target_category, aggregate, format)
SELECT primary_report, md5(primary_report), 'synthetic', 'synthetic', 'reports', occurred_start, occurred_end,
    lat, lon, precision_km, target_category, false, 'synthetic'
FROM incidents WHERE target_category = 'unknown';
INSERT INTO incident_reports SELECT id, primary_report, 'primary' FROM incidents;
INSERT INTO facility_candidates
SELECT i.primary_report, f.id, f.category, (hash(i.id, f.id) % 1500) / 100.0, 'distance', 10.0 + i.precision_km,
    i.precision_km
FROM incidents i JOIN (SELECT id, category, row_number() OVER (ORDER BY id) % 97 AS k FROM facilities) f
  ON f.k = hash(i.id) % 97
WHERE i.target_category = 'unknown';
"""


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_agreements(db: Path, folder: Path) -> None:
    files = []
    for name, old, new in MOVED:
        text = (SHIPPED / name).read_text(encoding="utf-8")
        agreement_id = re.search(r"^id: (\S+)", text, re.MULTILINE)
        assert agreement_id, name
        moved_id = agreement_id.group(1).replace(old, new)
        if moved_id == agreement_id.group(1):
            moved_id = f"{moved_id}-{new}"
        text = text.replace(f"{old}-", f"{new}-").replace(f"id: {agreement_id.group(1)}", f"id: {moved_id}", 1)
        path = folder / f"{moved_id}.yaml"
        path.write_text(text, encoding="utf-8")
        files.append(path)
    api.load_agreements(db, files)


def build(folder: Path, n: int) -> Path:
    db = folder / f"assess-{n}.duckdb"
    api.init_store(db)
    load_agreements(db, folder)
    with Store(db) as store, store.transaction() as con:
        con.execute(INCIDENTS_SQL.format(n=n))
        con.execute(REPORTS_SQL)
        con.execute("INSERT INTO assessed_agreements SELECT id FROM agreements")
    return db


def evaluation(n: int, sample: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory(prefix="trucewatch-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        db = build(folder, n)
        build_s = time.perf_counter() - started
        with Store(db) as store:
            con, memory_limit = store.con, store.memory_limit
            row = con.execute("SELECT count(*) FROM clause_readings WHERE kind = 'prohibition'").fetchone()
            readings = int(row[0]) if row else 0
            agreements = con.execute("SELECT count(*) FROM agreements").fetchone()
            pairs = n * readings

            started = time.perf_counter()
            with store.transaction():
                con.execute("DELETE FROM findings")
                stored = evaluate(con)
            full_s = time.perf_counter() - started

            # naive: every pair of a sample judged and written in full, reasons in words included
            sample_filter = f"hash(i.id, 'sample') % {max(n // sample, 1)} = 0"
            started = time.perf_counter()
            with store.transaction():
                con.execute(f"CREATE TABLE naive AS {judge_sql(all_pairs_sql(sample_filter), detail=True)}")
            naive_s = time.perf_counter() - started
            naive_pairs = con.execute("SELECT count(*) FROM naive").fetchone()
            naive_n = int(naive_pairs[0]) if naive_pairs else 0
            agree = con.execute("""SELECT count(*) FROM naive x
                LEFT JOIN findings f USING (incident_id, agreement_id, clause_id, reading_id)
                WHERE coalesce(f.verdict, 'not_covered') <> x.verdict""").fetchone()
            con.execute("DROP TABLE naive")

            # 1,000 incidents changed: rebuilt as an incremental assess rebuilds them (deleted, then appended;
            # not timed: that stands in for resolution), then their findings deleted and judged again, read by
            # row id as assess reads the incidents it has just built
            with store.transaction():
                con.execute("CREATE TEMP TABLE _changed AS SELECT id FROM incidents i "
                            "WHERE hash(i.id, 'changed') % 997 = 0 LIMIT 1000")
                con.execute("CREATE TEMP TABLE _ci AS SELECT * FROM incidents WHERE id IN (SELECT id FROM _changed)")
                con.execute("CREATE TEMP TABLE _cr AS SELECT * FROM incident_reports "
                            "WHERE incident_id IN (SELECT id FROM _changed)")
                con.execute("DELETE FROM incident_reports WHERE incident_id IN (SELECT id FROM _changed)")
                con.execute("DELETE FROM incidents WHERE id IN (SELECT id FROM _changed)")
                first = next_rowids(con)
                con.execute("INSERT INTO incidents SELECT * FROM _ci")
                con.execute("INSERT INTO incident_reports SELECT * FROM _cr")
                for table in ("_ci", "_cr"):
                    con.execute(f"DROP TABLE {table}")
            con.execute("CHECKPOINT")  # the stand-in's writes reach the file before the timing starts
            started = time.perf_counter()
            with store.transaction():
                con.execute("DELETE FROM findings WHERE incident_id IN (SELECT id FROM _changed)")
                changed = con.execute("SELECT count(*) FROM _changed").fetchone()
                evaluate(con, *rebuilt(con, first, int(changed[0]) if changed else 0,
                                       fallback="i.id IN (SELECT id FROM _changed)"))
                con.execute("DROP TABLE _changed")
            incremental_s = time.perf_counter() - started
        rate = pairs / full_s
        baseline = naive_n / naive_s if naive_s else 0.0
        return {
            "n": n, "agreements": int(agreements[0]) if agreements else 0, "clause_readings": readings,
            "pairs": pairs, "stored_findings": stored, "rate_per_s": round(rate),
            "baseline_rate_per_s": round(baseline), "ratio": round(rate / baseline, 1) if baseline else None,
            "baseline_pairs": naive_n, "baseline_disagreements": int(agree[0]) if agree else None,
            "peak_rss_mb": round(peak_rss_mb()), "full_s": round(full_s, 2),
            "incremental_1k_s": round(incremental_s, 3), "build_s": round(build_s, 1),
            "memory_limit": memory_limit,
            "load_avg": [round(v, 2) for v in os.getloadavg()],
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=20_000, help="incidents the naive evaluator judges")
    parser.add_argument("--end-to-end", action="store_true")
    args = parser.parse_args()
    if args.end_to_end:
        from end_to_end import end_to_end  # bench/end_to_end.py

        print(json.dumps(end_to_end(args.n)))
    else:
        print(json.dumps(evaluation(args.n, args.sample)))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
