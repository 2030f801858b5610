"""The click group every command hangs off, shared options, output helpers and error mapping.

This is the only package that imports click. Each command opens, calls one ``trucewatch.api`` function and
turns typed errors into a message and an exit code: 0 clean, 1 violations found (check commands), 2 could
not run.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table

from trucewatch.errors import TrucewatchError, UserError
from trucewatch.files import write_text_atomically
from trucewatch.model import ENGINE_VERSION
from trucewatch.store import DEFAULT_DB, ENV_DB, ENV_MEMORY_LIMIT, ENV_TEMP_DIR
from trucewatch.store.db import MEMORY_CAP_MB

F = TypeVar("F", bound=Callable[..., Any])


class TrucewatchGroup(click.Group):
    """Maps trucewatch errors to a message on stderr and exit code 2 (never a traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TrucewatchError as exc:
            click.echo(f"error [{exc.code}]: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:  # e.g. `trucewatch findings | head`
            sys.stderr.close()
            ctx.exit(0)


@click.group(cls=TrucewatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(ENGINE_VERSION, prog_name="trucewatch")
def main() -> None:
    """trucewatch: make a ceasefire checkable from open sources.

    Agreements as code (with each party's reading), reports in, incidents, and a verdict with a reason per
    condition for every incident under every clause and reading.
    """


def db_option(func: F) -> F:
    """--db PATH, default ./trucewatch.duckdb or $TRUCEWATCH_DB; spelt the same on every command."""
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False, path_type=Path),
        default=DEFAULT_DB,
        envvar=ENV_DB,
        show_default=True,
        show_envvar=True,
        help="The DuckDB store file.",
    )(func)


def memory_option(func: F) -> F:
    """--memory-limit SIZE: the store's working memory; past it, work spills to the temp directory."""
    return click.option(
        "--memory-limit",
        "memory_limit",
        envvar=ENV_MEMORY_LIMIT,
        show_envvar=True,
        help=f"Working memory of the store, e.g. 512MB or 4GB (default: half the machine's memory, at most "
             f"{MEMORY_CAP_MB}MB); past it, work spills to <db>.tmp (${ENV_TEMP_DIR}).",
    )(func)


def format_option(*choices: str, default: str = "table") -> Callable[[F], F]:
    def decorate(func: F) -> F:
        return click.option(
            "--format",
            "fmt",
            type=click.Choice(list(choices)),
            default=default,
            show_default=True,
            help="Output format: tables for people, json/csv for scripts.",
        )(func)

    return decorate


# ----------------------------------------------------------------------------------------------- output
def console() -> Console:
    out = Console(highlight=False, soft_wrap=False)
    if not out.is_terminal:  # piped or captured: do not squeeze tables into 80 columns
        out = Console(highlight=False, soft_wrap=False, width=max(out.width, 180))
    return out


def echo_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def echo_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(row.get(k)) for k in columns})
    click.echo(buffer.getvalue(), nl=False)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder: never half-written."""
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist (output {path})")
    write_text_atomically(path, text)


def _cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    tbl = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        tbl.add_column(column, overflow="fold")
    for row in rows:
        tbl.add_row(*("" if v is None else str(v) for v in row))
    return tbl
