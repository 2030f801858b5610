"""Webhooks against a local receiver on 127.0.0.1: signed batches, 500s and time-outs retried with backoff,
nothing lost or sent twice, and delivery never undoing or holding up an assess."""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from tests.monitor.helpers import DAYS, INCIDENT, write_reports

from trucewatch import api
from trucewatch.api import alerts
from trucewatch.cli import main
from trucewatch.errors import UserError
from trucewatch.store import Store


class Receiver:
    """A local HTTP server that records what it is sent and answers as told (status codes, or hanging)."""

    def __init__(self) -> None:
        self.received: list[dict[str, Any]] = []
        self.answers: list[int | str] = []  # per request, in order; 'hang' waits until released
        self.released = threading.Event()  # set once the client has given up on a hanging request
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                answer = receiver.answers.pop(0) if receiver.answers else 200
                receiver.received.append({"body": body, "headers": dict(self.headers), "answer": answer})
                if answer == "hang":  # no answer until the client has timed out, however slow the machine
                    receiver.released.wait(timeout=600)
                    answer = 200
                self.send_response(int(answer))
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = False  # server_close() joins the request threads: none outlives the test
            block_on_close = True

            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # the answer to a request the client gave up on finds the connection closed

        self.server = Server(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.released.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    server = Receiver()
    yield server
    server.close()


def _day(folder: Path, db: Path, number: int) -> dict[str, Any]:
    api.ingest(db, [write_reports(folder / f"day{number}.jsonl", DAYS[number - 1])], embed=False)
    return api.assess(db)


def _store(folder: Path) -> Path:
    db = folder / "alerts.duckdb"
    api.init_store(db)
    return db


def test_signed_batches_per_run_with_filters(tmp_path: Path, receiver: Receiver) -> None:
    db = _store(tmp_path)
    hook = alerts.add_webhook(db, receiver.url, agreement="energy-moratorium-2025", reading="kremlin",
                              secret="s3cret")
    other = alerts.add_webhook(db, receiver.url + "?other", verdicts=["disputed"])
    first = _day(tmp_path, db, 1)
    assert [d["outcome"] for d in first["deliveries"]] == ["delivered"]  # 'other' wants disputed only
    _day(tmp_path, db, 2)
    third = _day(tmp_path, db, 3)
    assert [d["outcome"] for d in third["deliveries"]] == ["delivered", "delivered"]
    bodies = [json.loads(r["body"]) for r in receiver.received]
    ours = [b for b in bodies if b["webhook"] == hook["id"]]
    assert [(c["old_verdict"], c["verdict"]) for b in ours for c in b["changes"]] == [
        ("not_covered", "alleged_violation"), ("alleged_violation", "corroborated_violation"),
        ("corroborated_violation", "disputed")]
    assert all(c["incident"] == INCIDENT and c["reading"] == "kremlin" for b in ours for c in b["changes"])
    assert [b["run"]["run_seq"] for b in ours] == [1, 2, 3]
    theirs = [b for b in bodies if b["webhook"] == other["id"]]
    assert {c["verdict"] for b in theirs for c in b["changes"]} == {"disputed"}
    for request in receiver.received:
        signature = request["headers"].get("X-Trucewatch-Signature")
        if json.loads(request["body"])["webhook"] == hook["id"]:
            expected = "sha256=" + hmac.new(b"s3cret", request["body"], hashlib.sha256).hexdigest()
            assert signature == expected
        else:
            assert signature is None  # added without a secret
    listed = {h["id"]: h for h in alerts.list_webhooks(db)}
    assert listed[hook["id"]]["delivered_run_seq"] == 3 and listed[hook["id"]]["signed"]
    assert "secret" not in listed[hook["id"]]


def _stepping_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """The alerts' clock from now on advances a millisecond each time it is read, not with the wall: a
    backoff of 30 s then outlasts the next assess however slow the machine."""
    start = datetime.now(UTC).replace(tzinfo=None)
    reads = itertools.count()
    monkeypatch.setattr(alerts, "_now", lambda: start + timedelta(milliseconds=next(reads)))


def test_500s_and_time_outs_are_retried_with_backoff_and_nothing_is_lost_or_repeated(
        tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    _stepping_clock(monkeypatch)
    db = _store(tmp_path)
    hook = alerts.add_webhook(db, receiver.url, agreement="energy-moratorium-2025")
    receiver.answers = [500]
    run = _day(tmp_path, db, 1)
    assert [d["outcome"] for d in run["deliveries"]] == ["failed"]
    assert run["deliveries"][0]["error"] == "HTTP 500 Internal Server Error"
    assert api.findings(db, verdict="alleged_violation")  # the assess committed all the same
    state = alerts.list_webhooks(db)[0]
    assert state["failed_attempts"] == 1 and state["last_error"].startswith("HTTP 500") and state["next_attempt_at"]
    # a second run while backing off: nothing is sent before the backoff has passed
    _day(tmp_path, db, 2)
    assert len(receiver.received) == 1
    with Store(db) as store:
        later = datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=2)  # the store keeps naive UTC
        receiver.answers = ["hang"]
        timed_out = alerts.deliver(store, timeout=0.3, now=later)
        assert [(d["outcome"], d["error"]) for d in timed_out] == [("failed", "no answer within 0.3 s")]
        # the hanging request took its answer before the next one may ask for one (each handler runs in a
        # thread of its own: a slow start of that thread must not hand 'hang' to the next request)
        deadline = time.monotonic() + 120
        while len(receiver.received) < 2:
            assert time.monotonic() < deadline, "the receiver never saw the request that timed out"
            time.sleep(0.01)
        receiver.released.set()
        backoff = store.con.execute("SELECT attempts, next_attempt_at FROM webhooks").fetchone()
        assert backoff is not None and backoff[0] == 2
        sent = alerts.deliver(store, now=later + timedelta(hours=2))
    assert [d["outcome"] for d in sent] == ["delivered", "delivered"]  # run 1, then run 2, in order
    runs = [json.loads(r["body"])["run"]["run_seq"] for r in receiver.received]
    assert runs == [1, 1, 1, 2]  # the 500, the time-out, then each run once
    deliveries = [r["headers"]["X-Trucewatch-Delivery"] for r in receiver.received]
    assert deliveries[-2:] == [f"{hook['id']}:1:1", f"{hook['id']}:2:1"]
    state = alerts.list_webhooks(db)[0]
    assert state["failed_attempts"] == 0 and state["delivered_run_seq"] == 2 and state["last_error"] is None
    with Store(db, read_only=True) as store:
        log = store.con.execute("SELECT seq, outcome FROM webhook_deliveries ORDER BY attempted_at").fetchall()
    assert log == [(1, "failed"), (1, "failed"), (1, "delivered"), (2, "delivered")]
    assert alerts.deliver_pending(db) == []  # nothing due twice


def test_a_receiver_that_is_down_does_not_hold_up_an_assess(tmp_path: Path) -> None:
    db = _store(tmp_path)
    alerts.add_webhook(db, "http://127.0.0.1:9/nothing-listens-here")
    started = time.perf_counter()
    run = _day(tmp_path, db, 1)
    assert time.perf_counter() - started < 30
    assert run["deliveries"][0]["outcome"] == "failed"
    assert run["deliveries"][0]["error"].startswith("could not connect")
    assert run["changes"] > 0


def test_bad_subscriptions_are_refused(tmp_path: Path) -> None:
    db = _store(tmp_path)
    with pytest.raises(UserError, match="not an http:// or https:// URL"):
        alerts.add_webhook(db, "ftp://example.org/x")
    with pytest.raises(UserError, match="no agreement 'nope'"):
        alerts.add_webhook(db, "http://127.0.0.1/x", agreement="nope")
    with pytest.raises(UserError, match="no reading 'martian'"):
        alerts.add_webhook(db, "http://127.0.0.1/x", reading="martian")
    with pytest.raises(UserError, match="unknown verdict"):
        alerts.add_webhook(db, "http://127.0.0.1/x", verdicts=["guilty"])
    assert alerts.list_webhooks(db) == []


def test_cli_alerts_add_list_remove(tmp_path: Path, receiver: Receiver) -> None:
    db = str(_store(tmp_path))
    runner = CliRunner()
    added = runner.invoke(main, ["alerts", "add", receiver.url, "--db", db, "--verdict", "disputed",
                                 "--secret", "k", "--format", "json"])
    assert added.exit_code == 0, added.output
    hook_id = json.loads(added.output)["id"]
    listed = runner.invoke(main, ["alerts", "list", "--db", db])
    assert listed.exit_code == 0 and hook_id in listed.output and "verdict=disputed" in listed.output
    bad = runner.invoke(main, ["alerts", "add", "not a url", "--db", db])
    assert bad.exit_code == 2 and "not an http:// or https:// URL" in bad.output
    removed = runner.invoke(main, ["alerts", "remove", hook_id, "--db", db])
    assert removed.exit_code == 0 and hook_id in removed.output
    again = runner.invoke(main, ["alerts", "remove", hook_id, "--db", db])
    assert again.exit_code == 2 and f"no webhook '{hook_id}'" in again.output
