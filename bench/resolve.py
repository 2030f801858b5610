"""Benchmark incident resolution: N synthetic reports grouped with blocking on time and space, against
all-pairs comparison on a sample in the same run.

Synthetic data: N/2 events (strikes on a named facility at a point in a 1°×1° "region" of Ukraine's
bounding box, over five years), each reported about twice by different sources with up to an hour of time
jitter and a few kilometres of location jitter; 5% of reports name only the country (wave reports).
The baseline scores every pair of a sample of ``--sample`` reports with the same scoring SQL; both runs use
2 threads. Ends with one JSON line: {"n", "reports_per_s", "baseline_reports_per_s", ...}.

    python bench/resolve.py --n 1000000
"""

from __future__ import annotations

import argparse
import json
import resource
import tempfile
import time
from pathlib import Path

from trucewatch.resolve import ResolveSettings, drop_work_tables, resolve_groups
from trucewatch.store import Store

SYNTHETIC_SQL = """
INSERT INTO reports (id, content_hash, source_name, source_kind, claimant, stance, actor, occurred_start,
    occurred_end, tz, location_name, admin1_code, country, lat, lon, precision_km, target_category, target_name,
    weapon, outcome, aggregate, event, format)
WITH r AS (
    SELECT i, i % {events} AS e, i // {events} AS copy FROM range({n}) t(i)
), ev AS (
    SELECT r.*, TIMESTAMP '2021-01-01' + to_seconds((hash(e, 'time') % (5 * 365 * 86400))::BIGINT) AS t0,
        44.5 + (hash(e, 'lat') % 7000) / 1000.0 AS lat0, 23.0 + (hash(e, 'lon') % 16000) / 1000.0 AS lon0,
        ['energy.transmission.substation', 'energy.oil.storage', 'civilian.residential',
         'infrastructure.rail', 'energy.generation.thermal'][1 + (hash(e, 'cat') % 5)::INTEGER] AS cat,
        ['drone', 'missile', 'artillery'][1 + (hash(e, 'w') % 3)::INTEGER] AS weapon,
        hash(i, 'wave') % 20 = 0 AS wave
    FROM r
)
SELECT 'syn-' || i, md5(i::VARCHAR), 'source ' || copy, 'media', 'source ' || copy, 'reports',
    CASE WHEN hash(e, 'actor') % 2 = 0 THEN 'RU' ELSE 'UA' END,
    t0 + to_seconds((hash(i, 'dt') % 3600)::BIGINT), t0 + to_seconds((hash(i, 'dt') % 3600)::BIGINT + 1800),
    'UTC', NULL,
    CASE WHEN NOT wave THEN 'SYN-' || floor(lat0)::INTEGER || '-' || floor(lon0)::INTEGER END, 'UA',
    CASE WHEN NOT wave THEN lat0 + ((hash(i, 'dy') % 40)::INTEGER - 20) / 1000.0 END,
    CASE WHEN NOT wave THEN lon0 + ((hash(i, 'dx') % 40)::INTEGER - 20) / 1000.0 END,
    CASE WHEN NOT wave THEN 5.0 END,
    CASE WHEN NOT wave THEN cat END, CASE WHEN NOT wave THEN 'facility ' || e END,
    weapon, 'hit', false, 'strike', 'synthetic'
FROM ev
"""


def build(folder: Path, n: int) -> Path:
    db = folder / f"bench-{n}.duckdb"
    with Store(db) as store, store.transaction() as con:
        con.execute(SYNTHETIC_SQL.format(n=n, events=max(n // 2, 1)))
    return db


def run(db: Path, blocking: bool, sample: int | None = None) -> tuple[float, int, set[tuple[str, str]], int]:
    """Seconds to resolve, groups, the linked pairs (for the sample only) and the candidate pairs."""
    with Store(db) as store:
        con = store.con
        con.execute("SET threads = 2")
        if sample is not None:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"DELETE FROM reports WHERE id NOT IN (SELECT id FROM reports ORDER BY id LIMIT {sample})")
        start = time.perf_counter()
        result = resolve_groups(con, ResolveSettings(use_text=False), blocking=blocking)
        seconds = time.perf_counter() - start
        links: set[tuple[str, str]] = set()
        if sample is not None:
            links = {(a, b) for a, b in con.execute(
                "SELECT xa.id, xb.id FROM _rv_scores s JOIN _rv_r xa ON xa.idx = s.a JOIN _rv_r xb ON xb.idx = s.b "
                "WHERE s.linked").fetchall()}
        drop_work_tables(con)
        if sample is not None:
            con.execute("ROLLBACK")
    return seconds, result.groups, links, result.candidate_pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000, help="synthetic reports (default 1,000,000)")
    parser.add_argument("--sample", type=int, default=1500, help="reports compared all-pairs (baseline)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = build(Path(tmp), args.n)
        seconds, groups, _, pairs = run(db, blocking=True)
        sample = min(args.sample, args.n)
        base_seconds, _, all_links, _ = run(db, blocking=False, sample=sample)
        _, _, blocked_links, _ = run(db, blocking=True, sample=sample)
    recall = len(all_links & blocked_links) / len(all_links) if all_links else 1.0
    print(json.dumps({
        "n": args.n,
        "seconds": round(seconds, 2),
        "groups": groups,
        "candidate_pairs": pairs,
        "pairs_per_report": round(pairs / args.n, 2),
        "reports_per_s": round(args.n / seconds),
        "baseline_sample": sample,
        "baseline_seconds": round(base_seconds, 2),
        "baseline_reports_per_s": round(sample / base_seconds),
        "blocking_link_recall_on_sample": round(recall, 4),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))


if __name__ == "__main__":
    main()
