"""Memory and time of the steps of a posts ingest after its reading, at N reports, against 100 in the same run.

    python bench/ingest_write.py --n 1000000

Reading a million posts takes hours; what follows it does not depend on how the reports were read. So the
reports of a 2,000-post synthetic export (``bench/posts_ingest.py``'s, read and staged as ``trucewatch ingest
--format telegram`` stages them) are copied to N reports, each copy with its own ids, lines and texts (the
copy's number appended, so that every post's text is new, as in a real channel), into a staging Parquet file.
Each N then runs in its own process on a fresh store, as the ingest driver does: the staged reports written
(``write_report_rows``) and committed, DuckDB's cache released (``Store.release_cache``), and the embedding
step's work up to the model: choosing the new texts (``embed_reports``, at most ``INGEST_LIMIT``) and writing
their vectors, with a stand-in model that returns fixed vectors (the real model's own memory, about 350 MB, is in
the baseline of ``bench/posts_ingest.py``, and its time is the model's). Each step's peak resident memory
(sampled every 20 ms) and time are reported; the last line is one JSON object {"runs": [{"n", "steps": {step:
{"s", "peak_mb"}}, "peak_mb"}, ...], "load_avg"}.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import duckdb

import trucewatch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_phases import rss_mb
from posts_ingest import write_export

BASELINE = 100
POSTS = 2000


class _Fixed:
    """A stand-in for the embedding model: the same unit vector for every text, at once."""

    model_id = "bench-fixed"

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [[1.0] + [0.0] * 383 for _ in texts]


def stage_sample(folder: Path) -> Path:
    """The staged reports of a POSTS-post export, as a Parquet file."""
    from trucewatch.ingest import posts

    export = folder / "sample.json"
    write_export(export, POSTS, 7)
    con = duckdb.connect()
    staged = posts._stage(con, posts.stream_telegram_export(export), "_sample", "telegram", export)
    target = folder / "sample.parquet"
    con.execute(f"COPY (SELECT * FROM _sample) TO '{target}'")
    if staged.release is not None:
        staged.release()
    return target


def copies(sample: Path, n: int, target: Path) -> None:
    """``n`` reports from the sample's, each copy with its own id, line and text."""
    con = duckdb.connect()
    count = con.execute(f"SELECT count(*) FROM read_parquet('{sample}')").fetchone()
    rows = int(count[0]) if count else 1
    # as the ingest stages them: JSON columns as text, in row groups of about a chunk's reports
    con.execute(f"""COPY (SELECT * REPLACE (id || '-' || k AS id, input_line + k * 1000000 AS input_line,
                                           text || ' ' || k AS text, provenance::VARCHAR AS provenance,
                                           spans::VARCHAR AS spans)
                          FROM read_parquet('{sample}'), range({-(-n // rows)}) t(k) LIMIT {n})
                    TO '{target}' (ROW_GROUP_SIZE 2048)""")


def measure(db: Path, staged: Path) -> dict[str, object]:
    """In this process: the steps after the staging, each one's time and peak resident memory."""
    from trucewatch.ingest.native import STAGE_CASTS
    from trucewatch.ingest.tabular import sql_str
    from trucewatch.resolve.embeddings import INGEST_LIMIT, embed_reports
    from trucewatch.store import Store
    from trucewatch.store.reports import write_report_rows

    step = ["open"]
    peaks: dict[str, float] = {}
    seconds: dict[str, float] = {}
    done = threading.Event()

    def sampler() -> None:
        while not done.wait(0.02):
            peaks[step[0]] = max(peaks.get(step[0], 0.0), rss_mb())

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    started = time.perf_counter()

    def begin(name: str) -> None:
        nonlocal started
        now = time.perf_counter()
        seconds[step[0]] = round(seconds.get(step[0], 0.0) + now - started, 1)
        peaks[step[0]] = max(peaks.get(step[0], 0.0), rss_mb())
        step[0], started = name, now

    with Store(db) as store:
        begin("write")
        with store.transaction() as con:
            con.execute(f"CREATE TEMP VIEW _staged AS SELECT {STAGE_CASTS} FROM read_parquet('{staged}')")
            written = write_report_rows(con, "_staged")
            con.execute("DROP VIEW _staged")
            begin("commit")
        begin("release")
        release = getattr(store, "release_cache", None)  # run against an older trucewatch: not there
        if release is not None:
            release()
        begin("embed")
        with store.transaction() as con:
            file = con.execute("SELECT any_value(input_file) FROM reports").fetchone()
            embedded = embed_reports(con, _Fixed(), "SELECT id FROM reports WHERE input_file = "
                                     + sql_str(str(file[0] if file else "")), limit=INGEST_LIMIT)
        begin("end")
    done.set()
    thread.join()
    return {"reports": written.inserted, "embedded": embedded,
            "steps": {name: {"s": seconds.get(name, 0.0), "peak_mb": round(peaks[name])}
                      for name in ("write", "commit", "release", "embed")},
            "peak_mb": round(max(peaks.values()))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100_000])
    parser.add_argument("--measure", nargs=2, type=Path, metavar=("DB", "STAGED"), help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.measure:
        print(json.dumps(measure(*arguments.measure)))
        return
    env = {**os.environ, "PYTHONPATH": str(Path(trucewatch.__file__).resolve().parents[1])}
    runs = []
    with tempfile.TemporaryDirectory(prefix="ingest-write-") as name:
        folder = Path(name)
        sample = stage_sample(folder)
        for n in [BASELINE, *arguments.n]:
            staged, db = folder / f"staged-{n}.parquet", folder / f"store-{n}.duckdb"
            copies(sample, n, staged)
            subprocess.run([sys.executable, "-m", "trucewatch", "init", "--db", str(db)], check=True, env=env,
                           capture_output=True)
            done = subprocess.run([sys.executable, __file__, "--measure", str(db), str(staged)], env=env,
                                  capture_output=True, text=True)
            if done.returncode != 0:
                raise SystemExit(f"the run of {n} reports failed:\n{done.stderr}")
            run = {"n": n, **json.loads(done.stdout.strip().splitlines()[-1])}
            runs.append(run)
            staged.unlink()
            print(f"{n:>9,} reports: peak {run['peak_mb']} MB, {run['steps']}", file=sys.stderr, flush=True)
    print(json.dumps({"runs": runs, "load_avg": [round(value, 2) for value in os.getloadavg()]}))


if __name__ == "__main__":
    main()
