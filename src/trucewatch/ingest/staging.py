"""Reports staged on disk: the formats whose reports are extracted from posts or articles (``telegram``,
``posts``, ``text``) read their file a chunk at a time and write each chunk's reports to a Parquet file in a
temporary folder; the staging relation is a view over it, and the folder is removed once the driver has written
the reports or refused the file (``Staged.release``). Nothing reaches the store before the whole file is
staged, so a bad line near the end writes nothing."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow.parquet as pq

from trucewatch.ingest.native import ARROW_SCHEMA, STAGE_CASTS, arrow_rows, report_rows
from trucewatch.ingest.tabular import drop_relation
from trucewatch.model import Report
from trucewatch.nlp.post_workers import process_alive

# a staging folder, named after the kind of input and the process that made it
_FOLDER = re.compile(r"trucewatch-(?:posts|text)-(\d+)-")

Item = TypeVar("Item")


def remove_abandoned_folders(temporary: Path | None = None) -> list[Path]:
    """Remove the staging folders of ingests whose process is gone (an ingest killed by SIGKILL or a power cut
    cannot remove its own); a folder of a running process is left alone. Returns the folders removed."""
    removed: list[Path] = []
    for folder in Path(temporary or tempfile.gettempdir()).glob("trucewatch-*"):
        found = _FOLDER.match(folder.name)
        if found and folder.is_dir() and not process_alive(int(found.group(1))):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def staging_folder(kind: str) -> Path:
    """A new staging folder for an ingest of ``kind`` (``posts`` or ``text``) in this process, once the folders
    that ingests killed before they could clean up left behind are removed."""
    remove_abandoned_folders()
    return Path(tempfile.mkdtemp(prefix=f"trucewatch-{kind}-{os.getpid()}-"))


def batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    """``items`` in lists of ``size`` (the last one shorter)."""
    while batch := list(islice(items, size)):
        yield batch


def report_writer(path: Path) -> pq.ParquetWriter:
    """A Parquet file of staged reports (:data:`trucewatch.ingest.native.ARROW_SCHEMA`)."""
    return pq.ParquetWriter(path, ARROW_SCHEMA)


def write_reports(writer: pq.ParquetWriter, reports: list[Report], fmt: str, path: Path) -> None:
    """Append ``reports`` (read from the input file ``path`` in format ``fmt``) to a staging file."""
    if reports:
        writer.write_table(arrow_rows(report_rows(reports, fmt, str(path))))


def stage_view(con: duckdb.DuckDBPyConnection, relation: str, staged: Path) -> None:
    """``relation``: a view over the staging file ``staged`` with the ``reports`` columns."""
    quoted = str(staged).replace("'", "''")
    con.execute(f"CREATE OR REPLACE TEMP VIEW {relation} AS SELECT {STAGE_CASTS} FROM read_parquet('{quoted}')")


def discard(con: duckdb.DuckDBPyConnection, relation: str, folder: Path) -> None:
    """Drop what a failed staging made: the relation and the folder."""
    drop_relation(con, relation)
    shutil.rmtree(folder, ignore_errors=True)


def remove_folder(folder: Path) -> None:
    """Remove a staging folder (the ``release`` of what was staged in it)."""
    shutil.rmtree(folder, ignore_errors=True)
