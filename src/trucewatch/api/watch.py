"""The watched inbox: files dropped into a folder are ingested once each, then assessed, then moved away.

One cycle (docs/monitoring.md):

1. list the files directly in the folder (not hidden ones, not ``*.part`` / ``*.tmp`` / ``*.partial`` /
   ``*~``); a file is taken only once it has settled: unchanged in size and modification time since the
   last look and not modified for ``settle`` seconds (a file still being copied waits for a later cycle);
2. each settled file: if its digest is already in ``ingests`` it was ingested before (by an earlier cycle
   that stopped before moving it, or under another name) and is only moved; otherwise it is ingested in
   its own transaction (bad rows to a rejects file). Then it is moved to ``done/`` (with its rejects file),
   or, when it is refused as a whole, to ``failed/`` with ``NAME.reason.txt``. A file that fails for
   another reason (the store ran out of memory or disk) stays for the next cycle, and goes to ``failed/``
   after ``max_attempts`` cycles;
3. if anything was ingested (or the reports differ from what the last assess judged): an incremental
   assess, in its own transaction;
4. after that commit: webhook deliveries (``api.alerts.deliver``).

A kill at any point loses and repeats nothing: each ingest commits before its file moves, a move is a
rename, and a file found again after a restart is recognised by its digest.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from trucewatch import adjudicate
from trucewatch.api.alerts import deliver
from trucewatch.api.core import open_store
from trucewatch.errors import InputError, TrucewatchError, UserError
from trucewatch.files import write_text_atomically
from trucewatch.ingest.driver import file_sha256, ingest_file
from trucewatch.store import Store, readers_share_writer

DONE, FAILED, WORK = "done", "failed", ".trucewatch-work"
SKIPPED_SUFFIXES = (".part", ".tmp", ".partial", "~", ".crdownload")
DEFAULT_SETTLE_S = 2.0
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_FILES = 500


@dataclass
class CycleResult:
    cycle: int
    started_at: str
    ingested: list[dict[str, Any]] = field(default_factory=list)   # file, reports, rejected, moved_to
    already: list[str] = field(default_factory=list)               # ingested earlier: only moved
    failed: list[dict[str, Any]] = field(default_factory=list)     # file, reason, moved_to (None: retried)
    waiting: list[str] = field(default_factory=list)               # not settled yet
    assessed: dict[str, Any] | None = None
    deliveries: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None                                        # assess or delivery could not run
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class Inbox:
    """The state of a watched folder between cycles: what each waiting file looked like last time, and how
    often each failing file has failed."""

    def __init__(self, folder: Path, *, format: str | None = None, settle: float = DEFAULT_SETTLE_S,
                 max_attempts: int = DEFAULT_MAX_ATTEMPTS, max_files: int = DEFAULT_MAX_FILES) -> None:
        self.folder = Path(folder)
        if not self.folder.is_dir():
            raise UserError(f"inbox {self.folder} is not a folder", hint="create it, or name an existing folder")
        if not os.access(self.folder, os.W_OK):
            raise UserError(f"inbox {self.folder} is not writable (processed files are moved out of it)")
        self.format = format
        self.settle = settle
        self.max_attempts = max_attempts
        self.max_files = max_files
        self.cycles = 0
        self.seen: dict[str, tuple[int, int]] = {}
        self.attempts: dict[str, int] = {}
        self.assess_due = True  # a restart checks whether the last cycle stopped before its assess
        for name in (DONE, FAILED, WORK):
            (self.folder / name).mkdir(exist_ok=True)

    # ------------------------------------------------------------------------------------------ files
    def settled(self) -> tuple[list[Path], list[str]]:
        """The files ready to take, oldest first, and the names still being written."""
        ready: list[tuple[int, str, Path]] = []
        waiting: list[str] = []
        now_ns = time.time_ns()
        current: dict[str, tuple[int, int]] = {}
        with os.scandir(self.folder) as entries:
            for entry in entries:
                if entry.name.startswith(".") or entry.name.endswith(SKIPPED_SUFFIXES):
                    continue
                if not entry.is_file(follow_symlinks=False):
                    continue
                stat = entry.stat(follow_symlinks=False)
                look = (stat.st_size, stat.st_mtime_ns)
                current[entry.name] = look
                previous = self.seen.get(entry.name)
                quiet = (now_ns - stat.st_mtime_ns) / 1e9 >= self.settle
                if quiet and (previous is None or previous == look):
                    ready.append((stat.st_mtime_ns, entry.name, Path(entry.path)))
                else:
                    waiting.append(entry.name)
        self.seen = current
        ready.sort()
        return [path for _, _, path in ready[: self.max_files]], sorted(waiting)

    def _destination(self, folder: str, name: str, digest: str) -> Path:
        target = self.folder / folder / name
        if target.exists():  # an earlier file of the same name: keep both
            target = self.folder / folder / f"{name}.{digest[:12]}"
        return target

    def _move(self, path: Path, folder: str, digest: str, rejects: Path | None = None) -> Path:
        target = self._destination(folder, path.name, digest)
        if rejects is not None and rejects.exists():
            os.replace(rejects, target.with_name(target.name + ".rejects.jsonl"))
        os.replace(path, target)
        return target

    def _fail(self, path: Path, digest: str, reason: str) -> Path:
        target = self._destination(FAILED, path.name, digest)
        write_text_atomically(target.with_name(target.name + ".reason.txt"), reason.rstrip("\n") + "\n")
        os.replace(path, target)
        self.attempts.pop(path.name, None)
        return target

    def take(self, store: Store, path: Path, result: CycleResult) -> None:
        """Ingest one settled file (unless it was before) and move it."""
        try:
            digest = file_sha256(path)
        except FileNotFoundError:
            return  # taken away since it was listed
        rejects = self.folder / WORK / f"{path.name}.rejects.jsonl"
        row = store.con.execute("SELECT rows_rejected FROM ingests WHERE input_sha256 = ? "
                                "ORDER BY recorded_at LIMIT 1", [digest]).fetchone()
        if row is not None and not (row[0] and not rejects.exists()):
            self._move(path, DONE, digest, rejects)
            result.already.append(path.name)
            return
        # new, or ingested before a stop that lost its rejects file: ingesting again writes nothing new
        # (every row is unchanged) and writes the rejects file again
        try:
            ingested = ingest_file(store, path, format=self.format, rejects_dir=self.folder / WORK)
        except (InputError, UserError) as exc:
            target = self._fail(path, digest, f"{path.name} was refused and nothing of it was written:\n{exc}"
                                + (f"\nhint: {exc.hint}" if exc.hint else ""))
            result.failed.append({"file": path.name, "reason": str(exc), "moved_to": str(target)})
            return
        except (TrucewatchError, OSError) as exc:
            attempts = self.attempts.get(path.name, 0) + 1
            self.attempts[path.name] = attempts
            if attempts < self.max_attempts:
                result.failed.append({"file": path.name, "reason": f"{exc} (attempt {attempts} of "
                                      f"{self.max_attempts}; tried again next cycle)", "moved_to": None})
                return
            target = self._fail(path, digest, f"{path.name} failed {attempts} times and nothing of it was "
                                f"written; the last error:\n{exc}")
            result.failed.append({"file": path.name, "reason": str(exc), "moved_to": str(target)})
            return
        target = self._move(path, DONE, digest, rejects)
        self.attempts.pop(path.name, None)
        self.assess_due = self.assess_due or bool(ingested.ingested)
        result.ingested.append({"file": path.name, "format": ingested.format, "reports": ingested.ingested,
                                "unchanged": ingested.unchanged, "rejected": ingested.rejected,
                                "moved_to": str(target)})

    # ------------------------------------------------------------------------------------------ cycles
    def cycle(self, store: Store, *, stop: Callable[[], bool] = lambda: False,
              deliver_alerts: bool = True) -> CycleResult:
        self.cycles += 1
        started = time.perf_counter()
        result = CycleResult(self.cycles, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        ready, result.waiting = self.settled()
        for path in ready:
            if stop():
                break
            self.take(store, path, result)
        try:
            if self.assess_due and _unassessed(store):
                summary = adjudicate.assess(store)
                result.assessed = {"run_id": summary.run_id, "mode": summary.mode, "incidents": summary.incidents,
                                   "stored_findings": summary.stored_findings, "changes": summary.changes}
            self.assess_due = False
            if deliver_alerts:
                result.deliveries = deliver(store)
        except TrucewatchError as exc:
            result.error = str(exc)  # tried again next cycle; what was ingested stays ingested
        result.seconds = round(time.perf_counter() - started, 3)
        return result


def _unassessed(store: Store) -> bool:
    """Whether the reports differ from what the last assess judged (or nothing was assessed yet)."""
    row = store.con.execute("""SELECT (NOT EXISTS (SELECT 1 FROM meta WHERE key = 'last_run_id')
                AND EXISTS (SELECT 1 FROM reports))
        OR EXISTS (SELECT id, content_hash FROM reports EXCEPT SELECT id, content_hash FROM assessed_reports)
        OR EXISTS (SELECT id FROM assessed_reports EXCEPT SELECT id FROM reports)""").fetchone()
    return bool(row and row[0])


def watch(db: str | Path, folder: Path, *, interval: float = 5.0, stop: threading.Event,
          on_cycle: Callable[[CycleResult], None], format: str | None = None, settle: float = DEFAULT_SETTLE_S,
          max_attempts: int = DEFAULT_MAX_ATTEMPTS, cycles: int | None = None,
          memory_limit: str | None = None) -> int:
    """Run cycles every ``interval`` seconds until ``stop`` is set (or ``cycles`` have run); ``on_cycle``
    gets each result. The store is opened once and held (this process is its writer). Returns the number
    of cycles run."""
    if interval <= 0:
        raise UserError(f"--interval {interval:g}: must be more than 0 seconds")
    inbox = Inbox(folder, format=format, settle=settle, max_attempts=max_attempts)
    with open_store(db, create=False, memory_limit=memory_limit) as store:
        while not stop.is_set():
            on_cycle(inbox.cycle(store, stop=stop.is_set))
            if cycles is not None and inbox.cycles >= cycles:
                break
            stop.wait(interval)
    return inbox.cycles


__all__ = ["CycleResult", "Inbox", "readers_share_writer", "watch"]
