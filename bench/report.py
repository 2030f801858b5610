"""The whole report of a large store: time and peak memory, against DuckDB's bare copy of the same findings.

    python bench/report.py [--incidents 100000] [--store DIR] [--out DIR]

Builds a synthetic store (the assessed demo store replicated with SQL inserts; tests/web/synthetic.py, as
``bench/dashboard.py`` does), kept in --store when given (a folder already holding one is reused), and runs
``trucewatch report`` on it as its own process (into --out when given, to compare the files of two runs),
timed with its peak RSS and its CPU time, user and system (``getrusage`` of the child: on a machine shared
with other jobs the CPU time moves less than the wall time). The baseline, in the same run: DuckDB copying
the key, verdict and statuses of every finding the report exports (stored and implied) to a gzip CSV with
no reasons rendered, the floor for writing that many rows. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.web.synthetic import build_synthetic_store  # noqa: E402

from trucewatch.api.core import _findings_where, open_store  # noqa: E402
from trucewatch.api.filters import make_filters  # noqa: E402
from trucewatch.api.findings import findings_from  # noqa: E402


def _report(db: Path, out: Path) -> dict[str, object]:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    command = [sys.executable, "-c", "from trucewatch.cli import main; main()",
               "report", "--db", str(db), "--out", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, check=False, env={**os.environ, "NO_COLOR": "1"})
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"report failed ({done.returncode}): {done.stderr[-2000:]}")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    files = {p.name: p.stat().st_size for p in sorted(out.iterdir()) if p.is_file()}
    return {"seconds": round(seconds, 1), "cpu_seconds": round(usage.ru_utime + usage.ru_stime - cpu_before, 1),
            "peak_rss_mb": round(max(usage.ru_maxrss, before) / 1024), "files": files}


def _bare_copy(db: Path, out: Path) -> dict[str, object]:
    """The rows the report's findings files hold (the findings within each clause reading's reach), copied by
    DuckDB as they are: keys, verdict and statuses, no reasons."""
    started = time.perf_counter()
    with open_store(db, read_only=True) as store:
        where, params = _findings_where(store, make_filters(), everything=False)
        relation = f"SELECT f.* {findings_from(())} WHERE {' AND '.join(where) or 'TRUE'}"
        row = store.con.execute(f"SELECT count(*) FROM ({relation})", params).fetchone()
        count = int(row[0]) if row else 0
        store.con.execute(f"COPY ({relation}) TO '{out}' (FORMAT csv, HEADER, COMPRESSION gzip)", params)
    return {"seconds": round(time.perf_counter() - started, 1), "findings": count, "bytes": out.stat().st_size}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--store", type=Path, help="a folder to keep the store in (reused when it holds one)")
    parser.add_argument("--out", type=Path, help="a folder to keep the report in (to compare runs' files)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = (args.store or folder / "store") / "trucewatch.duckdb"
        if not db.exists():
            started = time.perf_counter()
            db = build_synthetic_store(db.parent, args.incidents)
            print(f"store built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute("SELECT count(*) FROM incidents").fetchone()
            incidents = int(row[0]) if row else 0
        report = _report(db, args.out or folder / "report")
        bare = _bare_copy(db, folder / "bare.csv.gz")
    findings = int(str(bare["findings"]))
    print(json.dumps({
        "incidents": incidents, "findings": findings,
        "report_seconds": report["seconds"], "report_cpu_seconds": report["cpu_seconds"],
        "report_peak_rss_mb": report["peak_rss_mb"],
        "report_findings_per_s": round(findings / float(str(report["seconds"]))),
        "report_files": report["files"],
        "baseline_bare_copy_seconds": bare["seconds"], "baseline_bytes": bare["bytes"],
    }))


if __name__ == "__main__":
    main()
