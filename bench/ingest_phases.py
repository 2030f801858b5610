"""The phases of one `trucewatch ingest` in this process: wall time and peak resident memory of each.

    python bench/ingest_phases.py STORE.duckdb EXPORT.json [--format telegram]

Runs ``api.ingest`` on a store made by ``trucewatch init`` while a thread samples the resident memory
(``/proc/self/statm``) every 50 ms; the ingest's steps are wrapped so that each sample is counted in the phase
running at that moment: ``read`` (the posts read in their language; with ``--workers`` above 1 the
memory is this process's only, the workers' is not in it), ``stage`` (their reports written to the
staging file, and the digests matched at the end of the file), ``write`` (the staged reports inserted into the
store), ``log`` (the ingest log and its skipped posts), ``commit``, ``embed`` (the new texts embedded) and
``other`` (opening the store, loading the models, what is left). Prints one JSON object: {"phases": {name:
{"s", "peak_mb", "start_mb"}}, "peak_mb", "duckdb_mb_after", "notes"}; ``start_mb`` is the memory when the
phase first began, ``duckdb_mb_after`` DuckDB's own count of its memory after the write and after the log.
With ``--progress SECONDS`` a line of the phase, the posts read so far and the memory goes to stderr every
SECONDS, so that a long run shows its slope before it ends.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * _PAGE / 2**20


class Phases:
    """The running phase (a stack: a phase inside another counts for the inner one) and each one's totals."""

    def __init__(self) -> None:
        self.stack = ["other"]
        self.seconds: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self.start: dict[str, float] = {}
        self.since = time.perf_counter()
        self.lock = threading.Lock()

    def _switch(self, change: Callable[[], None]) -> None:
        with self.lock:
            now = time.perf_counter()
            name = self.stack[-1]
            self.seconds[name] = self.seconds.get(name, 0.0) + now - self.since
            self.since = now
            change()
            top = self.stack[-1]
            memory = rss_mb()
            self.start.setdefault(top, memory)
            self.peak[top] = max(self.peak.get(top, 0.0), memory)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        self._switch(lambda: self.stack.append(name))
        try:
            yield
        finally:
            self._switch(self.stack.pop)

    def sample(self) -> None:
        with self.lock:
            top = self.stack[-1]
            self.peak[top] = max(self.peak.get(top, 0.0), rss_mb())

    def wrap(self, owner: Any, attribute: str, name: str) -> None:
        inner = getattr(owner, attribute)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with self.phase(name):
                return inner(*args, **kwargs)

        setattr(owner, attribute, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("export", type=Path)
    parser.add_argument("--format", default="telegram")
    parser.add_argument("--progress", type=float, default=0.0, metavar="SECONDS",
                        help="every SECONDS, one JSON line on stderr: phase, posts read, memory now and at peak")
    parser.add_argument("--no-embed", action="store_true", help="leave the new texts unembedded")
    parser.add_argument("--workers", type=int, default=1, help="processes reading the posts (1: this one)")
    arguments = parser.parse_args()
    phases = Phases()
    done = threading.Event()

    read = [0]
    started = time.perf_counter()

    def sampler() -> None:
        ticks = 0
        while not done.wait(0.05):
            phases.sample()
            ticks += 1
            if arguments.progress and ticks % int(arguments.progress / 0.05) == 0:
                print(json.dumps({"s": round(time.perf_counter() - started), "phase": phases.stack[-1],
                                  "posts_read": read[0], "rss_mb": round(rss_mb()),
                                  "peak_mb": round(max(phases.peak.values()))}), file=sys.stderr, flush=True)

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()

    from trucewatch import api
    from trucewatch.api import core
    from trucewatch.ingest import driver, posts
    from trucewatch.store import db

    reader = posts.read_batch

    def counted(readers: Any, batch: list[Any]) -> Any:
        results = reader(readers, batch)
        read[0] += len(batch)
        return results

    posts.read_batch = counted  # type: ignore[assignment]
    phases.wrap(posts, "read_batch", "read")
    phases.wrap(posts, "_stage_batch", "stage")
    phases.wrap(posts, "_stage_digests", "stage")
    phases.wrap(driver, "write_report_rows", "write")
    phases.wrap(driver, "_log_ingest", "log")
    phases.wrap(core, "_embed_ingested", "embed")
    commit = db.Store.transaction

    @contextmanager
    def transaction(self: Any) -> Iterator[Any]:
        with commit(self) as con:
            yield con
            phases._switch(lambda: phases.stack.append("commit"))
        phases._switch(phases.stack.pop)

    db.Store.transaction = transaction  # type: ignore[assignment]
    duckdb_mb: dict[str, float] = {}

    def counting(name: str) -> Callable[..., Any]:
        inner = getattr(driver, name)

        def measured(con: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return inner(con, *args, **kwargs)
            finally:
                row = con.execute("SELECT sum(memory_usage_bytes) FROM duckdb_memory()").fetchone()
                duckdb_mb[name] = round((row[0] or 0) / 2**20) if row else -1
        return measured

    for name in ("write_report_rows", "_log_ingest"):
        setattr(driver, name, counting(name))
    results = api.ingest(arguments.db, [arguments.export], format=arguments.format, embed=not arguments.no_embed,
                         workers=arguments.workers)
    phases._switch(lambda: None)
    done.set()
    thread.join()
    print(json.dumps({
        "phases": {name: {"s": round(phases.seconds.get(name, 0.0), 1), "peak_mb": round(phases.peak[name]),
                          "start_mb": round(phases.start.get(name, 0.0))} for name in phases.peak},
        "peak_mb": round(max(phases.peak.values())), "duckdb_mb_after": duckdb_mb,
        "notes": [note for result in results for note in result.notes],
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()
