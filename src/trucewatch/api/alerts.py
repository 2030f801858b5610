"""Webhook alerts: subscriptions, and delivery of each run's changes as signed JSON POSTs.

A subscription (``webhooks``) names a URL, optional filters (agreement, reading, acting party, verdicts) and
an optional secret. Each run's changes that match are one batch (split into parts of at most
``PART_SIZE`` changes), POSTed in the order of the runs; a 2xx answer moves the subscription's cursor past it,
anything else (an error status, a refused connection, no answer within the timeout) is logged in
``webhook_deliveries`` and retried after a backoff that doubles with each failure (at most ``MAX_BACKOFF``),
never skipped. Delivery runs after the run's transaction has committed, each outcome in its own small
transaction, so a receiver that fails never holds up or undoes an ingest or an assess. A crash between a
receiver's 2xx and the cursor's commit sends that part again: ``X-Trucewatch-Delivery`` names it
(subscription:run:part) so that a receiver can drop the repeat. Signature: ``X-Trucewatch-Signature:
sha256=<hex>``, the HMAC-SHA256 of the exact body with the secret as key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from trucewatch.api.core import open_store
from trucewatch.api.history import (
    CHANGE_FIELDS,
    CHANGE_VERDICTS,
    ChangeFilters,
    change_row,
    check_filters,
)
from trucewatch.errors import NotFound, UserError
from trucewatch.model import ENGINE_VERSION
from trucewatch.store import Store

PART_SIZE = 1000
TIMEOUT_S = 5.0
FIRST_BACKOFF_S = 30.0
MAX_BACKOFF = timedelta(hours=1)
SIGNATURE_HEADER = "X-Trucewatch-Signature"
DELIVERY_HEADER = "X-Trucewatch-Delivery"
_COLUMNS = ("id", "url", "secret", "agreement_id", "reading_id", "party", "verdicts", "created_at",
            "delivered_seq", "attempts", "next_attempt_at", "last_error")


@dataclass(frozen=True)
class Webhook:
    id: str
    url: str
    secret: str | None
    agreement: str | None
    reading: str | None
    party: str | None
    verdicts: tuple[str, ...]
    created_at: datetime
    delivered_seq: int
    attempts: int
    next_attempt_at: datetime | None
    last_error: str | None

    @property
    def filters(self) -> ChangeFilters:
        return ChangeFilters(agreement=self.agreement, reading=self.reading, party=self.party,
                             verdicts=self.verdicts)

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "signed": self.secret is not None, "agreement": self.agreement,
                "reading": self.reading, "party": self.party, "verdicts": list(self.verdicts),
                "created_at": _iso(self.created_at), "delivered_run_seq": self.delivered_seq,
                "failed_attempts": self.attempts, "next_attempt_at": _iso(self.next_attempt_at),
                "last_error": self.last_error}


def _iso(value: datetime | None) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise UserError(f"webhook URL '{url}' is not an http:// or https:// URL with a host")
    return url


def add_webhook(db: str | Path, url: str, *, agreement: str | None = None, reading: str | None = None,
                party: str | None = None, verdicts: Sequence[str] = (), secret: str | None = None) -> dict[str, Any]:
    """Subscribe ``url`` to the changes of the runs from now on that match the filters."""
    check_url(url)
    if secret is not None and not secret:
        raise UserError("--secret is empty; leave it out to send unsigned requests")
    with open_store(db, create=False) as store, store.transaction() as con:
        check_filters(con, ChangeFilters(agreement=agreement, reading=reading, party=party,
                                         verdicts=tuple(verdicts)))
        created = _now()
        hook_id = "hook-" + hashlib.sha256(f"{url}|{created.isoformat()}".encode()).hexdigest()[:10]
        row = con.execute("SELECT coalesce(max(seq), 0) FROM run_log").fetchone()
        con.execute("INSERT INTO webhooks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, NULL)",
                    [hook_id, url, secret, agreement, reading, party, list(verdicts), created,
                     int(row[0]) if row else 0])
        return _load(con, hook_id).as_dict()


def list_webhooks(db: str | Path) -> list[dict[str, Any]]:
    with open_store(db, read_only=True) as store:
        return [hook.as_dict() for hook in _all(store.con)]


def remove_webhook(db: str | Path, hook_id: str) -> dict[str, Any]:
    with open_store(db, create=False) as store, store.transaction() as con:
        hook = _load(con, hook_id)
        con.execute("DELETE FROM webhooks WHERE id = ?", [hook_id])
        return hook.as_dict()


def _all(con: Any) -> list[Webhook]:
    rows = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM webhooks ORDER BY created_at, id").fetchall()
    return [_hook(r) for r in rows]


def _load(con: Any, hook_id: str) -> Webhook:
    row = con.execute(f"SELECT {', '.join(_COLUMNS)} FROM webhooks WHERE id = ?", [hook_id]).fetchone()
    if row is None:
        raise NotFound(f"no webhook '{hook_id}'", hint="'trucewatch alerts list' shows the ids")
    return _hook(row)


def _hook(r: Sequence[Any]) -> Webhook:
    return Webhook(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6] or ()), r[7], int(r[8]), int(r[9]), r[10], r[11])


# ------------------------------------------------------------------------------------------------ delivery
def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is an answer that is not 2xx: the POST is not repeated elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def post(url: str, body: bytes, headers: dict[str, str], timeout: float) -> tuple[int | None, str | None]:
    """POST ``body``: (HTTP status, None) for 2xx, else (status or None, what went wrong)."""
    request = urllib.request.Request(url, data=body, method="POST", headers=headers)
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            status = int(response.status)
    except urllib.error.HTTPError as exc:
        return int(exc.code), f"HTTP {exc.code} {exc.reason}"
    except TimeoutError:
        return None, f"no answer within {timeout:g} s"
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, TimeoutError):
            return None, f"no answer within {timeout:g} s"
        return None, f"could not connect: {reason}"
    except (OSError, ValueError) as exc:
        return None, f"could not send: {exc}"
    if 200 <= status < 300:
        return status, None
    return status, f"HTTP {status}"


def _batch(con: Any, hook: Webhook, seq: int) -> list[dict[str, Any]]:
    where, params = hook.filters.where()
    rows = con.execute(f"""SELECT {CHANGE_FIELDS} FROM finding_changes c JOIN run_log l USING (seq)
                           WHERE c.seq = ? {''.join(f' AND {w}' for w in where)}
                           ORDER BY c.agreement_id, c.clause_id, c.reading_id, c.incident_id""",
                       [seq, *params]).fetchall()
    return [change_row(r) for r in rows]


def _backoff(attempts: int, first_backoff_s: float) -> timedelta:
    return min(timedelta(seconds=first_backoff_s * 2 ** max(attempts - 1, 0)), MAX_BACKOFF)


def deliver(store: Store, *, timeout: float = TIMEOUT_S, first_backoff_s: float = FIRST_BACKOFF_S,
            now: datetime | None = None) -> list[dict[str, Any]]:
    """Send every due subscription the batches it has not had, in run order; returns one entry per POST.
    A subscription stops at its first failure until its backoff has passed. Call outside any transaction."""
    con = store.con
    outcomes: list[dict[str, Any]] = []
    latest_row = con.execute("SELECT coalesce(max(seq), 0) FROM run_log").fetchone()
    latest = int(latest_row[0]) if latest_row else 0
    for hook in _all(con):
        moment = now or _now()
        if hook.delivered_seq >= latest or (hook.next_attempt_at is not None and hook.next_attempt_at > moment):
            continue
        for seq in range(hook.delivered_seq + 1, latest + 1):
            changes = _batch(con, hook, seq)
            parts = [changes[i:i + PART_SIZE] for i in range(0, len(changes), PART_SIZE)]
            done = _delivered_parts(con, hook.id, seq)
            failed = False
            for number, part in enumerate(parts, start=1):
                if number <= done:
                    continue
                outcome = _send(store, hook, seq, number, len(parts), part, timeout, first_backoff_s)
                outcomes.append(outcome)
                if outcome["outcome"] != "delivered":
                    failed = True
                    break
            if failed:
                break
            with store.transaction():
                con.execute("UPDATE webhooks SET delivered_seq = ?, attempts = 0, next_attempt_at = NULL, "
                            "last_error = NULL WHERE id = ?", [seq, hook.id])
    return outcomes


def _delivered_parts(con: Any, hook_id: str, seq: int) -> int:
    """Parts of run ``seq`` already delivered to ``hook_id`` (after a failure part-way through a run)."""
    row = con.execute("SELECT count(*) FROM webhook_deliveries WHERE webhook_id = ? AND seq = ? "
                      "AND outcome = 'delivered'", [hook_id, seq]).fetchone()
    return int(row[0]) if row else 0


def _send(store: Store, hook: Webhook, seq: int, number: int, parts: int, changes: list[dict[str, Any]],
          timeout: float, first_backoff_s: float) -> dict[str, Any]:
    run = changes[0]
    payload = {"webhook": hook.id, "run": {"run_seq": seq, "run_id": run["run_id"],
                                           "recorded_at": run["recorded_at"]},
               "part": number, "parts": parts, "changes": changes}
    body = json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()
    delivery = f"{hook.id}:{seq}:{number}"
    headers = {"Content-Type": "application/json", "User-Agent": f"trucewatch/{ENGINE_VERSION}",
               DELIVERY_HEADER: delivery}
    if hook.secret:
        headers[SIGNATURE_HEADER] = sign(hook.secret, body)
    status, error = post(hook.url, body, headers, timeout)
    attempted = _now()
    with store.transaction() as con:
        con.execute("INSERT INTO webhook_deliveries VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [hook.id, seq, attempted, "failed" if error else "delivered", status, len(changes), error])
        if error:
            attempts_row = con.execute("SELECT attempts FROM webhooks WHERE id = ?", [hook.id]).fetchone()
            attempts = (int(attempts_row[0]) if attempts_row else 0) + 1
            con.execute("UPDATE webhooks SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
                        [attempts, attempted + _backoff(attempts, first_backoff_s), error, hook.id])
    return {"webhook": hook.id, "delivery": delivery, "changes": len(changes),
            "outcome": "failed" if error else "delivered", "http_status": status, "error": error}


def deliver_pending(db: str | Path, *, timeout: float = TIMEOUT_S,
                    first_backoff_s: float = FIRST_BACKOFF_S) -> list[dict[str, Any]]:
    """``deliver`` over the store at ``db`` (``trucewatch alerts deliver``)."""
    with open_store(db, create=False) as store:
        return deliver(store, timeout=timeout, first_backoff_s=first_backoff_s)


__all__ = ["CHANGE_VERDICTS", "add_webhook", "deliver", "deliver_pending", "list_webhooks", "remove_webhook",
           "sign"]
