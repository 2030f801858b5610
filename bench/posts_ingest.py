"""Memory and time of `trucewatch ingest` on Telegram Desktop exports of N posts, against a 100-post baseline.

    python bench/posts_ingest.py --n 10000 200000
    python bench/posts_ingest.py --read-only --n 100000 600000
    python bench/posts_ingest.py --phases --n 200000   # with each phase's time and peak (ingest_phases.py)
    python bench/posts_ingest.py --n 20000 --workers 1 2   # posts read in this process, then in two workers
    python bench/posts_ingest.py --phases --no-embed --n 20000 --workers 1 2   # the same, without embedding

Writes a synthetic channel export per N (the Russian/Ukrainian post templates of ``bench/extract.py``, about
500 bytes a post, with a service message and a photo without text every 50 messages), then ingests each into a
fresh DuckDB store in its own process (``trucewatch ingest --format telegram``, through ``/usr/bin/time -v``
for the peak resident memory) and reports the wall time and the peak. The baseline, in the same run, is the
ingest of a 100-post export: the models, the dictionaries and the store, before any post counts. The memory
the posts themselves take is the peak minus the baseline; ``kb_per_post`` is that over N. The last line is one
JSON object: {"runs": [{"n", "workers", "mb", "wall_s", "cpu_s", "peak_mb", "all_processes_peak_mb", "worker_peak_mb",
"reports", "kb_per_post"}, ...], "baseline_peak_mb", "load_avg"}; a loaded machine gives longer times (the peaks do
not depend on it). ``peak_mb`` is the ingest's own process (``time -v``); ``all_processes_peak_mb`` the ingest
and its worker processes summed (sampled every 0.1 s from /proc, pages they share counted in each), and
``worker_peak_mb`` the largest of the processes it started (the workers). ``cpu_s`` is the user and system time
of the ingest and its workers (``time -v``): on a machine busy with other jobs the workers add no share of the
cores, and the CPU time says what they cost.

With --read-only, only the reading of the file is measured (no language, no store): every post of the export
iterated as ``trucewatch ingest`` reads it, against the first step of reading the file whole (``json.loads``
of its text, which the reading did before it was streamed), each in its own process. This is quick at any
size, so it shows the reading's memory beyond the ingests one can wait for.
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
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import trucewatch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import POST_TEMPLATES, RU_NUMBERS, RU_REGIONS, UK_PLACES

BASELINE = 100
CLI = "from trucewatch.cli import main; main()"


def message(number: int, rng: random.Random) -> dict[str, object]:
    moment = datetime(2025, 3, 19, 5, tzinfo=UTC) + timedelta(minutes=number * 7 + rng.randint(0, 5))
    head: dict[str, object] = {"id": number, "type": "message", "date": moment.strftime("%Y-%m-%dT%H:%M:%S"),
                               "date_unixtime": str(int(moment.timestamp()))}
    if number % 50 == 17:
        return {**head, "type": "service", "action": "pin_message", "text": ""}
    if number % 50 == 33:
        return {**head, "photo": f"photos/photo_{number}.jpg", "text": ""}
    first, second = rng.sample(RU_REGIONS, 2)
    text = rng.choice(POST_TEMPLATES).format(
        n=rng.choice(RU_NUMBERS), m=rng.choice(RU_NUMBERS), r=first, r2=second, h=rng.randint(8, 22),
        mm=rng.choice(["00", "15", "30", "45"]), d=rng.randint(1, 14), d2=rng.randint(15, 28), p=rng.choice(UK_PLACES))
    return {**head, "text": text}


def write_export(path: Path, n: int, seed: int) -> None:
    """An export as Telegram Desktop writes it: the channel's fields, then the messages, one key a line."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as handle:
        handle.write('{\n "name": "Bench channel",\n "type": "public_channel",\n "id": 1000000001,\n "messages": [')
        for number in range(1, n + 1):
            text = json.dumps(message(number, rng), ensure_ascii=False, indent=1)
            handle.write(("\n  " if number == 1 else ",\n  ") + text.replace("\n", "\n  "))
        handle.write("\n ]\n}\n")


def _env() -> dict[str, str]:
    """The environment of a measured process: this trucewatch on its path."""
    return {**os.environ, "PYTHONPATH": str(Path(trucewatch.__file__).resolve().parents[1])}


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * _PAGE // 1024
    except (OSError, IndexError, ValueError):
        return 0


def _children() -> dict[int, list[int]]:
    """Each process's children, from ``/proc/*/stat`` (Linux; empty elsewhere)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else ():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
    return children


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """The resident memory of ``pid`` and every process under it, summed (shared pages counted in each), and
    the largest of the processes under it other than the first python one (the worker processes)."""
    children = _children()
    pids, stack = [], [pid]
    while stack:
        each = stack.pop()
        pids.append(each)
        stack.extend(children.get(each, []))
    sizes = {each: _rss_kb(each) for each in pids}
    # pid is /usr/bin/time; its child is the ingest; the ingest's descendants are the forkserver and workers
    ingest = children.get(pid, [])
    others = [size for each, size in sizes.items() if each != pid and each not in ingest]
    return sum(sizes.values()), max(others, default=0)


_PAGE = os.sysconf("SC_PAGE_SIZE")


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, int, subprocess.CompletedProcess[str]]:
    """Run ``command`` under ``/usr/bin/time -v``: its wall time, peak RSS (KB; -1 if not reported), and the run.
    The peak ``time`` gives is that of the largest one process; :data:`TREE_PEAK` gets the peak of the whole
    tree (the ingest and its worker processes, summed; sampled every 0.1 s) and of one worker."""
    started = time.perf_counter()
    process = subprocess.Popen(["/usr/bin/time", "-v", *command], env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    tree = worker = 0
    output: list[str] = []

    def drain() -> None:
        output.extend(process.communicate())

    reader = threading.Thread(target=drain)
    reader.start()
    while reader.is_alive():
        total, largest = _tree_rss_kb(process.pid)
        tree, worker = max(tree, total), max(worker, largest)
        reader.join(0.1)
    wall = time.perf_counter() - started
    done = subprocess.CompletedProcess(process.args, process.returncode, output[0], output[1])
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    TREE_PEAK.update(tree_kb=tree, worker_kb=worker)
    return wall, int(peak.group(1)) if peak else -1, done


TREE_PEAK: dict[str, int] = {}


PHASES = Path(__file__).resolve().parent / "ingest_phases.py"


def ingest(export: Path, folder: Path, *, phases: bool = False, workers: int = 1, embed: bool = True) -> dict[str, Any]:
    """One ingest into a fresh store, in its own process, reading posts with ``workers`` processes: wall time,
    peak RSS (of the ingest's process, and of it and its workers together) and the reports written; with
    ``phases``, run through ``ingest_phases.py``: also each phase's time and peak (its JSON's "phases")."""
    db = folder / f"{export.stem}.duckdb"
    env = _env()
    subprocess.run([sys.executable, "-c", CLI, "init", "--db", str(db)], check=True, env=env, capture_output=True)
    command = [sys.executable, str(PHASES), str(db), str(export), "--workers", str(workers),
               *([] if embed else ["--no-embed"])] if phases else \
        [sys.executable, "-c", CLI, "ingest", "--db", str(db), "--format", "telegram", "--workers", str(workers),
         *([] if embed else ["--no-embed"]), str(export)]
    wall, peak_kb, done = _timed(command, env)
    if done.returncode != 0:
        raise SystemExit(f"ingest of {export} failed:\n{done.stdout}\n{done.stderr}")
    reports = re.search(r"posts read \d+ = \d+ with reports \+ \d+ skipped; (\d+) reports and (\d+) tallies",
                        done.stdout + done.stderr)
    db.unlink(missing_ok=True)
    cpu = sum(float(found.group(1)) for found in re.finditer(r"(?:User|System) time \(seconds\): ([\d.]+)",
                                                                 done.stderr))
    measured: dict[str, Any] = {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_kb": peak_kb, **TREE_PEAK,
                                "reports": int(reports.group(1)) + int(reports.group(2)) if reports else -1}
    if phases:
        measured["phases"] = json.loads(done.stdout.strip().splitlines()[-1])["phases"]
    return measured


STREAMED = ("import sys; from pathlib import Path; from trucewatch.nlp.post_files import stream_telegram_export; "
            "stream = stream_telegram_export(Path(sys.argv[1])); print(sum(1 for _ in stream.posts))")
READ = ("import sys; from pathlib import Path; from trucewatch.nlp.post_files import stream_telegram_export; "
        "from trucewatch.nlp.posts import read_post_any; stream = stream_telegram_export(Path(sys.argv[1])); "
        "print(sum(1 for post in stream.posts if read_post_any(post)))")
WHOLE = ("import json, sys; from pathlib import Path; "
         "print(len(json.loads(Path(sys.argv[1]).read_text(encoding='utf-8'))['messages']))")


def read_only(export: Path, *, posts: bool = False) -> dict[str, dict[str, float | int]]:
    """Wall time and peak RSS of reading the export streamed and of parsing it whole, each in its own process;
    with ``posts``, also of reading every post in its language (the readers and their caches, no store)."""
    env = _env()
    measured = {}
    for name, code in (("streamed", STREAMED), ("whole_json", WHOLE), *((("posts_read", READ),) if posts else ())):
        wall, peak_kb, done = _timed([sys.executable, "-c", code, str(export)], env)
        done.check_returncode()
        measured[name] = {"wall_s": round(wall, 1), "peak_mb": round(peak_kb / 1024) if peak_kb >= 0 else -1,
                          "count": int(done.stdout.strip() or -1)}
    return measured


def read_only_main(sizes: list[int], seed: int, *, posts: bool = False) -> None:
    runs = []
    with tempfile.TemporaryDirectory(prefix="posts-read-") as name:
        for n in sizes:
            export = Path(name) / f"export-{n}.json"
            write_export(export, n, seed)
            run = {"n": n, "mb": round(export.stat().st_size / 1e6, 1), **read_only(export, posts=posts)}
            export.unlink()
            runs.append(run)
            print(f"{n:>9,} posts ({run['mb']} MB): streamed {run['streamed']}, whole {run['whole_json']}"
                  + (f", posts read {run['posts_read']}" if posts else ""), file=sys.stderr, flush=True)
    print(json.dumps({"runs": runs, "load_avg": [round(value, 2) for value in os.getloadavg()]}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[10_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--read-only", action="store_true", help="measure the reading of the file only")
    parser.add_argument("--phases", action="store_true",
                        help="ingest through ingest_phases.py: each phase's time and peak memory in the JSON")
    parser.add_argument("--read-posts", action="store_true",
                        help="with --read-only: also read every post in its language (no store)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1],
                        help="ingest each export with each of these numbers of processes reading the posts")
    parser.add_argument("--no-embed", action="store_true",
                        help="leave the new texts unembedded (the time of the reading and the store alone)")
    arguments = parser.parse_args()
    if arguments.read_only:
        read_only_main(arguments.n, arguments.seed, posts=arguments.read_posts)
        return
    runs = []
    with tempfile.TemporaryDirectory(prefix="posts-ingest-") as name:
        folder = Path(name)
        baseline: dict[str, Any] = {}
        for n in [BASELINE, *arguments.n]:
            export = folder / f"export-{n}.json"
            write_export(export, n, arguments.seed)
            size = export.stat().st_size
            for workers in [1] if n == BASELINE else arguments.workers:
                measured = ingest(export, folder, phases=arguments.phases, workers=workers,
                                  embed=not arguments.no_embed)
                if n == BASELINE and not baseline:
                    baseline = measured
                # with workers, the memory of all the processes (the baseline reads in one)
                peak = int(measured["peak_kb" if workers == 1 else "tree_kb"])
                extra = (peak - int(baseline["peak_kb"])) / max(1, n - BASELINE)
                run = {"n": n, "workers": workers, "mb": round(size / 1e6, 1), "wall_s": measured["wall_s"],
                       "cpu_s": measured["cpu_s"],
                       "peak_mb": round(int(measured["peak_kb"]) / 1024),
                       "all_processes_peak_mb": round(int(measured["tree_kb"]) / 1024),
                       "worker_peak_mb": round(int(measured["worker_kb"]) / 1024), "reports": measured["reports"],
                       "kb_per_post": round(extra, 3) if n != BASELINE else None,
                       **({"phases": measured["phases"]} if arguments.phases else {})}
                runs.append(run)
                print(f"{n:>9,} posts ({run['mb']} MB), {workers} worker(s): {run['wall_s']} s ({run['cpu_s']} s CPU), "
                      f"peak {run['peak_mb']} MB (all processes {run['all_processes_peak_mb']} MB, "
                      f"one worker {run['worker_peak_mb']} MB), {run['reports']} reports", file=sys.stderr, flush=True)
            export.unlink()
    print(json.dumps({"runs": runs, "baseline_peak_mb": runs[0]["peak_mb"],
                      "load_avg": [round(value, 2) for value in os.getloadavg()]}))


if __name__ == "__main__":
    main()
