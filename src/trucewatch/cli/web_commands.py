"""Web and report commands: serve (the dashboard and JSON API) and report (the offline HTML report)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from trucewatch.cli.app import db_option, echo_data, echo_json, format_option, main, say
from trucewatch.cli.monitor_commands import report_cycle, stop_on_signals, watch_options
from trucewatch.errors import UserError


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to bind. The default serves this machine only; the API is read-only either way.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option("--allowed-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="Also answer requests addressed to this host name (repeatable), e.g. a reverse proxy's name.")
@click.option("--get", "get_path", metavar="PATH",
              help="Run one GET request in-process (e.g. /api/status), print the response body and exit: "
                   "exit code 0 for a 2xx status, 1 otherwise.")
@click.option("--watch", "watch_folder", type=click.Path(file_okay=False, path_type=Path), metavar="DIR",
              help="Also watch DIR as 'trucewatch watch DIR' does, in this process (DuckDB admits one writing "
                   "process): the dashboard shows each cycle's findings once it commits.")
@watch_options
def serve(db: Path, host: str, port: int, allowed_hosts: tuple[str, ...], get_path: str | None,
          watch_folder: Path | None, interval: float, settle: float, input_format: str | None) -> None:
    """Serve the dashboard and the read-only JSON API over a store (OpenAPI at /docs).

    Requests must name this server in their Host header (the bound address, localhost for a loopback
    address, any IP address when binding 0.0.0.0, or a name given with --allowed-host): this stops other web
    sites from reading the store through your browser (DNS rebinding)."""
    from trucewatch.web import create_app, get_once, run_server

    if watch_folder is not None:
        if get_path:
            raise UserError("--get runs one request and exits; it cannot be combined with --watch")
        serve_and_watch(db, watch_folder, host=host, port=port, allowed_hosts=allowed_hosts, interval=interval,
                        settle=settle, input_format=input_format)
        return

    app = create_app(db, host=host, allowed_hosts=allowed_hosts)
    if get_path:
        answer = get_once(app, get_path, host)
        echo_data(answer.text if answer.text.endswith("\n") else answer.text + "\n")
        sys.exit(0 if answer.ok else 1)
    click.echo(f"trucewatch dashboard on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)", err=True)
    run_server(app, host, port)


def serve_and_watch(db: Path, folder: Path, *, host: str, port: int, allowed_hosts: tuple[str, ...],
                    interval: float, settle: float, input_format: str | None) -> None:
    """The dashboard, and the watch cycles in a thread of the same process; Ctrl-C / SIGTERM stop the
    server, then the watch after the file in hand."""
    import threading

    from trucewatch.api.watch import Inbox, readers_share_writer
    from trucewatch.api.watch import watch as run_watch
    from trucewatch.web import create_app, run_server

    Inbox(folder)  # a bad folder is an error now, before the server starts
    stop = threading.Event()
    failure: list[BaseException] = []

    def cycles() -> None:
        try:
            run_watch(db, folder, interval=interval, stop=stop, settle=settle, format=input_format,
                      on_cycle=lambda result: report_cycle(result.as_dict(), "table"))
        except BaseException as exc:  # shown when the server stops; the dashboard keeps serving meanwhile
            failure.append(exc)
            click.echo(f"watch stopped: {exc}", err=True)

    # uvicorn handles SIGINT / SIGTERM while it runs and raises them again once stopped: then they reach this
    # handler, which stops the watch after the file in hand (instead of the default: killing the process). A
    # second one ends the process at once: unwinding the main thread while the watch thread is inside a store
    # query aborts the interpreter (SIGABRT), so the process exits without unwinding; the file in hand is rolled
    # back with its uncommitted transaction, stays in the folder and is taken by the next run (as after kill -9)
    stop_on_signals(stop, at_once=exit_at_once)
    with readers_share_writer(db):
        app = create_app(db, host=host, allowed_hosts=allowed_hosts)
        worker = threading.Thread(target=cycles, name="trucewatch-watch", daemon=True)
        worker.start()
        click.echo(f"trucewatch dashboard on http://{host}:{port}/ watching {folder}  (Ctrl-C stops)", err=True)
        try:
            run_server(app, host, port)
        finally:
            stop.set()
            worker.join()
    if failure and not isinstance(failure[0], KeyboardInterrupt):
        raise failure[0]


def exit_at_once(signum: int) -> None:
    """End the process now, with the shell's code for the signal (130 for SIGINT, 143 for SIGTERM)."""
    import os
    import signal

    click.echo(f"stopped at once ({signal.Signals(signum).name} again): the file in hand is not recorded and "
               "stays in the folder for the next run", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(128 + signum)


@main.command()
@db_option
@click.option("--agreement", help="Only this agreement (default: every agreement in the store).")
@click.option("--out", "out", type=click.Path(file_okay=False, path_type=Path), default=Path("report"),
              show_default=True, help="Folder to write report.html, the exports and plots/ into.")
@click.option("--max-incidents", default=500, show_default=True, type=click.IntRange(1, None),
              help="Incidents detailed per agreement in the HTML (most severe first); exports hold all.")
@format_option("table", "json")
def report(db: Path, agreement: str | None, out: Path, max_incidents: int, fmt: str) -> None:
    """Write a self-contained HTML report (opens with the network off) plus findings as JSON, CSV and
    GeoJSON, the incidents as an ACLED-format CSV and the plots as PNG."""
    from trucewatch.report import build_report

    result = build_report(db, out, agreement=agreement, max_incidents=max_incidents)
    if fmt == "json":
        echo_json(result.as_dict())
        return
    say(f"report  {result.report}  ({result.report_bytes / 1024:.0f} KiB; "
               f"agreements: {', '.join(result.agreements)})")
    for path in result.files[1:]:
        say(f"        {path}")
