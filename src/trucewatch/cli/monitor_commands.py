"""Monitoring commands: changes (verdict history), watch (the inbox), alerts (webhooks); and the printer of
``findings --as-of``. See docs/monitoring.md."""

from __future__ import annotations

import json
import signal
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import click

from trucewatch.api import alerts as alert_api
from trucewatch.api import history
from trucewatch.cli.app import (
    console,
    db_option,
    echo_csv,
    echo_json,
    format_option,
    json_for_terminal,
    main,
    memory_option,
    say,
    table,
)

CHANGE_VERDICT = click.Choice(list(history.CHANGE_VERDICTS))


def _statuses(reasons: Sequence[dict[str, Any]]) -> str:
    decisive = [r for r in reasons if r["status"] != "pass"]
    if not reasons:
        return ""
    return ", ".join(f"{r['condition']} {r['status']}" for r in decisive) or "all conditions pass"


# -------------------------------------------------------------------------------------------- changes
@main.command()
@db_option
@click.option("--since", metavar="RUN|DATE",
              help="Changes of the runs after this run (a run id, #N) or recorded from this date on "
                   "(YYYY-MM-DD, UTC; or an ISO date-time). Default: the last run's changes.")
@click.option("--runs", "list_runs", is_flag=True, help="List the recorded runs instead (newest first).")
@click.option("--agreement", help="Only this agreement id.")
@click.option("--clause", help="Only this clause id.")
@click.option("--reading", help="Only this reading id.")
@click.option("--party", help="Only findings whose acting party is this party id ('unknown' for none).")
@click.option("--verdict", multiple=True, type=CHANGE_VERDICT,
              help="Only changes to these verdicts (repeatable; 'withdrawn' too).")
@click.option("--incident", help="Only this incident id.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many changes.")
@format_option("table", "json", "csv")
def changes(db: Path, since: str | None, list_runs: bool, agreement: str | None, clause: str | None,
            reading: str | None, party: str | None, verdict: tuple[str, ...], incident: str | None,
            limit: int | None, fmt: str) -> None:
    """What changed in the findings: new, changed from -> to, no longer covered, withdrawn; per run."""
    if list_runs:
        runs = history.runs(db, limit=limit)
        if fmt == "json":
            echo_json(runs)
        elif fmt == "csv":
            echo_csv(runs, ["run_seq", "run_id", "recorded_at", "mode", "changes"])
        else:
            console().print(table(f"Runs ({len(runs)})", ["#", "run", "recorded (UTC)", "mode", "changes"],
                                  [[f"#{r['run_seq']}", r["run_id"], r["recorded_at"], r["mode"], r["changes"]]
                                   for r in runs]))
        return
    filters = history.ChangeFilters(agreement=agreement, clause=clause, reading=reading, party=party,
                                    incident=incident, verdicts=verdict)
    result = history.changes(db, since=since, filters=filters, limit=limit)
    rows = result["changes"]
    if fmt == "json":
        echo_json(result)
        return
    if fmt == "csv":
        flat = [{**r, "reasons": "; ".join(f"{x['condition']}={x['status']}" for x in r["reasons"])} for r in rows]
        echo_csv(flat, history.CHANGE_COLUMNS)
        return
    runs_text = ", ".join(f"#{r['run_seq']} {r['run_id']} ({r['recorded_at']}, {r['changes']} changed)"
                          for r in result["runs"]) or "none"
    out = console()
    out.print(table(f"Changes ({len(rows)}); runs: {runs_text}",
                    ["run", "change", "agreement", "clause", "reading", "incident", "actor", "from", "to",
                     "conditions"],
                    [[f"#{r['run_seq']}", r["change"], r["agreement"], r["clause"], r["reading"], r["incident"],
                      r["actor"] or "?", r["old_verdict"], r["verdict"], _statuses(r["reasons"])] for r in rows]))


def findings_as_of(db: Path, point: str, *, agreement: str | None, clause: str | None, reading: str | None,
                   party: str | None, verdicts: Sequence[str], incident: str | None, limit: int | None,
                   fmt: str) -> None:
    """``trucewatch findings --as-of``: the stored findings after a past run."""
    filters = history.ChangeFilters(agreement=agreement, clause=clause, reading=reading, party=party,
                                    incident=incident, verdicts=tuple(verdicts))
    result = history.findings_as_of(db, point, filters=filters, limit=limit)
    rows = result["findings"]
    if fmt == "json":
        click.echo(json_for_terminal(json.dumps(result, ensure_ascii=False, indent=2)))
        return
    if fmt == "csv":
        flat = [{**r, "reasons": "; ".join(f"{x['condition']}={x['status']}" for x in r["reasons"])} for r in rows]
        echo_csv(flat, ["agreement", "clause", "reading", "incident", "actor", "verdict", "reasons",
                        "since_run_seq", "since_run_id", "since"])
        return
    at = result["as_of"]
    console().print(table(
        f"Findings as of run #{at['run_seq']} {at['run_id']} ({at['recorded_at']}): {len(rows)} "
        "(not_covered implied)",
        ["agreement", "clause", "reading", "incident", "actor", "verdict", "conditions", "since run"],
        [[r["agreement"], r["clause"], r["reading"], r["incident"], r["actor"] or "?", r["verdict"],
          _statuses(r["reasons"]), f"#{r['since_run_seq']}"] for r in rows]))


# ---------------------------------------------------------------------------------------------- watch
def cycle_line(result: dict[str, Any]) -> str:
    """The one-line status of a watch cycle, for people."""
    reports = sum(item["reports"] for item in result["ingested"])
    moved = [f for f in result["failed"] if f["moved_to"]]
    parts = [f"cycle {result['cycle']} {result['started_at']}:",
             f"{len(result['ingested'])} file(s) ingested ({reports} new reports)"]
    if result["already"]:
        parts.append(f"{len(result['already'])} ingested before, moved")
    if result["failed"]:
        parts.append(f"{len(moved)} failed" + (f", {len(result['failed']) - len(moved)} to retry"
                                               if len(result["failed"]) > len(moved) else ""))
    if result["waiting"]:
        parts.append(f"{len(result['waiting'])} still being written")
    if result["assessed"]:
        run = result["assessed"]
        parts.append(f"assess {run['mode']} run {run['run_id']}: {run['changes']} finding(s) changed")
    if result["deliveries"]:
        ok = sum(1 for d in result["deliveries"] if d["outcome"] == "delivered")
        parts.append(f"webhooks {ok} delivered, {len(result['deliveries']) - ok} failed")
    if result["error"]:
        parts.append(f"error: {result['error']}")
    return f"{parts[0]} {', '.join(parts[1:])} ({result['seconds']:.1f} s)"


def report_cycle(result: dict[str, Any], fmt: str) -> None:
    if fmt == "json":
        click.echo(json_for_terminal(json.dumps(result, ensure_ascii=False, default=str)))
    else:
        say(cycle_line(result))
        for failure in result["failed"]:
            say(f"  {failure['file']}: {failure['reason']}"
                + (f" -> {failure['moved_to']}" if failure["moved_to"] else ""), err=True)


def stop_on_signals(stop: threading.Event, *, at_once: Callable[[int], None] | None = None) -> None:
    """SIGINT and SIGTERM finish the file in hand, then stop; a second one stops at once: ``at_once(signum)``
    when given, else a KeyboardInterrupt in the main thread (whose store transaction then rolls back)."""
    def handler(signum: int, _frame: object) -> None:
        if stop.is_set():
            if at_once is not None:
                at_once(signum)
            raise KeyboardInterrupt
        stop.set()
        click.echo(f"stopping after the file in hand ({signal.Signals(signum).name})", err=True)

    signal.signal(signal.SIGINT, handler)
    signal.signal(signal.SIGTERM, handler)


def watch_options(func: Any) -> Any:
    for option in reversed([
        click.option("--interval", type=click.FloatRange(min=0.1), default=5.0, show_default=True,
                     help="Seconds between cycles."),
        click.option("--settle", type=click.FloatRange(min=0.0), default=2.0, show_default=True,
                     help="A file is taken once unchanged for this many seconds (and since the last cycle)."),
        click.option("--input-format", "input_format", metavar="FORMAT",
                     help="Read every file as this format (default: detected per file, as ingest does)."),
    ]):
        func = option(func)
    return func


@main.command()
@db_option
@click.argument("folder", type=click.Path(file_okay=False, path_type=Path))
@watch_options
@click.option("--cycles", type=click.IntRange(min=1), help="Stop after this many cycles (default: run until stopped).")
@memory_option
@format_option("table", "json")
def watch(db: Path, folder: Path, interval: float, settle: float, input_format: str | None, cycles: int | None,
          memory_limit: str | None, fmt: str) -> None:
    """Watch FOLDER: ingest each file dropped into it once, assess, and move it to FOLDER/done/ (with its
    rejects) or FOLDER/failed/ (with NAME.reason.txt); one status line per cycle (JSON lines with --format
    json). Deliver webhook alerts after each assess. SIGINT / SIGTERM stop after the file in hand."""
    from trucewatch.api.watch import watch as run_watch

    stop = threading.Event()
    stop_on_signals(stop)
    done = run_watch(db, folder, interval=interval, stop=stop, settle=settle, format=input_format, cycles=cycles,
                     memory_limit=memory_limit, on_cycle=lambda result: report_cycle(result.as_dict(), fmt))
    if fmt != "json":
        say(f"stopped after {done} cycle(s)", err=True)


# --------------------------------------------------------------------------------------------- alerts
@main.group()
def alerts() -> None:
    """Webhook alerts: a signed JSON POST per run's matching changes (docs/monitoring.md)."""


@alerts.command("add")
@db_option
@click.argument("url")
@click.option("--agreement", help="Only changes under this agreement.")
@click.option("--reading", help="Only changes under this reading.")
@click.option("--party", help="Only changes of findings whose acting party is this party id.")
@click.option("--verdict", multiple=True, type=CHANGE_VERDICT, help="Only changes to these verdicts (repeatable).")
@click.option("--secret", envvar="TRUCEWATCH_WEBHOOK_SECRET", show_envvar=True,
              help="Sign each request: X-Trucewatch-Signature: sha256=HMAC-SHA256(secret, body).")
@format_option("table", "json")
def alerts_add(db: Path, url: str, agreement: str | None, reading: str | None, party: str | None,
               verdict: tuple[str, ...], secret: str | None, fmt: str) -> None:
    """Subscribe URL to the changes of every run from now on."""
    hook = alert_api.add_webhook(db, url, agreement=agreement, reading=reading, party=party, verdicts=verdict,
                                 secret=secret)
    if fmt == "json":
        echo_json(hook)
    else:
        say(f"added {hook['id']} -> {hook['url']}" + ("" if hook["signed"] else " (unsigned: no --secret)"))


@alerts.command("list")
@db_option
@format_option("table", "json")
def alerts_list(db: Path, fmt: str) -> None:
    """The webhooks with their filters and delivery state."""
    hooks = alert_api.list_webhooks(db)
    if fmt == "json":
        echo_json(hooks)
        return
    console().print(table(f"Webhooks ({len(hooks)})",
                          ["id", "url", "filters", "signed", "delivered to run", "failed attempts", "next attempt",
                           "last error"],
                          [[h["id"], h["url"], _filters_text(h), "yes" if h["signed"] else "no",
                            f"#{h['delivered_run_seq']}", h["failed_attempts"], h["next_attempt_at"] or "",
                            h["last_error"] or ""] for h in hooks]))


def _filters_text(hook: dict[str, Any]) -> str:
    parts = [f"{k}={hook[k]}" for k in ("agreement", "reading", "party") if hook[k]]
    if hook["verdicts"]:
        parts.append("verdict=" + "|".join(hook["verdicts"]))
    return " ".join(parts) or "all changes"


@alerts.command("remove")
@db_option
@click.argument("webhook_id")
def alerts_remove(db: Path, webhook_id: str) -> None:
    """Remove a webhook (its delivery log is kept)."""
    hook = alert_api.remove_webhook(db, webhook_id)
    say(f"removed {hook['id']} ({hook['url']})")


@alerts.command("deliver")
@db_option
@click.option("--timeout", type=click.FloatRange(min=0.1), default=alert_api.TIMEOUT_S, show_default=True,
              help="Seconds to wait for each receiver.")
@format_option("table", "json")
def alerts_deliver(db: Path, timeout: float, fmt: str) -> None:
    """Send the webhooks what is due now (assess and watch do this after each run)."""
    outcomes = alert_api.deliver_pending(db, timeout=timeout)
    if fmt == "json":
        echo_json(outcomes)
        return
    if not outcomes:
        say("nothing due")
    for outcome in outcomes:
        say(f"{outcome['delivery']}: {outcome['outcome']} ({outcome['changes']} change(s))"
            + (f": {outcome['error']}" if outcome["error"] else ""))

