"""Web and report commands: serve (the dashboard and JSON API) and report (the offline HTML report)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from trucewatch.cli.app import db_option, echo_data, echo_json, format_option, main, say


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
def serve(db: Path, host: str, port: int, allowed_hosts: tuple[str, ...], get_path: str | None) -> None:
    """Serve the dashboard and the read-only JSON API over a store (OpenAPI at /docs).

    Requests must name this server in their Host header (the bound address, localhost for a loopback
    address, any IP address when binding 0.0.0.0, or a name given with --allowed-host): this stops other web
    sites from reading the store through your browser (DNS rebinding)."""
    from trucewatch.web import create_app, get_once, run_server

    app = create_app(db, host=host, allowed_hosts=allowed_hosts)
    if get_path:
        answer = get_once(app, get_path, host)
        echo_data(answer.text if answer.text.endswith("\n") else answer.text + "\n")
        sys.exit(0 if answer.ok else 1)
    click.echo(f"trucewatch dashboard on http://{host}:{port}/  (API docs: /docs; Ctrl-C stops)", err=True)
    run_server(app, host, port)


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
