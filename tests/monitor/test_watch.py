"""The watched inbox: each file ingested once, moved to done/ or failed/ with its rejects or reason, files
still being written left for later; a kill -9 in the middle of 400 files loses and repeats nothing."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from trucewatch import api
from trucewatch.api import watch as watch_api
from trucewatch.cli import main
from trucewatch.errors import StoreError, UserError
from trucewatch.store import Store

ROOT = Path(__file__).resolve().parents[2]


def _report(k: int, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"w{k}", "source": {"name": f"Source {k % 7}", "kind": "media",
                                  "published_at": "2025-03-20T09:00:00+02:00"},
        "stance": "alleges", "actor": "RU", "event": "strike",
        "occurred": {"start": f"2025-03-{10 + k % 20:02d}T0{k % 9}:00", "tz": "Europe/Kyiv"},
        "location": {"name": "Kharkiv", "country": "UA", "lat": round(49.99 + k / 1000, 4), "lon": 36.23},
        "target": {"category": "energy.transmission.substation"},
    }
    data.update(fields)
    return data


def _drop(folder: Path, name: str, reports: list[dict[str, Any]], *, age_s: float = 60.0) -> Path:
    """Write beside the inbox, date it, then rename it in: a watcher running in another thread never sees a
    half-written file, and never moves it away before it is dated."""
    staging = folder.parent / f".staging-{name}"
    staging.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    stamp = time.time() - age_s
    os.utime(staging, (stamp, stamp))
    path = folder / name
    os.replace(staging, path)
    return path


def _setup(tmp_path: Path) -> tuple[Path, Path]:
    db = tmp_path / "watch.duckdb"
    api.init_store(db)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    return db, inbox


def test_a_cycle_ingests_moves_and_assesses(tmp_path: Path) -> None:
    db, inbox = _setup(tmp_path)
    _drop(inbox, "good.jsonl", [_report(1), _report(2)])
    _drop(inbox, "some-bad.jsonl", [_report(3), {"id": "w4", "source": {"name": "x"}, "stance": "shouts"}])
    _drop(inbox, "garbage.jsonl", [{"no": "fields"}])
    (inbox / "notes.bin").write_bytes(b"\x00\x01\x02 not a report format")
    os.utime(inbox / "notes.bin", (time.time() - 60, time.time() - 60))
    _drop(inbox, "copying.jsonl.part", [_report(5)])
    _drop(inbox, ".hidden.jsonl", [_report(6)])
    _drop(inbox, "empty.jsonl", [])
    inbox_state = watch_api.Inbox(inbox, settle=1.0)
    with Store(db) as store:
        result = inbox_state.cycle(store, deliver_alerts=False)
    assert sorted(item["file"] for item in result.ingested) == ["good.jsonl", "some-bad.jsonl"]
    assert {item["file"]: item["reports"] for item in result.ingested} == {"good.jsonl": 2, "some-bad.jsonl": 1}
    assert sorted(f["file"] for f in result.failed) == ["empty.jsonl", "garbage.jsonl", "notes.bin"]
    assert result.assessed is not None and result.assessed["mode"] == "full"
    done, failed = inbox / "done", inbox / "failed"
    assert sorted(p.name for p in done.iterdir()) == ["good.jsonl", "some-bad.jsonl", "some-bad.jsonl.rejects.jsonl"]
    rejects = [json.loads(line) for line in (done / "some-bad.jsonl.rejects.jsonl").read_text().splitlines()]
    assert [r["line"] for r in rejects] == [2]
    assert sorted(p.name for p in failed.iterdir()) == ["empty.jsonl", "empty.jsonl.reason.txt", "garbage.jsonl",
                                                        "garbage.jsonl.reason.txt", "notes.bin", "notes.bin.reason.txt"]
    assert "the file is empty" in (failed / "empty.jsonl.reason.txt").read_text()
    reason = (failed / "garbage.jsonl.reason.txt").read_text()
    assert "was refused and nothing of it was written" in reason and "garbage.jsonl" in reason
    # what is left: the file being copied and the hidden one
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == [".hidden.jsonl", "copying.jsonl.part"]
    assert len(api.findings(db, incident="inc:w1", everything=True)) > 0


def test_a_file_still_being_written_waits_until_it_settles(tmp_path: Path) -> None:
    db, inbox = _setup(tmp_path)
    fresh = _drop(inbox, "fresh.jsonl", [_report(1)], age_s=0.0)
    inbox_state = watch_api.Inbox(inbox, settle=30.0)
    with Store(db) as store:
        first = inbox_state.cycle(store, deliver_alerts=False)
        assert first.waiting == ["fresh.jsonl"] and first.ingested == []
        # it grows between cycles (still being copied): it waits again even though it is old enough now
        with fresh.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(_report(2)) + "\n")
        stamp = time.time() - 60
        os.utime(fresh, (stamp, stamp))
        inbox_state.seen["fresh.jsonl"] = (1, 1)  # what the last look saw differs from now
        second = inbox_state.cycle(store, deliver_alerts=False)
        assert second.waiting == ["fresh.jsonl"]
        third = inbox_state.cycle(store, deliver_alerts=False)
    assert [item["reports"] for item in third.ingested] == [2]


def test_a_file_ingested_before_a_crash_is_only_moved(tmp_path: Path) -> None:
    db, inbox = _setup(tmp_path)
    path = _drop(inbox, "a.jsonl", [_report(1)])
    api.ingest(db, [path], embed=False)  # as a cycle killed after its commit, before the move, left it
    copy = _drop(inbox, "same-content.jsonl", [_report(1)])
    assert copy.read_bytes() == path.read_bytes()
    with Store(db) as store:
        result = watch_api.Inbox(inbox).cycle(store, deliver_alerts=False)
        ingests = store.con.execute("SELECT count(*) FROM ingests").fetchone()
        reports = store.con.execute("SELECT count(*) FROM reports").fetchone()
    assert sorted(result.already) == ["a.jsonl", "same-content.jsonl"] and result.ingested == []
    assert ingests == (1,) and reports == (1,)
    assert result.assessed is not None  # the reports were not assessed yet: the restart assesses them
    assert sorted(p.name for p in (inbox / "done").iterdir()) == ["a.jsonl", "same-content.jsonl"]


def test_a_file_that_keeps_failing_goes_to_failed_after_its_attempts(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db, inbox = _setup(tmp_path)
    _drop(inbox, "a.jsonl", [_report(1)])

    def out_of_disk(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("could not write (disk full or not writable?) and nothing was written")

    monkeypatch.setattr(watch_api, "ingest_file", out_of_disk)
    inbox_state = watch_api.Inbox(inbox, max_attempts=3)
    with Store(db) as store:
        outcomes = [inbox_state.cycle(store, deliver_alerts=False).failed[0] for _ in range(3)]
    assert [o["moved_to"] is None for o in outcomes] == [True, True, False]
    assert "attempt 1 of 3" in outcomes[0]["reason"]
    assert "failed 3 times" in (inbox / "failed" / "a.jsonl.reason.txt").read_text()


def test_bad_inbox_and_interval_are_clear_errors(tmp_path: Path) -> None:
    db, _ = _setup(tmp_path)
    with pytest.raises(UserError, match="is not a folder"):
        watch_api.Inbox(tmp_path / "nope")
    result = CliRunner().invoke(main, ["watch", str(tmp_path / "nope"), "--db", str(db)])
    assert result.exit_code == 2 and "is not a folder" in result.output


def _watch_process(db: Path, inbox: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", "from trucewatch.cli import main; main()", "watch", str(inbox), "--db", str(db),
         "--settle", "0", "--interval", "0.2", "--format", "json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _stopped(process: subprocess.Popen[str]) -> None:
    """Kill ``process`` if it still runs (a test that failed half-way leaves no watcher writing behind it)."""
    if process.poll() is None:
        process.kill()
        process.communicate()


def _wait_for(condition: Any, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)


def test_kill_9_in_the_middle_of_400_files_loses_and_repeats_nothing(tmp_path: Path) -> None:
    db, inbox = _setup(tmp_path)
    for k in range(400):
        _drop(inbox, f"r{k:04d}.jsonl", [_report(k)])
    done = inbox / "done"
    process = _watch_process(db, inbox)
    try:
        _wait_for(lambda: done.exists() and len(os.listdir(done)) >= 60, timeout=240)
    finally:
        process.kill()  # SIGKILL: no clean-up of any kind
        process.communicate()
    moved_before = len(os.listdir(done))
    assert 0 < moved_before < 400
    restart = _watch_process(db, inbox, "--cycles", "4")
    try:
        out, err = restart.communicate(timeout=600)
    finally:
        _stopped(restart)
    assert restart.returncode == 0, err
    assert sorted(os.listdir(done)) == [f"r{k:04d}.jsonl" for k in range(400)]
    assert [p.name for p in inbox.iterdir() if p.is_file()] == []
    with Store(db, read_only=True) as store:
        con = store.con
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM reports").fetchone() == (400, 400)
        # each file's content ingested once: one ingest record per digest
        assert con.execute("SELECT count(*), count(DISTINCT input_sha256) FROM ingests").fetchone() == (400, 400)
        assert con.execute("SELECT count(*) FROM (SELECT id, content_hash FROM reports "
                           "EXCEPT SELECT id, content_hash FROM assessed_reports)").fetchone() == (0,)
    cycles = [json.loads(line) for line in out.splitlines()]
    assert sum(len(c["ingested"]) + len(c["already"]) for c in cycles) == 400 - moved_before


def test_sigterm_stops_cleanly_after_the_file_in_hand(tmp_path: Path) -> None:
    db, inbox = _setup(tmp_path)
    for k in range(300):
        _drop(inbox, f"r{k:04d}.jsonl", [_report(k)])
    done = inbox / "done"
    process = _watch_process(db, inbox)
    try:
        _wait_for(lambda: done.exists() and len(os.listdir(done)) >= 20, timeout=240)
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
    finally:
        _stopped(process)
    assert process.returncode == 0, err
    assert "stopping after the file in hand (SIGTERM)" in err
    left = sorted(p.name for p in inbox.iterdir() if p.is_file())
    moved = sorted(os.listdir(done))
    assert sorted(left + moved) == [f"r{k:04d}.jsonl" for k in range(300)]
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM reports").fetchone() == (len(moved),)


def test_serve_with_watch_shows_each_cycle_in_the_dashboard(tmp_path: Path) -> None:
    """One process: the API answers while the watch thread writes, and sees each committed cycle."""
    from fastapi.testclient import TestClient

    from trucewatch.web import create_app

    db, inbox = _setup(tmp_path)
    stop = threading.Event()
    with watch_api.readers_share_writer(db):
        app = create_app(db)
        worker = threading.Thread(target=watch_api.watch, args=(db, inbox), daemon=True,
                                  kwargs={"interval": 0.1, "stop": stop, "settle": 0.0, "on_cycle": lambda _: None})
        try:
            with TestClient(app, base_url="http://127.0.0.1") as client:
                worker.start()
                assert client.get("/api/history/runs").json() == []
                _drop(inbox, "day1.jsonl", [_report(9)])
                _wait_for(lambda: any(r["changes"] for r in client.get("/api/history/runs").json()), timeout=60)
                incident = client.get("/api/incidents/inc:w9").json()
                assert incident["id"] == "inc:w9"
                history = client.get("/api/history/incidents/inc:w9").json()
                assert history and {c["change"] for c in history} == {"new"}
                feed = client.get("/feeds/findings.atom")
                assert feed.status_code == 200 and "inc:w9" in feed.text
        finally:
            stop.set()
            worker.join(timeout=30)
    assert not worker.is_alive()


def _serve_watch(db: Path, inbox: Path) -> tuple[subprocess.Popen[str], int]:
    """``trucewatch serve --watch`` in a process, once it answers. Its port is one that was free a moment
    before: another process (an xdist worker's own server) may take it first, and then it is started again
    on another port."""
    import socket

    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    for _ in range(5):
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        process = subprocess.Popen(
            [sys.executable, "-c", "from trucewatch.cli import main; main()", "serve", "--db", str(db), "--watch",
             str(inbox), "--port", str(port), "--interval", "0.2", "--settle", "0"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
        try:
            _wait_for(functools.partial(_up_or_ended, process, port), timeout=120)
        except BaseException:
            _stopped(process)
            raise
        if process.poll() is None:
            return process, port
        _out, err = process.communicate()
        assert "address already in use" in err.lower(), err
    raise AssertionError("no free port in five tries")


def test_cli_serve_watch_one_process_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    import urllib.request

    db, inbox = _setup(tmp_path)
    process, port = _serve_watch(db, inbox)

    def runs() -> list[dict[str, Any]]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/history/runs", timeout=5) as response:
                return list(json.loads(response.read()))
        except OSError:
            return []

    try:
        _drop(inbox, "day1.jsonl", [_report(9)])
        _wait_for(lambda: any(r["changes"] for r in runs()), timeout=120)
        process.send_signal(signal.SIGTERM)
        out, err = process.communicate(timeout=120)
    finally:
        _stopped(process)
    assert process.returncode == 0, err
    assert (inbox / "done" / "day1.jsonl").exists()
    assert "1 file(s) ingested" in out


def _up_or_ended(process: subprocess.Popen[str], port: int) -> bool:
    return process.poll() is not None or (_listens(process.pid, port) and _serving(port))


def _listens(pid: int, port: int) -> bool:
    """Whether process ``pid`` itself holds the socket listening on 127.0.0.1:``port`` (Linux's /proc)."""
    inodes = set()
    try:
        for fd in os.listdir(f"/proc/{pid}/fd"):
            with contextlib.suppress(OSError):  # closed since it was listed
                inodes.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
        table = Path("/proc/net/tcp").read_text().splitlines()[1:]
    except OSError:
        return False
    for line in table:
        fields = line.split()
        local, state, inode = fields[1], fields[3], fields[9]
        if state == "0A" and int(local.split(":")[1], 16) == port and f"socket:[{inode}]" in inodes:
            return True
    return False


def _serving(port: int) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status", timeout=5) as response:
            return bool(response.status == 200)
    except OSError:
        return False


def test_cli_serve_watch_second_sigterm_stops_at_once_and_loses_nothing(tmp_path: Path) -> None:
    """A second SIGTERM while the watch finishes the file in hand ends the process at once with 143 (it once
    aborted the interpreter: SIGABRT, "terminate called without an active exception"); what was committed is
    kept, the rest is taken by the next run, nothing twice. 120 files: the signals come after 20, with a
    hundred left in hand."""
    db, inbox = _setup(tmp_path)
    n_files = 120
    for k in range(n_files):
        _drop(inbox, f"r{k:04d}.jsonl", [_report(k)])
    done = inbox / "done"
    process, _port = _serve_watch(db, inbox)
    try:
        _wait_for(lambda: done.exists() and len(os.listdir(done)) >= 20, timeout=240)
        process.send_signal(signal.SIGTERM)
        assert process.stderr is not None
        while "stopping after the file in hand" not in (line := process.stderr.readline()):
            assert line, "the process ended before it said it was stopping"
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
    finally:
        _stopped(process)
    assert "terminate called" not in err
    # the second signal either found the watch still in hand (143) or came once the process was ending (0)
    assert process.returncode in (0, 143), err
    if process.returncode == 143:
        assert "stopped at once (SIGTERM again)" in err
    restart = _watch_process(db, inbox, "--cycles", "2")
    try:
        restart.communicate(timeout=600)
    finally:
        _stopped(restart)
    assert restart.returncode == 0
    assert sorted(os.listdir(done)) == [f"r{k:04d}.jsonl" for k in range(n_files)]
    with Store(db, read_only=True) as store:
        assert store.con.execute("SELECT count(*), count(DISTINCT id) FROM reports").fetchone() == (n_files, n_files)
        assert store.con.execute("SELECT count(*), count(DISTINCT input_sha256) FROM ingests").fetchone() == \
            (n_files, n_files)


def test_a_second_signal_calls_the_at_once_hook(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first SIGTERM sets the stop event; the second calls the hook given (serve --watch's exit)."""
    from trucewatch.cli.monitor_commands import stop_on_signals

    seen: list[int] = []
    stop = threading.Event()
    previous = signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT)
    try:
        stop_on_signals(stop, at_once=seen.append)
        signal.raise_signal(signal.SIGTERM)
        assert stop.is_set() and seen == []
        with pytest.raises(KeyboardInterrupt):  # a hook that returns still stops the main thread
            signal.raise_signal(signal.SIGTERM)
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous[0])
        signal.signal(signal.SIGINT, previous[1])
