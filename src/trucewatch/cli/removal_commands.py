"""Removing data: reports remove / ingests / removals, and agreements remove. Each removal names what it
would remove and asks first (``--yes`` answers for scripts), and is recorded in the store."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from trucewatch.api import removal
from trucewatch.cli.app import console, db_option, echo_json, format_option, main, say, table
from trucewatch.cli.core_commands import agreements
from trucewatch.errors import UserError

yes_option = click.option("--yes", "-y", is_flag=True, help="Do not ask for confirmation (for scripts).")
reason_option = click.option("--reason", help="Why: recorded with the removal in the store's history.")


def _confirm(preview: dict[str, Any], yes: bool) -> None:
    """Ask on a terminal; without one, --yes is required (nothing is removed otherwise)."""
    if yes:
        return
    if not sys.stdin.isatty():
        raise UserError("nothing was removed: confirm with --yes when not at a terminal")
    if not click.confirm("Remove them?", default=False):
        raise SystemExit(1)


@main.group("reports")
def reports() -> None:
    """Reports in the store: remove some, list ingests and past removals."""


@reports.command("remove")
@db_option
@click.argument("ids", nargs=-1)
@click.option("--ingest", help="Remove every report one ingest wrote: its file, or its id from 'reports ingests'.")
@reason_option
@yes_option
@format_option("table", "json")
def reports_remove(db: Path, ids: tuple[str, ...], ingest: str | None, reason: str | None, yes: bool,
                   fmt: str) -> None:
    """Remove reports by id (or everything one --ingest wrote). Names what goes and asks first; recorded in
    the store ('trucewatch reports removals'). The next assess rebuilds the incidents they were part of."""
    preview = removal.remove_reports(db, list(ids), ingest=ingest, reason=reason, dry_run=True)
    if not preview["count"]:
        say(f"no reports to remove ({preview['target']})")
        return
    if fmt == "table":
        shown = ", ".join(preview["ids"]) + (" …" if preview["count"] > len(preview["ids"]) else "")
        say(f"{preview['count']:,} report(s) from {preview['kind']} {preview['target']}: {shown}")
    _confirm(preview, yes)
    result = removal.remove_reports(db, list(ids), ingest=ingest, reason=reason)
    if fmt == "json":
        echo_json(result)
    else:
        say(f"removed {result['count']:,} report(s); run 'trucewatch assess' to rebuild incidents and findings")


@reports.command("ingests")
@db_option
@format_option("table", "json")
def reports_ingests(db: Path, fmt: str) -> None:
    """Every ingest recorded, newest first, with its id (for 'reports remove --ingest')."""
    rows = removal.list_ingests(db)
    if fmt == "json":
        echo_json(rows)
        return
    console().print(table("Ingests", ["id", "file", "format", "read", "ingested", "rejected", "when (UTC)",
                                      "reports now"],
                          [[r["id"], r["file"], r["format"], r["rows_read"], r["ingested"], r["rejected"],
                            r["recorded_at"], r["reports_now"]] for r in rows]))


@reports.command("removals")
@db_option
@format_option("table", "json")
def reports_removals(db: Path, fmt: str) -> None:
    """What was removed from the store, when and why (reports, ingests and agreements)."""
    rows = removal.removal_history(db)
    if fmt == "json":
        echo_json(rows)
        return
    console().print(table("Removals", ["when (UTC)", "kind", "what", "ids", "reason"],
                          [[r["removed_at"], r["kind"], r["target"], r["count"], r["reason"] or ""] for r in rows]))


@agreements.command("remove")
@db_option
@click.argument("agreement_id")
@reason_option
@yes_option
@format_option("table", "json")
def agreements_remove(db: Path, agreement_id: str, reason: str | None, yes: bool, fmt: str) -> None:
    """Remove an agreement with its findings and obligation statuses (asks first; recorded in the store)."""
    preview = removal.remove_agreement(db, agreement_id, reason=reason, dry_run=True)
    if fmt == "table":
        say(f"agreement {agreement_id} ({preview['title']}) with {preview['stored_findings']:,} stored finding(s)")
    _confirm(preview, yes)
    result = removal.remove_agreement(db, agreement_id, reason=reason)
    if fmt == "json":
        echo_json(result)
    else:
        say(f"removed agreement {agreement_id}; the next assess judges without it")
