"""The ingest log: ``ingests list`` and ``ingests show ID`` (each post or article skipped, with its reason)."""

from __future__ import annotations

from pathlib import Path

import click

from trucewatch.api import ingest_log
from trucewatch.cli.app import console, db_option, echo_csv, echo_json, format_option, main, say, table


@main.group()
def ingests() -> None:
    """The ingest log: rows and posts read per file, and why each skipped post gave no report."""


@ingests.command("list")
@db_option
@click.option("--file", "input_file", help="Only the ingests of this input file (as it was given).")
@format_option("table", "json", "csv")
def ingests_list(db: Path, input_file: str | None, fmt: str) -> None:
    """Every file ingested, oldest first: rows read / ingested / unchanged / rejected and, for posts and
    articles, read / with reports / skipped."""
    entries = ingest_log.ingests(db, file=input_file)
    if fmt == "json":
        echo_json(entries)
    elif fmt == "csv":
        echo_csv(entries, ingest_log.LOG_COLUMNS)
    else:
        console().print(table("ingests", ingest_log.LOG_COLUMNS,
                              [[entry[column] for column in ingest_log.LOG_COLUMNS] for entry in entries]))


@ingests.command("show")
@db_option
@click.argument("ingest_id", type=int)
@format_option("table", "json")
def ingests_show(db: Path, ingest_id: int, fmt: str) -> None:
    """One ingest: its counts, its notes and every post or article skipped, with the reason."""
    entry = ingest_log.ingest_entry(db, ingest_id)
    if fmt == "json":
        echo_json(entry)
        return
    say(f"ingest {entry['id']}: {entry['input_file']} ({entry['format']}), {entry['recorded_at']}")
    say(f"rows: read {entry['rows_read']}, ingested {entry['rows_ingested']}, unchanged "
        f"{entry['rows_unchanged']}, rejected {entry['rows_rejected']}")
    if entry["items_read"] is not None:
        say(f"posts or articles: read {entry['items_read']} = {entry['items_with_reports']} with reports + "
            f"{entry['items_skipped']} skipped")
    for note in entry["notes"]:
        say(f"note: {note}")
    if entry["skipped"]:
        console().print(table("skipped", ("item", "line", "reason"),
                              [[each["item"], each["line"], each["reason"]] for each in entry["skipped"]]))
