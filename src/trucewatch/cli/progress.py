"""Progress on a terminal for the long commands: ingest (per file, with its rows) and assess (per stage).

Shown on standard error, only when it is a terminal and ``--quiet`` was not given: piped or captured
output stays exactly the result.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import click
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TimeElapsedColumn

from trucewatch.cli.app import clean

if TYPE_CHECKING:
    from trucewatch.ingest.driver import IngestResult

F = Callable[..., object]


def quiet_option(func: F) -> F:
    """--quiet: no progress display (it is never shown when standard error is not a terminal)."""
    return click.option("--quiet", "-q", is_flag=True,
                        help="No progress display (none is shown when stderr is not a terminal).")(func)


def progress_console(quiet: bool) -> Console | None:
    """The console progress goes to, or None when it should not be shown."""
    err = Console(stderr=True)
    return None if quiet or not err.is_terminal else err


OnFile = Callable[[Path], None]
OnResult = Callable[["IngestResult"], None]


@contextmanager
def ingest_progress(paths: list[Path], quiet: bool) -> Iterator[tuple[OnFile | None, OnResult | None]]:
    """A bar over the input bytes naming the file being read (n of N), and a line per file done with its
    rows read, ingested, unchanged and rejected."""
    err = progress_console(quiet)
    if err is None:
        yield None, None
        return
    files = [f for p in paths for f in (sorted(p.iterdir()) if p.is_dir() else [p])]
    sizes = {f: f.stat().st_size if f.is_file() else 0 for f in files}
    columns = (TextColumn("{task.description}"), BarColumn(), DownloadColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("ingest", total=sum(sizes.values()) or None)
        started: dict[str, float] = {}

        def on_file(path: Path) -> None:
            started[str(path)] = time.perf_counter()
            n = len(started)
            bar.update(task, description=escape(clean(f"ingest {path.name} ({n} of {len(files)})")))

        def on_result(result: IngestResult) -> None:
            bar.advance(task, sizes.get(Path(result.file), 0))
            seconds = time.perf_counter() - started.get(str(result.file), time.perf_counter())
            what = (f"refused: {result.error}" if result.error is not None else
                    f"{result.rows_read:,} rows read, {result.ingested:,} ingested, {result.unchanged:,} unchanged, "
                    f"{result.rejected:,} rejected")
            bar.console.print(escape(clean(f"{Path(result.file).name}: {what} ({seconds:.1f} s)")),
                              highlight=False)

        yield on_file, on_result


STAGE_WORDS = {
    "incidents": "grouping reports into incidents",
    "candidates": "relating reports to registered facilities",
    "judge": "judging incidents under every clause and reading",
    "obligations": "checking obligations",
}


@contextmanager
def stage_progress(quiet: bool, title: str = "assess") -> Iterator[Callable[[str], None] | None]:
    """A spinner naming the stage under way, and a line per stage done with its seconds."""
    err = progress_console(quiet)
    if err is None:
        yield None
        return
    current: list[tuple[str, float]] = []

    def finish() -> None:
        if current:
            stage, began = current.pop()
            err.print(f"{title}: {STAGE_WORDS.get(stage, stage)} ({time.perf_counter() - began:.1f} s)",
                      highlight=False)

    with err.status(f"{title}: starting") as status:
        def on_stage(stage: str) -> None:
            finish()
            current.append((stage, time.perf_counter()))
            status.update(f"{title}: {STAGE_WORDS.get(stage, stage)} …")

        yield on_stage
        finish()
