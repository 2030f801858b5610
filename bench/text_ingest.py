"""Memory and time of `trucewatch ingest --text` on JSON Lines archives of N articles, against a 100-article
baseline.

    python bench/text_ingest.py --n 5000 20000 --workers 1 2
    python bench/text_ingest.py --read-only --n 100000 1000000
    python bench/text_ingest.py --n 2000 --old ../main/src   # also the ingest of another source tree

Writes a synthetic archive per N: one article in four is an English article of ``bench/extract.py`` (about
700 words, 4.5 KB), the others Russian and Ukrainian posts of its post templates (about 500 bytes), each with
an id, a publication time and a source. Each archive is ingested into a fresh DuckDB store in its own process
(``trucewatch ingest --format text --no-embed``, the same as ``--text``, through ``/usr/bin/time -v``; the helpers of
``bench/posts_ingest.py``), and the wall time, the CPU time, the peak resident memory (of the ingest's process,
and of it and its workers summed) and the reports are given. The baseline, in the same run, is the ingest of
100 articles in one process: the models, the dictionaries and the store before any article counts;
``kb_per_article`` is the peak over the baseline, over N. ``articles_per_s`` projects a million articles'
time (``million_h``). With ``--old SRC``, each N is also ingested with the trucewatch of SRC (e.g. the code
before the reading was streamed) in one process, in the same run. The last line is one JSON object:
{"runs": [...], "baseline_peak_mb", "load_avg"}.

With --read-only, only the reading of the file is measured: every article of the archive iterated as the
ingest reads it (``nlp.reader.stream_articles``: no language, no store), each N in its own process; quick at
any size, so it shows that the reading's memory does not grow with the file. These archives repeat 2,000
articles under new ids (``article-N``), so that a million is quick to write.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import POST_TEMPLATES, RU_NUMBERS, RU_REGIONS, UK_PLACES, article
from posts_ingest import CLI, TREE_PEAK, _env, _timed

BASELINE = 100
# one article in this many is an English article; the others are posts
ENGLISH_EVERY = 4


def record(number: int, rng: random.Random) -> dict[str, Any]:
    """Article ``number`` of an archive: an English article or a Russian/Ukrainian post."""
    if number % ENGLISH_EVERY == 0:
        made = article(number, rng)
        return {"id": made.id, "text": made.text,
                "published_at": made.published_at.isoformat() if made.published_at else None,
                "source": "Bench News"}
    moment = datetime(2025, 3, 19, 5, tzinfo=UTC) + timedelta(minutes=number * 7 + rng.randint(0, 5))
    first, second = rng.sample(RU_REGIONS, 2)
    text = rng.choice(POST_TEMPLATES).format(
        n=rng.choice(RU_NUMBERS), m=rng.choice(RU_NUMBERS), r=first, r2=second, h=rng.randint(8, 22),
        mm=rng.choice(["00", "15", "30", "45"]), d=rng.randint(1, 14), d2=rng.randint(15, 28), p=rng.choice(UK_PLACES))
    return {"id": f"post-{number}", "text": text, "published_at": moment.isoformat(), "source": "Минобороны России"}


def write_archive(path: Path, n: int, seed: int, *, distinct: int | None = None) -> None:
    """An archive of ``n`` articles; with ``distinct``, that many are made and repeated under new ids (quick to
    write at a million, for the reading alone)."""
    rng = random.Random(seed)
    pool = [record(number, rng) for number in range(1, min(n, distinct) + 1)] if distinct else []
    with path.open("w", encoding="utf-8") as handle:
        for number in range(1, n + 1):
            made = {**pool[(number - 1) % len(pool)], "id": f"article-{number}"} if pool else record(number, rng)
            handle.write(json.dumps(made, ensure_ascii=False) + "\n")


def ingest(archive: Path, folder: Path, *, workers: int, source: Path | None = None) -> dict[str, Any]:
    """One ingest into a fresh store in its own process: wall and CPU time, peaks, reports and articles."""
    db = folder / f"{archive.stem}.duckdb"
    env = _env() if source is None else {**os.environ, "PYTHONPATH": str(source)}
    subprocess.run([sys.executable, "-c", CLI, "init", "--db", str(db)], check=True, env=env, capture_output=True)
    command = [sys.executable, "-c", CLI, "ingest", "--db", str(db), "--format", "text", "--no-embed",
               "--output", "json", *(["--workers", str(workers)] if source is None else []), str(archive)]
    wall, peak_kb, done = _timed(command, env)
    db.unlink(missing_ok=True)
    if done.returncode != 0:
        raise SystemExit(f"ingest of {archive} failed:\n{done.stdout}\n{done.stderr}")
    [result] = json.loads(done.stdout)
    cpu = sum(float(found.group(1)) for found in re.finditer(r"(?:User|System) time \(seconds\): ([\d.]+)",
                                                                 done.stderr))
    items = result.get("items") or {}
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_kb": peak_kb, **TREE_PEAK,
            "reports": result["ingested"], "notes": result["notes"][:1],
            "items": {key: items.get(key) for key in ("read", "with_reports", "skipped")}}


STREAMED = ("import sys; from pathlib import Path; from trucewatch.nlp.reader import stream_articles; "
            "print(sum(1 for _ in stream_articles(Path(sys.argv[1]))))")


def read_only_main(sizes: list[int], seed: int) -> None:
    runs = []
    with tempfile.TemporaryDirectory(prefix="text-read-") as name:
        for n in sizes:
            archive = Path(name) / f"archive-{n}.jsonl"
            write_archive(archive, n, seed, distinct=2000)
            wall, peak_kb, done = _timed([sys.executable, "-c", STREAMED, str(archive)], _env())
            done.check_returncode()
            run = {"n": n, "mb": round(archive.stat().st_size / 1e6, 1), "wall_s": round(wall, 1),
                   "peak_mb": round(peak_kb / 1024), "count": int(done.stdout.strip())}
            archive.unlink()
            runs.append(run)
            print(f"{n:>9,} articles ({run['mb']} MB): read in {run['wall_s']} s, peak {run['peak_mb']} MB",
                  file=sys.stderr, flush=True)
    print(json.dumps({"runs": runs, "load_avg": [round(value, 2) for value in os.getloadavg()]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[5_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1])
    parser.add_argument("--read-only", action="store_true", help="measure the reading of the file only")
    parser.add_argument("--old", type=Path, metavar="SRC",
                        help="also ingest each N with the trucewatch package under SRC, in one process")
    arguments = parser.parse_args()
    if arguments.read_only:
        read_only_main(arguments.n, arguments.seed)
        return
    runs = []
    with tempfile.TemporaryDirectory(prefix="text-ingest-") as name:
        folder = Path(name)
        baseline: dict[str, Any] = {}
        for n in [BASELINE, *arguments.n]:
            archive = folder / f"archive-{n}.jsonl"
            write_archive(archive, n, arguments.seed)
            size = archive.stat().st_size
            cases: list[tuple[str, int, Path | None]] = [("new", workers, None) for workers in
                                                         ([1] if n == BASELINE else arguments.workers)]
            if arguments.old and n != BASELINE:
                cases.append(("old", 1, arguments.old.resolve()))
            for code, workers, source in cases:
                measured = ingest(archive, folder, workers=workers, source=source)
                if not baseline:
                    baseline = measured
                peak = int(measured["peak_kb" if workers == 1 else "tree_kb"])
                extra = (peak - int(baseline["peak_kb"])) / max(1, n - BASELINE)
                run = {"n": n, "code": code, "workers": workers, "mb": round(size / 1e6, 1),
                       "wall_s": measured["wall_s"], "cpu_s": measured["cpu_s"],
                       "articles_per_s": round(n / measured["wall_s"], 1),
                       "million_h": round(1e6 / (n / measured["wall_s"]) / 3600, 1),
                       "peak_mb": round(int(measured["peak_kb"]) / 1024),
                       "all_processes_peak_mb": round(int(measured["tree_kb"]) / 1024),
                       "worker_peak_mb": round(int(measured["worker_kb"]) / 1024),
                       "reports": measured["reports"], "items": measured["items"], "notes": measured["notes"],
                       "kb_per_article": round(extra, 3) if n != BASELINE else None}
                runs.append(run)
                print(f"{n:>7,} articles ({run['mb']} MB), {code} code, {workers} worker(s): {run['wall_s']} s "
                      f"({run['cpu_s']} s CPU, {run['articles_per_s']} articles/s), peak {run['peak_mb']} MB "
                      f"(all processes {run['all_processes_peak_mb']} MB, one worker {run['worker_peak_mb']} MB), "
                      f"{run['reports']} reports", file=sys.stderr, flush=True)
            archive.unlink()
    print(json.dumps({"runs": runs, "baseline_peak_mb": runs[0]["peak_mb"],
                      "load_avg": [round(value, 2) for value in os.getloadavg()]}, ensure_ascii=False))


if __name__ == "__main__":
    main()
