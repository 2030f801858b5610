"""The click group every command hangs off, shared options, output helpers and error mapping.

This is the only package that imports click. Each command opens, calls one ``trucewatch.api`` function and
turns typed errors into a message and an exit code: 0 clean, 1 violations found (check commands), 2 could
not run.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from trucewatch.csv_writer import csv_text
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
            click.echo(clean(f"error [{exc.code}]: {exc}"), err=True)
            ctx.exit(exc.exit_code)
        except BrokenPipeError:  # e.g. `trucewatch findings | head`
            sys.stderr.close()
            ctx.exit(0)
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except Exception as exc:  # a bug: one line for the user, the traceback in a file for the report
            where = _write_traceback(exc)
            first = (str(exc).splitlines() or [""])[0][:300]
            click.echo(clean(f"internal error [{type(exc).__name__}]: {first}; this is a bug in trucewatch, "
                             f"the traceback is in {where}"), err=True)
            ctx.exit(INTERNAL_ERROR)


INTERNAL_ERROR = 70  # EX_SOFTWARE: not 1 (violations found) nor 2 (could not run, nothing written)


def _write_traceback(exc: BaseException) -> str:
    text = "".join(traceback.format_exception(exc))
    try:
        fd, path = tempfile.mkstemp(prefix="trucewatch-traceback-", suffix=".txt")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(f"trucewatch {ENGINE_VERSION}\n{' '.join(sys.argv)}\n\n{text}")
    except OSError:
        return "(no file: the temporary folder is not writable)"
    return path


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


def all_option(func: F) -> F:
    """--all: also what lies outside an agreement's windows and geography (left out, and counted, by default)."""
    return click.option("--all", "everything", is_flag=True,
                        help="Also the incidents outside each clause's window or geography (all not_covered).")(func)


def utc_option(func: F) -> F:
    """--utc: times in UTC instead of the agreement's own zone."""
    return click.option("--utc", is_flag=True, help="Show times in UTC instead of the agreement's zone.")(func)


# ----------------------------------------------------------------------------------------------- output
def console() -> Console:
    out = Console(highlight=False, soft_wrap=False)
    if not out.is_terminal:  # piped or captured: do not squeeze tables into 80 columns
        out = Console(highlight=False, soft_wrap=False, width=max(out.width, 180))
    return out


# Characters a terminal acts on instead of showing: C0 controls but tab and newline (ESC starts colour,
# clear-screen and window-title sequences; CR overwrites a line), DEL, C1 controls (0x9b is a one-byte
# CSI) and the bidirectional overrides that reorder what follows them.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape_control(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean(text: str) -> str:
    """``text`` with every character a terminal would act on written as a visible escape (``\\x1b``)."""
    return _CONTROLS.sub(_escape_control, text)


def say(text: str, *, err: bool = False) -> None:
    """Print a line that contains data (names, ids, reasons from inputs): control characters escaped."""
    click.echo(clean(text), err=err)


def plain(text: str, style: str = "") -> Text:
    """Data for a rich console: never read as markup (``[city]`` stays), control characters escaped."""
    return Text(clean(text), style=style)


def echo_json(data: Any) -> None:
    click.echo(json_for_terminal(json.dumps(data, ensure_ascii=False, indent=2, default=str)))


# A table is for a person: without --limit it shows this many rows and says how many there are (a million
# rows of a terminal table took minutes and gigabytes); json and csv give every row.
TABLE_ROWS = 200


def table_total(rows: Sequence[Any], limit: int | None, shown: int, count: Callable[[], int]) -> int:
    """How many rows there are in all, for a table that shows ``rows``: counted (``count``) only when the
    table was cut at ``shown`` (:data:`TABLE_ROWS`) for want of a ``--limit``."""
    return count() if limit is None and len(rows) >= shown else len(rows)


def echo_json_batches(batches: Iterable[Sequence[Any]]) -> None:
    """A JSON list written batch by batch, the same bytes as :func:`echo_json` of the whole list: an output
    of millions of items never sits in memory as one text."""
    from trucewatch.api import json_chunks

    for chunk in json_chunks(batches):
        click.echo(json_for_terminal(chunk), nl=False)


def json_for_terminal(text: str) -> str:
    """JSON text with C1 controls and bidi overrides as ``\\uXXXX`` (C0 ones are escaped by json already)."""
    # json escapes C0 controls already; C1 controls and bidi overrides can only occur inside strings,
    # where \\uXXXX is the same value, so escaping them keeps the JSON identical to a parser.
    return _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def echo_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> None:
    echo_data(csv_text(rows, columns))


def echo_data(text: str) -> None:
    """A data file (CSV) on standard output: as is into a pipe or file, control characters escaped on a
    terminal, where they would act instead of show."""
    click.echo(clean(text) if stdout_is_terminal() else text, nl=False)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder: never half-written."""
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist (output {path})")
    write_text_atomically(path, text)


def table(title: str | None, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> Table:
    """A rich table whose title and cells are data: shown as given, never interpreted as markup."""
    tbl = Table(title=plain(title) if title is not None else None, show_lines=False, header_style="bold")
    for column in columns:
        tbl.add_column(column, overflow="fold")
    for row in rows:
        tbl.add_row(*(plain("" if v is None else str(v)) for v in row))
    return tbl
